#pragma once

class QWidget;

namespace pecadmin {

// Makes `window` taller whenever its layout needs more height at its current width: a message
// that appears or wraps into more lines pushes the rest down instead of drawing over it or
// being cut (a top-level window does not follow its layout's height-for-width by itself).
void growToFit(QWidget *window);

} // namespace pecadmin
