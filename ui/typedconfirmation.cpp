#include "typedconfirmation.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pecadmin {

TypedConfirmation::TypedConfirmation(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"confirmation"_s);
    m_label = new QLabel(this);
    m_label->setObjectName(u"confirmLabel"_s);
    m_label->setWordWrap(true);
    m_lineEdit = new QLineEdit(this);
    m_lineEdit->setObjectName(u"confirmLineEdit"_s);
    m_label->setBuddy(m_lineEdit);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_lineEdit);
    connect(m_lineEdit, &QLineEdit::textChanged, this, &TypedConfirmation::edited);
}

void TypedConfirmation::setExpected(const QString &expected, Reading reading)
{
    m_expected = expected;
    m_reading = std::move(reading);
}

void TypedConfirmation::setPrompt(const QString &prompt, const QString &fieldName)
{
    m_label->setText(prompt);
    m_lineEdit->setAccessibleName(fieldName);
}

bool TypedConfirmation::isConfirmed() const
{
    const QString typed = m_lineEdit->text();
    return !m_expected.isEmpty() && (m_reading ? m_reading(typed) : typed.trimmed()) == m_expected;
}

} // namespace pecadmin
