#include "syncmerge.h"

#include <QSet>

#include <optional>

namespace {

using OptionalRow = std::optional<SyncValues>;
using KeySets = QHash<QString, QSet<QString>>;

bool same(const QVariant& a, const QVariant& b)
{
    if (!a.isValid() || !b.isValid())
        return a.isValid() == b.isValid();
    return a.toString() == b.toString();
}

bool sameRow(const OptionalRow& a, const OptionalRow& b)
{
    if (!a || !b)
        return a.has_value() == b.has_value();
    return SyncMerge::sameValues(*a, *b);
}

OptionalRow rowOf(const SyncRows& rows, const QString& table, const QString& key)
{
    const auto t = rows.constFind(table);
    if (t == rows.cend())
        return std::nullopt;
    const auto r = t->constFind(key);
    return r == t->cend() ? std::nullopt : OptionalRow(*r);
}

void put(SyncRows& rows, const QString& table, const QString& key, const OptionalRow& row)
{
    if (row)
        rows[table].insert(key, *row);
}

QSet<QString> keysOf(const SyncRows& base, const SyncRows& local, const SyncRows& server, const QString& table)
{
    QSet<QString> keys;
    for (const SyncRows* rows : {&base, &local, &server}) {
        for (auto it = rows->value(table).cbegin(); it != rows->value(table).cend(); ++it)
            keys.insert(it.key());
    }
    return keys;
}

// The rows of side that differ from the base, and every row above one of them: a measure with a new progress update
// counts as changed when the other side deleted it.
KeySets changedOn(const SyncRows& base, const SyncRows& side)
{
    KeySets changed;
    const QVector<SyncTable>& tables = SyncTable::all();
    for (auto table = tables.crbegin(); table != tables.crend(); ++table) {
        for (const QString& key : keysOf(base, side, side, table->name)) {
            const OptionalRow now = rowOf(side, table->name, key);
            const OptionalRow before = rowOf(base, table->name, key);
            if (!sameRow(now, before))
                changed[table->name].insert(key);
            if (!changed.value(table->name).contains(key) || table->parentColumn.isEmpty())
                continue;
            const QVariant parent = (now ? *now : *before).value(table->parentColumn);
            if (parent.isValid())
                changed[table->references.value(table->parentColumn)].insert(parent.toString());
        }
    }
    return changed;
}

// Drops rows whose parent is gone and empties references to rows that went in this merge.
void prune(SyncRows& rows, const SyncRows& base, const SyncRows& local, const SyncRows& server)
{
    for (const SyncTable& table : SyncTable::all()) {
        auto& tableRows = rows[table.name];
        for (auto row = tableRows.begin(); row != tableRows.end();) {
            bool orphan = false;
            for (auto ref = table.references.cbegin(); ref != table.references.cend(); ++ref) {
                const QVariant target = row->value(ref.key());
                const SyncTable* referenced = SyncTable::find(ref.value());
                if (!target.isValid() || !referenced || referenced->kind == SyncTable::Lookup
                    || rows.value(ref.value()).contains(target.toString()))
                    continue;
                const bool known = rowOf(base, ref.value(), target.toString())
                    || rowOf(local, ref.value(), target.toString()) || rowOf(server, ref.value(), target.toString());
                if (ref.key() == table.parentColumn)
                    orphan = true;
                else if (known)
                    (*row)[ref.key()] = QVariant();
            }
            row = orphan ? tableRows.erase(row) : std::next(row);
        }
    }
}

class Merger
{
public:
    Merger(const SyncRows& base,
           const SyncRows& local,
           const SyncRows& server,
           const SyncMerge::MayEdit& mayEdit,
           const QHash<SyncChoiceKey, SyncChoice>& choices)
        : m_base(base)
        , m_local(local)
        , m_server(server)
        , m_mayEdit(mayEdit)
        , m_choices(choices)
        , m_changedHere(changedOn(base, local))
        , m_changedThere(changedOn(base, server))
    {
    }

    SyncMergeResult run()
    {
        for (const SyncTable& table : SyncTable::all()) {
            if (table.kind == SyncTable::Lookup)
                continue;
            for (const QString& key : keysOf(m_base, m_local, m_server, table.name))
                mergeRow(table, key);
        }
        prune(m_result.local, m_base, m_local, m_server);
        prune(m_result.server, m_base, m_local, m_server);
        prune(m_result.base, m_base, m_local, m_server);
        return m_result;
    }

private:
    void everywhere(const QString& table, const QString& key, const OptionalRow& row)
    {
        put(m_result.local, table, key, row);
        put(m_result.server, table, key, row);
        put(m_result.base, table, key, row);
    }

    void leaveOpen(const SyncConflict& conflict, const OptionalRow& l, const OptionalRow& s, const OptionalRow& b)
    {
        put(m_result.local, conflict.table, conflict.key, l);
        put(m_result.server, conflict.table, conflict.key, s);
        put(m_result.base, conflict.table, conflict.key, b);
        m_result.open << conflict;
    }

