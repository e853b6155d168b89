#pragma once

// The checks of a window as a keyboard and screen-reader user meets it: every widget Tab can
// reach, nothing that keeps the focus, every interactive widget named, every label's text
// readable and every caption tied to what it labels; and a recorder of what the window tells
// the screen reader (alerts, changed names, values and descriptions).

#include <QAccessible>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>

class QWidget;

namespace pecadmin::test {

// Presses Tab from the focus widget of `window` (its first focusable widget when none) until
// the focus comes back; returns the widgets reached, in order. Fails (empty list, and a warning
// naming the widget) when Tab stops moving or never comes back: a keyboard trap.
QList<QWidget *> tabChain(QWidget *window, int maxSteps = 200);

// The problems of `window` for a keyboard user: visible, enabled widgets that accept Tab but
// that tabChain() never reaches, and widgets reached whose accessible name is empty.
QStringList keyboardProblems(QWidget *window);

// The problems of `window` in the accessibility tree (QAccessible::queryAccessibleInterface,
// from the window down): an interactive element without a name, a label whose text a screen
// reader cannot read (neither its name, value nor description holds it), a caption (a label of a
// form, or a text ending in ':') tied to nothing.
QStringList accessibilityProblems(QWidget *window);

// Both checks, with a warning naming `name` for each problem; true when there is none.
bool checkAccessible(QWidget *window, const QString &name);

// What the window tells the screen reader while it lives: installs an update handler (and makes
// accessibility active) and records each event by the object it is about.
class AccessibilityEvents
{
public:
    struct Event
    {
        QPointer<QObject> object;
        QAccessible::Event type;
        QString text; // the new value, for a value change
    };

    AccessibilityEvents();
    ~AccessibilityEvents();
    AccessibilityEvents(const AccessibilityEvents &) = delete;
    AccessibilityEvents &operator=(const AccessibilityEvents &) = delete;

    const QList<Event> &events() const { return m_events; }
    // Whether an event of `type` about `object` was recorded.
    bool has(const QObject *object, QAccessible::Event type) const;
    void clear() { m_events.clear(); }

private:
    static void record(QAccessibleEvent *event);

    QList<Event> m_events;
    QAccessible::UpdateHandler m_previous = nullptr;
};

} // namespace pecadmin::test
