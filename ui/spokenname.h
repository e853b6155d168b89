#pragma once

#include <QString>

class QAbstractButton;

namespace pecadmin {

// What a screen reader says for a control whose visible text carries a mnemonic or an ellipsis:
// the text without "&" and "…" ("&Remove…" reads "Remove").
QString spokenName(const QString &text);

// Shows `text` on the button and gives it the matching accessible name, so that the two never
// drift apart after a language switch.
void setButtonText(QAbstractButton *button, const QString &text);

} // namespace pecadmin
