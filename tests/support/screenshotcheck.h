#pragma once

// The checks of a window as a user sees it: no text cut, every widget named for tests and for
// screen readers; and its picture, saved as NAME_LANGUAGE.png for the documentation.

#include <QString>
#include <QStringList>

class QWidget;

namespace pecadmin::test {

// Shows `window` when hidden, waits until it is exposed, and lets its layouts settle (the
// layout requests already posted, and those they post, are delivered: eventBarrier()).
bool showSettled(QWidget *window);

// The visible labels and buttons of `window` whose text does not fit, by object name.
QStringList cutTexts(QWidget *window);

// The pairs of visible widgets of `window` that a user reads or acts on (labels, buttons,
// fields, lists) and that draw over each other, as "first / second" by object name; a widget
// and what it holds are not a pair.
QStringList overlappingWidgets(QWidget *window);

// The visible widgets of `window` without an object name (by class), and those a user acts on
// or must hear without an accessible name (by object name); the parts that Qt's own widgets
// make for themselves are left out.
QStringList unnamedWidgets(QWidget *window);

// Saves the picture of `window` in `folder` as NAME_LANGUAGE.png.
bool savePicture(QWidget *window, const QString &name, const QString &folder, const QString &language);

// Shows and settles `window`, checks that no text is cut, no two widgets overlap and every widget is named (saying
// what is wrong with a warning naming `name`), grabs its picture and saves it in `folder` when
// that is not empty; then checks it for keyboard and screen-reader users (checkAccessible()).
bool checkAndCapture(QWidget *window, const QString &name, const QString &folder, const QString &language);

} // namespace pecadmin::test
