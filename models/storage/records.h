#pragma once

#include "entities.h"
#include "store.h"

#include <QCoreApplication>
#include <QSqlField>
#include <QSqlRecord>

// How each entity maps to its table: the columns it writes, how a row reads back, what makes it invalid, and what
// a new one gets (a UUID for entities that travel between files). One overload set per entity, used by EntityStore.
class Records
{
    Q_DECLARE_TR_FUNCTIONS(Records)

public:
    static Fields fields(const Network& value);
    static Fields fields(const JointProject& value);
    static Fields fields(const AssessmentRecord& value);
    static Fields fields(const Municipality& value);
    static Fields fields(const Plan& value);
    static Fields fields(const FocusArea& value);
    static Fields fields(const Owner& value);
    static Fields fields(const Measure& value);
    static Fields fields(const ProgressUpdate& value);
    static Fields fields(const Indicator& value);
    static Fields fields(const IndicatorValue& value);
    static Fields fields(const Grant& value);
    static Fields fields(const ReportRecord& value);
    static Fields fields(const MemberSummaryRecord& value);

    static void read(const Row& record, Network* value);
    static void read(const Row& record, JointProject* value);
    static void read(const Row& record, AssessmentRecord* value);
    static void read(const Row& record, Municipality* value);
    static void read(const Row& record, Plan* value);
    static void read(const Row& record, FocusArea* value);
    static void read(const Row& record, Owner* value);
    static void read(const Row& record, Measure* value);
    static void read(const Row& record, ProgressUpdate* value);
    static void read(const Row& record, Indicator* value);
    static void read(const Row& record, IndicatorValue* value);
    static void read(const Row& record, Grant* value);
    static void read(const Row& record, ReportRecord* value);
    static void read(const Row& record, MemberSummaryRecord* value);

    // A translated reason why the value cannot be stored, or empty.
    template <class T> static QString validate(const T&) { return {}; }
    static QString validate(const Network& value);
    static QString validate(const JointProject& value);
    static QString validate(const AssessmentRecord& value);
    static QString validate(const Plan& value);
    static QString validate(const FocusArea& value);
    static QString validate(const Owner& value);
    static QString validate(const Measure& value);
    static QString validate(const ProgressUpdate& value);
    static QString validate(const Indicator& value);
    static QString validate(const Grant& value);
    static QString validate(const ReportRecord& value);
    static QString validate(const MemberSummaryRecord& value);

    // value with one column set to fieldValue (an edit put back after a conflict, see Store::Conflict).
    template <class T> static T withField(const T& value, const QString& column, const QVariant& fieldValue)
    {
        QSqlRecord record;
        for (const auto& [name, current] : fields(value)) {
            QSqlField field(name, current.metaType());
            field.setValue(name == column ? fieldValue : current);
            record.append(field);
        }
        T changed = value;
        read(Row(record), &changed);
        changed.id = value.id; // the id is no column of fields()
        return changed;
    }

    template <class T> static void prepareNew(T*) { }
    static void prepareNew(Plan* value);
    static void prepareNew(Measure* value);
    static void prepareNew(Indicator* value);
    static void prepareNew(JointProject* value);
};
