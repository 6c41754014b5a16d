#pragma once

// The circular self-assessment (sirkulær analyse): a questionnaire in resources/assessment, scored 0–4 per question
// and grouped by the R-ladder's strategies and by the municipality's roles; the assessments stored with their day, so
// that repeated ones show change; and the network's average to hold one against.

#include "entities.h"
#include "localtext.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

class Stores;

class Questionnaire
{
    Q_DECLARE_TR_FUNCTIONS(Questionnaire)

public:
    struct Group
    {
        QString id;
        LocalText name;
    };
    struct Question
    {
        QString id; // stored with the answers: never reused
        QString strategy;
        QString role;
        LocalText text;
    };

    LocalText name;
    QVector<LocalText> scale; // the words for 0–4
    QVector<Group> strategies;
    QVector<Group> roles;
    QVector<Question> questions;

    // The circular questionnaire shipped with the app.
    static const Questionnaire& circular();
    static std::optional<Questionnaire> read(const QByteArray& json, QString* error);

    // The mean score (0–4) of the answered questions of each strategy (or role), in their order; none where no
    // question of it is answered.
    QVector<std::optional<double>> meansByStrategy(const QHash<QString, int>& scores) const;
    QVector<std::optional<double>> meansByRole(const QHash<QString, int>& scores) const;
    // The strategies' names in the language, in their order: the spokes of a radar.
    QStringList strategyNames(const QString& language) const;
    // Means as a chart draws them: 0 where nothing was answered.
    static QVector<double> orZero(const QVector<std::optional<double>>& means);
};

class Assessment
{
public:
    static QHash<QString, int> scores(const AssessmentRecord& record);
    static QString answersJson(const QHash<QString, int>& scores);
    // The municipality's assessments, newest first.
    static QVector<AssessmentRecord> history(Stores& stores, qint64 municipalityId);
    // Per strategy, the mean over the network's members (but `except`) of their newest assessment; none where no
    // member answered a question of the strategy.
    static QVector<std::optional<double>>
    networkMeans(Stores& stores, const Questionnaire& questionnaire, qint64 networkId, qint64 except);
};
