#include "growtofit.h"

#include <QEvent>
#include <QLayout>
#include <QObject>
#include <QWidget>

#include <algorithm>

namespace pecadmin {

namespace {

class GrowToFit : public QObject
{
public:
    explicit GrowToFit(QWidget *window) : QObject(window), m_window(window) { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // The layout has handled the request already: its sizes are the new ones.
        if (watched == m_window && (event->type() == QEvent::LayoutRequest || event->type() == QEvent::Show))
            grow();
        return false;
    }

private:
    void grow()
    {
        QLayout *layout = m_window->layout();
        if (!layout)
            return;
        int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(m_window->width())
                                                 : layout->totalMinimumSize().height();
        needed = std::max(needed, layout->totalMinimumSize().height());
        if (m_window->height() < needed)
            m_window->resize(m_window->width(), needed);
    }

    QWidget *m_window;
};

} // namespace

void growToFit(QWidget *window)
{
    window->installEventFilter(new GrowToFit(window));
}

} // namespace pecadmin
