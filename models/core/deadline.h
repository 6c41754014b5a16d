#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

struct Measure;

// A deadline as Norwegian plans print it: a day, a month, a quarter, a tertial, a half-year, a year, a range of
// years, or "ongoing". It keeps the granularity the user wrote, so "Q4 2025" stays a quarter; the period's last day
// is what counts for sorting and for deciding whether a measure is overdue.
class Deadline
{
    Q_DECLARE_TR_FUNCTIONS(Deadline)

public:
    enum class Kind {
        None,
        Date,
        Month,
        Quarter,
        Tertial,
        Half,
        Year,
        YearRange,
        Ongoing,
    };

    Deadline() = default;

    // Parses what a user typed. Empty text is "no deadline". On failure returns nothing and, if error is given,
    // sets it to a translated message that quotes the text.
    static std::optional<Deadline> parse(const QString& text, QString* error = nullptr);
    // Restores a deadline from its canonical code (see code()); an unknown code gives an empty deadline.
    static Deadline fromCode(const QString& code, const QString& text = {});

    Kind kind() const { return m_kind; }
    bool isEmpty() const { return m_kind == Kind::None; }
    bool isOngoing() const { return m_kind == Kind::Ongoing; }
    // First and last day of the period; invalid for None and Ongoing.
    QDate firstDay() const { return m_first; }
    QDate lastDay() const { return m_last; }
    // What the user wrote, as written.
    QString text() const { return m_text; }
    // Stable, language-neutral form stored in the database: 2025-12-31, 2025-12, 2025-Q4, 2025-T2, 2025-H2, 2025,
    // 2025/2027, ongoing, or empty.
    QString code() const;

    // True when the period has ended before the given day.
    bool hasPassed(const QDate& today) const { return m_last.isValid() && m_last < today; }

    bool operator==(const Deadline& other) const
    {
        return m_kind == other.m_kind && m_first == other.m_first && m_last == other.m_last;
    }

private:
    Deadline(Kind kind, QDate first, QDate last, QString text);

    Kind m_kind = Kind::None;
    QDate m_first;
    QDate m_last;
    QString m_text;
};

// Derived, never stored: the measure is open (neither done nor cancelled) and its deadline's period ended before today.
bool isOverdue(const Measure& measure, const QDate& today);
// Open, and its deadline's period ends between today and `days` days from now.
bool isDueWithin(const Measure& measure, const QDate& today, int days);
// The same for a measure whose deadline's last day is known (the file keeps it beside the text), without parsing.
bool isOverdue(const QString& status, const QDate& deadlineEnd, const QDate& today);
bool isDueWithin(const QString& status, const QDate& deadlineEnd, const QDate& today, int days);
