#include "deadline.h"

#include "entities.h"
#include "vocabulary.h"

#include <QRegularExpression>

namespace {

// The written forms of a deadline, compiled once: parsing runs for every row of every table, so a regular expression
// built per call cost more than everything else the measures table did.
struct Forms
{
    const QRegularExpression dayMonthYear = anchored(R"((\d{1,2})[./](\d{1,2})[./](\d{4}))");
    const QRegularExpression isoDate = anchored(R"((\d{4})-(\d{1,2})-(\d{1,2}))");
    const QRegularExpression isoMonth = anchored(R"((\d{4})-(\d{1,2}))");
    const QRegularExpression monthYear = anchored(R"((\d{1,2})[./](\d{4}))");
    const QRegularExpression monthWordYear = anchored(R"(([a-zæøå]+)\.?\s+(\d{4}))");
    const QRegularExpression quarterFirst = anchored(R"([qk]\s?(\d)[\s/-]?(\d{4}))");
    const QRegularExpression quarterWords = anchored(R"((\d)\.?\s?(?:kvartal|kv\.?|quarter)\s(\d{4}))");
    const QRegularExpression yearQuarter = anchored(R"((\d{4})[\s/-]?q(\d))");
    const QRegularExpression tertialFirst = anchored(R"(t(\d)\s?(\d{4}))");
    const QRegularExpression tertialWords = anchored(R"((\d)\.?\s?tertial\s(\d{4}))");
    const QRegularExpression yearTertial = anchored(R"((\d{4})[\s/-]?t(\d))");
    const QRegularExpression halfFirst = anchored(R"(h(\d)\s?(\d{4}))");
    const QRegularExpression halfWords
        = anchored(R"((\d|første|fyrste|andre|first|second)\.?\s?(?:halvår|halvåret|half)\s(\d{4}))");
    const QRegularExpression yearHalf = anchored(R"((\d{4})[\s/-]?h(\d))");
    const QRegularExpression year = anchored(R"((\d{4}))");
    const QRegularExpression yearRange = anchored(R"((\d{4})\s?(?:-|/|til|to)\s?(\d{4}))");

    static QRegularExpression anchored(const char* pattern)
    {
        QRegularExpression form(QLatin1Char('^') + QString::fromUtf8(pattern) + QLatin1Char('$'));
        form.optimize();
        return form;
    }
};

constexpr int MinYear = 1900;
constexpr int MaxYear = 2199;

QDate endOfMonth(int year, int month)
{
    const QDate first(year, month, 1);
    return first.addDays(first.daysInMonth() - 1);
}

// Month names and abbreviations in bokmål, nynorsk and English; index + 1 is the month.
int monthFromWord(const QString& word)
{
    static const QStringList names[] = {
        {QStringLiteral("januar"), QStringLiteral("january")},
        {QStringLiteral("februar"), QStringLiteral("february")},
        {QStringLiteral("mars"), QStringLiteral("march")},
        {QStringLiteral("april")},
        {QStringLiteral("mai"), QStringLiteral("may")},
        {QStringLiteral("juni"), QStringLiteral("june")},
        {QStringLiteral("juli"), QStringLiteral("july")},
        {QStringLiteral("august")},
        {QStringLiteral("september")},
        {QStringLiteral("oktober"), QStringLiteral("october")},
        {QStringLiteral("november")},
        {QStringLiteral("desember"), QStringLiteral("december")},
    };
    for (int month = 0; month < 12; ++month) {
        for (const QString& name : names[month]) {
            // "des", "des." and "sept" are abbreviations: a prefix of at least three letters.
            if (word == name || (word.size() >= 3 && name.startsWith(word)))
                return month + 1;
        }
    }
    return 0;
}

bool isOngoingWord(const QString& text)
{
    static const QStringList words = {
        QStringLiteral("løpende"),
        QStringLiteral("løpande"),
        QStringLiteral("fortløpende"),
        QStringLiteral("fortløpande"),
        QStringLiteral("kontinuerlig"),
        QStringLiteral("kontinuerleg"),
        QStringLiteral("ongoing"),
        QStringLiteral("continuous"),
    };
    return words.contains(text);
}

QString normalized(const QString& text)
{
    QString s = text.simplified().toLower();
    s.replace(QChar(0x2013), QLatin1Char('-')); // en dash
    s.replace(QChar(0x2014), QLatin1Char('-')); // em dash
    s.replace(QChar(0x2212), QLatin1Char('-')); // minus sign
    static const QRegularExpression prefix(QStringLiteral("^(innen|innan|within|by|i løpet av|i løpet av året)\\s+"));
    s.remove(prefix);
    return s;
}

int ordinalWord(const QString& word)
{
    if (word == QStringLiteral("første") || word == QStringLiteral("fyrste") || word == QLatin1String("first"))
        return 1;
    if (word == QLatin1String("andre") || word == QLatin1String("second"))
        return 2;
    return word.toInt();
}

} // namespace

