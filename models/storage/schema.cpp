#include "schema.h"

// Design note: rows that can be deleted get AUTOINCREMENT ids, which SQLite never hands out twice, so that undo can
// put a deleted row back under its old id without meeting a newer row there.
//
// The SQL is kept portable (no SQLite-only types, plain foreign keys, CHECKs on vocabularies) so that
// the same stores can one day point at PostgreSQL through QPSQL. Tables are plural snake_case and foreign keys are
// named <entity>_id, so that a colleague can read the file with the sqlite3 shell.

namespace {

const QStringList version1 = {
    QStringLiteral(R"(CREATE TABLE municipalities (
        id INTEGER PRIMARY KEY,
        number TEXT NOT NULL UNIQUE CHECK (length(number) = 4),
        name TEXT NOT NULL,
        county_number TEXT NOT NULL,
        county TEXT NOT NULL,
        written_standard TEXT NOT NULL CHECK (written_standard IN ('nb', 'nn', 'neutral')),
        population INTEGER NOT NULL DEFAULT 0))"),
    QStringLiteral(R"(CREATE TABLE networks (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL UNIQUE,
        description TEXT NOT NULL DEFAULT '',
        is_sample INTEGER NOT NULL DEFAULT 0))"),
    QStringLiteral(R"(CREATE TABLE network_members (
        network_id INTEGER NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
        municipality_id INTEGER NOT NULL REFERENCES municipalities(id) ON DELETE CASCADE,
        PRIMARY KEY (network_id, municipality_id)))"),
    QStringLiteral(R"(CREATE TABLE plans (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        uuid TEXT NOT NULL UNIQUE,
        municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
        title TEXT NOT NULL CHECK (title <> ''),
        kind TEXT NOT NULL CHECK (kind IN ('plastic_smart', 'circular', 'climate', 'other')),
        period_from INTEGER,
        period_to INTEGER,
        status TEXT NOT NULL CHECK (status IN ('draft', 'consultation', 'adopted', 'archived')),
        adopted_on TEXT,
        council_case TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        is_sample INTEGER NOT NULL DEFAULT 0))"),
    QStringLiteral(R"(CREATE TABLE focus_areas (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        position INTEGER NOT NULL DEFAULT 0))"),
    QStringLiteral(R"(CREATE TABLE owners (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
        name TEXT NOT NULL,
        unit TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT ''))"),
    QStringLiteral(R"(CREATE TABLE measures (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        uuid TEXT NOT NULL UNIQUE,
        plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        focus_area_id INTEGER REFERENCES focus_areas(id) ON DELETE SET NULL,
        code TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL CHECK (title <> ''),
        description TEXT NOT NULL DEFAULT '',
        owner_id INTEGER REFERENCES owners(id) ON DELETE SET NULL,
        start_text TEXT NOT NULL DEFAULT '',
        start_date TEXT,
        deadline_text TEXT NOT NULL DEFAULT '',
        deadline TEXT NOT NULL DEFAULT '',
        deadline_end TEXT,
        status TEXT NOT NULL CHECK (status IN
            ('planned', 'not_started', 'in_progress', 'delayed', 'blocked', 'done', 'cancelled')),
        progress INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
        priority TEXT NOT NULL DEFAULT '' CHECK (priority IN ('', 'high', 'medium', 'low')),
        cost_nok REAL,
        funding_source TEXT NOT NULL DEFAULT '',
        origin_uuid TEXT))"),
    QStringLiteral(R"(CREATE TABLE progress_updates (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        measure_id INTEGER NOT NULL REFERENCES measures(id) ON DELETE CASCADE,
        date TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN
            ('planned', 'not_started', 'in_progress', 'delayed', 'blocked', 'done', 'cancelled')),
        progress INTEGER NOT NULL CHECK (progress BETWEEN 0 AND 100),
        comment TEXT NOT NULL DEFAULT ''))"),
    QStringLiteral(R"(CREATE TABLE indicators (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        uuid TEXT NOT NULL UNIQUE,
        plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        name TEXT NOT NULL CHECK (name <> ''),
        unit TEXT NOT NULL DEFAULT '',
        direction TEXT NOT NULL CHECK (direction IN ('higher', 'lower')),
        baseline_year INTEGER,
        baseline_value REAL,
        target_year INTEGER,
        target_value REAL,
        source TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL DEFAULT 0))"),
    QStringLiteral(R"(CREATE TABLE indicator_values (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        indicator_id INTEGER NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
        year INTEGER NOT NULL,
        value REAL NOT NULL,
        UNIQUE (indicator_id, year)))"),
    // Every edit appends here in its own transaction: who changed what, for "what changed since the last report".
    QStringLiteral(R"(CREATE TABLE change_log (
        id INTEGER PRIMARY KEY,
        entity TEXT NOT NULL,
        entity_id INTEGER NOT NULL,
        field TEXT NOT NULL,
        old_value TEXT,
        new_value TEXT,
        changed_at TEXT NOT NULL,
        os_user TEXT NOT NULL DEFAULT ''))"),
    QStringLiteral("CREATE INDEX plans_municipality ON plans(municipality_id)"),
    QStringLiteral("CREATE INDEX focus_areas_plan ON focus_areas(plan_id)"),
    QStringLiteral("CREATE INDEX owners_municipality ON owners(municipality_id)"),
    QStringLiteral("CREATE INDEX measures_plan ON measures(plan_id)"),
    QStringLiteral("CREATE INDEX measures_focus_area ON measures(focus_area_id)"),
    QStringLiteral("CREATE INDEX measures_owner ON measures(owner_id)"),
    QStringLiteral("CREATE INDEX progress_updates_measure ON progress_updates(measure_id, date)"),
    QStringLiteral("CREATE INDEX indicators_plan ON indicators(plan_id)"),
    QStringLiteral("CREATE INDEX network_members_municipality ON network_members(municipality_id)"),
    QStringLiteral("CREATE INDEX change_log_entity ON change_log(entity, entity_id)"),
};

