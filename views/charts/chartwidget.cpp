#include "chartwidget.h"

#include "language.h"

#include <QAccessibleWidget>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QStandardItemModel>
#include <QSvgGenerator>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>

namespace {
// QCustomPlot paints everything itself: without this a screen reader finds a nameless, roleless pane.
QAccessibleInterface* chartInterface(const QString& className, QObject* object)
{
    if (className == QLatin1String("ChartWidget") && object && object->isWidgetType())
        return new QAccessibleWidget(static_cast<QWidget*>(object), QAccessible::Chart);
    return nullptr;
}
} // namespace

void ChartWidget::installAccessibleFactory()
{
    static const bool installed = [] {
        QAccessible::installFactory(chartInterface);
        return true;
    }();
    Q_UNUSED(installed)
}

ChartWidget::ChartWidget(QWidget* parent)
    : QCustomPlot(parent)
    , m_title(new QCPTextElement(this))
    , m_figures(new QStandardItemModel(this))
{
    installAccessibleFactory();
    setFocusPolicy(Qt::StrongFocus);
    setLocale(QLocale()); // tick labels as Norwegian readers write numbers: 1 234,5
    plotLayout()->insertRow(0);
    QFont font = m_title->font();
    font.setBold(true);
    m_title->setFont(font);
    plotLayout()->addElement(0, 0, m_title);
    setMinimumHeight(220);
    setNoAntialiasingOnDrag(true);
    applyPalette();
}

void ChartWidget::setTitle(const QString& title)
{
    m_title->setText(title);
    setAccessibleName(title);
}

QString ChartWidget::title() const
{
    return m_title->text();
}

QAbstractItemModel* ChartWidget::tableModel() const
{
    return m_figures;
}

void ChartWidget::setFigures(const QString& summary, const QStringList& headers, const QVector<QStringList>& rows)
{
    setAccessibleDescription(summary);
    m_figures->clear();
    m_figures->setColumnCount(int(headers.size()));
    m_figures->setHorizontalHeaderLabels(headers);
    for (const QStringList& row : rows) {
        QList<QStandardItem*> items;
        for (const QString& cell : row) {
            auto* item = new QStandardItem(cell);
            item->setEditable(false);
            items << item;
        }
        m_figures->appendRow(items);
    }
}

void ChartWidget::showAsTable()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("%1 – as a table").arg(title()));
    auto* layout = new QVBoxLayout(&dialog);
    auto* summaryLabel = new QLabel(summary(), &dialog);
    summaryLabel->setTextFormat(Qt::PlainText);
    summaryLabel->setWordWrap(true);
    layout->addWidget(summaryLabel);
    auto* table = new QTableView(&dialog);
    table->setModel(m_figures);
    table->setAccessibleName(title());
    table->setAccessibleDescription(summary());
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->verticalHeader()->hide();
    table->setWordWrap(false);
    if (m_figures->rowCount() > 0) // a current cell for screen readers from the start
        table->setCurrentIndex(m_figures->index(0, 0));
    layout->addWidget(table, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(std::min(900, table->horizontalHeader()->length() + 60), 420);
    table->setFocus();
    dialog.exec();
}

void ChartWidget::applyPalette()
{
    const ChartPalette chart = colors();
    setBackground(chart.background);
    for (QCPAxis* axis : {xAxis, yAxis, xAxis2, yAxis2}) {
        if (!axis)
            continue;
        axis->setBasePen(QPen(chart.text, 1));
        axis->setTickPen(QPen(chart.text, 1));
        axis->setSubTickPen(QPen(chart.text, 1));
        axis->setTickLabelColor(chart.text);
        axis->setLabelColor(chart.text);
        axis->grid()->setPen(QPen(chart.grid, 1, Qt::DotLine));
        axis->grid()->setZeroLinePen(Qt::NoPen);
    }
    legend->setBrush(chart.background);
    legend->setTextColor(chart.text);
    m_title->setTextColor(chart.text);
}

void ChartWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange) {
        applyPalette();
        replot();
    }
    QCustomPlot::changeEvent(event);
}