Deadline::Deadline(Kind kind, QDate first, QDate last, QString text)
    : m_kind(kind)
    , m_first(first)
    , m_last(last)
    , m_text(std::move(text))
{
}

std::optional<Deadline> Deadline::parse(const QString& text, QString* error)
{
    const QString original = text.trimmed();
    const QString s = normalized(original);
    auto fail = [&](const QString& message) -> std::optional<Deadline> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    auto yearOk = [](int year) {
        return year >= MinYear && year <= MaxYear;
    };
    auto badYear = [&](int year) {
        return fail(tr("“%1” is not a deadline: the year %2 is outside %3–%4.")
                        .arg(original)
                        .arg(year)
                        .arg(MinYear)
                        .arg(MaxYear));
    };
    auto period = [&](Kind kind, int year, int index, int count) -> std::optional<Deadline> {
        if (!yearOk(year))
            return badYear(year);
        const int months = 12 / count;
        if (index < 1 || index > count) {
            if (kind == Kind::Quarter)
                return fail(
                    tr("“%1” is not a deadline: there is no quarter %2 (quarters are 1–4).").arg(original).arg(index));
            if (kind == Kind::Tertial)
                return fail(
                    tr("“%1” is not a deadline: there is no tertial %2 (tertials are 1–3).").arg(original).arg(index));
            return fail(tr("“%1” is not a deadline: there is no half-year %2 (use 1 or 2).").arg(original).arg(index));
        }
        const QDate first(year, (index - 1) * months + 1, 1);
        return Deadline(kind, first, endOfMonth(year, index * months), original);
    };
    auto month = [&](int year, int month) -> std::optional<Deadline> {
        if (!yearOk(year))
            return badYear(year);
        if (month < 1 || month > 12)
            return fail(tr("“%1” is not a deadline: there is no month %2.").arg(original).arg(month));
        return Deadline(Kind::Month, QDate(year, month, 1), endOfMonth(year, month), original);
    };
    auto day = [&](int year, int month, int dayOfMonth) -> std::optional<Deadline> {
        if (!yearOk(year))
            return badYear(year);
        const QDate date(year, month, dayOfMonth);
        if (!date.isValid())
            return fail(tr("“%1” is not a deadline: there is no such date.").arg(original));
        return Deadline(Kind::Date, date, date, original);
    };

    if (s.isEmpty())
        return Deadline();
    if (isOngoingWord(s))
        return Deadline(Kind::Ongoing, {}, {}, original);

    static const Forms forms;
    QRegularExpressionMatch m;
    auto matches = [&](const QRegularExpression& form) {
        m = form.match(s);
        return m.hasMatch();
    };
    auto num = [&](int group) {
        return m.captured(group).toInt();
    };

    if (matches(forms.dayMonthYear))
        return day(num(3), num(2), num(1));
    if (matches(forms.isoDate))
        return day(num(1), num(2), num(3));
    if (matches(forms.isoMonth))
        return month(num(1), num(2));
    if (matches(forms.monthYear))
        return month(num(2), num(1));
    if (matches(forms.monthWordYear)) {
        const int monthNumber = monthFromWord(m.captured(1));
        if (monthNumber > 0)
            return month(num(2), monthNumber);
    }
    if (matches(forms.quarterFirst) || matches(forms.quarterWords))
        return period(Kind::Quarter, num(2), num(1), 4);
    if (matches(forms.yearQuarter))
        return period(Kind::Quarter, num(1), num(2), 4);
    if (matches(forms.tertialFirst) || matches(forms.tertialWords))
        return period(Kind::Tertial, num(2), num(1), 3);
    if (matches(forms.yearTertial))
        return period(Kind::Tertial, num(1), num(2), 3);
    if (matches(forms.halfFirst) || matches(forms.halfWords))
        return period(Kind::Half, num(2), ordinalWord(m.captured(1)), 2);
    if (matches(forms.yearHalf))
        return period(Kind::Half, num(1), num(2), 2);
    if (matches(forms.year)) {
        if (!yearOk(num(1)))
            return badYear(num(1));
        return Deadline(Kind::Year, QDate(num(1), 1, 1), QDate(num(1), 12, 31), original);
    }
    if (matches(forms.yearRange)) {
        const int from = num(1);
        const int to = num(2);
        if (!yearOk(from))
            return badYear(from);
        if (!yearOk(to))
            return badYear(to);
        if (to < from)
            return fail(tr("“%1” is not a deadline: the range ends before it starts.").arg(original));
        return Deadline(Kind::YearRange, QDate(from, 1, 1), QDate(to, 12, 31), original);
    }
    return fail(tr("“%1” is not a deadline. Write for example 31.12.2025, des. 2025, Q4 2025, 2. halvår 2025, 2025, "
                   "2025–2027 or løpende.")
                    .arg(original));
}

