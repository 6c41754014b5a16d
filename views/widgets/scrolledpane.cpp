#include "scrolledpane.h"

#include <QScrollArea>

QScrollArea* ScrolledPane::wrap(QWidget* content, Direction direction)
{
    auto* area = new QScrollArea;
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setFocusPolicy(Qt::NoFocus);
    if (direction == Direction::DownOnly)
        area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return area;
}
