#include "importpreviewdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString outcomeName(PlanFile::Summary::Outcome outcome)
{
    switch (outcome) {
    case PlanFile::Summary::Outcome::Added:
        return ImportPreviewDialog::tr("New: added");
    case PlanFile::Summary::Outcome::Changed:
        return ImportPreviewDialog::tr("In the file already: updated");
    case PlanFile::Summary::Outcome::Unchanged:
        return ImportPreviewDialog::tr("In the file already: left alone");
    }
    return {};
}

} // namespace

ImportPreviewDialog::ImportPreviewDialog(const QString& fileName, const PlanFile::Summary& summary, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("importPreview"));
    setWindowTitle(tr("Import “%1”").arg(fileName));
    auto* intro = new QLabel(tr("Importing “%1” would change this file as follows. Plans, measures and indicators the "
                                "file holds already (same UUID) are updated, not copied.")
                                 .arg(fileName),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    // Counts: what is added, changed and left alone, per kind.
    auto* counts = new QTableWidget(3, 3, this);
    counts->setObjectName(QStringLiteral("importPreviewCounts"));
    counts->setHorizontalHeaderLabels({tr("Added"), tr("Changed"), tr("Left alone")});
    counts->setVerticalHeaderLabels({tr("Plans"), tr("Measures"), tr("Indicators")});
    const int figures[3][3] = {{summary.plansAdded, summary.plansChanged, summary.plansUnchanged},
                               {summary.measuresAdded, summary.measuresChanged, summary.measuresUnchanged},
                               {summary.indicatorsAdded, summary.indicatorsChanged, summary.indicatorsUnchanged}};
    for (int row = 0; row < 3; ++row) {
        for (int column = 0; column < 3; ++column) {
            auto* item = new QTableWidgetItem(QLocale().toString(figures[row][column]));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            counts->setItem(row, column, item);
        }
    }
    counts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    counts->setSelectionMode(QAbstractItemView::NoSelection);
    counts->setFocusPolicy(Qt::NoFocus); // figures to read, not cells to edit
    counts->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    counts->setFixedHeight(counts->horizontalHeader()->height() + 3 * counts->verticalHeader()->defaultSectionSize()
                           + 2 * counts->frameWidth());

    // Plan by plan.
    auto* plans = new QTreeWidget(this);
    plans->setObjectName(QStringLiteral("importPreviewPlans"));
    plans->setHeaderLabels({tr("Plan"), tr("Municipality"), tr("What happens")});
    plans->setRootIsDecorated(false);
    for (const PlanFile::Summary::PlanOutcome& plan : summary.plans)
        new QTreeWidgetItem(plans, {plan.title, plan.municipality, outcomeName(plan.outcome)});
    plans->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    plans->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    plans->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    plans->header()->setStretchLastSection(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(counts);
    layout->addWidget(plans, 1);
    layout->addWidget(buttons);
    resize(720, 460);
}
