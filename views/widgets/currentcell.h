#pragma once

class QAbstractItemView;

// Keeps a current cell in an item view whenever its model has rows, after a reset, an insert or a removal that left
// none. A screen reader starts reading a table at its current cell and Qt 6.4's AT-SPI bridge trips over a table
// without one; a keyboard user's first arrow key then starts from the top. Setting it selects nothing. Call again after
// the view's setModel.
namespace CurrentCell {
void keep(QAbstractItemView* view);
} // namespace CurrentCell