void ChartWidget::paintEvent(QPaintEvent* event)
{
    QCustomPlot::paintEvent(event);
    if (!hasFocus())
        return;
    // A plain, thick frame in the highlight colour: the style's dotted focus rectangle is lost on a busy chart.
    QPainter painter(this);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 3));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect().adjusted(1, 1, -2, -2));
}

void ChartWidget::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        showAsTable();
        return;
    }
    QCustomPlot::keyPressEvent(event);
}

void ChartWidget::focusInEvent(QFocusEvent* event)
{
    QCustomPlot::focusInEvent(event);
    update();
}

void ChartWidget::focusOutEvent(QFocusEvent* event)
{
    QCustomPlot::focusOutEvent(event);
    update();
}

void ChartWidget::placeLegendBelow(int columns)
{
    legend->setVisible(true);
    if (axisRectCount() > 0 && axisRect()->insetLayout()->elements(false).contains(legend))
        axisRect()->insetLayout()->take(legend);
    plotLayout()->addElement(plotLayout()->rowCount(), 0, legend);
    plotLayout()->setRowStretchFactor(plotLayout()->rowCount() - 1, 0.001);
    legend->setFillOrder(QCPLegend::foColumnsFirst);
    legend->setWrap(columns);
    legend->setBorderPen(Qt::NoPen);
}

bool ChartWidget::saveSvg(const QString& fileName)
{
    QSvgGenerator generator;
    generator.setFileName(fileName);
    generator.setSize(size());
    generator.setViewBox(rect());
    generator.setTitle(m_title->text());
    QCPPainter painter;
    if (!painter.begin(&generator))
        return false;
    toPainter(&painter, width(), height());
    return painter.end();
}

QString ChartWidget::figuresAt(const QPoint& position) const
{
    // Graphs: the data point nearest the pointer, if it is close.
    QString best;
    double bestDistance = 12.0; // pixels
    for (int i = 0; i < graphCount(); ++i) {
        QCPGraph* g = graph(i);
        if (g->dataCount() == 0)
            continue;
        for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it) {
            const QPointF point = g->coordsToPixels(it->key, it->value);
            const double distance = QLineF(point, position).length();
            if (distance < bestDistance) {
                bestDistance = distance;
                const QString key = g->keyAxis()->ticker().dynamicCast<QCPAxisTickerDateTime>()
                    ? Language::formatDate(QCPAxisTickerDateTime::keyToDateTime(it->key).date())
                    : QString::number(int(it->key));
                best = tr("%1: %2 – %3").arg(g->name(), key, QLocale().toString(it->value, 'f', 1));
            }
        }
    }
    return best;
}

bool ChartWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = figuresAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QCustomPlot::event(event);
}

void ChartWidget::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    menu.addAction(tr("Show as table"), this, &ChartWidget::showAsTable);
    menu.addSeparator();
    menu.addAction(tr("Save as PNG…"), this, [this] { saveAs(QStringLiteral("png")); });
    menu.addAction(tr("Save as PDF…"), this, [this] { saveAs(QStringLiteral("pdf")); });
    menu.addAction(tr("Save as SVG…"), this, [this] { saveAs(QStringLiteral("svg")); });
    menu.addSeparator();
    menu.addAction(tr("Copy"), this, [this] { QApplication::clipboard()->setPixmap(toPixmap()); });
    menu.exec(event->globalPos());
}

void ChartWidget::saveAs(const QString& format)
{
    QString path = QFileDialog::getSaveFileName(this,
                                                tr("Save the chart"),
                                                m_title->text() + QLatin1Char('.') + format,
                                                tr("%1 files (*.%2)").arg(format.toUpper(), format));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + format, Qt::CaseInsensitive))
        path += QLatin1Char('.') + format;
    if (format == QLatin1String("png"))
        savePng(path, 0, 0, 2.0);
    else if (format == QLatin1String("pdf"))
        savePdf(path);
    else
        saveSvg(path);
}

QString ChartWidget::qcustomplotVersion()
{
    return QStringLiteral(QCUSTOMPLOT_VERSION_STR);
}
