#include "support/accessibilitycheck.h"

#include "errorlabel.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessibleInterface>
#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QTest>
#include <QTextDocumentFragment>
#include <QWidget>

#if __has_include(<QtGui/qpa/qplatformaccessibility.h>)
#include <QtGui/private/qguiapplication_p.h>
#include <QtGui/qpa/qplatformaccessibility.h>
#include <QtGui/qpa/qplatformintegration.h>
#else
#error "Qt's private headers are missing: install qt6-base-private-dev (scripts/install-dependencies.sh)"
#endif

namespace pecadmin::test {

using namespace Qt::StringLiterals;

namespace {

QString describe(const QWidget *widget)
{
    return widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className())
                                          : widget->objectName();
}

// The words of a text, without mnemonics, markup, symbols or line breaks: what a screen reader
// says of it.
QString words(QString text, bool rich)
{
    if (rich)
        text = QTextDocumentFragment::fromHtml(text).toPlainText();
    QString out;
    bool space = false;
    for (const QChar c : std::as_const(text)) {
        if (c.isLetterOrNumber()) {
            if (space && !out.isEmpty())
                out += u' ';
            out += c.toLower();
            space = false;
        } else {
            space = true;
        }
    }
    return out;
}

bool acceptsTab(const QWidget *widget, const QWidget *window)
{
    const QWidget *parent = widget->parentWidget();
    return widget->window() == window && widget->isVisible() && widget->isEnabled()
        && (widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy() && !widget->objectName().startsWith(u"qt_"_s)
        && !qobject_cast<const QAbstractSpinBox *>(parent) && !qobject_cast<const QComboBox *>(parent)
        && !qobject_cast<const QAbstractItemView *>(parent)
        && !(parent && qobject_cast<const QAbstractItemView *>(parent->parentWidget()));
}

QWidget *firstFocusable(QWidget *window)
{
    QWidget *widget = window;
    do {
        widget = widget->nextInFocusChain();
        if (acceptsTab(widget, window))
            return widget;
    } while (widget != window);
    return nullptr;
}

bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::ProgressBar:
    case QAccessible::Table:
    case QAccessible::List:
    case QAccessible::Tree:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::PageTab:
    case QAccessible::PageTabList:
        return true;
    default:
        return false;
    }
}

void walk(QAccessibleInterface *iface, QStringList &problems, int depth)
{
    if (!iface || depth > 64)
        return;
    const QAccessible::Role role = iface->role();
    auto *widget = qobject_cast<QWidget *>(iface->object());
    const bool visible = widget ? widget->isVisible() : !iface->state().invisible;
    if (!visible)
        return;
    if (widget && !widget->objectName().startsWith(u"qt_"_s)
        && !qobject_cast<QAbstractSpinBox *>(widget->parentWidget())
        && !qobject_cast<QComboBox *>(widget->parentWidget())) {
        const QString name = iface->text(QAccessible::Name);
        if (isInteractive(role) && name.trimmed().isEmpty())
            problems.append(u"%1 (%2) has no accessible name"_s.arg(describe(widget), iface->text(QAccessible::Value)));
        if (auto *label = qobject_cast<QLabel *>(widget); label && !label->text().isEmpty()) {
            const bool rich = label->textFormat() == Qt::RichText
                || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
            const QString shown = words(label->text(), rich);
            const QString spoken = words(
                name + u' ' + iface->text(QAccessible::Value) + u' ' + iface->text(QAccessible::Description), false);
            // A caption with a buddy names its field; a screen reader reads the field with it.
            if (!shown.isEmpty() && !spoken.contains(shown) && !label->buddy())
                problems.append(u"%1 does not read its text (reads \"%2\")"_s.arg(describe(widget), name));
            if (label->text().trimmed().endsWith(u':') && !label->buddy())
                problems.append(u"%1 is a caption tied to nothing"_s.arg(describe(widget)));
        }
        if (auto *error = qobject_cast<ErrorLabel *>(widget);
            error && error->hasError() && error->field() && error->field()->accessibleDescription() != error->text())
            problems.append(
                u"%1: its field %2 is not described by it"_s.arg(describe(widget), describe(error->field())));
    }
    // The cells of tables and lists are the view's, not the window's.
    if (role == QAccessible::Table || role == QAccessible::List || role == QAccessible::Tree)
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        walk(iface->child(i), problems, depth + 1);
}

