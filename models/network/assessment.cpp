#include "assessment.h"

#include "stores.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

LocalText localText(const QJsonValue& value)
{
    if (value.isString())
        return LocalText(value.toString());
    LocalText text;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        text.byLanguage.insert(it.key(), it.value().toString());
    return text;
}

QVector<Questionnaire::Group> groups(const QJsonArray& array)
{
    QVector<Questionnaire::Group> result;
    for (const QJsonValue& value : array)
        result << Questionnaire::Group {value[QLatin1String("id")].toString(), localText(value[QLatin1String("name")])};
    return result;
}

QVector<std::optional<double>> means(const Questionnaire& questionnaire,
                                     const QVector<Questionnaire::Group>& groups,
                                     const QHash<QString, int>& scores,
                                     QString Questionnaire::Question::*groupOf)
{
    QVector<std::optional<double>> result;
    for (const Questionnaire::Group& group : groups) {
        int sum = 0;
        int answered = 0;
        for (const Questionnaire::Question& question : questionnaire.questions) {
            if (question.*groupOf == group.id && scores.contains(question.id)) {
                sum += scores.value(question.id);
                ++answered;
            }
        }
        result << (answered > 0 ? std::optional<double>(double(sum) / answered) : std::nullopt);
    }
    return result;
}

} // namespace

std::optional<Questionnaire> Questionnaire::read(const QByteArray& json, QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("actionplans-questionnaire"))
        return fail(tr("This is not a questionnaire of Action Plans."));
    Questionnaire result;
    result.name = localText(root.value(QLatin1String("name")));
    for (const QJsonValue& step : root.value(QLatin1String("scale")).toArray())
        result.scale << localText(step);
    result.strategies = groups(root.value(QLatin1String("strategies")).toArray());
    result.roles = groups(root.value(QLatin1String("roles")).toArray());
    const auto known = [](const QVector<Group>& list, const QString& id) {
        return std::any_of(list.begin(), list.end(), [&id](const Group& group) { return group.id == id; });
    };
    QSet<QString> ids;
    for (const QJsonValue& value : root.value(QLatin1String("questions")).toArray()) {
        Question question {value[QLatin1String("id")].toString(),
                           value[QLatin1String("strategy")].toString(),
                           value[QLatin1String("role")].toString(),
                           localText(value[QLatin1String("text")])};
        if (question.id.isEmpty() || ids.contains(question.id) || !known(result.strategies, question.strategy)
            || !known(result.roles, question.role) || question.text.isEmpty())
            return fail(
                tr("The question “%1” lacks an id of its own, a known strategy and role, or a text.").arg(question.id));
        ids.insert(question.id);
        result.questions << question;
    }
    if (result.scale.size() != 5 || result.questions.isEmpty())
        return fail(tr("A questionnaire needs five steps on its scale (0–4) and at least one question."));
    return result;
}

const Questionnaire& Questionnaire::circular()
{
    // Shipped with the app and checked by its tests: read once.
    static const Questionnaire questionnaire = [] {
        QFile file(QStringLiteral(":/assessment/circular.json"));
        file.open(QIODevice::ReadOnly);
        return read(file.readAll(), nullptr).value_or(Questionnaire());
    }();
    return questionnaire;
}

QVector<std::optional<double>> Questionnaire::meansByStrategy(const QHash<QString, int>& scores) const
{
    return means(*this, strategies, scores, &Question::strategy);
}

QVector<std::optional<double>> Questionnaire::meansByRole(const QHash<QString, int>& scores) const
{
    return means(*this, roles, scores, &Question::role);
}

QStringList Questionnaire::strategyNames(const QString& language) const
{
    QStringList names;
    for (const Group& strategy : strategies)
        names << strategy.name.in(language);
    return names;
}

QVector<double> Questionnaire::orZero(const QVector<std::optional<double>>& means)
{
    QVector<double> result;
    for (const std::optional<double>& mean : means)
        result << mean.value_or(0.0);
    return result;
}

QHash<QString, int> Assessment::scores(const AssessmentRecord& record)
{
    QHash<QString, int> result;
    const QJsonObject object = QJsonDocument::fromJson(record.answers.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        result.insert(it.key(), it.value().toInt());
    return result;
}

QString Assessment::answersJson(const QHash<QString, int>& scores)
{
    QJsonObject object;
    for (auto it = scores.begin(); it != scores.end(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QVector<AssessmentRecord> Assessment::history(Stores& stores, qint64 municipalityId)
{
    QVector<AssessmentRecord> records = stores.assessments.list(QStringLiteral("municipality_id"), municipalityId);
    std::stable_sort(records.begin(), records.end(), [](const AssessmentRecord& a, const AssessmentRecord& b) {
        return a.madeOn != b.madeOn ? a.madeOn > b.madeOn : a.id > b.id;
    });
    return records;
}

QVector<std::optional<double>>
Assessment::networkMeans(Stores& stores, const Questionnaire& questionnaire, qint64 networkId, qint64 except)
{
    QVector<double> sums(questionnaire.strategies.size(), 0.0);
    QVector<int> counts(questionnaire.strategies.size(), 0);
    for (qint64 member : stores.networks.memberIds(networkId)) {
        const QVector<AssessmentRecord> records = history(stores, member);
        if (member == except || records.isEmpty())
            continue;
        const QVector<std::optional<double>> own = questionnaire.meansByStrategy(scores(records.first()));
        for (int i = 0; i < own.size(); ++i) {
            if (own[i]) {
                sums[i] += *own[i];
                ++counts[i];
            }
        }
    }
    QVector<std::optional<double>> result;
    for (int i = 0; i < sums.size(); ++i)
        result << (counts[i] > 0 ? std::optional<double>(sums[i] / counts[i]) : std::nullopt);
    return result;
}
