#include "measurelinkrow.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

MeasureLinkRow::MeasureLinkRow(const QString& comboName, QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_combo(new QComboBox(this))
{
    m_combo->setObjectName(comboName);
    // Long names shorten in a narrow pane; the list that opens shows them whole.
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(8);
    m_label->setBuddy(m_combo);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_combo, 1);
    connect(m_combo, &QComboBox::activated, this, [this] {
        const qint64 id = m_combo->currentData().toLongLong();
        if (id != m_current)
            emit chosen(id);
    });
    hide();
}

void MeasureLinkRow::setTexts(const QString& label, const QString& toolTip)
{
    m_label->setText(label);
    m_combo->setToolTip(toolTip);
    if (m_combo->count() > 0)
        m_combo->setItemText(0, tr("None"));
}

void MeasureLinkRow::setChoices(const QVector<QPair<QString, qint64>>& choices,
                                qint64 current,
                                const QString& currentName)
{
    m_current = current;
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    m_combo->addItem(tr("None"), qint64(0));
    for (const auto& [name, id] : choices)
        m_combo->addItem(name, id);
    if (current > 0 && m_combo->findData(current) < 0)
        m_combo->addItem(currentName, current);
    m_combo->setCurrentIndex(std::max(0, m_combo->findData(current)));
    setVisible(m_combo->count() > 1);
}

void MeasureLinkRow::setEditable(bool editable)
{
    m_combo->setEnabled(editable);
}
