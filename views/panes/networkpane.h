#pragma once

#include "entities.h"

#include <QWidget>

class FocusAreaRadarChart;
class JointProjectChart;
class JointProjectModel;
class MemberIndicatorChart;
class MemberProgressChart;
class NetworkCompareModel;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;

// The network view, shown in place of the measures table when a network is chosen in the navigator: the members side
// by side in a sortable table, and charts of done and overdue per member, of an indicator across members against the
// network's target, and of a member's progress per focus area over the network's average. It only asks (signals) for
// exports and imports; the window carries them out.
class NetworkPane : public QWidget
{
    Q_OBJECT

public:
    explicit NetworkPane(QWidget* parent = nullptr);

    void setModel(NetworkCompareModel* model);
    // The joint projects tab: its model, and the network's projects to choose from (the tab hides without any).
    void setJointProjectModel(JointProjectModel* model);
    void setJointProjects(const QVector<JointProject>& projects);
    // Chooses the project in the chooser (after it was added, say).
    void selectJointProject(qint64 projectId);
    NetworkCompareModel* model() const { return m_model; }
    // The network's name and description, shown as plain text over the table.
    void setNetwork(const QString& name, const QString& description, const QString& planKind);
    QTableView* view() const { return m_view; }
    // The municipality number of the member chosen in the table (empty when none).
    QString currentMunicipalityNumber() const;

signals:
    void planKindChanged(const QString& planKind);
    // format: "csv" or "xlsx"
    void exportRequested(const QString& format);
    void importSummaryRequested();
    // Every member's plans as one plan file.
    void bundleExportRequested();
    // Export › As a website for residents: the network's overview with its members' plans.
    void publishRequested();
    void exportSummaryRequested(const QString& municipalityNumber);
    // A member's row was double-clicked: show its plans.
    void memberActivated(const QString& municipalityNumber);
    // A measure of a joint project was double-clicked: show it in its plan.
    void measureActivated(qint64 planId, qint64 measureId);
    // The coordinator keeps the network's joint projects.
    void addJointProjectRequested();
    void renameJointProjectRequested(qint64 projectId);
    void removeJointProjectRequested(qint64 projectId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void redraw();
    void redrawIndicator();
    void redrawRadar();
    void redrawJointProject();
    void retranslateProjectNotice();
    QWidget* createJointProjectPage();

    NetworkCompareModel* m_model = nullptr;
    QLabel* m_heading;
    QLabel* m_description;
    QLabel* m_kindLabel;
    QComboBox* m_kind;
    QPushButton* m_export;
    QPushButton* m_summaries;
    QStackedWidget* m_content;
    QLabel* m_empty;
    QTableView* m_view;
    QSortFilterProxyModel* m_proxy;
    QTabWidget* m_tabs;
    MemberProgressChart* m_progressChart;
    QComboBox* m_indicator;
    MemberIndicatorChart* m_indicatorChart;
    QComboBox* m_member;
    FocusAreaRadarChart* m_radarChart;
    QLabel* m_indicatorLabel;
    QLabel* m_memberLabel;
    QLabel* m_noIndicators;
    JointProjectModel* m_projectModel = nullptr;
    QWidget* m_projectPage = nullptr;
    QLabel* m_projectLabel = nullptr;
    QComboBox* m_project = nullptr;
    QPushButton* m_addProject = nullptr;
    QPushButton* m_renameProject = nullptr;
    QPushButton* m_removeProject = nullptr;
    QLabel* m_projectEmpty = nullptr;
    QWidget* m_projectContent = nullptr; // the table over the chart; hidden while there is nothing to show
    QTableView* m_projectView = nullptr;
    QSortFilterProxyModel* m_projectProxy = nullptr;
    JointProjectChart* m_projectChart = nullptr;
};
