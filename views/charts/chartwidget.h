#pragma once

#include "statuscolors.h"

#include <qcustomplot.h>

class QStandardItemModel;

// A QCustomPlot with what every dashboard chart offers: a title, Norwegian number forms, colours that follow the
// palette (light, dark, high contrast), and a context menu to show the figures as a table, save the chart as PNG, PDF
// or SVG, or copy it. For keyboard and screen-reader users it takes the focus (with a visible frame), is a Chart to
// assistive technology with its title as name and a summary sentence as description, and Enter shows its table.
class ChartWidget : public QCustomPlot
{
    Q_OBJECT

public:
    explicit ChartWidget(QWidget* parent = nullptr);
    // The QCustomPlot the app was built with, for Help → About.
    static QString qcustomplotVersion();

    void setTitle(const QString& title);
    QString title() const;
    bool saveSvg(const QString& fileName);

    // The figures behind the chart, a row per bar, point or spoke, and the sentence that sums them up.
    QAbstractItemModel* tableModel() const;
    QString summary() const { return accessibleDescription(); }
    // Shows the figures in a table of their own: the chart's text alternative.
    void showAsTable();
    // Makes QAccessible present every ChartWidget as a chart (once per process; the constructor calls it).
    static void installAccessibleFactory();

    // The exact figures under a point of the widget, for the hover tooltip; empty where there is nothing.
    virtual QString figuresAt(const QPoint& position) const;

protected:
    // The colours to draw the data in, for the chart's palette now.
    ChartPalette colors() const { return ChartPalette::of(palette()); }
    // What the table and the screen reader say: the summary sentence, the column titles and the rows.
    void setFigures(const QString& summary, const QStringList& headers, const QVector<QStringList>& rows);
    // The legend in its own row under the chart, wrapping after the given number of columns, so that it never covers
    // the data and fits a narrow dock.
    void placeLegendBelow(int columns);
    void contextMenuEvent(QContextMenuEvent* event) override;
    bool event(QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void saveAs(const QString& format);
    // Background, axes, grid, legend and title in the palette's colours.
    void applyPalette();
    QCPTextElement* m_title;
    QStandardItemModel* m_figures;
};
