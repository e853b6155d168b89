#include "spokenname.h"

#include <QAbstractButton>

namespace pecadmin {

QString spokenName(const QString &text)
{
    QString name = text;
    // "&&" is a literal ampersand; a single "&" marks the mnemonic.
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (name.at(i) == u'&')
            name.remove(i, 1);
    }
    name.remove(u'…');
    return name.trimmed();
}

void setButtonText(QAbstractButton *button, const QString &text)
{
    button->setText(text);
    button->setAccessibleName(spokenName(text));
}

} // namespace pecadmin
