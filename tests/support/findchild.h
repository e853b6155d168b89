#pragma once

// Finding a dialog's or window's widget by its object name in a test.

#include <QObject>
#include <QString>
#include <QtGlobal>

namespace pecadmin::test {

// The object of type T named `name` below `parent`. A missing one is named in the test's
// output, where a null pointer alone would end the test without a word.
template<typename T> T *child(const QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no %s named %s", T::staticMetaObject.className(), name);
    return found;
}

} // namespace pecadmin::test
