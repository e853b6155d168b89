#pragma once

// What the dialog tests share: a real local store in a temporary folder, with the demo
// domain, and short ways to reach a dialog's widgets; waiting for answers and barriers come
// from support/.

#include "core/languages.h"
#include "local/localmailboxservice.h"
#include "support/await.h"
#include "support/barrier.h"
#include "support/findchild.h"
#include "support/testmode.h"

#include <QAbstractSpinBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <memory>

namespace pecadmin::test {

inline const QString demoDomain = QStringLiteral("pec.example.it");

// The English catalogue, as the application installs it: it carries the plural forms.
inline void installEnglish()
{
    static Languages languages;
    if (languages.language().isEmpty())
        languages.setLanguage(QStringLiteral("en"));
}

// A store of its own for each test function.
class Store
{
public:
    // Opens a new store and, unless told otherwise, loads the demo domain into it.
    bool open(bool withDemo = true)
    {
        test::enableTestMode();
        installEnglish();
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid())
            return false;
        auto opened = await(LocalMailboxService::open(m_dir->filePath(QStringLiteral("store.sqlite"))));
        if (!opened)
            return false;
        m_service = opened.value();
        return !withDemo || await(m_service->addDemoDomain()).ok();
    }

    LocalMailboxService *service() const { return m_service.get(); }

    DomainDetails details(const QString &domain = demoDomain) const
    {
        return await(m_service->domainDetails(domain)).value();
    }

    Result<Mailbox> mailbox(const QString &address) const { return await(m_service->mailbox(address)); }

    // A small domain of its own, with or without conservazione sostitutiva.
    DomainDetails addDomain(const QString &name, qint64 totalSpaceMb, bool archiving)
    {
        Domain domain;
        domain.name = name;
        domain.totalSpaceMb = totalSpaceMb;
        domain.maxMailboxes = 10;
        domain.maxMailboxQuotaMb = 1024;
        domain.archivingAvailable = archiving;
        domain.passwordPolicy = PasswordPolicy::poste();
        if (!await(m_service->addDomain(domain)))
            return {};
        return details(name);
    }

    Result<Mailbox> createMailbox(const QString &domain, const QString &name, qint64 quotaMb)
    {
        NewMailbox input;
        input.name = name;
        input.domain = domain;
        input.password = QStringLiteral("Provvisoria2024");
        input.quotaMb = quotaMb;
        return await(m_service->createMailbox(input));
    }

    // Changes a mailbox behind a dialog's back, as another administrator would.
    Result<Mailbox> changeQuotaBehindTheDialog(const QString &address, qint64 quotaMb)
    {
        MailboxChange change;
        change.address = address;
        change.quotaMb = quotaMb;
        return await(m_service->changeMailbox(change));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<LocalMailboxService> m_service;
};

// Types `text` key by key; unlike QTest::keyClicks, also letters outside ASCII ("nicolò").
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

// Replaces the text of a spin box the way a user does: select it all, type the number.
inline void typeNumber(QAbstractSpinBox *spinBox, int value)
{
    spinBox->setFocus();
    spinBox->selectAll();
    QTest::keyClicks(spinBox, QString::number(value));
}

} // namespace pecadmin::test
