#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;

namespace pecadmin {

// The "type it to confirm" part of a dialog that destroys something: a prompt ("To confirm,
// type the address of the mailbox, mario.rossi@pec.example.it:") above the field where it is
// typed. It is confirmed once what is typed matches what is expected, as the dialog reads it
// (trimmed, or a domain name in lower case). The dialog enables its destructive button, its
// default, only then: Enter in the field does the action once it is allowed, and nothing before.
class TypedConfirmation : public QWidget
{
    Q_OBJECT

public:
    using Reading = std::function<QString(const QString &)>;

    explicit TypedConfirmation(QWidget *parent = nullptr);

    // What must be typed, and how a typed text is read before it is compared (trimmed unless told).
    void setExpected(const QString &expected, Reading reading = {});
    // The prompt shown, and the field's name for a screen reader.
    void setPrompt(const QString &prompt, const QString &fieldName);

    bool isConfirmed() const;
    QLineEdit *lineEdit() const { return m_lineEdit; }

Q_SIGNALS:
    void edited();

private:
    QLabel *m_label = nullptr;
    QLineEdit *m_lineEdit = nullptr;
    QString m_expected;
    Reading m_reading;
};

} // namespace pecadmin
