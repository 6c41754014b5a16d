#pragma once

#include <QLabel>

// A one-line label of plain text that shortens itself in the middle ("/home/…/plan.handlingsplan") when it has less
// room than its text, rather than widening the window: for paths and addresses in the status bar. The whole text stays
// its accessible name and its tooltip.
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget* parent = nullptr);

    void setFullText(const QString& text);
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
};
