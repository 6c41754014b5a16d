#pragma once

#include <QObject>

class ElidedLabel;
class QLabel;
class QMainWindow;
class QWidget;
class Workspace;

// What the window says about the open file: its name in the title bar, its path in the status bar, and a band above
// the plans when it can only be read.
class FileStatus : public QObject
{
    Q_OBJECT

public:
    explicit FileStatus(QMainWindow* window);

    // The read-only band, for the window to place above the plans.
    QWidget* banner() const;
    void show(const Workspace* workspace);

private:
    QMainWindow* m_window;
    QLabel* m_banner;
    ElidedLabel* m_fileLabel;
};
