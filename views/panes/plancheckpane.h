#pragma once

#include <QWidget>

class PlanCheckModel;
class QLabel;
class QProgressBar;
class QTreeView;

// The plan check of the shown plan: a completeness score and the rules a sound plan meets, each unmet rule with the
// measures to fix. A finding is a click away: a measure finding selects the measure, a plan finding opens where the
// plan is fixed.
class PlanCheckPane : public QWidget
{
    Q_OBJECT

public:
    explicit PlanCheckPane(QWidget* parent = nullptr);
    void setModel(PlanCheckModel* model);
    QTreeView* view() const { return m_view; }
    QString scoreText() const;

signals:
    void measureRequested(qint64 measureId);
    // A finding about the plan itself; rule is a PlanCheck::Rule.
    void planFindingRequested(int rule);

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateScore();

    PlanCheckModel* m_model = nullptr;
    QLabel* m_score;
    QProgressBar* m_bar;
    QLabel* m_summary;
    QTreeView* m_view;
};
