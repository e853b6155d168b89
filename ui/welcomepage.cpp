#include "welcomepage.h"
#include "themeicon.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace pecadmin {

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);

    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("titleLabel"));
    m_titleLabel->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    layout->addWidget(m_titleLabel);

    m_textLabel = new QLabel(this);
    m_textLabel->setObjectName(QStringLiteral("textLabel"));
    m_textLabel->setAlignment(Qt::AlignCenter);
    m_textLabel->setWordWrap(true);
    layout->addWidget(m_textLabel);
    layout->addSpacing(24);

    auto makeButton = [this](const QString &objectName, const QIcon &icon) {
        auto *button = new QPushButton(icon, QString(), this);
        button->setObjectName(objectName);
        button->setMinimumSize(260, 64);
        button->setIconSize(QSize(32, 32));
        QFont font = button->font();
        font.setPointSizeF(font.pointSizeF() * 1.15);
        button->setFont(font);
        return button;
    };
    m_addDomainButton = makeButton(QStringLiteral("addDomainButton"),
        themeIcon(QStringLiteral("list-add"), QStyle::SP_FileDialogNewFolder, style()));
    m_demoDomainButton = makeButton(QStringLiteral("demoDomainButton"),
        themeIcon(QStringLiteral("folder-open"), QStyle::SP_DialogOpenButton, style()));
    m_addDomainButton->setDefault(true);
    // Side by side, the two icons are drawn at one size: the largest that both have.
    const QSize iconSize = m_addDomainButton->icon()
                               .actualSize(m_addDomainButton->iconSize())
                               .boundedTo(m_demoDomainButton->icon().actualSize(m_demoDomainButton->iconSize()));
    m_addDomainButton->setIconSize(iconSize);
    m_demoDomainButton->setIconSize(iconSize);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_addDomainButton);
    buttons->addSpacing(16);
    buttons->addWidget(m_demoDomainButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(3);

    connect(m_addDomainButton, &QPushButton::clicked, this, &WelcomePage::addDomainRequested);
    connect(m_demoDomainButton, &QPushButton::clicked, this, &WelcomePage::demoDomainRequested);
    retranslateUi();
}

void WelcomePage::setBusy(bool busy)
{
    m_busy = busy;
    m_addDomainButton->setEnabled(!busy && m_canAdd);
    m_demoDomainButton->setEnabled(!busy && m_canAdd);
    retranslateUi();
}

void WelcomePage::setCanAddDomains(bool canAdd)
{
    m_canAdd = canAdd;
    setBusy(m_busy);
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void WelcomePage::retranslateUi()
{
    m_titleLabel->setText(tr("Welcome to PEC Admin"));
    m_textLabel->setText(m_canAdd ? tr("This store has no domain yet. Add the PEC domain you administer, "
                                       "or open a demo domain with sample mailboxes to look around.")
                                  : tr("This connection offers no domain."));
    m_addDomainButton->setText(tr("Add a domain…"));
    m_addDomainButton->setAccessibleName(tr("Add a domain"));
    m_demoDomainButton->setText(m_busy ? tr("Opening the demo domain…") : tr("Open the demo domain"));
    m_demoDomainButton->setAccessibleName(tr("Open the demo domain"));
}

} // namespace pecadmin
