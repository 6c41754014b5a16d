#pragma once

// Message boxes and a text prompt that show their text as written. QMessageBox's and QInputDialog's static functions
// guess (Qt::AutoText), and our messages carry plan titles, names and file names: "<b>x</b>" typed as a title must
// read as those characters.

#include <QMessageBox>

namespace PlainDialogs {

QMessageBox::StandardButton warning(QWidget* parent, const QString& title, const QString& text);
QMessageBox::StandardButton information(QWidget* parent, const QString& title, const QString& text);
QMessageBox::StandardButton question(QWidget* parent,
                                     const QString& title,
                                     const QString& text,
                                     QMessageBox::StandardButtons buttons,
                                     QMessageBox::StandardButton defaultButton);

// QInputDialog::getText with its label as plain text.
QString getText(QWidget* parent, const QString& title, const QString& label, const QString& text, bool* ok);

} // namespace PlainDialogs
