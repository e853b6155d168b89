#pragma once

#include <QIcon>
#include <QStyle>

namespace pecadmin {

// The icon theme's icon `name`, or where the theme has none, the style's `fallback`. The style's
// icon is made only when it is needed: it decodes several images, the most of the window's
// start-up work where a theme answers every name.
inline QIcon themeIcon(const QString &name, QStyle::StandardPixmap fallback, const QStyle *style)
{
    return QIcon::hasThemeIcon(name) ? QIcon::fromTheme(name) : style->standardIcon(fallback);
}

} // namespace pecadmin
