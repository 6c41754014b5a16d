#include "syncconflictdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

enum Column { WhatColumn, FieldColumn, MineColumn, TheirsColumn, ChoiceColumn, ColumnCount };

QTableWidgetItem* plainItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text); // a table item shows its text as plain text
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    return item;
}

} // namespace

SyncConflictDialog::SyncConflictDialog(const QVector<Row>& rows, QWidget* parent)
    : QDialog(parent)
    , m_table(new QTableWidget(int(rows.size()), ColumnCount, this))
{
    setObjectName(QStringLiteral("syncConflictDialog"));
    setWindowTitle(tr("Choose what to keep"));
    auto* intro = new QLabel(
        tr("%n change(s) in this copy conflict with changes made on the server since the copy was last synced. "
           "Choose for each what to keep; the value not kept stays in the history. Everything else is synced already.",
           nullptr,
           int(rows.size())),
        this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("syncConflicts"));
    m_table->setAccessibleName(tr("Conflicts"));
    m_table->setHorizontalHeaderLabels({tr("What"), tr("Field"), tr("In this copy"), tr("On the server"), tr("Keep")});
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false); // Tab goes from one choice to the next, not through every cell
    for (int i = 0; i < rows.size(); ++i) {
        const Row& row = rows.at(i);
        const QString theirs = row.who.isEmpty()
            ? row.theirs
            : tr("%1\n(%2, %3)")
                  .arg(row.theirs, row.who, row.when.left(16).replace(QLatin1Char('T'), QLatin1Char(' ')));
        m_table->setItem(i, WhatColumn, plainItem(row.what));
        m_table->setItem(i, FieldColumn, plainItem(row.field.isEmpty() ? tr("(the whole row)") : row.field));
        m_table->setItem(i, MineColumn, plainItem(row.mine));
        m_table->setItem(i, TheirsColumn, plainItem(theirs));
        auto* choice = new QComboBox(m_table);
        choice->addItem(tr("Keep mine"), KeepMine);
        choice->addItem(tr("Take the server's"), TakeTheirs);
        if (row.text)
            choice->addItem(tr("Keep both"), KeepBoth);
        choice->setPlaceholderText(tr("Choose…"));
        choice->setCurrentIndex(-1); // nothing is chosen for the user
        choice->setAccessibleName(row.field.isEmpty() ? tr("Keep for %1").arg(row.what)
                                                      : tr("Keep for %1, %2").arg(row.what, row.field));
        choice->setAccessibleDescription(tr("In this copy: %1. On the server: %2.").arg(row.mine, theirs));
        m_table->setCellWidget(i, ChoiceColumn, choice);
        m_choices << choice;
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();
    for (int column : {MineColumn, TheirsColumn})
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 280));
    m_table->resizeRowsToContents();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sync with these choices"));
    auto* allMine = buttons->addButton(tr("Keep all &mine"), QDialogButtonBox::ActionRole);
    auto* allTheirs = buttons->addButton(tr("Take all the &server's"), QDialogButtonBox::ActionRole);
    allMine->setObjectName(QStringLiteral("keepAllMine"));
    allTheirs->setObjectName(QStringLiteral("takeAllTheirs"));
    connect(allMine, &QPushButton::clicked, this, [this] { setAll(KeepMine); });
    connect(allTheirs, &QPushButton::clicked, this, [this] { setAll(TakeTheirs); });
    QPushButton* sync = buttons->button(QDialogButtonBox::Ok);
    const auto allChosen = [this, sync] {
        sync->setEnabled(std::all_of(
            m_choices.cbegin(), m_choices.cend(), [](const QComboBox* box) { return box->currentIndex() >= 0; }));
    };
    for (QComboBox* box : std::as_const(m_choices))
        connect(box, &QComboBox::currentIndexChanged, this, allChosen);
    allChosen();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 420);
    if (!m_choices.isEmpty())
        m_choices.first()->setFocus();
}

QVector<SyncConflictDialog::Choice> SyncConflictDialog::choices() const
{
    QVector<Choice> result;
    for (const QComboBox* choice : m_choices)
        result << Choice(choice->currentData().toInt());
    return result;
}

void SyncConflictDialog::setAll(Choice choice)
{
    for (QComboBox* box : std::as_const(m_choices))
        box->setCurrentIndex(box->findData(choice));
}
