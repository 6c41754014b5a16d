#include "chartwidget.h"

#include "language.h"
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QMenu>
#include <QSvgGenerator>
#include <QToolTip>

ChartWidget::ChartWidget(QWidget* parent)
    : QCustomPlot(parent)
    , m_title(new QCPTextElement(this))
{
    setLocale(QLocale()); // tick labels as Norwegian readers write numbers: 1 234,5
    plotLayout()->insertRow(0);
    QFont font = m_title->font();
    font.setBold(true);
    m_title->setFont(font);
    plotLayout()->addElement(0, 0, m_title);
    setMinimumHeight(220);
    setNoAntialiasingOnDrag(true);
}

void ChartWidget::setTitle(const QString& title)
{
    m_title->setText(title);
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
