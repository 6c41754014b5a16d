#include "assessmentdialog.h"

#include "currentcell.h"
#include "language.h"
#include "radarchart.h"
#include "statuscolors.h"
#include "stores.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int Unanswered = -1;

QString scoreText(const std::optional<double>& mean)
{
    return mean ? QLocale().toString(*mean, 'f', 1) : QStringLiteral("–");
}

// Scores on the radar, "2,5 of 4" in its tooltip.
class ScoreRadar : public RadarChart
{
public:
    using RadarChart::RadarChart;

protected:
    QString valueText(double value) const override
    {
        return AssessmentDialog::tr("%1 of 4").arg(QLocale().toString(value, 'f', 1));
    }
};

} // namespace

AssessmentDialog::AssessmentDialog(Stores& stores, qint64 municipalityId, const QString& language, QWidget* parent)
    : QDialog(parent)
    , m_stores(stores)
    , m_municipalityId(municipalityId)
    , m_questionnaire(Questionnaire::circular())
    , m_language(language)
    , m_history(Assessment::history(stores, municipalityId))
    , m_questions(new QTreeWidget(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_compare(new QComboBox(this))
    , m_chart(new ScoreRadar(this))
    , m_roles(new QTreeWidget(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("assessmentDialog"));
    const std::optional<Municipality> municipality = stores.municipalities.get(municipalityId);
    const QString name = municipality ? municipality->name : QString();
    setWindowTitle(tr("%1 – %2").arg(m_questionnaire.name.in(language), name));
    m_questions->setObjectName(QStringLiteral("assessmentQuestions"));
    m_questions->setAccessibleName(tr("Questions and scores"));
    m_compare->setObjectName(QStringLiteral("assessmentCompare"));
    m_chart->setObjectName(QStringLiteral("assessmentChart"));
    m_roles->setObjectName(QStringLiteral("assessmentRoles"));
    m_roles->setAccessibleName(tr("Who took part"));
    CurrentCell::keep(m_roles);
    CurrentCell::keep(m_questions);
    m_date->setObjectName(QStringLiteral("assessmentDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(Language::dateFormat());
    m_chart->setScale(4, 1);
    m_problem->setTextFormat(Qt::PlainText);
    ChartPalette::markAsWarning(m_problem);
    m_problem->hide();

    // The questions by strategy, each with its role and a score; a repeated assessment starts from the newest.
    const QHash<QString, int> previous
        = m_history.isEmpty() ? QHash<QString, int>() : Assessment::scores(m_history.first());
    m_questions->setHeaderLabels({tr("Question"), tr("Role"), tr("Score")});
    m_questions->setWordWrap(true);
    m_questions->setUniformRowHeights(false);
    m_questions->setTextElideMode(Qt::ElideRight);
    m_questions->setSelectionMode(QAbstractItemView::NoSelection);
    QHash<QString, QString> roleNames;
    for (const Questionnaire::Group& role : m_questionnaire.roles)
        roleNames.insert(role.id, role.name.in(language));
    for (const Questionnaire::Group& strategy : m_questionnaire.strategies) {
        auto* group = new QTreeWidgetItem(m_questions, {strategy.name.in(language)});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        for (const Questionnaire::Question& question : m_questionnaire.questions) {
            if (question.strategy != strategy.id)
                continue;
            auto* item = new QTreeWidgetItem(group, {question.text.in(language), roleNames.value(question.role)});
            item->setToolTip(0, question.text.in(language));
            // Two lines, so that most statements read whole (the tooltip has every one).
            item->setSizeHint(0, QSize(-1, 2 * m_questions->fontMetrics().lineSpacing() + 8));
            auto* answer = new QComboBox;
            answer->setObjectName(QStringLiteral("answer_") + question.id);
            answer->addItem(tr("Not answered"), Unanswered);
            for (int score = 0; score < m_questionnaire.scale.size(); ++score)
                answer->addItem(tr("%1 – %2").arg(score).arg(m_questionnaire.scale[score].in(language)), score);
            answer->setCurrentIndex(std::max(0, answer->findData(previous.value(question.id, Unanswered))));
            connect(answer, &QComboBox::currentIndexChanged, this, &AssessmentDialog::redraw);
            m_questions->setItemWidget(item, 2, answer);
            m_answers.insert(question.id, answer);
        }
    }
    m_questions->expandAll();
    m_questions->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_questions->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_questions->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_questions->header()->setStretchLastSection(false);

    // What to hold the answers against: each network's average, or an earlier assessment.
    for (const Network& network : stores.networks.networksOf(municipalityId))
        m_compare->addItem(tr("Average of %1").arg(network.name), QStringLiteral("network:%1").arg(network.id));
    for (const AssessmentRecord& record : std::as_const(m_history))
        m_compare->addItem(tr("Assessment of %1").arg(Language::formatDate(record.madeOn)),
                           QStringLiteral("assessment:%1").arg(record.id));
    connect(m_compare, &QComboBox::currentIndexChanged, this, &AssessmentDialog::redraw);

    m_roles->setHeaderLabels({tr("Role"), tr("Mean score")});
    m_roles->setRootIsDecorated(false);
    m_roles->setSelectionMode(QAbstractItemView::NoSelection);
    m_roles->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_roles->setMaximumHeight(m_roles->fontMetrics().height() * 8);

    auto* form = new QFormLayout;
    form->addRow(tr("Assessment &made on:"), m_date);
    form->addRow(tr("&Compare with:"), m_compare);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(form);
    rightLayout->addWidget(m_chart, 1);
    rightLayout->addWidget(m_roles);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_questions);
    splitter->addWidget(right);
    splitter->setSizes({640, 460});

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save assessment"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* intro = new QLabel(tr("Score each statement from 0 (not started) to 4 (leading). The assessment is kept with "
                                "its day, so that the next one shows the change."),
                             this);
    intro->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(1160, 700);
    redraw();
}

QHash<QString, int> AssessmentDialog::scores() const
{
    QHash<QString, int> result;
    for (auto it = m_answers.begin(); it != m_answers.end(); ++it) {
        const int score = it.value()->currentData().toInt();
        if (score != Unanswered)
            result.insert(it.key(), score);
    }
    return result;
}

QDate AssessmentDialog::madeOn() const
{
    return m_date->date();
}

void AssessmentDialog::redraw()
{
    const QHash<QString, int> own = scores();
    const QStringList spokes = m_questionnaire.strategyNames(m_language);
    const QString compare = m_compare->currentData().toString();
    QVector<std::optional<double>> reference;
    if (compare.startsWith(QLatin1String("network:")))
        reference = Assessment::networkMeans(
            m_stores, m_questionnaire, compare.section(QLatin1Char(':'), 1).toLongLong(), m_municipalityId);
    else if (const std::optional<AssessmentRecord> earlier
             = m_stores.assessments.get(compare.section(QLatin1Char(':'), 1).toLongLong());
             earlier && compare.startsWith(QLatin1String("assessment:")))
        reference = m_questionnaire.meansByStrategy(Assessment::scores(*earlier));
    m_chart->setTitle(tr("Score per strategy (0–4)"));
    m_chart->setSeries(
        spokes,
        tr("This assessment"),
        Questionnaire::orZero(m_questionnaire.meansByStrategy(own)),
        m_compare->currentText(),
        Questionnaire::orZero(reference.isEmpty() ? QVector<std::optional<double>>(spokes.size()) : reference));

    m_roles->clear();
    const QVector<std::optional<double>> byRole = m_questionnaire.meansByRole(own);
    for (int i = 0; i < m_questionnaire.roles.size(); ++i) {
        auto* item = new QTreeWidgetItem(m_roles, {m_questionnaire.roles[i].name.in(m_language), scoreText(byRole[i])});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
}

void AssessmentDialog::accept()
{
    if (scores().isEmpty()) {
        m_problem->setText(tr("Score at least one statement before saving."));
        m_problem->show();
        return;
    }
    QDialog::accept();
}