QString Deadline::code() const
{
    const int year = m_first.year();
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Date:
        return m_first.toString(Qt::ISODate);
    case Kind::Month:
        return m_first.toString(QStringLiteral("yyyy-MM"));
    case Kind::Quarter:
        return QStringLiteral("%1-Q%2").arg(year).arg((m_first.month() - 1) / 3 + 1);
    case Kind::Tertial:
        return QStringLiteral("%1-T%2").arg(year).arg((m_first.month() - 1) / 4 + 1);
    case Kind::Half:
        return QStringLiteral("%1-H%2").arg(year).arg((m_first.month() - 1) / 6 + 1);
    case Kind::Year:
        return QString::number(year);
    case Kind::YearRange:
        return QStringLiteral("%1/%2").arg(year).arg(m_last.year());
    case Kind::Ongoing:
        return QStringLiteral("ongoing");
    }
    return {};
}

Deadline Deadline::fromCode(const QString& code, const QString& text)
{
    // Every code is itself a form parse() accepts, so parsing it restores the same period.
    std::optional<Deadline> parsed = parse(code);
    if (!parsed)
        return Deadline();
    parsed->m_text = text.isEmpty() ? code : text;
    return *parsed;
}

bool isOverdue(const Measure& measure, const QDate& today)
{
    return isOverdue(measure.status, Deadline::parse(measure.deadlineText).value_or(Deadline()).lastDay(), today);
}

bool isDueWithin(const Measure& measure, const QDate& today, int days)
{
    return isDueWithin(
        measure.status, Deadline::parse(measure.deadlineText).value_or(Deadline()).lastDay(), today, days);
}

bool isOverdue(const QString& status, const QDate& deadlineEnd, const QDate& today)
{
    return !Vocabulary::isFinished(status) && deadlineEnd.isValid() && deadlineEnd < today;
}

bool isDueWithin(const QString& status, const QDate& deadlineEnd, const QDate& today, int days)
{
    return !Vocabulary::isFinished(status) && deadlineEnd.isValid() && deadlineEnd >= today
        && deadlineEnd <= today.addDays(days);
}