AccessibilityEvents *recorder = nullptr;

} // namespace

QList<QWidget *> tabChain(QWidget *window, int maxSteps)
{
    QWidget *start = QApplication::focusWidget();
    if (!start || start->window() != window || !acceptsTab(start, window)) {
        start = firstFocusable(window);
        if (!start)
            return {};
        start->setFocus(Qt::TabFocusReason);
    }
    QList<QWidget *> chain { start };
    for (int step = 0; step < maxSteps; ++step) {
        QWidget *before = QApplication::focusWidget();
        QTest::keyClick(before, Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        if (now == start)
            return chain;
        if (!now || now == before || chain.contains(now)) {
            QStringList names;
            for (const QWidget *widget : std::as_const(chain))
                names.append(describe(widget));
            qWarning("Tab is trapped at %s after %s", now ? qPrintable(describe(now)) : "no widget",
                qPrintable(names.join(u", "_s)));
            return {};
        }
        chain.append(now);
    }
    qWarning("Tab never comes back to %s", qPrintable(describe(start)));
    return {};
}

QStringList keyboardProblems(QWidget *window)
{
    QStringList problems;
    const QList<QWidget *> chain = tabChain(window);
    if (chain.isEmpty())
        return { u"the Tab chain is broken"_s };
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (acceptsTab(widget, window) && !chain.contains(widget))
            problems.append(u"%1 cannot be reached by Tab"_s.arg(describe(widget)));
    }
    for (QWidget *widget : chain) {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            problems.append(u"%1 is reached by Tab but has no accessible name"_s.arg(describe(widget)));
    }
    return problems;
}

QStringList accessibilityProblems(QWidget *window)
{
    QStringList problems;
    walk(QAccessible::queryAccessibleInterface(window), problems, 0);
    // A caption of a form names its field.
    for (QFormLayout *form : window->findChildren<QFormLayout *>()) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *labelItem = form->itemAt(row, QFormLayout::LabelRole);
            auto *label = labelItem ? qobject_cast<QLabel *>(labelItem->widget()) : nullptr;
            if (label && label->isVisible() && !label->text().isEmpty() && !label->buddy())
                problems.append(u"%1 is a caption tied to nothing"_s.arg(describe(label)));
        }
    }
    problems.removeDuplicates();
    return problems;
}

bool checkAccessible(QWidget *window, const QString &name)
{
    const QStringList problems = accessibilityProblems(window) + keyboardProblems(window);
    for (const QString &problem : problems)
        qWarning("%s: %s", qPrintable(name), qPrintable(problem));
    return problems.isEmpty();
}

namespace {

void setAccessibilityActive(bool active)
{
    if (QPlatformIntegration *integration = QGuiApplicationPrivate::platformIntegration()) {
        if (QPlatformAccessibility *accessibility = integration->accessibility())
            accessibility->setActive(active);
    }
}

} // namespace

AccessibilityEvents::AccessibilityEvents()
{
    recorder = this;
    m_previous = QAccessible::installUpdateHandler(&AccessibilityEvents::record);
    // Events reach the handler only while accessibility is active, as when a screen reader runs.
    setAccessibilityActive(true);
    if (!QAccessible::isActive())
        qWarning("accessibility cannot be made active: no event will be recorded");
}

AccessibilityEvents::~AccessibilityEvents()
{
    setAccessibilityActive(false);
    QAccessible::installUpdateHandler(m_previous);
    recorder = nullptr;
}

bool AccessibilityEvents::has(const QObject *object, QAccessible::Event type) const
{
    return std::any_of(m_events.cbegin(), m_events.cend(),
        [&](const Event &event) { return event.object == object && event.type == type; });
}

void AccessibilityEvents::record(QAccessibleEvent *event)
{
    if (!recorder)
        return;
    Event recorded { event->object(), event->type(), {} };
    if (event->type() == QAccessible::ValueChanged)
        recorded.text = static_cast<QAccessibleValueChangeEvent *>(event)->value().toString();
    recorder->m_events.append(recorded);
}

} // namespace pecadmin::test