    std::optional<SyncChoice> choiceFor(const SyncConflict& conflict) const
    {
        auto found = m_choices.constFind({conflict.table, conflict.key, conflict.field});
        if (found == m_choices.cend())
            found = m_choices.constFind(SyncChoiceKey {});
        return found == m_choices.cend() ? std::nullopt : std::optional<SyncChoice>(*found);
    }

    bool parentIn(const KeySets& restored, const SyncTable& table, const OptionalRow& row) const
    {
        if (table.parentColumn.isEmpty() || !row)
            return false;
        return restored.value(table.references.value(table.parentColumn))
            .contains(row->value(table.parentColumn).toString());
    }

    void mergeRow(const SyncTable& table, const QString& key)
    {
        const OptionalRow b = rowOf(m_base, table.name, key);
        const OptionalRow l = rowOf(m_local, table.name, key);
        const OptionalRow s = rowOf(m_server, table.name, key);
        if (table.kind == SyncTable::Mirrored || !m_mayEdit(table.name, key)) {
            if (!sameRow(l, b) && !sameRow(l, s)) { // the copy's own change, not the user's to make: kept, not sent
                put(m_result.local, table.name, key, l);
                put(m_result.server, table.name, key, s);
                put(m_result.base, table.name, key, b);
                m_result.refused << qMakePair(table.name, key);
            } else {
                everywhere(table.name, key, s);
            }
            return;
        }
        if (sameRow(l, s))
            return everywhere(table.name, key, l);
        if (!b && l && s)
            return mergeFields(table.name, key, nullptr, *l, *s);
        if (!b)
            return everywhere(table.name, key, l ? l : s);
        if (!l)
            return deletedOnOneSide(table, key, SyncConflict::DeletedHere, b, l, s);
        if (!s)
            return deletedOnOneSide(table, key, SyncConflict::DeletedThere, b, l, s);
        mergeFields(table.name, key, &*b, *l, *s);
    }

    void deletedOnOneSide(const SyncTable& table,
                          const QString& key,
                          SyncConflict::Kind kind,
                          const OptionalRow& b,
                          const OptionalRow& l,
                          const OptionalRow& s)
    {
        const bool here = kind == SyncConflict::DeletedHere;
        const OptionalRow& kept = here ? s : l;
        KeySets& restored = here ? m_restoredHere : m_restoredThere;
        // Under a row whose fate the user has still to choose, each side keeps what it has until then.
        if (parentIn(m_undecided, table, kept)) {
            m_undecided[table.name].insert(key);
            put(m_result.local, table.name, key, l);
            put(m_result.server, table.name, key, s);
            put(m_result.base, table.name, key, b);
            return;
        }
        // Under a row the user chose to bring back, its rows come back with it.
        if (parentIn(restored, table, kept)) {
            restored[table.name].insert(key);
            return everywhere(table.name, key, kept);
        }
        const KeySets& changedOnKeptSide = here ? m_changedThere : m_changedHere;
        if (!changedOnKeptSide.value(table.name).contains(key))
            return; // deleted on one side, untouched on the other: gone
        SyncConflict conflict;
        conflict.kind = kind;
        conflict.table = table.name;
        conflict.key = key;
        const std::optional<SyncChoice> choice = choiceFor(conflict);
        if (!choice) {
            m_undecided[table.name].insert(key);
            return leaveOpen(conflict, l, s, b);
        }
        m_result.resolved << qMakePair(conflict, *choice);
        const bool keep = here ? *choice == SyncChoice::Theirs : *choice != SyncChoice::Theirs;
        if (keep) {
            restored[table.name].insert(key);
            everywhere(table.name, key, kept);
        }
    }

    void
    mergeFields(const QString& table, const QString& key, const SyncValues* b, const SyncValues& l, const SyncValues& s)
    {
        SyncValues toLocal;
        SyncValues toServer;
        SyncValues toBase;
        QStringList columns = l.keys();
        for (const QString& column : s.keys()) {
            if (!columns.contains(column))
                columns << column;
        }
        for (const QString& column : columns) {
            const QVariant lv = l.value(column);
            const QVariant sv = s.value(column);
            const bool known = b && b->contains(column);
            const QVariant bv = known ? b->value(column) : QVariant();
            QVariant agreed;
            if (same(lv, sv) || (known && same(sv, bv))) {
                agreed = lv;
            } else if (known && same(lv, bv)) {
                agreed = sv;
            } else {
                SyncConflict conflict;
                conflict.table = table;
                conflict.key = key;
                conflict.field = column;
                conflict.base = bv;
                conflict.mine = lv;
                conflict.theirs = sv;
                const std::optional<SyncChoice> choice = choiceFor(conflict);
                if (!choice) {
                    toLocal.insert(column, lv);
                    toServer.insert(column, sv);
                    if (known)
                        toBase.insert(column, bv);
                    m_result.open << conflict;
                    continue;
                }
                m_result.resolved << qMakePair(conflict, *choice);
                agreed = SyncMerge::chosenValue(conflict, *choice);
            }
            toLocal.insert(column, agreed);
            toServer.insert(column, agreed);
            toBase.insert(column, agreed);
        }
        m_result.local[table].insert(key, toLocal);
        m_result.server[table].insert(key, toServer);
        m_result.base[table].insert(key, toBase);
    }