// Version 2: grants that fund a measure (Klimasats and the like), with the report each grant requires.
const QStringList version2 = {
    QStringLiteral(R"(CREATE TABLE grants (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        measure_id INTEGER NOT NULL REFERENCES measures(id) ON DELETE CASCADE,
        programme TEXT NOT NULL CHECK (programme <> ''),
        status TEXT NOT NULL CHECK (status IN ('applied', 'granted', 'rejected')),
        amount_nok REAL,
        report_due TEXT,
        report_sent INTEGER NOT NULL DEFAULT 0,
        note TEXT NOT NULL DEFAULT ''))"),
    QStringLiteral("CREATE INDEX grants_measure ON grants(measure_id)"),
};

// Version 3: the council reports exported, so that a report can list the changes since the one before.
const QStringList version3 = {
    QStringLiteral(R"(CREATE TABLE reports (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        report_date TEXT NOT NULL,
        language TEXT NOT NULL CHECK (language IN ('nb', 'nn', 'en')),
        options TEXT NOT NULL DEFAULT '{}'))"),
    QStringLiteral("CREATE INDEX reports_plan ON reports(plan_id, created_at)"),
    QStringLiteral("CREATE INDEX change_log_time ON change_log(changed_at)"),
};

// Where a measure copied from the example bank came from, kept as names: the original may be in another file or be
// deleted later, and the copy should still say whose idea it was.
const QStringList version4 = {
    QStringLiteral("ALTER TABLE measures ADD COLUMN origin_municipality TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE measures ADD COLUMN origin_plan TEXT NOT NULL DEFAULT ''"),
};

// Version 5: summaries that members of a network send their coordinator, who compares them with the members whose
// plans the file holds.
const QStringList version5 = {
    QStringLiteral(R"(CREATE TABLE member_summaries (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        municipality_id INTEGER NOT NULL REFERENCES municipalities(id) ON DELETE CASCADE,
        plan_kind TEXT NOT NULL DEFAULT '' CHECK (plan_kind IN ('', 'plastic_smart', 'circular', 'climate', 'other')),
        made_on TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        content TEXT NOT NULL))"),
    QStringLiteral("CREATE INDEX member_summaries_municipality ON member_summaries(municipality_id, made_on)"),
};

// Version 6: joint projects of a network (fellesprosjekter), and the measures of members that take part in one.
const QStringList version6 = {
    QStringLiteral(R"(CREATE TABLE joint_projects (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        uuid TEXT NOT NULL UNIQUE,
        network_id INTEGER NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
        name TEXT NOT NULL CHECK (name <> ''),
        description TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL DEFAULT 0,
        UNIQUE (network_id, name)))"),
    QStringLiteral("ALTER TABLE measures ADD COLUMN joint_project_id INTEGER REFERENCES joint_projects(id) "
                   "ON DELETE SET NULL"),
    QStringLiteral("CREATE INDEX measures_joint_project ON measures(joint_project_id)"),
};

