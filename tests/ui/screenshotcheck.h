#pragma once

// Shows a window, checks that no text in it is cut and that every widget has a name for tests
// and for screen readers, and saves its picture to `folder` (when not empty) as
// NAME_LANGUAGE.png. Shared by the screenshot tests of the dialogs.

#include "errorlabel.h"

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

inline bool checkAndCapture(QWidget *window, const QString &name, const QString &folder, const QString &language)
{
    using namespace Qt::StringLiterals;
    if (!window->isVisible()) {
        window->show();
        if (!QTest::qWaitForWindowExposed(window))
            return false;
    }
    QTest::qWait(20); // lets the layouts settle before measuring
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
    // Every widget is named for tests, and every one a user acts on or must hear is named
    // for screen readers; the parts that Qt's own widgets make for themselves are not.
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
    if (!unnamed.isEmpty()) {
        qWarning("%s: without a name: %s", qPrintable(name), qPrintable(unnamed.join(u", "_s)));
        return false;
    }
    if (!clipped.isEmpty()) {
        qWarning("%s: text cut in %s", qPrintable(name), qPrintable(clipped.join(u", "_s)));
        return false;
    }
    const QPixmap picture = window->grab();
    if (picture.isNull())
        return false;
    if (folder.isEmpty())
        return true;
    return picture.save(QDir(folder).filePath(name + u'_' + language + u".png"_s));
}

} // namespace pecadmin::test
