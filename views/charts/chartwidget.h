#pragma once

#include <qcustomplot.h>

// A QCustomPlot with what every dashboard chart offers: a title, Norwegian number forms, and a context menu to
// save the chart as PNG, PDF or SVG, or copy it to the clipboard.
class ChartWidget : public QCustomPlot
{
    Q_OBJECT

public:
    explicit ChartWidget(QWidget* parent = nullptr);
    // The QCustomPlot the app was built with, for Help → About.
    static QString qcustomplotVersion();

    void setTitle(const QString& title);
    bool saveSvg(const QString& fileName);

    // The exact figures under a point of the widget, for the hover tooltip; empty where there is nothing.
    virtual QString figuresAt(const QPoint& position) const;

protected:
    // The legend in its own row under the chart, wrapping after the given number of columns, so that it never covers
    // the data and fits a narrow dock.
    void placeLegendBelow(int columns);
    void contextMenuEvent(QContextMenuEvent* event) override;
    bool event(QEvent* event) override;

private:
    void saveAs(const QString& format);
    QCPTextElement* m_title;
};