// Version 7: self-assessments (the circular analysis), one row per municipality and day, answers kept as JSON.
const QStringList version7 = {
    QStringLiteral(R"(CREATE TABLE assessments (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        municipality_id INTEGER NOT NULL REFERENCES municipalities(id) ON DELETE CASCADE,
        questionnaire TEXT NOT NULL CHECK (questionnaire <> ''),
        made_on TEXT NOT NULL,
        answers TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT ''))"),
    QStringLiteral("CREATE INDEX assessments_municipality ON assessments(municipality_id, made_on)"),
};

// Version 8: offline copies of a network's server (see OfflineCopy). Every row that can change on two sides gets a
// UUID, so that a copy and the server know it as the same row whatever its id in each; the change log's rows too, so
// that sending them twice adds nothing. A copy keeps where it came from and the rows as they were at the last sync
// (the base of the three-way merge); on a server and in an ordinary file these two tables stay empty.
const QStringList version8 = {
    QStringLiteral("ALTER TABLE focus_areas ADD COLUMN uuid TEXT"),
    QStringLiteral("ALTER TABLE owners ADD COLUMN uuid TEXT"),
    QStringLiteral("ALTER TABLE progress_updates ADD COLUMN uuid TEXT"),
    QStringLiteral("ALTER TABLE grants ADD COLUMN uuid TEXT"),
    QStringLiteral("ALTER TABLE change_log ADD COLUMN uuid TEXT"),
    QStringLiteral("UPDATE focus_areas SET uuid = lower(hex(randomblob(16)))"),
    QStringLiteral("UPDATE owners SET uuid = lower(hex(randomblob(16)))"),
    QStringLiteral("UPDATE progress_updates SET uuid = lower(hex(randomblob(16)))"),
    QStringLiteral("UPDATE grants SET uuid = lower(hex(randomblob(16)))"),
    QStringLiteral("CREATE UNIQUE INDEX focus_areas_uuid ON focus_areas(uuid)"),
    QStringLiteral("CREATE UNIQUE INDEX owners_uuid ON owners(uuid)"),
    QStringLiteral("CREATE UNIQUE INDEX progress_updates_uuid ON progress_updates(uuid)"),
    QStringLiteral("CREATE UNIQUE INDEX grants_uuid ON grants(uuid)"),
    QStringLiteral("CREATE UNIQUE INDEX change_log_uuid ON change_log(uuid)"),
    QStringLiteral(R"(CREATE TABLE sync_origin (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        server_instance TEXT NOT NULL,
        server_address TEXT NOT NULL,
        server_user TEXT NOT NULL DEFAULT '',
        editable TEXT NOT NULL DEFAULT '',
        server_sequence INTEGER NOT NULL DEFAULT 0,
        log_sent INTEGER NOT NULL DEFAULT 0,
        synced_at TEXT))"),
    QStringLiteral(R"(CREATE TABLE sync_base (
        tbl TEXT NOT NULL,
        key TEXT NOT NULL,
        server_id INTEGER NOT NULL,
        row TEXT NOT NULL,
        PRIMARY KEY (tbl, key)))"),
};

// Version 9, for the website residents read: the indicator a measure is meant to move (one of its plan's), so that the
// measure's page can show the figures it works towards; and whether a progress update's comment may be published as
// the reason for the measure's status (comments are internal unless the adviser says so).
const QStringList version9 = {
    QStringLiteral("ALTER TABLE measures ADD COLUMN indicator_id INTEGER REFERENCES indicators(id) ON DELETE SET NULL"),
    QStringLiteral("CREATE INDEX measures_indicator ON measures(indicator_id)"),
    QStringLiteral("ALTER TABLE progress_updates ADD COLUMN comment_public INTEGER NOT NULL DEFAULT 0 "
                   "CHECK (comment_public IN (0, 1))"),
};

} // namespace

QVector<Migration> Schema::migrations()
{
    return {{1, version1},
            {2, version2},
            {3, version3},
            {4, version4},
            {5, version5},
            {6, version6},
            {7, version7},
            {8, version8},
            {9, version9}};
}

int Schema::latestVersion(const QVector<Migration>& migrations)
{
    return migrations.isEmpty() ? 0 : migrations.last().toVersion;
}
