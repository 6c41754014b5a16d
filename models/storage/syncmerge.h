#pragma once

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <functional>
#include <optional>

// A row as offline sync compares it: column → text (an invalid QVariant for NULL), with every reference written as
// the key of the row it names, since a copy and its server number their rows differently.
using SyncValues = QMap<QString, QVariant>;
// Table → key → row: one side's rows, as they are now or as they were at the last sync (the base).
using SyncRows = QHash<QString, QHash<QString, SyncValues>>;

// How offline sync knows one of our tables.
struct SyncTable
{
    enum Kind {
        Lookup, // read to name rows by key (the municipalities), never written
        Mirrored, // the server's, copied as it is: a copy's own changes are refused
        Merged, // merged three ways, field by field
    };
    QString name;
    QStringList keyColumns; // what names a row in every database: {"uuid"}, or {"indicator_id", "year"}
    QMap<QString, QString> references; // column → the table it names
    QString parentColumn; // the reference a row is deleted with (plan_id for a measure); empty for none
    Kind kind = Merged;

    // Our tables in the order a parent comes before its children.
    static const QVector<SyncTable>& all();
    static const SyncTable* find(const QString& name);
};

// The same field changed on both sides to different values, or a row deleted on one side and changed on the other.
struct SyncConflict
{
    enum Kind { Field, DeletedHere, DeletedThere };
    Kind kind = Field;
    QString table;
    QString key;
    QString field; // empty for a deleted row
    QVariant base; // the value both started from (invalid when the row is new on both sides)
    QVariant mine;
    QVariant theirs;
    // For the person asked, filled in by OfflineCopy: what the row is ("Measure “Sorting at schools”"), and who made
    // the server's change and when, as the server's change log says.
    QString label;
    QString who;
    QString when;
    // mine and theirs as a person reads them: a reference by the name of what it names, not its key.
    QString mineText;
    QString theirsText;
};

// What the user chose for a conflict: their own side's value or state, the other side's, or (for text) both.
enum class SyncChoice { Mine, Theirs, Both };

// Where a conflict is answered: table, key, field (empty for a deleted row). An empty key answers every conflict.
struct SyncChoiceKey
{
    QString table;
    QString key;
    QString field;
    bool operator==(const SyncChoiceKey& other) const
    {
        return table == other.table && key == other.key && field == other.field;
    }
};
inline size_t qHash(const SyncChoiceKey& key, size_t seed = 0)
{
    return qHashMulti(seed, key.table, key.key, key.field);
}

// The outcome of a three-way merge: what each side and the next base should hold, the conflicts still open, and the
// changes of the copy that are not the user's to make (kept in the copy, not sent).
struct SyncMergeResult
{
    SyncRows server;
    SyncRows local;
    SyncRows base;
    QVector<SyncConflict> open;
    QVector<QPair<SyncConflict, SyncChoice>> resolved; // answered now: the value not chosen goes into the history
    QVector<QPair<QString, QString>> refused; // table, key
};

// The merge rules of offline sync, with no database in sight (so that tests can walk every case):
// - a field changed on one side only takes that side's value; the same value on both sides is no conflict;
// - a field changed on both sides to different values is a conflict: it stays as each side has it (and the base as
//   it was) until the user chooses;
// - a row deleted on one side and unchanged on the other goes; deleted on one and changed on the other (its own
//   fields, or a row under it) is a conflict, never decided silently;
// - a row under a parent that goes, goes with it; a reference to a row that goes becomes empty;
// - a change the user may not make (mayEdit false: another municipality's plan, a network's list) is refused: it stays
//   in the copy, the server's row is left alone, and the base keeps it pending.
class SyncMerge
{
public:
    using MayEdit = std::function<bool(const QString& table, const QString& key)>;

    static SyncMergeResult merge(const SyncRows& base,
                                 const SyncRows& local,
                                 const SyncRows& server,
                                 const MayEdit& mayEdit,
                                 const QHash<SyncChoiceKey, SyncChoice>& choices);

    // Whether two rows hold the same values (NULL equals only NULL), as both sides and the base are compared.
    static bool sameValues(const SyncValues& a, const SyncValues& b);

    // The value chosen for a field conflict: "both" keeps mine and theirs, one after the other, in a text.
    static QVariant chosenValue(const SyncConflict& conflict, SyncChoice choice);
};
