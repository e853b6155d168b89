#pragma once

#include <QLabel>

namespace pecadmin {

// A label that shows a value a screen reader must read, not only a caption: its accessible
// name is "caption: text" (the caption is its accessibleName(), set as for any widget), and its
// accessible value is the text. A plain QLabel with an accessible name hides its text.
class ValueLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ValueLabel(QWidget *parent = nullptr);

    // Shows `text` and tells the screen reader that the label now reads otherwise (QLabel does
    // so only when it has no accessible name). Hides QLabel::setText on purpose.
    void setText(const QString &text);

    // What a screen reader reads: "caption: text", the caption alone when there is no text,
    // the text alone when there is no caption.
    QString spokenText() const;
};

} // namespace pecadmin
