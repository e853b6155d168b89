#include "support/screenshotcheck.h"

#include "errorlabel.h"
#include "support/accessibilitycheck.h"
#include "support/barrier.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QProgressBar>
#include <QTest>
#include <QWidget>

namespace pecadmin::test {

using namespace Qt::StringLiterals;

bool showSettled(QWidget *window)
{
    if (!window->isVisible()) {
        window->show();
        if (!QTest::qWaitForWindowExposed(window))
            return false;
    }
    return eventBarrier();
}

QStringList cutTexts(QWidget *window)
{
    QStringList clipped;
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty())
            continue;
        const bool fits = label->wordWrap() ? label->height() >= label->heightForWidth(label->width())
                                            : label->width() >= label->sizeHint().width();
        if (!fits)
            clipped.append(label->objectName());
    }
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (button->isVisible() && button->width() < button->sizeHint().width())
            clipped.append(button->objectName());
    }
    return clipped;
}

QStringList overlappingWidgets(QWidget *window)
{
    // What a user reads or acts on, leaving out the parts Qt's widgets make for themselves.
    QList<QWidget *> shown;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        QWidget *parent = widget->parentWidget();
        const bool content = qobject_cast<QLabel *>(widget) || qobject_cast<QAbstractButton *>(widget)
            || qobject_cast<QLineEdit *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)
            || qobject_cast<QComboBox *>(widget) || qobject_cast<QProgressBar *>(widget)
            || qobject_cast<QAbstractItemView *>(widget);
        if (!content || !widget->isVisible() || widget->objectName().startsWith(u"qt_"_s) || widget->size().isEmpty()
            || qobject_cast<QAbstractSpinBox *>(parent) || qobject_cast<QComboBox *>(parent)
            || qobject_cast<QLineEdit *>(parent) || qobject_cast<QAbstractItemView *>(parent)
            || qobject_cast<QAbstractItemView *>(parent ? parent->parentWidget() : nullptr))
            continue;
        shown.append(widget);
    }
    QStringList overlapping;
    for (qsizetype i = 0; i < shown.size(); ++i) {
        QWidget *first = shown.at(i);
        const QRect firstRect(first->mapTo(window, QPoint(0, 0)), first->size());
        for (qsizetype j = i + 1; j < shown.size(); ++j) {
            QWidget *second = shown.at(j);
            if (first->isAncestorOf(second) || second->isAncestorOf(first))
                continue;
            const QRect secondRect(second->mapTo(window, QPoint(0, 0)), second->size());
            if (firstRect.intersects(secondRect))
                overlapping.append(first->objectName() + u" / "_s + second->objectName());
        }
    }
    return overlapping;
}

QStringList unnamedWidgets(QWidget *window)
{
    QStringList unnamed;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        QWidget *parent = widget->parentWidget();
        if (!widget->isVisible() || widget->objectName().startsWith(u"qt_"_s)
            || qobject_cast<QAbstractSpinBox *>(parent) || qobject_cast<QComboBox *>(parent)
            || widget->inherits("QComboBoxPrivateContainer") || widget->inherits("QSizeGrip")
            || qobject_cast<QAbstractItemView *>(parent)
            || qobject_cast<QAbstractItemView *>(parent ? parent->parentWidget() : nullptr))
            continue;
        if (widget->objectName().isEmpty())
            unnamed.append(QString::fromLatin1(widget->metaObject()->className()));
        const bool acts = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget)
            || qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QComboBox *>(widget)
            || qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QProgressBar *>(widget)
            || qobject_cast<ErrorLabel *>(widget);
        if (acts && widget->accessibleName().isEmpty())
            unnamed.append(widget->objectName());
    }
    return unnamed;
}

bool savePicture(QWidget *window, const QString &name, const QString &folder, const QString &language)
{
    const QPixmap picture = window->grab();
    return !picture.isNull() && QDir().mkpath(folder)
        && picture.save(QDir(folder).filePath(name + u'_' + language + u".png"_s));
}

bool checkAndCapture(QWidget *window, const QString &name, const QString &folder, const QString &language)
{
    if (!showSettled(window))
        return false;
    const QStringList unnamed = unnamedWidgets(window);
    if (!unnamed.isEmpty()) {
        qWarning("%s: without a name: %s", qPrintable(name), qPrintable(unnamed.join(u", "_s)));
        return false;
    }
    const QStringList clipped = cutTexts(window);
    if (!clipped.isEmpty()) {
        qWarning("%s: text cut in %s", qPrintable(name), qPrintable(clipped.join(u", "_s)));
        return false;
    }
    const QStringList overlapping = overlappingWidgets(window);
    if (!overlapping.isEmpty()) {
        qWarning("%s: drawn over each other: %s", qPrintable(name), qPrintable(overlapping.join(u", "_s)));
        return false;
    }
    const bool pictured = folder.isEmpty() ? !window->grab().isNull() : savePicture(window, name, folder, language);
    if (!pictured)
        return false;
    // Then as a keyboard and screen-reader user meets it (Tab needs the window active).
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window))
        return false;
    return checkAccessible(window, name);
}

} // namespace pecadmin::test
