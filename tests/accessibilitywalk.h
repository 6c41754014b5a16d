#pragma once

// Walks widgets the way a screen reader does, through QAccessible: what a focusable control is called, what an image
// says, what a table's cells read, and which pane the focus is in. For the universal-design tests (issue 27).

#include "chartwidget.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QAccessibleTableInterface>
#include <QApplication>
#include <QDialog>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTest>
#include <QTimer>

namespace AccessibilityWalk {

inline QString describe(const QWidget* widget)
{
    QStringList path;
    for (const QWidget* w = widget; w; w = w->parentWidget()) {
        if (!w->objectName().isEmpty() && !w->objectName().startsWith(QLatin1String("qt_"))) {
            path.prepend(w->objectName());
            if (path.size() == 3)
                break;
        }
    }
    return QStringLiteral("%1 (%2)").arg(QString::fromLatin1(widget->metaObject()->className()),
                                         path.join(QLatin1Char('/')));
}

// Every problem on a line of its own in the log (a failure's message is cut short), and their count for the failure.
inline QString report(const QStringList& problems)
{
    for (const QString& problem : problems)
        qWarning("%s", qPrintable(problem));
    return QStringLiteral("%1 problems, listed above").arg(problems.size());
}

// Each control the user can reach by Tab, or an image, that a screen reader would announce without a name.
inline QStringList unnamedControls(QWidget* root, int* checked)
{
    QStringList unnamed;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* widget : widgets) {
        if (!widget->isVisible() || widget->focusProxy())
            continue;
        // A message box's icon is Qt's, and its text says the same.
        auto* label = qobject_cast<QLabel*>(widget);
        const bool image = label && !label->pixmap().isNull() && label->text().isEmpty()
            && label->objectName() != QLatin1String("qt_msgboxex_icon_label");
        if (!(widget->focusPolicy() & Qt::TabFocus) && !image)
            continue;
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(widget);
        ++*checked;
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << QStringLiteral("no name: ") + describe(widget);
    }
    return unnamed;
}

// A dialog at twice the font size must still fit a 1366×768 screen (less the title bar): its minimum size is what its
// labels and fields need unclipped.
inline QStringList tooLargeForLargeText(QDialog* dialog)
{
    const QFont before = dialog->font();
    QFont large = before;
    large.setPointSizeF(before.pointSizeF() * 2);
    dialog->setFont(large);
    const QSize needed = dialog->minimumSizeHint();
    dialog->setFont(before);
    if (needed.width() <= 1366 && needed.height() <= 730)
        return {};
    return {QStringLiteral("too large at 200 %: %1 needs %2×%3")
                .arg(describe(dialog))
                .arg(needed.width())
                .arg(needed.height())};
}

// Every item view with rows keeps a current cell (Qt 6.4's AT-SPI bridge trips over a table without one), and reads
// cell by cell, with nothing selected, as a screen reader walks it.
inline QStringList walkTables(QWidget* root, int* cells)
{
    QStringList problems;
    for (QAbstractItemView* view : root->findChildren<QAbstractItemView*>()) {
        if (!view->model() || view->model()->rowCount() == 0 || !view->isVisible() || qobject_cast<QHeaderView*>(view))
            continue;
        if (!view->currentIndex().isValid())
            problems << QStringLiteral("no current cell: ") + describe(view);
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(view);
        QAccessibleTableInterface* table = iface ? iface->tableInterface() : nullptr;
        if (!table) {
            if (qobject_cast<QTableView*>(view))
                problems << QStringLiteral("no table interface: ") + describe(view);
            continue;
        }
        const QModelIndex current = view->currentIndex();
        view->clearSelection();
        for (int row = 0; row < std::min(table->rowCount(), 40); ++row) {
            for (int column = 0; column < table->columnCount(); ++column) {
                QAccessibleInterface* cell = table->cellAt(row, column);
                if (!cell) {
                    problems << QStringLiteral("no cell %1,%2: ").arg(row).arg(column) + describe(view);
                    continue;
                }
                cell->text(QAccessible::Name);
                ++*cells;
            }
        }
        table->selectedCells();
        if (view->selectionModel())
            view->selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    }
    return problems;
}

// The pane a widget is in: its dock's name, or the centre's pane.
inline QString paneOf(const QWidget* widget)
{
    for (const QWidget* w = widget; w; w = w->parentWidget()) {
        if (qobject_cast<const QDockWidget*>(w))
            return w->objectName();
        if (w->objectName() == QLatin1String("measuresPane") || w->objectName() == QLatin1String("networkPane"))
            return w->objectName();
    }
    return {};
}

// The panes Tab passes through, in the order it first enters them, pressing it at most presses times.
inline QStringList panesByTab(QWidget* window, int presses)
{
    QStringList panes;
    for (int i = 0; i < presses; ++i) {
        QWidget* focus = QApplication::focusWidget();
        QTest::keyClick(focus ? focus : window, Qt::Key_Tab);
        const QString pane = paneOf(QApplication::focusWidget());
        if (!pane.isEmpty() && !panes.contains(pane))
            panes << pane;
    }
    return panes;
}

// Each visible chart: reachable by Tab, a Chart to a screen reader with its title as name and a summary sentence as
// description, and the figures behind it shown as a table on request.
inline QStringList checkCharts(QWidget* root)
{
    QStringList problems;
    const QList<ChartWidget*> charts = root->findChildren<ChartWidget*>();
    if (charts.isEmpty())
        problems << QStringLiteral("no charts");
    for (ChartWidget* chart : charts) {
        if (!chart->isVisible())
            continue;
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(chart);
        if (!(chart->focusPolicy() & Qt::TabFocus))
            problems << QStringLiteral("not reachable by Tab: ") + describe(chart);
        if (!iface || iface->role() != QAccessible::Chart)
            problems << QStringLiteral("not a chart to a screen reader: ") + describe(chart);
        else if (iface->text(QAccessible::Name).isEmpty() || iface->text(QAccessible::Description).isEmpty())
            problems << QStringLiteral("no name or summary: ") + describe(chart);
        int tableRows = -1;
        QTimer::singleShot(0, chart, [&tableRows, chart] {
            auto* dialog = chart->findChild<QDialog*>();
            if (!dialog)
                return;
            if (auto* table = dialog->findChild<QTableView*>())
                tableRows = table->model()->rowCount();
            dialog->reject();
        });
        chart->showAsTable();
        if (tableRows != chart->tableModel()->rowCount())
            problems << QStringLiteral("no table of the figures: ") + describe(chart);
    }
    return problems;
}

} // namespace AccessibilityWalk
