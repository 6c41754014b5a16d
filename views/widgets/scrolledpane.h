#pragma once

class QScrollArea;
class QWidget;

// A pane's content in a scroll area that takes no focus of its own: at large text or on a small screen the content
// keeps its size and scrolls instead of forcing the window beyond the screen, and Tab goes from control to control
// inside, each scrolled into view by the area.
namespace ScrolledPane {

enum class Direction { Both, DownOnly };

QScrollArea* wrap(QWidget* content, Direction direction = Direction::Both);

} // namespace ScrolledPane