    const SyncRows& m_base;
    const SyncRows& m_local;
    const SyncRows& m_server;
    const SyncMerge::MayEdit& m_mayEdit;
    const QHash<SyncChoiceKey, SyncChoice>& m_choices;
    const KeySets m_changedHere;
    const KeySets m_changedThere;
    KeySets m_restoredHere; // deleted in the copy, brought back from the server
    KeySets m_restoredThere; // deleted on the server, brought back from the copy
    KeySets m_undecided; // deleted on one side, changed on the other, and not chosen yet
    SyncMergeResult m_result;
};

} // namespace

const QVector<SyncTable>& SyncTable::all()
{
    const auto uuid = QStringList {QStringLiteral("uuid")};
    const QString municipalities = QStringLiteral("municipalities");
    const QString plans = QStringLiteral("plans");
    const QString measures = QStringLiteral("measures");
    static const QVector<SyncTable> tables = {
        {municipalities, {QStringLiteral("number")}, {}, {}, Lookup},
        {QStringLiteral("networks"), {QStringLiteral("name")}, {}, {}, Mirrored},
        {QStringLiteral("network_members"),
         {QStringLiteral("network_id"), QStringLiteral("municipality_id")},
         {{QStringLiteral("network_id"), QStringLiteral("networks")},
          {QStringLiteral("municipality_id"), municipalities}},
         QStringLiteral("network_id"),
         Mirrored},
        {QStringLiteral("joint_projects"),
         uuid,
         {{QStringLiteral("network_id"), QStringLiteral("networks")}},
         QStringLiteral("network_id"),
         Mirrored},
        {plans, uuid, {{QStringLiteral("municipality_id"), municipalities}}, {}, Merged},
        {QStringLiteral("focus_areas"), uuid, {{QStringLiteral("plan_id"), plans}}, QStringLiteral("plan_id"), Merged},
        {QStringLiteral("owners"), uuid, {{QStringLiteral("municipality_id"), municipalities}}, {}, Merged},
        // Before the measures, which refer to them.
        {QStringLiteral("indicators"), uuid, {{QStringLiteral("plan_id"), plans}}, QStringLiteral("plan_id"), Merged},
        {measures,
         uuid,
         {{QStringLiteral("plan_id"), plans},
          {QStringLiteral("focus_area_id"), QStringLiteral("focus_areas")},
          {QStringLiteral("owner_id"), QStringLiteral("owners")},
          {QStringLiteral("joint_project_id"), QStringLiteral("joint_projects")},
          {QStringLiteral("indicator_id"), QStringLiteral("indicators")}},
         QStringLiteral("plan_id"),
         Merged},
        {QStringLiteral("progress_updates"),
         uuid,
         {{QStringLiteral("measure_id"), measures}},
         QStringLiteral("measure_id"),
         Merged},
        {QStringLiteral("grants"),
         uuid,
         {{QStringLiteral("measure_id"), measures}},
         QStringLiteral("measure_id"),
         Merged},
        {QStringLiteral("indicator_values"),
         {QStringLiteral("indicator_id"), QStringLiteral("year")},
         {{QStringLiteral("indicator_id"), QStringLiteral("indicators")}},
         QStringLiteral("indicator_id"),
         Merged},
    };
    return tables;
}

const SyncTable* SyncTable::find(const QString& name)
{
    for (const SyncTable& table : all()) {
        if (table.name == name)
            return &table;
    }
    return nullptr;
}

SyncMergeResult SyncMerge::merge(const SyncRows& base,
                                 const SyncRows& local,
                                 const SyncRows& server,
                                 const MayEdit& mayEdit,
                                 const QHash<SyncChoiceKey, SyncChoice>& choices)
{
    return Merger(base, local, server, mayEdit, choices).run();
}

bool SyncMerge::sameValues(const SyncValues& a, const SyncValues& b)
{
    if (a.size() != b.size())
        return false;
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        const auto other = b.constFind(it.key());
        if (other == b.cend() || !same(it.value(), *other))
            return false;
    }
    return true;
}

QVariant SyncMerge::chosenValue(const SyncConflict& conflict, SyncChoice choice)
{
    switch (choice) {
    case SyncChoice::Mine:
        return conflict.mine;
    case SyncChoice::Theirs:
        return conflict.theirs;
    case SyncChoice::Both:
        break;
    }
    if (!conflict.mine.isValid() || conflict.mine.toString().isEmpty())
        return conflict.theirs;
    if (!conflict.theirs.isValid() || conflict.theirs.toString().isEmpty())
        return conflict.mine;
    return QVariant(conflict.mine.toString() + QStringLiteral("\n\n") + conflict.theirs.toString());
}
