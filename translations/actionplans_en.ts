<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>%1 of 4</source>
        <translation>%1 of 4</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <source>Average of %1</source>
        <translation>Average of %1</translation>
    </message>
    <message>
        <source>Assessment of %1</source>
        <translation>Assessment of %1</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Mean score</translation>
    </message>
    <message>
        <source>Assessment &amp;made on:</source>
        <translation>Assessment &amp;made on:</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>&amp;Compare with:</translation>
    </message>
    <message>
        <source>&amp;Save assessment</source>
        <translation>&amp;Save assessment</translation>
    </message>
    <message>
        <source>Score each statement from 0 (not started) to 4 (leading). The assessment is kept with its day, so that the next one shows the change.</source>
        <translation>Score each statement from 0 (not started) to 4 (leading). The assessment is kept with its day, so that the next one shows the change.</translation>
    </message>
    <message>
        <source>Score per strategy (0–4)</source>
        <translation>Score per strategy (0–4)</translation>
    </message>
    <message>
        <source>This assessment</source>
        <translation>This assessment</translation>
    </message>
    <message>
        <source>Score at least one statement before saving.</source>
        <translation>Score at least one statement before saving.</translation>
    </message>
    <message>
        <source>Questions and scores</source>
        <translation>Questions and scores</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Who took part</translation>
    </message>
</context>
<context>
    <name>AssignOwnerCommand</name>
    <message>
        <source>Set owner of %1 to “%2”</source>
        <translation>Set owner of %1 to “%2”</translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>last update %1</source>
        <translation>last update %1</translation>
    </message>
    <message>
        <source>never updated</source>
        <translation>never updated</translation>
    </message>
    <message numerus="yes">
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>Overdue (%n)</numerusform>
            <numerusform>Overdue (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deadline within %1 days (%n)</source>
        <translation>
            <numerusform>Deadline within %1 days (%n)</numerusform>
            <numerusform>Deadline within %1 days (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No progress update for %1 months (%n)</source>
        <translation>
            <numerusform>No progress update for %1 months (%n)</numerusform>
            <numerusform>No progress update for %1 months (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Deadline or last update</source>
        <translation>Deadline or last update</translation>
    </message>
    <message>
        <source>report due %1</source>
        <translation>report due %1</translation>
    </message>
    <message numerus="yes">
        <source>Grant reports due (%n)</source>
        <translation>
            <numerusform>Grant reports due (%n)</numerusform>
            <numerusform>Grant reports due (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttentionPane</name>
    <message>
        <source>Measures that need attention</source>
        <translation>Measures that need attention</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Cannot save a backup of “%1”: the folder “%2” cannot be created.</source>
        <translation>Cannot save a backup of “%1”: the folder “%2” cannot be created.</translation>
    </message>
    <message>
        <source>Cannot save a backup of “%1”: %2</source>
        <translation>Cannot save a backup of “%1”: %2</translation>
    </message>
    <message>
        <source>Cannot restore a backup into “%1”: it is open read-only.</source>
        <translation>Cannot restore a backup into “%1”: it is open read-only.</translation>
    </message>
    <message>
        <source>Cannot restore “%1”: the backup cannot be read.</source>
        <translation>Cannot restore “%1”: the backup cannot be read.</translation>
    </message>
    <message>
        <source>Cannot restore “%1”: %2</source>
        <translation>Cannot restore “%1”: %2</translation>
    </message>
    <message>
        <source>Cannot restore “%1”: the database driver gives no access to SQLite.</source>
        <translation>Cannot restore “%1”: the database driver gives no access to SQLite.</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Daily backup</translation>
    </message>
    <message>
        <source>Before an upgrade to a newer file version</source>
        <translation>Before an upgrade to a newer file version</translation>
    </message>
    <message>
        <source>Before restoring a backup</source>
        <translation>Before restoring a backup</translation>
    </message>
    <message>
        <source>Cannot restore a backup into %1: a server is restored by its owner (pg_restore).</source>
        <translation>Cannot restore a backup into %1: a server is restored by its owner (pg_restore).</translation>
    </message>
</context>
<context>
    <name>ChangeHistoryModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation>Focus area</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Period from</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Period to</translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation>Adopted on</translation>
    </message>
    <message>
        <source>Council case number</source>
        <translation>Council case number</translation>
    </message>
    <message>
        <source>Joint project</source>
        <translation>Joint project</translation>
    </message>
    <message>
        <source>Indicator it moves</source>
        <translation>Indicator it moves</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <source>Save as PNG…</source>
        <translation>Save as PNG…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>Save as SVG…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Save the chart</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 files (*.%2)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>%1: %2 – %3</source>
        <translation>%1: %2 – %3</translation>
    </message>
    <message>
        <source>%1 – as a table</source>
        <translation>%1 – as a table</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Show as table</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>Added the sample networks and plans to “%1”.</source>
        <translation>Added the sample networks and plans to “%1”.</translation>
    </message>
    <message>
        <source>actionplans: %1</source>
        <translation>actionplans: %1</translation>
    </message>
    <message numerus="yes">
        <source>Generated %n plan(s) of %1 municipalities in “%2”: </source>
        <translation>
            <numerusform>Generated %n plan of %1 municipalities in “%2”: </numerusform>
            <numerusform>Generated %n plans of %1 municipalities in “%2”: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s), </source>
        <translation>
            <numerusform>%n measure, </numerusform>
            <numerusform>%n measures, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n progress update(s), </source>
        <translation>
            <numerusform>%n progress update, </numerusform>
            <numerusform>%n progress updates, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) with %1 yearly values.</source>
        <translation>
            <numerusform>%n indicator with %1 yearly values.</numerusform>
            <numerusform>%n indicators with %1 yearly values.</numerusform>
        </translation>
    </message>
    <message>
        <source>actionplans: there is no plan with id %1; “actionplans list” shows them.</source>
        <translation>actionplans: there is no plan with id %1; “actionplans list” shows them.</translation>
    </message>
    <message>
        <source>actionplans: the report was written, but could not be recorded: %1</source>
        <translation>actionplans: the report was written, but could not be recorded: %1</translation>
    </message>
    <message>
        <source>Wrote the report of “%1” to “%2”.</source>
        <translation>Wrote the report of “%1” to “%2”.</translation>
    </message>
    <message numerus="yes">
        <source>Plan check: %1 % complete, %n finding(s); “actionplans plancheck --plan %2” lists them.</source>
        <translation>
            <numerusform>Plan check: %1 % complete, %n finding; “actionplans plancheck --plan %2” lists them.</numerusform>
            <numerusform>Plan check: %1 % complete, %n findings; “actionplans plancheck --plan %2” lists them.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the column “%2” is not known and was left out.</source>
        <translation>%1: the column “%2” is not known and was left out.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more problem(s) not shown.</source>
        <translation>
            <numerusform>%1: %n more problem not shown.</numerusform>
            <numerusform>%1: %n more problems not shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>actionplans: nothing was imported.</source>
        <translation>actionplans: nothing was imported.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n measure(s) from “%1”.</source>
        <translation>
            <numerusform>Imported %n measure from “%1”.</numerusform>
            <numerusform>Imported %n measures from “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Imported “%1”. %2</source>
        <translation>Imported “%1”. %2</translation>
    </message>
    <message>
        <source>Wrote “%1”.</source>
        <translation>Wrote “%1”.</translation>
    </message>
    <message>
        <source>Plan check of “%1”: %2 % complete.</source>
        <translation>Plan check of “%1”: %2 % complete.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n problem(s):</source>
        <translation>
            <numerusform>“%1” has %n problem:</numerusform>
            <numerusform>“%1” has %n problems:</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”: no problems found.</source>
        <translation>“%1”: no problems found.</translation>
    </message>
    <message>
        <source>%1 has the schema of this version (%2); nothing to upgrade.</source>
        <translation>%1 has the schema of this version (%2); nothing to upgrade.</translation>
    </message>
    <message>
        <source>Created the Action Plans schema (version %1) on %2.</source>
        <translation>Created the Action Plans schema (version %1) on %2.</translation>
    </message>
    <message>
        <source>Upgraded the Action Plans schema on %1 from version %2 to %3.</source>
        <translation>Upgraded the Action Plans schema on %1 from version %2 to %3.</translation>
    </message>
    <message>
        <source>Municipalities added: %1.</source>
        <translation>Municipalities added: %1.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>Added %1, coordinator of network %2.</source>
        <translation>Added %1, coordinator of network %2.</translation>
    </message>
    <message>
        <source>Added %1, who edits the plans of municipality %2.</source>
        <translation>Added %1, who edits the plans of municipality %2.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1” does not exist.</translation>
    </message>
    <message>
        <source>Imported “%1” onto %2. %3</source>
        <translation>Imported “%1” onto %2. %3</translation>
    </message>
    <message>
        <source>actionplans: “%1” exists already; export into a new file.</source>
        <translation>actionplans: “%1” exists already; export into a new file.</translation>
    </message>
    <message>
        <source>actionplans: cannot write “%1”: %2</source>
        <translation>actionplans: cannot write “%1”: %2</translation>
    </message>
    <message>
        <source>Wrote the plans on %1 to “%2”.</source>
        <translation>Wrote the plans on %1 to “%2”.</translation>
    </message>
    <message>
        <source>Networks added: %1.</source>
        <translation>Networks added: %1.</translation>
    </message>
    <message>
        <source>Networks on the server (add a coordinator with: server add-user NAME --network ID --coordinator):</source>
        <translation>Networks on the server (add a coordinator with: server add-user NAME --network ID --coordinator):</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n member(s))</source>
        <translation>
            <numerusform>%1 (%n member)</numerusform>
            <numerusform>%1 (%n members)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Published %n page(s) in “%1”; open index.html.</source>
        <translation>
            <numerusform>Published %n page in “%1”; open index.html.</numerusform>
            <numerusform>Published %n pages in “%1”; open index.html.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>actionplans: %1</source>
        <translation>actionplans: %1</translation>
    </message>
    <message>
        <source>Try “actionplans --help”.</source>
        <translation>Try “actionplans --help”.</translation>
    </message>
    <message>
        <source>actionplans: no command given.</source>
        <translation>actionplans: no command given.</translation>
    </message>
    <message>
        <source>actionplans: unknown command “%1”.</source>
        <translation>actionplans: unknown command “%1”.</translation>
    </message>
    <message>
        <source>actionplans: “%1” takes no arguments, but got “%2”.</source>
        <translation>actionplans: “%1” takes no arguments, but got “%2”.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>report: write PDF/A-1b for archiving.</source>
        <translation>report: write PDF/A-1b for archiving.</translation>
    </message>
    <message>
        <source>list</source>
        <translation>list</translation>
    </message>
    <message>
        <source>report: list only measures that are neither done nor cancelled.</source>
        <translation>report: list only measures that are neither done nor cancelled.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>report: a draft, not recorded as issued (the next report&apos;s changes still count from the last one).</source>
        <translation>report: a draft, not recorded as issued (the next report&apos;s changes still count from the last one).</translation>
    </message>
    <message>
        <source>actionplans: “%1” is not a plan id; “actionplans list” shows them.</source>
        <translation>actionplans: “%1” is not a plan id; “actionplans list” shows them.</translation>
    </message>
    <message>
        <source>actionplans: “%1” is not a report language; use nb, nn or en.</source>
        <translation>actionplans: “%1” is not a report language; use nb, nn or en.</translation>
    </message>
    <message>
        <source>actionplans: “%1” is not a report section; use %2.</source>
        <translation>actionplans: “%1” is not a report section; use %2.</translation>
    </message>
    <message>
        <source>actionplans: “%1” is not a date of the form YYYY-MM-DD.</source>
        <translation>actionplans: “%1” is not a date of the form YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>report, plancheck: the id of the plan (see “list”).</source>
        <translation>report, plancheck: the id of the plan (see “list”).</translation>
    </message>
    <message>
        <source>report: the sections to include, comma-separated, from %1 (default: all but “check”).</source>
        <translation>report: the sections to include, comma-separated, from %1 (default: all but “check”).</translation>
    </message>
    <message>
        <source>report, plancheck: the date to report for, YYYY-MM-DD (default: today).</source>
        <translation>report, plancheck: the date to report for, YYYY-MM-DD (default: today).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>actionplans: import needs the file to read: import FILE --plan ID.</source>
        <translation>actionplans: import needs the file to read: import FILE --plan ID.</translation>
    </message>
    <message>
        <source>actionplans: %1 needs --plan ID and -o FILE.</source>
        <translation>actionplans: %1 needs --plan ID and -o FILE.</translation>
    </message>
    <message>
        <source>actionplans: %1 needs --plan ID.</source>
        <translation>actionplans: %1 needs --plan ID.</translation>
    </message>
    <message>
        <source>actionplans: “%1” is not an export format; use %2.</source>
        <translation>actionplans: “%1” is not an export format; use %2.</translation>
    </message>
    <message>
        <source>report: nb, nn or en (default: the municipality&apos;s written standard); sample: nb or nn.</source>
        <translation>report: nb, nn or en (default: the municipality&apos;s written standard); sample: nb or nn.</translation>
    </message>
    <message>
        <source>generate: how many municipalities get plans (default: 357).</source>
        <translation>generate: how many municipalities get plans (default: 357).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>generate: measures per municipality, over its plans (default: 60).</source>
        <translation>generate: measures per municipality, over its plans (default: 60).</translation>
    </message>
    <message>
        <source>generate: progress updates per measure, on average (default: 5).</source>
        <translation>generate: progress updates per measure, on average (default: 5).</translation>
    </message>
    <message>
        <source>generate: the same seed gives the same file (default: 1).</source>
        <translation>generate: the same seed gives the same file (default: 1).</translation>
    </message>
    <message>
        <source>actionplans: “%1” is not a number for --%2.</source>
        <translation>actionplans: “%1” is not a number for --%2.</translation>
    </message>
    <message>
        <source>actionplans: server needs what to do: server init.</source>
        <translation>actionplans: server needs what to do: server init.</translation>
    </message>
    <message>
        <source>actionplans: server commands need the server&apos;s address: --db postgresql://USER@HOST/DATABASE.</source>
        <translation>actionplans: server commands need the server&apos;s address: --db postgresql://USER@HOST/DATABASE.</translation>
    </message>
    <message>
        <source>  server add-user  a login for a municipality&apos;s adviser or a network&apos;s coordinator (password on standard input):
           server add-user NAME --municipality NUMBER | server add-user NAME --network ID --coordinator</source>
        <translation>  server add-user  a login for a municipality&apos;s adviser or a network&apos;s coordinator (password on standard input):
           server add-user NAME --municipality NUMBER | server add-user NAME --network ID --coordinator</translation>
    </message>
    <message>
        <source>server add-user: the municipality the user works for.</source>
        <translation>server add-user: the municipality the user works for.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>server add-user: the network the user coordinates.</source>
        <translation>server add-user: the network the user coordinates.</translation>
    </message>
    <message>
        <source>server add-user: the user coordinates the --network.</source>
        <translation>server add-user: the user coordinates the --network.</translation>
    </message>
    <message>
        <source>actionplans: server add-user NAME needs --municipality NUMBER, or --network ID --coordinator.</source>
        <translation>actionplans: server add-user NAME needs --municipality NUMBER, or --network ID --coordinator.</translation>
    </message>
    <message>
        <source>The database file to use, or a network&apos;s server: postgresql://USER@HOST:PORT/DATABASE (a libpq address; the password from ~/.pgpass or PGPASSWORD).</source>
        <translation>The database file to use, or a network&apos;s server: postgresql://USER@HOST:PORT/DATABASE (a libpq address; the password from ~/.pgpass or PGPASSWORD).</translation>
    </message>
    <message>
        <source>actionplans: --db needs a file name or a server address.</source>
        <translation>actionplans: --db needs a file name or a server address.</translation>
    </message>
    <message>
        <source>  server import FILE  put every plan of a file (.handlingsplan, or a plan file .json) onto the server; plans it holds already are updated, never doubled
  server export FILE  write every plan on the server into a new file (.handlingsplan, or .json)</source>
        <translation>  server import FILE  put every plan of a file (.handlingsplan, or a plan file .json) onto the server; plans it holds already are updated, never doubled
  server export FILE  write every plan on the server into a new file (.handlingsplan, or .json)</translation>
    </message>
    <message>
        <source>actionplans: unknown server command “%1”; use server init, add-user, import or export.</source>
        <translation>actionplans: unknown server command “%1”; use server init, add-user, import or export.</translation>
    </message>
    <message>
        <source>A network&apos;s PostgreSQL server, set up by the database&apos;s owner:
  server init  create or upgrade the schema, load the municipalities and the known networks:
           --db postgresql://USER@HOST:PORT/DATABASE server init</source>
        <translation>A network&apos;s PostgreSQL server, set up by the database&apos;s owner:
  server init  create or upgrade the schema, load the municipalities and the known networks:
           --db postgresql://USER@HOST:PORT/DATABASE server init</translation>
    </message>
    <message>
        <source>sync: make FILE an offline copy of the server given by --db.</source>
        <translation>sync: make FILE an offline copy of the server given by --db.</translation>
    </message>
    <message>
        <source>sync: answer every conflict with this copy&apos;s value.</source>
        <translation>sync: answer every conflict with this copy&apos;s value.</translation>
    </message>
    <message>
        <source>sync: answer every conflict with the server&apos;s value.</source>
        <translation>sync: answer every conflict with the server&apos;s value.</translation>
    </message>
    <message>
        <source>sample, list, check, plancheck, report, import FILE, export, generate, server init, server add-user NAME, or sync</source>
        <translation>sample, list, check, plancheck, report, import FILE, export, generate, server init, server add-user NAME, or sync</translation>
    </message>
    <message>
        <source>actionplans: sync takes --mine or --theirs, not both.</source>
        <translation>actionplans: sync takes --mine or --theirs, not both.</translation>
    </message>
    <message>
        <source>actionplans: sync --to FILE needs the server&apos;s address: --db postgresql://USER@HOST/DATABASE.</source>
        <translation>actionplans: sync --to FILE needs the server&apos;s address: --db postgresql://USER@HOST/DATABASE.</translation>
    </message>
    <message>
        <source>actionplans: sync needs an offline copy (--db FILE), or --to FILE to make one.</source>
        <translation>actionplans: sync needs an offline copy (--db FILE), or --to FILE to make one.</translation>
    </message>
    <message>
        <source>export: %1; report: %2 (default: from the file name).</source>
        <translation>export: %1; report: %2 (default: from the file name).</translation>
    </message>
    <message>
        <source>actionplans: “%1” is not a report format; use %2.</source>
        <translation>actionplans: “%1” is not a report format; use %2.</translation>
    </message>
    <message>
        <source>publish: publish internal matter too: progress notes, costs and amounts, owners&apos; names and e-mail.</source>
        <translation>publish: publish internal matter too: progress notes, costs and amounts, owners&apos; names and e-mail.</translation>
    </message>
    <message>
        <source>report: the file to write (.pdf; .html, a web page for screen readers; .odt, a document to edit).</source>
        <translation>report: the file to write (.pdf; .html, a web page for screen readers; .odt, a document to edit).</translation>
    </message>
    <message>
        <source>Action plans for Norwegian municipalities: plastic-smart, circular and climate plans.

Commands:
  sample   add the sample networks, municipalities and plans
  list     list the plans as tab-separated values: id, municipality number, municipality, title, measures
  check    check the file&apos;s integrity and foreign keys
  plancheck  check that a plan has what a sound plan needs: plancheck --plan ID
  report   write a plan&apos;s status report for the municipal council as PDF, as a web page for screen
           readers or as an editable document: report --plan ID -o FILE.pdf|FILE.html|FILE.odt
  import   read a plan file (.json; plans it already holds are updated), or add the measures of a CSV
           file (Norwegian or English headers) to a plan: import FILE.json | import FILE.csv --plan ID
  export   write a plan: export --plan ID --format json|csv|ics -o FILE
  publish  write a plan, or a network with its members&apos; plans, as a static website for residents:
           publish --plan ID -o FOLDER | publish --network ID -o FOLDER
  generate fill a new file with generated plans of every municipality, for trying the app at national scale:
           generate --municipalities 357 --measures 60 --updates 5 --seed 1

Without a command the window opens. Without --db the default database is used (created with sample data on first use).</source>
        <translation>Action plans for Norwegian municipalities: plastic-smart, circular and climate plans.

Commands:
  sample   add the sample networks, municipalities and plans
  list     list the plans as tab-separated values: id, municipality number, municipality, title, measures
  check    check the file&apos;s integrity and foreign keys
  plancheck  check that a plan has what a sound plan needs: plancheck --plan ID
  report   write a plan&apos;s status report for the municipal council as PDF, as a web page for screen
           readers or as an editable document: report --plan ID -o FILE.pdf|FILE.html|FILE.odt
  import   read a plan file (.json; plans it already holds are updated), or add the measures of a CSV
           file (Norwegian or English headers) to a plan: import FILE.json | import FILE.csv --plan ID
  export   write a plan: export --plan ID --format json|csv|ics -o FILE
  publish  write a plan, or a network with its members&apos; plans, as a static website for residents:
           publish --plan ID -o FOLDER | publish --network ID -o FOLDER
  generate fill a new file with generated plans of every municipality, for trying the app at national scale:
           generate --municipalities 357 --measures 60 --updates 5 --seed 1

Without a command the window opens. Without --db the default database is used (created with sample data on first use).</translation>
    </message>
    <message>
        <source>actionplans: “%1” is not a network id.</source>
        <translation>actionplans: “%1” is not a network id.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Add measure “%1”</source>
        <translation>Add measure “%1”</translation>
    </message>
    <message>
        <source>Edit measure %1</source>
        <translation>Edit measure %1</translation>
    </message>
    <message>
        <source>New plan “%1”</source>
        <translation>New plan “%1”</translation>
    </message>
    <message>
        <source>Change plan “%1”</source>
        <translation>Change plan “%1”</translation>
    </message>
    <message>
        <source>Add grant from %1</source>
        <translation>Add grant from %1</translation>
    </message>
    <message>
        <source>Change grant from %1</source>
        <translation>Change grant from %1</translation>
    </message>
    <message>
        <source>Delete grant from %1</source>
        <translation>Delete grant from %1</translation>
    </message>
    <message>
        <source>Add indicator “%1”</source>
        <translation>Add indicator “%1”</translation>
    </message>
    <message>
        <source>Change indicator “%1”</source>
        <translation>Change indicator “%1”</translation>
    </message>
    <message>
        <source>Add the value for %1</source>
        <translation>Add the value for %1</translation>
    </message>
    <message>
        <source>Change the value for %1</source>
        <translation>Change the value for %1</translation>
    </message>
    <message>
        <source>Delete the value for %1</source>
        <translation>Delete the value for %1</translation>
    </message>
    <message>
        <source>Add joint project “%1”</source>
        <translation>Add joint project “%1”</translation>
    </message>
    <message>
        <source>Rename joint project “%1” to “%2”</source>
        <translation>Rename joint project “%1” to “%2”</translation>
    </message>
    <message>
        <source>Delete joint project “%1”</source>
        <translation>Delete joint project “%1”</translation>
    </message>
</context>
<context>
    <name>ConflictResolver</name>
    <message>
        <source>Someone else changed this measure</source>
        <translation>Someone else changed this measure</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Keep &amp;theirs</translation>
    </message>
    <message>
        <source>Use &amp;mine</source>
        <translation>Use &amp;mine</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Someone else</translation>
    </message>
    <message>
        <source>%1 changed the %2 of this measure to “%3” (%4), after you began your change.

Yours: “%5”.

Keep their value, or put yours in its place?</source>
        <translation>%1 changed the %2 of this measure to “%3” (%4), after you began your change.

Yours: “%5”.

Keep their value, or put yours in its place?</translation>
    </message>
    <message>
        <source>time not known</source>
        <translation>time not known</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>The measure is no longer there.</source>
        <translation>The measure is no longer there.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a network&apos;s server</source>
        <translation>Connect to a network&apos;s server</translation>
    </message>
    <message>
        <source>e.g. plans.network.no</source>
        <translation>e.g. plans.network.no</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>from ~/.pgpass when left empty</source>
        <translation>from ~/.pgpass when left empty</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <source>When the server offers it</source>
        <translation>When the server offers it</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Always</translation>
    </message>
    <message>
        <source>Always, and check the server&apos;s certificate</source>
        <translation>Always, and check the server&apos;s certificate</translation>
    </message>
    <message>
        <source>The password is used for this connection only and never saved. Your municipality&apos;s or network&apos;s IT department gives you the server&apos;s address and your user name.</source>
        <translation>The password is used for this connection only and never saved. Your municipality&apos;s or network&apos;s IT department gives you the server&apos;s address and your user name.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Encryption:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>Give the name of the database.</source>
        <translation>Give the name of the database.</translation>
    </message>
    <message>
        <source>Give your user name on the server.</source>
        <translation>Give your user name on the server.</translation>
    </message>
</context>
<context>
    <name>CouncilReport</name>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Status report to the municipal council</source>
        <translation>Status report to the municipal council</translation>
    </message>
    <message>
        <source>%1 municipality</source>
        <translation>%1 municipality</translation>
    </message>
    <message>
        <source>%1 (municipality number %2)</source>
        <translation>%1 (municipality number %2)</translation>
    </message>
    <message>
        <source>%1 (municipality number %2), %3</source>
        <translation>%1 (municipality number %2), %3</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Kind of plan</source>
        <translation>Kind of plan</translation>
    </message>
    <message>
        <source>Plan period</source>
        <translation>Plan period</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <source>not adopted</source>
        <translation>not adopted</translation>
    </message>
    <message>
        <source>Council case</source>
        <translation>Council case</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Report date</translation>
    </message>
    <message>
        <source>Sample data: this plan is an example that comes with the app. It is not the municipality&apos;s real plan.</source>
        <translation>Sample data: this plan is an example that comes with the app. It is not the municipality&apos;s real plan.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>The plan has no measures yet.</source>
        <translation>The plan has no measures yet.</translation>
    </message>
    <message numerus="yes">
        <source>The plan has %n measure(s). %1 of the measures that are not cancelled are done, and their mean progress is %2.</source>
        <translation>
            <numerusform>The plan has %n measure. %1 of the measures that are not cancelled are done, and their mean progress is %2.</numerusform>
            <numerusform>The plan has %n measures. %1 of the measures that are not cancelled are done, and their mean progress is %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>All measures</source>
        <translation>All measures</translation>
    </message>
    <message>
        <source>Overdue measures (%1)</source>
        <translation>Overdue measures (%1)</translation>
    </message>
    <message>
        <source>No measure is past its deadline.</source>
        <translation>No measure is past its deadline.</translation>
    </message>
    <message numerus="yes">
        <source>Deadlines in the next %n day(s) (%1)</source>
        <translation>
            <numerusform>Deadlines in the next %n day (%1)</numerusform>
            <numerusform>Deadlines in the next %n days (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No open measure has its deadline in the next %n day(s).</source>
        <translation>
            <numerusform>No open measure has its deadline in the next %n day.</numerusform>
            <numerusform>No open measure has its deadline in the next %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>The plan has no indicators.</source>
        <translation>The plan has no indicators.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Latest</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>On track</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>not measured</translation>
    </message>
    <message>
        <source>cannot tell</source>
        <translation>cannot tell</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>On track: the latest value is at least as good as the straight line from baseline to target says it should be in its year.</source>
        <translation>On track: the latest value is at least as good as the straight line from baseline to target says it should be in its year.</translation>
    </message>
    <message>
        <source>Changes since the last report</source>
        <translation>Changes since the last report</translation>
    </message>
    <message>
        <source>No earlier report of this plan has been recorded. From the next report on, this section lists the measures added, completed, cancelled, re-dated or re-owned since this one.</source>
        <translation>No earlier report of this plan has been recorded. From the next report on, this section lists the measures added, completed, cancelled, re-dated or re-owned since this one.</translation>
    </message>
    <message>
        <source>No measure has been added, completed, cancelled, re-dated or re-owned since the report of %1.</source>
        <translation>No measure has been added, completed, cancelled, re-dated or re-owned since the report of %1.</translation>
    </message>
    <message>
        <source>Since the report of %1:</source>
        <translation>Since the report of %1:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>deadline changed from %1 to %2</source>
        <translation>deadline changed from %1 to %2</translation>
    </message>
    <message>
        <source>owner changed from %1 to %2</source>
        <translation>owner changed from %1 to %2</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Deadlines (part %1 of %2)</source>
        <translation>Deadlines (part %1 of %2)</translation>
    </message>
    <message>
        <source>Only measures that are neither done nor cancelled are listed.</source>
        <translation>Only measures that are neither done nor cancelled are listed.</translation>
    </message>
    <message>
        <source>There are no measures to list.</source>
        <translation>There are no measures to list.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Without a focus area</source>
        <translation>Without a focus area</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <source>%1 municipality · %2</source>
        <translation>%1 municipality · %2</translation>
    </message>
    <message>
        <source>Report date %1</source>
        <translation>Report date %1</translation>
    </message>
    <message>
        <source>Plan check</source>
        <translation>Plan check</translation>
    </message>
    <message>
        <source>Completeness: %1. The check looks for what Miljødirektoratet&apos;s guidance for municipal climate plans asks of a plan: goals, measures, a division of responsibility, deadlines, and revision at least every four years. Each rule weighs the same.</source>
        <translation>Completeness: %1. The check looks for what Miljødirektoratet&apos;s guidance for municipal climate plans asks of a plan: goals, measures, a division of responsibility, deadlines, and revision at least every four years. Each rule weighs the same.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>The plan meets every rule.</source>
        <translation>The plan meets every rule.</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Findings (%1)</translation>
    </message>
    <message>
        <source>The plan as a whole</source>
        <translation>The plan as a whole</translation>
    </message>
    <message>
        <source>Circular self-assessment</source>
        <translation>Circular self-assessment</translation>
    </message>
    <message>
        <source>The municipality&apos;s own assessment of %1: each statement scored from 0 (not started) to 4 (leading), grouped by the circular strategies and by the municipality&apos;s roles.</source>
        <translation>The municipality&apos;s own assessment of %1: each statement scored from 0 (not started) to 4 (leading), grouped by the circular strategies and by the municipality&apos;s roles.</translation>
    </message>
    <message>
        <source>The assessment before was made on %1.</source>
        <translation>The assessment before was made on %1.</translation>
    </message>
    <message>
        <source>Score per strategy (0–4)</source>
        <translation>Score per strategy (0–4)</translation>
    </message>
    <message>
        <source>Assessment of %1</source>
        <translation>Assessment of %1</translation>
    </message>
    <message>
        <source>Average of %1</source>
        <translation>Average of %1</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategy</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Network average</source>
        <translation>Network average</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The field is longer than %1 characters.</source>
        <translation>The field is longer than %1 characters.</translation>
    </message>
    <message>
        <source>The row has more than %1 columns.</source>
        <translation>The row has more than %1 columns.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows.</source>
        <translation>The file has more than %1 rows.</translation>
    </message>
    <message>
        <source>A quoted field is never closed: a closing &quot; is missing.</source>
        <translation>A quoted field is never closed: a closing &quot; is missing.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>The file is empty: it has no header row.</translation>
    </message>
    <message>
        <source>The file is %1; files of more than %2 are not imported.</source>
        <translation>The file is %1; files of more than %2 are not imported.</translation>
    </message>
</context>
<context>
    <name>DashboardPane</name>
    <message>
        <source>Choose a plan to see its charts.</source>
        <translation>Choose a plan to see its charts.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open “%1”: it needs an upgrade to file version %2, but it is read-only.</source>
        <translation>Cannot open “%1”: it needs an upgrade to file version %2, but it is read-only.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: a file of that name already exists.</source>
        <translation>Cannot create “%1”: a file of that name already exists.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: its folder cannot be created.</source>
        <translation>Cannot create “%1”: its folder cannot be created.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: the file does not exist.</source>
        <translation>Cannot open “%1”: the file does not exist.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: it is a folder, not a file.</source>
        <translation>Cannot open “%1”: it is a folder, not a file.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: the file cannot be read (%2).</source>
        <translation>Cannot open “%1”: the file cannot be read (%2).</translation>
    </message>
    <message>
        <source>Cannot open “%1”: the file is empty.</source>
        <translation>Cannot open “%1”: the file is empty.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: it is not an action-plan file (not an SQLite database).</source>
        <translation>Cannot open “%1”: it is not an action-plan file (not an SQLite database).</translation>
    </message>
    <message>
        <source>Cannot open “%1”: it is an SQLite database of another application, not an action-plan file.</source>
        <translation>Cannot open “%1”: it is an SQLite database of another application, not an action-plan file.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: it was written by a newer version of Action Plans (file version %2; this version reads up to %3). Update the app to open it.</source>
        <translation>Cannot open “%1”: it was written by a newer version of Action Plans (file version %2; this version reads up to %3). Update the app to open it.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: the file is truncated (%2 of %3 bytes are there).</source>
        <translation>Cannot open “%1”: the file is truncated (%2 of %3 bytes are there).</translation>
    </message>
    <message>
        <source>Cannot open “%1”: the file is damaged (%2).</source>
        <translation>Cannot open “%1”: the file is damaged (%2).</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Cannot open “%1”: %2</translation>
    </message>
    <message>
        <source>The database “%1” refused a command: %2</source>
        <translation>The database “%1” refused a command: %2</translation>
    </message>
    <message>
        <source>Cannot upgrade “%1” to file version %2: %3</source>
        <translation>Cannot upgrade “%1” to file version %2: %3</translation>
    </message>
    <message>
        <source>Cannot change “%1”: %2</source>
        <translation>Cannot change “%1”: %2</translation>
    </message>
    <message>
        <source>Cannot save the change to “%1”: %2</source>
        <translation>Cannot save the change to “%1”: %2</translation>
    </message>
    <message>
        <source>The integrity check could not run: %1</source>
        <translation>The integrity check could not run: %1</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Integrity: %1</translation>
    </message>
    <message>
        <source>The foreign-key check could not run: %1</source>
        <translation>The foreign-key check could not run: %1</translation>
    </message>
    <message>
        <source>Table “%1”, row %2: refers to a row of “%3” that does not exist.</source>
        <translation>Table “%1”, row %2: refers to a row of “%3” that does not exist.</translation>
    </message>
    <message>
        <source>Cannot save a copy as “%1”: a file of that name already exists.</source>
        <translation>Cannot save a copy as “%1”: a file of that name already exists.</translation>
    </message>
    <message>
        <source>Cannot save a copy as “%1”: %2</source>
        <translation>Cannot save a copy as “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is open read-only: changes cannot be saved.</source>
        <translation>“%1” is open read-only: changes cannot be saved.</translation>
    </message>
    <message>
        <source>Cannot upgrade “%1”: %2</source>
        <translation>Cannot upgrade “%1”: %2</translation>
    </message>
    <message>
        <source>it cannot be renamed into place</source>
        <translation>it cannot be renamed into place</translation>
    </message>
    <message>
        <source>Cannot open “%1”: its folder cannot be read (permission denied).</source>
        <translation>Cannot open “%1”: its folder cannot be read (permission denied).</translation>
    </message>
    <message>
        <source>Cannot open “%1”: it is not an ordinary file (a pipe, a device or a socket).</source>
        <translation>Cannot open “%1”: it is not an ordinary file (a pipe, a device or a socket).</translation>
    </message>
    <message>
        <source>Cannot open “%1”: it is not a complete action-plan file (file version %2).</source>
        <translation>Cannot open “%1”: it is not a complete action-plan file (file version %2).</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>the disk could not be written or read (it may be full, or the file may be at its size limit)</source>
        <translation>the disk could not be written or read (it may be full, or the file may be at its size limit)</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>the file is read-only</translation>
    </message>
    <message>
        <source>another program kept the file locked</source>
        <translation>another program kept the file locked</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>the file is damaged (%1)</translation>
    </message>
    <message>
        <source>%1 has version %2 of the Action Plans schema, made by a newer version of the app; this version knows %3. Update the app.</source>
        <translation>%1 has version %2 of the Action Plans schema, made by a newer version of the app; this version knows %3. Update the app.</translation>
    </message>
    <message>
        <source>the server refused it: you may not change this (it is another municipality&apos;s, or the network&apos;s coordinator&apos;s to change)</source>
        <translation>the server refused it: you may not change this (it is another municipality&apos;s, or the network&apos;s coordinator&apos;s to change)</translation>
    </message>
    <message>
        <source>%1 has no Action Plans schema yet. The database&apos;s owner sets it up with: actionplans --db ADDRESS server init</source>
        <translation>%1 has no Action Plans schema yet. The database&apos;s owner sets it up with: actionplans --db ADDRESS server init</translation>
    </message>
    <message>
        <source>%1 has version %2 of the Action Plans schema; this app needs %3. The database&apos;s owner upgrades it with: actionplans --db ADDRESS server init</source>
        <translation>%1 has version %2 of the Action Plans schema; this app needs %3. The database&apos;s owner upgrades it with: actionplans --db ADDRESS server init</translation>
    </message>
    <message>
        <source>Cannot save a copy of %1 as “%2”: a server is copied by its owner (pg_dump), and its plans are taken out with Export.</source>
        <translation>Cannot save a copy of %1 as “%2”: a server is copied by its owner (pg_dump), and its plans are taken out with Export.</translation>
    </message>
    <message>
        <source>The server does not answer: %1</source>
        <translation>The server does not answer: %1</translation>
    </message>
    <message>
        <source>it refers to a record that does not exist (any more), or that is still in use</source>
        <translation>it refers to a record that does not exist (any more), or that is still in use</translation>
    </message>
    <message>
        <source>Not saved: the server “%1” does not answer (it may be down, or the network may be gone). The app connects again by itself when it is back.</source>
        <translation>Not saved: the server “%1” does not answer (it may be down, or the network may be gone). The app connects again by itself when it is back.</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <source>“%1” is not a deadline: the year %2 is outside %3–%4.</source>
        <translation>“%1” is not a deadline: the year %2 is outside %3–%4.</translation>
    </message>
    <message>
        <source>“%1” is not a deadline: there is no quarter %2 (quarters are 1–4).</source>
        <translation>“%1” is not a deadline: there is no quarter %2 (quarters are 1–4).</translation>
    </message>
    <message>
        <source>“%1” is not a deadline: there is no tertial %2 (tertials are 1–3).</source>
        <translation>“%1” is not a deadline: there is no tertial %2 (tertials are 1–3).</translation>
    </message>
    <message>
        <source>“%1” is not a deadline: there is no half-year %2 (use 1 or 2).</source>
        <translation>“%1” is not a deadline: there is no half-year %2 (use 1 or 2).</translation>
    </message>
    <message>
        <source>“%1” is not a deadline: there is no month %2.</source>
        <translation>“%1” is not a deadline: there is no month %2.</translation>
    </message>
    <message>
        <source>“%1” is not a deadline: there is no such date.</source>
        <translation>“%1” is not a deadline: there is no such date.</translation>
    </message>
    <message>
        <source>“%1” is not a deadline: the range ends before it starts.</source>
        <translation>“%1” is not a deadline: the range ends before it starts.</translation>
    </message>
    <message>
        <source>“%1” is not a deadline. Write for example 31.12.2025, des. 2025, Q4 2025, 2. halvår 2025, 2025, 2025–2027 or løpende.</source>
        <translation>“%1” is not a deadline. Write for example 31.12.2025, des. 2025, Q4 2025, 2. halvår 2025, 2025, 2025–2027 or løpende.</translation>
    </message>
</context>
<context>
    <name>DeadlineDelegate</name>
    <message>
        <source>e.g. 31.12.2025, Q4 2025, 2025 or løpende</source>
        <translation>e.g. 31.12.2025, Q4 2025, 2025 or løpende</translation>
    </message>
</context>
<context>
    <name>DialogEdits</name>
    <message numerus="yes">
        <source>Set status of %n measure(s) to %1</source>
        <translation>
            <numerusform>Set status of %n measure to %1</numerusform>
            <numerusform>Set status of %n measures to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set owner of %n measure(s) to %1</source>
        <translation>
            <numerusform>Set owner of %n measure to %1</numerusform>
            <numerusform>Set owner of %n measures to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Self-assessment of %1 on %2</source>
        <translation>Self-assessment of %1 on %2</translation>
    </message>
</context>
<context>
    <name>DocumentOdt</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Cannot write “%1”: %2</translation>
    </message>
    <message>
        <source>the document could not be packed</source>
        <translation>the document could not be packed</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Undo the last change</translation>
    </message>
    <message>
        <source>Redo the change you undid</source>
        <translation>Redo the change you undid</translation>
    </message>
    <message>
        <source>&amp;Add measure</source>
        <translation>&amp;Add measure</translation>
    </message>
    <message>
        <source>Add a measure to the plan shown</source>
        <translation>Add a measure to the plan shown</translation>
    </message>
    <message>
        <source>&amp;Delete measures</source>
        <translation>&amp;Delete measures</translation>
    </message>
    <message>
        <source>Delete the selected measures (can be undone)</source>
        <translation>Delete the selected measures (can be undone)</translation>
    </message>
    <message>
        <source>&amp;Record progress…</source>
        <translation>&amp;Record progress…</translation>
    </message>
    <message>
        <source>Add a progress update to the current measure</source>
        <translation>Add a progress update to the current measure</translation>
    </message>
    <message>
        <source>Set &amp;status of selected</source>
        <translation>Set &amp;status of selected</translation>
    </message>
    <message>
        <source>Set o&amp;wner of selected</source>
        <translation>Set o&amp;wner of selected</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>New measure</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n measure(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Deleted %n measure. Undo with Ctrl+Z.</numerusform>
            <numerusform>Deleted %n measures. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExampleBank</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>ExampleBankActions</name>
    <message numerus="yes">
        <source>Copy %n measure(s) to “%1”</source>
        <translation>
            <numerusform>Copy %n measure to “%1”</numerusform>
            <numerusform>Copy %n measures to “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n measure(s) to “%1”. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Copied %n measure to “%1”. Undo with Ctrl+Z.</numerusform>
            <numerusform>Copied %n measures to “%1”. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExampleBankDialog</name>
    <message>
        <source>&amp;Copy to plan</source>
        <translation>&amp;Copy to plan</translation>
    </message>
    <message>
        <source>Example bank</source>
        <translation>Example bank</translation>
    </message>
    <message>
        <source>Search titles, descriptions and focus areas</source>
        <translation>Search titles, descriptions and focus areas</translation>
    </message>
    <message>
        <source>All networks</source>
        <translation>All networks</translation>
    </message>
    <message>
        <source>All kinds of plan</source>
        <translation>All kinds of plan</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Choose a measure to read its description.</source>
        <translation>Choose a measure to read its description.</translation>
    </message>
    <message>
        <source>Copy the chosen measures &amp;into:</source>
        <translation>Copy the chosen measures &amp;into:</translation>
    </message>
    <message>
        <source>All focus areas</source>
        <translation>All focus areas</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>All municipalities</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s) found</source>
        <translation>
            <numerusform>%n measure found</numerusform>
            <numerusform>%n measures found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Copy %n measure(s) to the plan</source>
        <translation>
            <numerusform>&amp;Copy %n measure to the plan</numerusform>
            <numerusform>&amp;Copy %n measures to the plan</numerusform>
        </translation>
    </message>
    <message>
        <source>Search the example bank</source>
        <translation>Search the example bank</translation>
    </message>
    <message>
        <source>Measures found</source>
        <translation>Measures found</translation>
    </message>
    <message>
        <source>Description of the chosen measure</source>
        <translation>Description of the chosen measure</translation>
    </message>
</context>
<context>
    <name>ExampleBankModel</name>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation>Focus area</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Kind of plan</source>
        <translation>Kind of plan</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>Choose the plan to import the measures into first.</source>
        <translation>Choose the plan to import the measures into first.</translation>
    </message>
    <message>
        <source>Import measures into the plan</source>
        <translation>Import measures into the plan</translation>
    </message>
    <message>
        <source>“%1” has no measures below its header row.</source>
        <translation>“%1” has no measures below its header row.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n measure(s) from “%1” into “%2”. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Imported %n measure from “%1” into “%2”. Undo with Ctrl+Z.</numerusform>
            <numerusform>Imported %n measures from “%1” into “%2”. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns left out: %1.</source>
        <translation>Columns left out: %1.</translation>
    </message>
    <message>
        <source>Choose the plan to export first.</source>
        <translation>Choose the plan to export first.</translation>
    </message>
    <message>
        <source>Export the plan&apos;s measures</source>
        <translation>Export the plan&apos;s measures</translation>
    </message>
    <message>
        <source>Exported “%1” to “%2”.</source>
        <translation>Exported “%1” to “%2”.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported from “%1”: %2</source>
        <translation>Nothing was imported from “%1”: %2</translation>
    </message>
    <message>
        <source>Imported “%1”. %2 Undo with Ctrl+Z.</source>
        <translation>Imported “%1”. %2 Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Measures from Excel or plan files (*.xlsx *.csv *.txt *.json);;All files (*)</source>
        <translation>Measures from Excel or plan files (*.xlsx *.csv *.txt *.json);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <source>Import %n measure(s) from “%1”</source>
        <translation>
            <numerusform>Import %n measure from “%1”</numerusform>
            <numerusform>Import %n measures from “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Saved the council report as “%1”.</source>
        <translation>Saved the council report as “%1”.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New file…</source>
        <translation>&amp;New file…</translation>
    </message>
    <message>
        <source>Create a new, empty action-plan file</source>
        <translation>Create a new, empty action-plan file</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open another action-plan file</source>
        <translation>Open another action-plan file</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Save a &amp;copy…</translation>
    </message>
    <message>
        <source>Save a consistent copy of the open file, for backup or to share</source>
        <translation>Save a consistent copy of the open file, for backup or to share</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <source>Put back the plans as they were in one of the daily backups of this file</source>
        <translation>Put back the plans as they were in one of the daily backups of this file</translation>
    </message>
    <message>
        <source>&amp;Import measures…</source>
        <translation>&amp;Import measures…</translation>
    </message>
    <message>
        <source>Add measures from a spreadsheet saved as CSV (Norwegian or English column names) to the plan shown</source>
        <translation>Add measures from a spreadsheet saved as CSV (Norwegian or English column names) to the plan shown</translation>
    </message>
    <message>
        <source>E&amp;xport measures…</source>
        <translation>E&amp;xport measures…</translation>
    </message>
    <message>
        <source>Save the plan&apos;s measures for Excel (CSV) or its deadlines for a calendar (iCalendar)</source>
        <translation>Save the plan&apos;s measures for Excel (CSV) or its deadlines for a calendar (iCalendar)</translation>
    </message>
    <message>
        <source>&amp;Export council report…</source>
        <translation>&amp;Export council report…</translation>
    </message>
    <message>
        <source>Save the plan&apos;s status report for the municipal council as PDF</source>
        <translation>Save the plan&apos;s status report for the municipal council as PDF</translation>
    </message>
    <message>
        <source>&amp;Print council report…</source>
        <translation>&amp;Print council report…</translation>
    </message>
    <message>
        <source>Print the plan&apos;s status report for the municipal council</source>
        <translation>Print the plan&apos;s status report for the municipal council</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No recent files</translation>
    </message>
    <message>
        <source>Open an action-plan file</source>
        <translation>Open an action-plan file</translation>
    </message>
    <message>
        <source>Action-plan files (*.handlingsplan *.db *.sqlite);;All files (*)</source>
        <translation>Action-plan files (*.handlingsplan *.db *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>New action-plan file</source>
        <translation>New action-plan file</translation>
    </message>
    <message>
        <source>Action-plan files (*.handlingsplan)</source>
        <translation>Action-plan files (*.handlingsplan)</translation>
    </message>
    <message>
        <source>Cannot create the file</source>
        <translation>Cannot create the file</translation>
    </message>
    <message>
        <source>“%1” already exists. Open it with File → Open, or choose another name.</source>
        <translation>“%1” already exists. Open it with File → Open, or choose another name.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>Cannot save a copy</translation>
    </message>
    <message>
        <source>Saved a copy as “%1”.</source>
        <translation>Saved a copy as “%1”.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>“%1” has no backups yet. A backup is saved the first time the file is opened each day, and before every upgrade.</source>
        <translation>“%1” has no backups yet. A backup is saved the first time the file is opened each day, and before every upgrade.</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Cannot restore the backup</translation>
    </message>
    <message>
        <source>Restored the backup. The plans as they were just before are in a new backup: restore that one to go back.</source>
        <translation>Restored the backup. The plans as they were just before are in a new backup: restore that one to go back.</translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>Connect to &amp;server…</translation>
    </message>
    <message>
        <source>Work on the plans on your network&apos;s server, together with the other municipalities</source>
        <translation>Work on the plans on your network&apos;s server, together with the other municipalities</translation>
    </message>
    <message>
        <source>Published the plan as a website in “%1”.</source>
        <translation>Published the plan as a website in “%1”.</translation>
    </message>
    <message>
        <source>P&amp;ublish as website…</source>
        <translation>P&amp;ublish as website…</translation>
    </message>
    <message>
        <source>Write the plan as a website for residents: a folder of pages to open from disk or copy to a web server</source>
        <translation>Write the plan as a website for residents: a folder of pages to open from disk or copy to a web server</translation>
    </message>
</context>
<context>
    <name>FileStatus</name>
    <message>
        <source>Action Plans</source>
        <translation>Action Plans</translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation>No file is open.</translation>
    </message>
    <message>
        <source>“%1” is open read-only: you can read, filter, export and print its plans, but not change them. To edit, ask for write access to the file and its folder, or save a copy (File → Save a copy…) and open that.</source>
        <translation>“%1” is open read-only: you can read, filter, export and print its plans, but not change them. To edit, ask for write access to the file and its folder, or save a copy (File → Save a copy…) and open that.</translation>
    </message>
    <message>
        <source>%1 (read-only) – Action Plans</source>
        <translation>%1 (read-only) – Action Plans</translation>
    </message>
    <message>
        <source>%1 – Action Plans</source>
        <translation>%1 – Action Plans</translation>
    </message>
    <message>
        <source>%1 (read-only: changes cannot be saved)</source>
        <translation>%1 (read-only: changes cannot be saved)</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>this computer</translation>
    </message>
    <message>
        <source>%1 on %2 – Action Plans</source>
        <translation>%1 on %2 – Action Plans</translation>
    </message>
    <message>
        <source>Server: %1, as %2</source>
        <translation>Server: %1, as %2</translation>
    </message>
    <message>
        <source>%1 (offline copy) – Action Plans</source>
        <translation>%1 (offline copy) – Action Plans</translation>
    </message>
</context>
<context>
    <name>FocusAreaDelegate</name>
    <message>
        <source>(no focus area)</source>
        <translation>(no focus area)</translation>
    </message>
</context>
<context>
    <name>FocusAreaRadarChart</name>
    <message>
        <source>Network average</source>
        <translation>Network average</translation>
    </message>
    <message>
        <source>Mean progress per focus area: %1 and the network</source>
        <translation>Mean progress per focus area: %1 and the network</translation>
    </message>
    <message>
        <source>Mean progress per focus area</source>
        <translation>Mean progress per focus area</translation>
    </message>
</context>
<context>
    <name>GrantDialog</name>
    <message>
        <source>Grant</source>
        <translation>Grant</translation>
    </message>
    <message>
        <source>New grant</source>
        <translation>New grant</translation>
    </message>
    <message>
        <source> kr</source>
        <translation> kr</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <source>Report due on</source>
        <translation>Report due on</translation>
    </message>
    <message>
        <source>Report sent</source>
        <translation>Report sent</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Programme:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Name the programme the grant comes from.</source>
        <translation>Name the programme the grant comes from.</translation>
    </message>
</context>
<context>
    <name>GrantModel</name>
    <message>
        <source>%1 (sent)</source>
        <translation>%1 (sent)</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Report due</source>
        <translation>Report due</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>About Action Plans</source>
        <translation>About Action Plans</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Action Plans %1&lt;/h3&gt;&lt;p&gt;Plastic-smart, circular and climate action plans for Norwegian municipalities, kept offline in one SQLite file.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2, SQLite %3, QCustomPlot %4 and libxlsxwriter %5.&lt;/p&gt;&lt;p&gt;Municipalities and counties © Kartverket; population © Statistisk sentralbyrå (table 07459); both CC BY 4.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Action Plans %1&lt;/h3&gt;&lt;p&gt;Plastic-smart, circular and climate action plans for Norwegian municipalities, kept offline in one SQLite file.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2, SQLite %3, QCustomPlot %4 and libxlsxwriter %5.&lt;/p&gt;&lt;p&gt;Municipalities and counties © Kartverket; population © Statistisk sentralbyrå (table 07459); both CC BY 4.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>&amp;Welcome…</source>
        <translation>&amp;Welcome…</translation>
    </message>
    <message>
        <source>&amp;About Action Plans</source>
        <translation>&amp;About Action Plans</translation>
    </message>
</context>
<context>
    <name>ImportPlanFileCommand</name>
    <message>
        <source>Import plan file “%1”</source>
        <translation>Import plan file “%1”</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>New: added</source>
        <translation>New: added</translation>
    </message>
    <message>
        <source>In the file already: updated</source>
        <translation>In the file already: updated</translation>
    </message>
    <message>
        <source>In the file already: left alone</source>
        <translation>In the file already: left alone</translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation>Import “%1”</translation>
    </message>
    <message>
        <source>Importing “%1” would change this file as follows. Plans, measures and indicators the file holds already (same UUID) are updated, not copied.</source>
        <translation>Importing “%1” would change this file as follows. Plans, measures and indicators the file holds already (same UUID) are updated, not copied.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Left alone</source>
        <translation>Left alone</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>What happens</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <source>Nothing was imported</source>
        <translation>Nothing was imported</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n problem(s); the first %2 are listed. Fix them in the spreadsheet and import again: nothing is imported until every row is right.</source>
        <translation>
            <numerusform>“%1” has %n problem; the first %2 are listed. Fix them in the spreadsheet and import again: nothing is imported until every row is right.</numerusform>
            <numerusform>“%1” has %n problems; the first %2 are listed. Fix them in the spreadsheet and import again: nothing is imported until every row is right.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n problem(s). Fix them in the spreadsheet and import again: nothing is imported until every row is right.</source>
        <translation>
            <numerusform>“%1” has %n problem. Fix them in the spreadsheet and import again: nothing is imported until every row is right.</numerusform>
            <numerusform>“%1” has %n problems. Fix them in the spreadsheet and import again: nothing is imported until every row is right.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy list</source>
        <translation>&amp;Copy list</translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <source>on track</source>
        <translation>on track</translation>
    </message>
    <message>
        <source>behind the trajectory</source>
        <translation>behind the trajectory</translation>
    </message>
    <message>
        <source>no target or no measurement yet</source>
        <translation>no target or no measurement yet</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Measured</translation>
    </message>
    <message>
        <source>Trajectory to the target</source>
        <translation>Trajectory to the target</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Target %1</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <translation>%1 (%2)
%3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>latest measured %1 in %2;</source>
        <translation>latest measured %1 in %2;</translation>
    </message>
    <message>
        <source>target %1 by %2;</source>
        <translation>target %1 by %2;</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>IndicatorEditor</name>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>&amp;New indicator</source>
        <translation>&amp;New indicator</translation>
    </message>
    <message>
        <source>&amp;Delete indicator</source>
        <translation>&amp;Delete indicator</translation>
    </message>
    <message>
        <source>Add &amp;year</source>
        <translation>Add &amp;year</translation>
    </message>
    <message>
        <source>Delete y&amp;ear</source>
        <translation>Delete y&amp;ear</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Direction:</translation>
    </message>
    <message>
        <source>&amp;Baseline (year, value):</source>
        <translation>&amp;Baseline (year, value):</translation>
    </message>
    <message>
        <source>&amp;Target (year, value):</source>
        <translation>&amp;Target (year, value):</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>S&amp;ource:</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>New indicator</translation>
    </message>
    <message>
        <source>Measured values by year</source>
        <translation>Measured values by year</translation>
    </message>
    <message>
        <source>Baseline value</source>
        <translation>Baseline value</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Target value</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation>Baseline year</translation>
    </message>
    <message>
        <source>Target year</source>
        <translation>Target year</translation>
    </message>
</context>
<context>
    <name>JointProjectChart</name>
    <message>
        <source>Mean progress per member: %1</source>
        <translation>Mean progress per member: %1</translation>
    </message>
    <message>
        <source>Mean progress of the member&apos;s measures in the project (%)</source>
        <translation>Mean progress of the member&apos;s measures in the project (%)</translation>
    </message>
    <message>
        <source>Mean progress</source>
        <translation>Mean progress</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 of %n done</source>
        <translation>
            <numerusform>%1 · %2 of %n done</numerusform>
            <numerusform>%1 · %2 of %n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n measure(s) in the project, %2 done, mean progress %3</source>
        <translation>
            <numerusform>%1: %n measure in the project, %2 done, mean progress %3</numerusform>
            <numerusform>%1: %n measures in the project, %2 done, mean progress %3</numerusform>
        </translation>
    </message>
    <message>
        <source>No member takes part yet.</source>
        <translation>No member takes part yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) in the project, mean progress from %1 to %2.</source>
        <translation>
            <numerusform>%n member in the project, mean progress from %1 to %2.</numerusform>
            <numerusform>%n members in the project, mean progress from %1 to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Mean progress per member</source>
        <translation>Mean progress per member</translation>
    </message>
</context>
<context>
    <name>JointProjectModel</name>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
</context>
<context>
    <name>JointProjectStore</name>
    <message>
        <source>A joint project needs a name.</source>
        <translation>A joint project needs a name.</translation>
    </message>
    <message>
        <source>The network has a joint project called “%1” already.</source>
        <translation>The network has a joint project called “%1” already.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Bokmål</source>
        <translation>Bokmål</translation>
    </message>
    <message>
        <source>Nynorsk</source>
        <translation>Nynorsk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;System (%1)</source>
        <translation>&amp;System (%1)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cannot open the file</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <source>&lt;opened file&gt;</source>
        <translation>&lt;opened file&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Undo history</translation>
    </message>
</context>
<context>
    <name>MeasureDetailsPane</name>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>&amp;Funding source</source>
        <translation>&amp;Funding source</translation>
    </message>
    <message>
        <source>Progress history</source>
        <translation>Progress history</translation>
    </message>
    <message>
        <source>Record progress…</source>
        <translation>Record progress…</translation>
    </message>
    <message>
        <source>Add a progress update and move the measure&apos;s status and progress with it (Ctrl+Shift+P)</source>
        <translation>Add a progress update and move the measure&apos;s status and progress with it (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>No measure chosen</source>
        <translation>No measure chosen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Owner: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No owner yet</source>
        <translation>No owner yet</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Grants</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Record a grant that funds this measure</source>
        <translation>Record a grant that funds this measure</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Copied from %1: %2</source>
        <translation>Copied from %1: %2</translation>
    </message>
    <message>
        <source>&amp;Joint project:</source>
        <translation>&amp;Joint project:</translation>
    </message>
    <message>
        <source>The network&apos;s joint project this measure is part of, if any</source>
        <translation>The network&apos;s joint project this measure is part of, if any</translation>
    </message>
    <message>
        <source>&amp;Indicator it moves:</source>
        <translation>&amp;Indicator it moves:</translation>
    </message>
    <message>
        <source>The plan&apos;s indicator this measure is meant to move, shown on its page on the website</source>
        <translation>The plan&apos;s indicator this measure is meant to move, shown on its page on the website</translation>
    </message>
</context>
<context>
    <name>MeasureExport</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation>Focus area</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Deadlines: %1</source>
        <translation>Deadlines: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Plan: %1 (%2 municipality)</source>
        <translation>Plan: %1 (%2 municipality)</translation>
    </message>
    <message>
        <source>Deadline as written in the plan: %1</source>
        <translation>Deadline as written in the plan: %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Owner: %1</translation>
    </message>
    <message>
        <source>Status: %1, progress %2 %</source>
        <translation>Status: %1, progress %2 %</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Deadline: %1</translation>
    </message>
</context>
<context>
    <name>MeasureImport</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>The file is empty: it has no header row.</translation>
    </message>
    <message>
        <source>“%1” names the same column as “%2” before it.</source>
        <translation>“%1” names the same column as “%2” before it.</translation>
    </message>
    <message>
        <source>The header row has no title column: name one “tiltak”, “tittel” or “title”.</source>
        <translation>The header row has no title column: name one “tiltak”, “tittel” or “title”.</translation>
    </message>
    <message>
        <source>The measure has no title.</source>
        <translation>The measure has no title.</translation>
    </message>
    <message>
        <source>“%1” is not a status: write one of %2.</source>
        <translation>“%1” is not a status: write one of %2.</translation>
    </message>
    <message>
        <source>“%1” is not a progress: write a share from 0 to 100 %, e.g. 40 % or 0,4.</source>
        <translation>“%1” is not a progress: write a share from 0 to 100 %, e.g. 40 % or 0,4.</translation>
    </message>
    <message>
        <source>“%1” is not a priority: write high, medium or low.</source>
        <translation>“%1” is not a priority: write high, medium or low.</translation>
    </message>
    <message>
        <source>“%1” is not an amount in kroner: write e.g. 150 000 or kr 15 000,50.</source>
        <translation>“%1” is not an amount in kroner: write e.g. 150 000 or kr 15 000,50.</translation>
    </message>
    <message>
        <source>The file is %1; files of more than %2 are not imported.</source>
        <translation>The file is %1; files of more than %2 are not imported.</translation>
    </message>
</context>
<context>
    <name>MeasureLinkRow</name>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
</context>
<context>
    <name>MeasureRows</name>
    <message>
        <source>There is no plan with id %1.</source>
        <translation>There is no plan with id %1.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
</context>
<context>
    <name>MeasureStore</name>
    <message>
        <source>Cannot read the measures: %1</source>
        <translation>Cannot read the measures: %1</translation>
    </message>
</context>
<context>
    <name>MeasureTableModel</name>
    <message>
        <source>Overdue: the deadline %1 has passed.</source>
        <translation>Overdue: the deadline %1 has passed.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation>Focus area</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>“%1” is not an amount in kroner.</source>
        <translation>“%1” is not an amount in kroner.</translation>
    </message>
    <message>
        <source>That focus area belongs to another plan.</source>
        <translation>That focus area belongs to another plan.</translation>
    </message>
</context>
<context>
    <name>MeasuresPane</name>
    <message>
        <source>Filter by code, title, description or owner</source>
        <translation>Filter by code, title, description or owner</translation>
    </message>
    <message>
        <source>Filter measures</source>
        <translation>Filter measures</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All focus areas</source>
        <translation>All focus areas</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>All owners</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n measure(s) shown</source>
        <translation>
            <numerusform>%1 of %n measure shown</numerusform>
            <numerusform>%1 of %n measures shown</numerusform>
        </translation>
    </message>
    <message>
        <source>All measures</source>
        <translation>All measures</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Deadline within %1 days</source>
        <translation>Deadline within %1 days</translation>
    </message>
    <message>
        <source>No update for %1 months</source>
        <translation>No update for %1 months</translation>
    </message>
    <message>
        <source>Overdue: the deadline has passed and the measure is neither done nor cancelled</source>
        <translation>Overdue: the deadline has passed and the measure is neither done nor cancelled</translation>
    </message>
    <message>
        <source>Grant report due</source>
        <translation>Grant report due</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>Filter by focus area</source>
        <translation>Filter by focus area</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>Filter by owner</translation>
    </message>
    <message>
        <source>Show measures that need attention</source>
        <translation>Show measures that need attention</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
</context>
<context>
    <name>MemberIndicatorChart</name>
    <message>
        <source>%1 per %L2 inhabitants</source>
        <translation>%1 per %L2 inhabitants</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Latest value</translation>
    </message>
    <message>
        <source>The member&apos;s own target</source>
        <translation>The member&apos;s own target</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>not measured</translation>
    </message>
    <message>
        <source>Network target %1</source>
        <translation>Network target %1</translation>
    </message>
    <message>
        <source>%1 does not measure this.</source>
        <translation>%1 does not measure this.</translation>
    </message>
    <message>
        <source>%1: %2 (target %3)</source>
        <translation>%1: %2 (target %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n member(s) measure it.</source>
        <translation>
            <numerusform>%1: %2 of %n member measure it.</numerusform>
            <numerusform>%1: %2 of %n members measure it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The network&apos;s target is %1.</source>
        <translation>The network&apos;s target is %1.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Own target</source>
        <translation>Own target</translation>
    </message>
    <message>
        <source>Shared indicator per member</source>
        <translation>Shared indicator per member</translation>
    </message>
</context>
<context>
    <name>MemberProgressChart</name>
    <message>
        <source>Done and overdue per member</source>
        <translation>Done and overdue per member</translation>
    </message>
    <message>
        <source>Share of the measures not cancelled (%)</source>
        <translation>Share of the measures not cancelled (%)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 of %3)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3 measures done, %4 overdue, mean progress %5</source>
        <translation>%1: %2 of %3 measures done, %4 overdue, mean progress %5</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s): together %1 of %2 measures done, %3 overdue.</source>
        <translation>
            <numerusform>%n member: %1 of %2 measures done, %3 overdue.</numerusform>
            <numerusform>%n members: together %1 of %2 measures done, %3 overdue.</numerusform>
        </translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Share done</source>
        <translation>Share done</translation>
    </message>
    <message>
        <source>Mean progress</source>
        <translation>Mean progress</translation>
    </message>
</context>
<context>
    <name>MunicipalityStore</name>
    <message>
        <source>The list of municipalities is missing from the app: %1</source>
        <translation>The list of municipalities is missing from the app: %1</translation>
    </message>
    <message>
        <source>Cannot add the municipality %1: %2</source>
        <translation>Cannot add the municipality %1: %2</translation>
    </message>
</context>
<context>
    <name>NationalData</name>
    <message>
        <source>The generated deadline “%1” is not one.</source>
        <translation>The generated deadline “%1” is not one.</translation>
    </message>
    <message>
        <source>Generated for trying the app at national scale.</source>
        <translation>Generated for trying the app at national scale.</translation>
    </message>
    <message>
        <source>The file holds plans already; generated plans are only written to a new file.</source>
        <translation>The file holds plans already; generated plans are only written to a new file.</translation>
    </message>
    <message>
        <source>There is no municipality with id %1.</source>
        <translation>There is no municipality with id %1.</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <source>%1 %2, %3</source>
        <translation>%1 %2, %3</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <source>%1 (sample data)</source>
        <translation>%1 (sample data)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n measure(s), %2 % done</source>
        <translation>
            <numerusform>%1: %n measure, %2 % done</numerusform>
            <numerusform>%1: %n measures, %2 % done</numerusform>
        </translation>
    </message>
    <message>
        <source>Network, municipality, plan</source>
        <translation>Network, municipality, plan</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>share of measures done, a narrow column</comment>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>NavigatorPane</name>
    <message>
        <source>Find a municipality, network or plan</source>
        <translation>Find a municipality, network or plan</translation>
    </message>
    <message>
        <source>Find in the navigator</source>
        <translation>Find in the navigator</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>New plan</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Delete plan…</source>
        <translation>Delete plan…</translation>
    </message>
    <message>
        <source>Properties…</source>
        <translation>Properties…</translation>
    </message>
    <message>
        <source>Networks, municipalities and plans</source>
        <translation>Networks, municipalities and plans</translation>
    </message>
</context>
<context>
    <name>NetworkActions</name>
    <message>
        <source>Exported the comparison to “%1”.</source>
        <translation>Exported the comparison to “%1”.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>Export the comparison</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <source>Choose the member whose summary to export in the table first.</source>
        <translation>Choose the member whose summary to export in the table first.</translation>
    </message>
    <message>
        <source>Saved the summary of %1 as “%2”: send it to the network&apos;s coordinator.</source>
        <translation>Saved the summary of %1 as “%2”: send it to the network&apos;s coordinator.</translation>
    </message>
    <message>
        <source>Summary %1 %2</source>
        <translation>Summary %1 %2</translation>
    </message>
    <message>
        <source>Export the member&apos;s summary</source>
        <translation>Export the member&apos;s summary</translation>
    </message>
    <message>
        <source>Member summary (*.json)</source>
        <translation>Member summary (*.json)</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Cannot read “%1”: %2</translation>
    </message>
    <message>
        <source>Cannot import “%1”: %2</source>
        <translation>Cannot import “%1”: %2</translation>
    </message>
    <message>
        <source>Imported the summary of %1 made on %2.</source>
        <translation>Imported the summary of %1 made on %2.</translation>
    </message>
    <message>
        <source>Import a member&apos;s summary</source>
        <translation>Import a member&apos;s summary</translation>
    </message>
    <message>
        <source>No member of the network has a plan in this file to share.</source>
        <translation>No member of the network has a plan in this file to share.</translation>
    </message>
    <message>
        <source>The network bundle was not saved: %1</source>
        <translation>The network bundle was not saved: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n plan(s) of the members as “%1”.</source>
        <translation>
            <numerusform>Saved %n plan of the members as “%1”.</numerusform>
            <numerusform>Saved %n plans of the members as “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the network bundle</source>
        <translation>Export the network bundle</translation>
    </message>
    <message>
        <source>Plan file (*.json)</source>
        <translation>Plan file (*.json)</translation>
    </message>
    <message>
        <source>Add joint project</source>
        <translation>Add joint project</translation>
    </message>
    <message>
        <source>Name of the joint project:</source>
        <translation>Name of the joint project:</translation>
    </message>
    <message>
        <source>Rename joint project</source>
        <translation>Rename joint project</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>Remove joint project</source>
        <translation>Remove joint project</translation>
    </message>
    <message numerus="yes">
        <source>Remove “%1”? %n measure(s) of the members take part in it; they stay in their plans, only the link goes. You can undo this with Edit → Undo.</source>
        <translation>
            <numerusform>Remove “%1”? %n measure of the members take part in it; they stay in their plans, only the link goes. You can undo this with Edit → Undo.</numerusform>
            <numerusform>Remove “%1”? %n measures of the members take part in it; they stay in their plans, only the link goes. You can undo this with Edit → Undo.</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web page for screen readers (*.html)</source>
        <translation>Web page for screen readers (*.html)</translation>
    </message>
    <message>
        <source>Published the network as a website in “%1”.</source>
        <translation>Published the network as a website in “%1”.</translation>
    </message>
</context>
<context>
    <name>NetworkCompareModel</name>
    <message>
        <source>From the summary %1 sent, made on %2</source>
        <translation>From the summary %1 sent, made on %2</translation>
    </message>
    <message>
        <source>%1 does not measure this.</source>
        <translation>%1 does not measure this.</translation>
    </message>
    <message>
        <source>Latest: %1 %2 (%3)</source>
        <translation>Latest: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Target: %1 %2 (%3)</source>
        <translation>Target: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Compared per %L1 inhabitants (population %L2).</source>
        <translation>Compared per %L1 inhabitants (population %L2).</translation>
    </message>
    <message>
        <source>%1 (summary)</source>
        <translation>%1 (summary)</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n plan</numerusform>
            <numerusform>%n plans</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (target %2)</source>
        <translation>%1 (target %2)</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Mean progress</source>
        <translation>Mean progress</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Last update</translation>
    </message>
    <message>
        <source>%1 (%2 per %L3 inhabitants)</source>
        <translation>%1 (%2 per %L3 inhabitants)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>NetworkComparison</name>
    <message>
        <source>This is not a member summary of Action Plans.</source>
        <translation>This is not a member summary of Action Plans.</translation>
    </message>
    <message>
        <source>The summary was made by a newer version of Action Plans (format version %1).</source>
        <translation>The summary was made by a newer version of Action Plans (format version %1).</translation>
    </message>
    <message>
        <source>The summary does not say on which day it was made (“made”).</source>
        <translation>The summary does not say on which day it was made (“made”).</translation>
    </message>
    <message>
        <source>“%1” is not a municipality number (“municipalityNumber”).</source>
        <translation>“%1” is not a municipality number (“municipalityNumber”).</translation>
    </message>
    <message>
        <source>“%1” is not a kind of plan (“planKind”).</source>
        <translation>“%1” is not a kind of plan (“planKind”).</translation>
    </message>
    <message>
        <source>“%1: %2” is not a count of measures by status (“statusCounts”).</source>
        <translation>“%1: %2” is not a count of measures by status (“statusCounts”).</translation>
    </message>
    <message>
        <source>An indicator of the summary has no name.</source>
        <translation>An indicator of the summary has no name.</translation>
    </message>
    <message>
        <source>The summary is not valid JSON (line %1, column %2): %3.</source>
        <translation>The summary is not valid JSON (line %1, column %2): %3.</translation>
    </message>
    <message>
        <source>%1 has no plan of this kind in the file to summarise.</source>
        <translation>%1 has no plan of this kind in the file to summarise.</translation>
    </message>
    <message>
        <source>The file has no municipality numbered %1.</source>
        <translation>The file has no municipality numbered %1.</translation>
    </message>
</context>
<context>
    <name>NetworkPane</name>
    <message>
        <source>&amp;Compare plans of kind:</source>
        <translation>&amp;Compare plans of kind:</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Every kind</translation>
    </message>
    <message>
        <source>&amp;Export table</source>
        <translation>&amp;Export table</translation>
    </message>
    <message>
        <source>As CSV (Excel, semicolons)…</source>
        <translation>As CSV (Excel, semicolons)…</translation>
    </message>
    <message>
        <source>As Excel workbook (.xlsx)…</source>
        <translation>As Excel workbook (.xlsx)…</translation>
    </message>
    <message>
        <source>Member &amp;summaries</source>
        <translation>Member &amp;summaries</translation>
    </message>
    <message>
        <source>Import a member&apos;s summary…</source>
        <translation>Import a member&apos;s summary…</translation>
    </message>
    <message>
        <source>Export the chosen member&apos;s summary…</source>
        <translation>Export the chosen member&apos;s summary…</translation>
    </message>
    <message>
        <source>Done and overdue</source>
        <translation>Done and overdue</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>Focus areas</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicator:</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Member:</translation>
    </message>
    <message>
        <source>The members share no indicator: give the same indicator the same name in their plans to compare it here.</source>
        <translation>The members share no indicator: give the same indicator the same name in their plans to compare it here.</translation>
    </message>
    <message>
        <source>No member of this network has a plan of this kind in the file, and no summary from a member has been imported. Choose another kind of plan, or import the summaries the members send (Member summaries → Import).</source>
        <translation>No member of this network has a plan of this kind in the file, and no summary from a member has been imported. Choose another kind of plan, or import the summaries the members send (Member summaries → Import).</translation>
    </message>
    <message>
        <source>Joint projects</source>
        <translation>Joint projects</translation>
    </message>
    <message>
        <source>&amp;Joint project:</source>
        <translation>&amp;Joint project:</translation>
    </message>
    <message>
        <source>No member&apos;s measure takes part in this project yet. Choose the project in a measure&apos;s details (Joint project) to add it.</source>
        <translation>No member&apos;s measure takes part in this project yet. Choose the project in a measure&apos;s details (Joint project) to add it.</translation>
    </message>
    <message>
        <source>Network bundle: every member&apos;s plans as one plan file (.json)…</source>
        <translation>Network bundle: every member&apos;s plans as one plan file (.json)…</translation>
    </message>
    <message>
        <source>For the members to import: plans they hold already are updated, the others added</source>
        <translation>For the members to import: plans they hold already are updated, the others added</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>Add a joint project to the network</source>
        <translation>Add a joint project to the network</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;name…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Remove the project; its measures stay in their plans (can be undone)</source>
        <translation>Remove the project; its measures stay in their plans (can be undone)</translation>
    </message>
    <message>
        <source>The network has no joint projects yet. Add one, then link members&apos; measures to it in a measure&apos;s details (Joint project).</source>
        <translation>The network has no joint projects yet. Add one, then link members&apos; measures to it in a measure&apos;s details (Joint project).</translation>
    </message>
    <message>
        <source>As PDF with charts…</source>
        <translation>As PDF with charts…</translation>
    </message>
    <message>
        <source>Members compared</source>
        <translation>Members compared</translation>
    </message>
    <message>
        <source>Network charts</source>
        <translation>Network charts</translation>
    </message>
    <message>
        <source>Measures in the joint project</source>
        <translation>Measures in the joint project</translation>
    </message>
    <message>
        <source>As a web page for screen readers (.html)…</source>
        <translation>As a web page for screen readers (.html)…</translation>
    </message>
    <message>
        <source>The PDF&apos;s tables and charts as one accessible page: each chart as a summary and a table of its figures</source>
        <translation>The PDF&apos;s tables and charts as one accessible page: each chart as a summary and a table of its figures</translation>
    </message>
    <message>
        <source>As a website for residents, with the members&apos; plans…</source>
        <translation>As a website for residents, with the members&apos; plans…</translation>
    </message>
    <message>
        <source>The members compared, and each member&apos;s plan as its own site, in one folder to put on a web server</source>
        <translation>The members compared, and each member&apos;s plan as its own site, in one folder to put on a web server</translation>
    </message>
</context>
<context>
    <name>NetworkReport</name>
    <message>
        <source>Comparison of the network&apos;s members</source>
        <translation>Comparison of the network&apos;s members</translation>
    </message>
    <message>
        <source>every kind</source>
        <translation>every kind</translation>
    </message>
    <message>
        <source>Plans compared: %1. Figures as of %2; cancelled measures are left out of shares and means.</source>
        <translation>Plans compared: %1. Figures as of %2; cancelled measures are left out of shares and means.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>No member has a plan of this kind in the file, and no summary from a member has been imported.</source>
        <translation>No member has a plan of this kind in the file, and no summary from a member has been imported.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Network comparison · %1</source>
        <translation>Network comparison · %1</translation>
    </message>
    <message>
        <source>Figures as of %1</source>
        <translation>Figures as of %1</translation>
    </message>
</context>
<context>
    <name>NetworkSite</name>
    <message>
        <source>There is no network with id %1.</source>
        <translation>There is no network with id %1.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Accessibility statement</source>
        <translation>Accessibility statement</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Every member&apos;s plans compared as of %1; cancelled measures are left out of shares and means.</source>
        <translation>Every member&apos;s plans compared as of %1; cancelled measures are left out of shares and means.</translation>
    </message>
    <message>
        <source>Published plans</source>
        <translation>Published plans</translation>
    </message>
    <message>
        <source>none in this file</source>
        <translation>none in this file</translation>
    </message>
    <message>
        <source>The network has no members with plans in this file.</source>
        <translation>The network has no members with plans in this file.</translation>
    </message>
    <message>
        <source>Members compared</source>
        <translation>Members compared</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
</context>
<context>
    <name>NetworkStore</name>
    <message>
        <source>Cannot add the member to the network: %1</source>
        <translation>Cannot add the member to the network: %1</translation>
    </message>
    <message>
        <source>Cannot remove the member from the network: %1</source>
        <translation>Cannot remove the member from the network: %1</translation>
    </message>
    <message>
        <source>Cannot read the network&apos;s members: %1</source>
        <translation>Cannot read the network&apos;s members: %1</translation>
    </message>
</context>
<context>
    <name>OfflineActions</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Cost (NOK)</source>
        <translation>Cost (NOK)</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation>Focus area</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Work &amp;offline…</source>
        <translation>Work &amp;offline…</translation>
    </message>
    <message>
        <source>Make a copy of your plans and your networks&apos; to work on without the server, and open it; File › Sync now brings the changes together again.</source>
        <translation>Make a copy of your plans and your networks&apos; to work on without the server, and open it; File › Sync now brings the changes together again.</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>S&amp;ync now</translation>
    </message>
    <message>
        <source>Send this copy&apos;s changes to the server and fetch everyone else&apos;s.</source>
        <translation>Send this copy&apos;s changes to the server and fetch everyone else&apos;s.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Offline copy</source>
        <translation>Offline copy</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message numerus="yes">
        <source>Offline copy: %n change(s) to send, last synced %1</source>
        <translation>
            <numerusform>Offline copy: %n change to send, last synced %1</numerusform>
            <numerusform>Offline copy: %n changes to send, last synced %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n day(s) ago)</source>
        <translation>
            <numerusform> (%n day ago)</numerusform>
            <numerusform> (%n days ago)</numerusform>
        </translation>
    </message>
    <message>
        <source>; the server answers</source>
        <translation>; the server answers</translation>
    </message>
    <message>
        <source>; the server does not answer</source>
        <translation>; the server does not answer</translation>
    </message>
    <message>
        <source>A copy of %1 as %2.</source>
        <translation>A copy of %1 as %2.</translation>
    </message>
    <message>
        <source>The server answers again: File › Sync now sends your changes.</source>
        <translation>The server answers again: File › Sync now sends your changes.</translation>
    </message>
    <message>
        <source>%1 offline.handlingsplan</source>
        <translation>%1 offline.handlingsplan</translation>
    </message>
    <message>
        <source>Work offline: save the copy as</source>
        <translation>Work offline: save the copy as</translation>
    </message>
    <message>
        <source>Action-plan files (*.handlingsplan)</source>
        <translation>Action-plan files (*.handlingsplan)</translation>
    </message>
    <message>
        <source>No offline copy was made</source>
        <translation>No offline copy was made</translation>
    </message>
    <message>
        <source>You work offline on “%1”. File › Sync now sends your changes when the server answers again.</source>
        <translation>You work offline on “%1”. File › Sync now sends your changes when the server answers again.</translation>
    </message>
    <message>
        <source>Nothing was synced</source>
        <translation>Nothing was synced</translation>
    </message>
    <message numerus="yes">
        <source>Synced: %n change(s) sent</source>
        <translation>
            <numerusform>Synced: %n change sent</numerusform>
            <numerusform>Synced: %n changes sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received.</source>
        <translation>
            <numerusform>%n received.</numerusform>
            <numerusform>%n received.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait for your choice: File › Sync now again.</source>
        <translation>
            <numerusform>%n conflict waits for your choice: File › Sync now again.</numerusform>
            <numerusform>%n conflicts wait for your choice: File › Sync now again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some changes were not sent</source>
        <translation>Some changes were not sent</translation>
    </message>
    <message>
        <source>These changes are not yours to make on the server (another municipality&apos;s plan, or the network&apos;s own data). They are kept in this copy:

%1</source>
        <translation>These changes are not yours to make on the server (another municipality&apos;s plan, or the network&apos;s own data). They are kept in this copy:

%1</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
</context>
<context>
    <name>OfflineCopy</name>
    <message>
        <source>An offline copy is made from a network&apos;s server, not from a file.</source>
        <translation>An offline copy is made from a network&apos;s server, not from a file.</translation>
    </message>
    <message>
        <source>“%1” exists already; make the offline copy as a new file.</source>
        <translation>“%1” exists already; make the offline copy as a new file.</translation>
    </message>
    <message>
        <source>“%1” is not an offline copy of a server.</source>
        <translation>“%1” is not an offline copy of a server.</translation>
    </message>
    <message>
        <source>An offline copy syncs with a network&apos;s server, not with a file.</source>
        <translation>An offline copy syncs with a network&apos;s server, not with a file.</translation>
    </message>
    <message>
        <source>Plan “%1”</source>
        <translation>Plan “%1”</translation>
    </message>
    <message>
        <source>Measure “%1”</source>
        <translation>Measure “%1”</translation>
    </message>
    <message>
        <source>Focus area “%1”</source>
        <translation>Focus area “%1”</translation>
    </message>
    <message>
        <source>Owner “%1”</source>
        <translation>Owner “%1”</translation>
    </message>
    <message>
        <source>Indicator “%1”</source>
        <translation>Indicator “%1”</translation>
    </message>
    <message>
        <source>Indicator value for %1</source>
        <translation>Indicator value for %1</translation>
    </message>
    <message>
        <source>Progress update of %1</source>
        <translation>Progress update of %1</translation>
    </message>
    <message>
        <source>Grant “%1”</source>
        <translation>Grant “%1”</translation>
    </message>
    <message>
        <source>Network “%1”</source>
        <translation>Network “%1”</translation>
    </message>
    <message>
        <source>Joint project “%1”</source>
        <translation>Joint project “%1”</translation>
    </message>
    <message>
        <source>A row of %1</source>
        <translation>A row of %1</translation>
    </message>
    <message>
        <source>This copy was made from another server than %1; it can only be synced with its own (%2).</source>
        <translation>This copy was made from another server than %1; it can only be synced with its own (%2).</translation>
    </message>
    <message>
        <source>The server did not take the changes: %1</source>
        <translation>The server did not take the changes: %1</translation>
    </message>
</context>
<context>
    <name>OutsideReload</name>
    <message>
        <source>The file was changed in another window or program; the plans shown are read again. Undo starts afresh.</source>
        <translation>The file was changed in another window or program; the plans shown are read again. Undo starts afresh.</translation>
    </message>
    <message>
        <source>Plans on the server were changed by someone else; what is shown is up to date.</source>
        <translation>Plans on the server were changed by someone else; what is shown is up to date.</translation>
    </message>
</context>
<context>
    <name>PagedDocument</name>
    <message>
        <source>The report needs a page device of %1 dpi.</source>
        <translation>The report needs a page device of %1 dpi.</translation>
    </message>
    <message>
        <source>The report could not be drawn.</source>
        <translation>The report could not be drawn.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Cannot write “%1”: %2</translation>
    </message>
</context>
<context>
    <name>PaneFocus</name>
    <message>
        <source>&amp;Next pane</source>
        <translation>&amp;Next pane</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next pane</source>
        <translation>Move the keyboard focus to the next pane</translation>
    </message>
    <message>
        <source>&amp;Previous pane</source>
        <translation>&amp;Previous pane</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the previous pane</source>
        <translation>Move the keyboard focus to the previous pane</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;New plan</source>
        <translation>&amp;New plan</translation>
    </message>
    <message>
        <source>Start a new plan for the municipality chosen in the navigator</source>
        <translation>Start a new plan for the municipality chosen in the navigator</translation>
    </message>
    <message>
        <source>New plan from &amp;template…</source>
        <translation>New plan from &amp;template…</translation>
    </message>
    <message>
        <source>Start a new plan for the municipality chosen in the navigator from a network&apos;s template or one of yours</source>
        <translation>Start a new plan for the municipality chosen in the navigator from a network&apos;s template or one of yours</translation>
    </message>
    <message>
        <source>Save as te&amp;mplate…</source>
        <translation>Save as te&amp;mplate…</translation>
    </message>
    <message>
        <source>Save the focus areas and indicators of the plan, without its measures, as a template for new plans</source>
        <translation>Save the focus areas and indicators of the plan, without its measures, as a template for new plans</translation>
    </message>
    <message>
        <source>&amp;Rename plan</source>
        <translation>&amp;Rename plan</translation>
    </message>
    <message>
        <source>Change the title of the plan chosen in the navigator</source>
        <translation>Change the title of the plan chosen in the navigator</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;Properties…</translation>
    </message>
    <message>
        <source>Title, kind, period, status, adoption, focus areas and owners of the plan</source>
        <translation>Title, kind, period, status, adoption, focus areas and owners of the plan</translation>
    </message>
    <message>
        <source>&amp;Indicators…</source>
        <translation>&amp;Indicators…</translation>
    </message>
    <message>
        <source>The plan&apos;s indicators, their targets and measured values</source>
        <translation>The plan&apos;s indicators, their targets and measured values</translation>
    </message>
    <message>
        <source>&amp;Delete plan…</source>
        <translation>&amp;Delete plan…</translation>
    </message>
    <message>
        <source>Delete the plan chosen in the navigator with all its measures (can be undone)</source>
        <translation>Delete the plan chosen in the navigator with all its measures (can be undone)</translation>
    </message>
    <message>
        <source>New action plan</source>
        <translation>New action plan</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>Delete plan</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” with its %n measure(s), their progress history and the plan&apos;s indicators? You can undo this with Edit → Undo.</source>
        <translation>
            <numerusform>Delete “%1” with its %n measure, their progress history and the plan&apos;s indicators? You can undo this with Edit → Undo.</numerusform>
            <numerusform>Delete “%1” with its %n measures, their progress history and the plan&apos;s indicators? You can undo this with Edit → Undo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanCheck</name>
    <message>
        <source>There is no plan with id %1.</source>
        <translation>There is no plan with id %1.</translation>
    </message>
    <message>
        <source>The plan has measures</source>
        <translation>The plan has measures</translation>
    </message>
    <message>
        <source>Every measure has an owner</source>
        <translation>Every measure has an owner</translation>
    </message>
    <message>
        <source>Every measure has a deadline</source>
        <translation>Every measure has a deadline</translation>
    </message>
    <message>
        <source>Every measure has a status</source>
        <translation>Every measure has a status</translation>
    </message>
    <message numerus="yes">
        <source>No open measure past its deadline without an update in the last %n month(s)</source>
        <translation>
            <numerusform>No open measure past its deadline without an update in the last %n month</numerusform>
            <numerusform>No open measure past its deadline without an update in the last %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan period is given</source>
        <translation>The plan period is given</translation>
    </message>
    <message>
        <source>At least one indicator has a baseline and a target</source>
        <translation>At least one indicator has a baseline and a target</translation>
    </message>
    <message numerus="yes">
        <source>Adopted or revised within the last %n year(s)</source>
        <translation>
            <numerusform>Adopted or revised within the last %n year</numerusform>
            <numerusform>Adopted or revised within the last %n years</numerusform>
        </translation>
    </message>
    <message>
        <source>not adopted yet</source>
        <translation>not adopted yet</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>The plan has no measures yet.</source>
        <translation>The plan has no measures yet.</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>No owner</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>No deadline</translation>
    </message>
    <message>
        <source>No known status</source>
        <translation>No known status</translation>
    </message>
    <message>
        <source>Deadline %1 has passed; last update %2</source>
        <translation>Deadline %1 has passed; last update %2</translation>
    </message>
    <message>
        <source>Deadline %1 has passed; never updated</source>
        <translation>Deadline %1 has passed; never updated</translation>
    </message>
    <message>
        <source>The plan period (from and to year) is not given.</source>
        <translation>The plan period (from and to year) is not given.</translation>
    </message>
    <message>
        <source>The plan has no indicators.</source>
        <translation>The plan has no indicators.</translation>
    </message>
    <message numerus="yes">
        <source>None of the plan&apos;s %n indicator(s) has both a baseline and a target.</source>
        <translation>
            <numerusform>None of the plan&apos;s %n indicator has both a baseline and a target.</numerusform>
            <numerusform>None of the plan&apos;s %n indicators has both a baseline and a target.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adopted on %1, more than %n year(s) ago: due for revision.</source>
        <translation>
            <numerusform>Adopted on %1, more than %n year ago: due for revision.</numerusform>
            <numerusform>Adopted on %1, more than %n years ago: due for revision.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan is adopted, but its adoption date is not given.</source>
        <translation>The plan is adopted, but its adoption date is not given.</translation>
    </message>
</context>
<context>
    <name>PlanCheckModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Rule, measure or finding</source>
        <translation>Rule, measure or finding</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>PlanCheckPane</name>
    <message>
        <source>Plan check</source>
        <translation>Plan check</translation>
    </message>
    <message>
        <source>Choose a plan in the navigator to check it.</source>
        <translation>Choose a plan in the navigator to check it.</translation>
    </message>
    <message>
        <source>Complete: %1 %</source>
        <translation>Complete: %1 %</translation>
    </message>
    <message>
        <source>The plan has all that a sound plan needs: measures with owners, deadlines and statuses, a period, indicators with targets, and a recent revision.</source>
        <translation>The plan has all that a sound plan needs: measures with owners, deadlines and statuses, a period, indicators with targets, and a recent revision.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to fix before the council sees the plan. Click one to go there.</source>
        <translation>
            <numerusform>%n thing to fix before the council sees the plan. Click one to go there.</numerusform>
            <numerusform>%n things to fix before the council sees the plan. Click one to go there.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan check findings</source>
        <translation>Plan check findings</translation>
    </message>
</context>
<context>
    <name>PlanExchange</name>
    <message>
        <source>Measures for Excel (*.csv)</source>
        <translation>Measures for Excel (*.csv)</translation>
    </message>
    <message>
        <source>Deadlines for Outlook and other calendars (*.ics)</source>
        <translation>Deadlines for Outlook and other calendars (*.ics)</translation>
    </message>
    <message>
        <source>There is no plan with id %1.</source>
        <translation>There is no plan with id %1.</translation>
    </message>
    <message>
        <source>“%1” is the open database; choose another file.</source>
        <translation>“%1” is the open database; choose another file.</translation>
    </message>
    <message>
        <source>Plan file for other municipalities and the network (*.json)</source>
        <translation>Plan file for other municipalities and the network (*.json)</translation>
    </message>
    <message>
        <source>Excel workbook of measures and indicators (*.xlsx)</source>
        <translation>Excel workbook of measures and indicators (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) cut at 32,767 characters, the most a spreadsheet cell holds; a plan file (.json) keeps every text whole.</source>
        <translation>
            <numerusform>%n text cut at 32,767 characters, the most a spreadsheet cell holds; a plan file (.json) keeps every text whole.</numerusform>
            <numerusform>%n texts cut at 32,767 characters, the most a spreadsheet cell holds; a plan file (.json) keeps every text whole.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation>is missing.</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>must be text.</translation>
    </message>
    <message>
        <source>must be a number.</source>
        <translation>must be a number.</translation>
    </message>
    <message>
        <source>must be a whole number.</source>
        <translation>must be a whole number.</translation>
    </message>
    <message>
        <source>“%1” is not a date of the form YYYY-MM-DD.</source>
        <translation>“%1” is not a date of the form YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>“%1” is not a UUID.</source>
        <translation>“%1” is not a UUID.</translation>
    </message>
    <message>
        <source>“%1” appears twice in the file.</source>
        <translation>“%1” appears twice in the file.</translation>
    </message>
    <message>
        <source>must be a list.</source>
        <translation>must be a list.</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>must be an object.</translation>
    </message>
    <message>
        <source>needs a year and a value.</source>
        <translation>needs a year and a value.</translation>
    </message>
    <message>
        <source>Plans: %1 added, %2 changed, %3 unchanged. Measures: %4 added, %5 changed, %6 unchanged. Indicators: %7 added, %8 changed, %9 unchanged.</source>
        <translation>Plans: %1 added, %2 changed, %3 unchanged. Measures: %4 added, %5 changed, %6 unchanged. Indicators: %7 added, %8 changed, %9 unchanged.</translation>
    </message>
    <message>
        <source>There is no plan with id %1.</source>
        <translation>There is no plan with id %1.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1.</source>
        <translation>The file is not valid JSON: %1.</translation>
    </message>
    <message>
        <source>This is not an action-plan file (its “format” is not “%1”).</source>
        <translation>This is not an action-plan file (its “format” is not “%1”).</translation>
    </message>
    <message>
        <source>The file is of version %1, written by a newer version of Action Plans; this version reads version %2. Update the app to import it.</source>
        <translation>The file is of version %1, written by a newer version of Action Plans; this version reads version %2. Update the app to import it.</translation>
    </message>
    <message>
        <source>“%1” is not a version of the format.</source>
        <translation>“%1” is not a version of the format.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <source>The file is %1; files of more than %2 are not imported.</source>
        <translation>The file is %1; files of more than %2 are not imported.</translation>
    </message>
    <message>
        <source>The plan “%1” belongs to municipality number %2, which this file does not have.</source>
        <translation>The plan “%1” belongs to municipality number %2, which this file does not have.</translation>
    </message>
    <message>
        <source>Grants: %1 added.</source>
        <translation>Grants: %1 added.</translation>
    </message>
</context>
<context>
    <name>PlanHeading</name>
    <message>
        <source>All measures</source>
        <translation>All measures</translation>
    </message>
    <message>
        <source>Every measure of every plan in this file</source>
        <translation>Every measure of every plan in this file</translation>
    </message>
    <message>
        <source>Choose a plan in the navigator</source>
        <translation>Choose a plan in the navigator</translation>
    </message>
    <message>
        <source>%1 municipality</source>
        <translation>%1 municipality</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Sample data, not the municipality&apos;s real plan</source>
        <translation>Sample data, not the municipality&apos;s real plan</translation>
    </message>
    <message>
        <source>Read only: only %1&apos;s own advisers may change this plan</source>
        <translation>Read only: only %1&apos;s own advisers may change this plan</translation>
    </message>
    <message>
        <source>the municipality</source>
        <translation>the municipality</translation>
    </message>
</context>
<context>
    <name>PlanPropertiesCommand</name>
    <message>
        <source>Change the properties of “%1”</source>
        <translation>Change the properties of “%1”</translation>
    </message>
</context>
<context>
    <name>PlanPropertiesDialog</name>
    <message>
        <source>Plan properties – %1</source>
        <translation>Plan properties – %1</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Focus areas</source>
        <translation>&amp;Focus areas</translation>
    </message>
    <message>
        <source>&amp;Owners</source>
        <translation>&amp;Owners</translation>
    </message>
    <message>
        <source>Adopted by the council on</source>
        <translation>Adopted by the council on</translation>
    </message>
    <message>
        <source>e.g. 24/1234</source>
        <translation>e.g. 24/1234</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>P&amp;eriod:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Council case number:</source>
        <translation>&amp;Council case number:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source>New focus area</source>
        <translation>New focus area</translation>
    </message>
    <message>
        <source>Measures belong to this focus area</source>
        <translation>Measures belong to this focus area</translation>
    </message>
    <message>
        <source>Name or role</source>
        <translation>Name or role</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>A&amp;dd owner</source>
        <translation>A&amp;dd owner</translation>
    </message>
    <message>
        <source>Re&amp;move owner</source>
        <translation>Re&amp;move owner</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>New owner</translation>
    </message>
    <message>
        <source>Measures have this owner</source>
        <translation>Measures have this owner</translation>
    </message>
    <message>
        <source>Owners belong to the municipality and are shared by all its plans.</source>
        <translation>Owners belong to the municipality and are shared by all its plans.</translation>
    </message>
    <message>
        <source>The plan needs a title.</source>
        <translation>The plan needs a title.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>The period ends (%1) before it starts (%2).</translation>
    </message>
    <message>
        <source>Every focus area needs a name.</source>
        <translation>Every focus area needs a name.</translation>
    </message>
    <message>
        <source>Every owner needs a name.</source>
        <translation>Every owner needs a name.</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>First year of the period</source>
        <translation>First year of the period</translation>
    </message>
    <message>
        <source>Last year of the period</source>
        <translation>Last year of the period</translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation>Adopted on</translation>
    </message>
</context>
<context>
    <name>PlanSite</name>
    <message>
        <source>%1 municipality</source>
        <translation>%1 municipality</translation>
    </message>
    <message>
        <source>All measures</source>
        <translation>All measures</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation>Focus area</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Without a focus area</source>
        <translation>Without a focus area</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Plan period</source>
        <translation>Plan period</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <source>not adopted</source>
        <translation>not adopted</translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation>Figures as of</translation>
    </message>
    <message>
        <source>Sample data: this plan is an example that comes with the app. It is not the municipality&apos;s real plan.</source>
        <translation>Sample data: this plan is an example that comes with the app. It is not the municipality&apos;s real plan.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message numerus="yes">
        <source>The plan has %n measure(s).</source>
        <translation>
            <numerusform>The plan has %n measure.</numerusform>
            <numerusform>The plan has %n measures.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the measures that are not cancelled are done, and the mean progress is %2.</source>
        <translation>%1 of the measures that are not cancelled are done, and the mean progress is %2.</translation>
    </message>
    <message>
        <source>Measures by status</source>
        <translation>Measures by status</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>Focus areas</translation>
    </message>
    <message numerus="yes">
        <source> (%n measure(s))</source>
        <translation>
            <numerusform> (%n measure)</numerusform>
            <numerusform> (%n measures)</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan has no measures yet.</source>
        <translation>The plan has no measures yet.</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Every indicator&apos;s values</source>
        <translation>Every indicator&apos;s values</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Past their deadline (%1)</source>
        <translation>Past their deadline (%1)</translation>
    </message>
    <message>
        <source>Deadlines in the next %1 days (%2)</source>
        <translation>Deadlines in the next %1 days (%2)</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>The plan has no indicators.</source>
        <translation>The plan has no indicators.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>not measured</translation>
    </message>
    <message>
        <source>cannot tell</source>
        <translation>cannot tell</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Indicators against their targets</source>
        <translation>Indicators against their targets</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Latest</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>On track</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s).</source>
        <translation>
            <numerusform>%n measure.</numerusform>
            <numerusform>%n measures.</numerusform>
        </translation>
    </message>
    <message>
        <source>By focus area</source>
        <translation>By focus area</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>By status</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Progress history</source>
        <translation>Progress history</translation>
    </message>
    <message>
        <source>No progress has been recorded yet.</source>
        <translation>No progress has been recorded yet.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Progress history, newest first</source>
        <translation>Progress history, newest first</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Grants</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>On track: the latest value is at least as good as the straight line from baseline to target says it should be in its year.</source>
        <translation>On track: the latest value is at least as good as the straight line from baseline to target says it should be in its year.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Accessibility statement</source>
        <translation>Accessibility statement</translation>
    </message>
    <message>
        <source>There is no plan with id %1.</source>
        <translation>There is no plan with id %1.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Reason for the status</source>
        <translation>Reason for the status</translation>
    </message>
    <message>
        <source>Indicator it moves</source>
        <translation>Indicator it moves</translation>
    </message>
    <message>
        <source>Measures meant to move it:</source>
        <translation>Measures meant to move it:</translation>
    </message>
</context>
<context>
    <name>PlanStore</name>
    <message>
        <source>Cannot read the plans: %1</source>
        <translation>Cannot read the plans: %1</translation>
    </message>
</context>
<context>
    <name>PlanTemplate</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a text was expected.</source>
        <translation>a text was expected.</translation>
    </message>
    <message>
        <source>a text, or texts by language (nb, nn, en), was expected.</source>
        <translation>a text, or texts by language (nb, nn, en), was expected.</translation>
    </message>
    <message>
        <source>a text is required here.</source>
        <translation>a text is required here.</translation>
    </message>
    <message>
        <source>an indicator (an object) was expected.</source>
        <translation>an indicator (an object) was expected.</translation>
    </message>
    <message>
        <source>“%1” is not a direction (higher or lower).</source>
        <translation>“%1” is not a direction (higher or lower).</translation>
    </message>
    <message>
        <source>a target is written [year, value], e.g. [2025, 50].</source>
        <translation>a target is written [year, value], e.g. [2025, 50].</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1.</source>
        <translation>The file is not valid JSON: %1.</translation>
    </message>
    <message>
        <source>This is not a plan template (its “format” is not “%1”).</source>
        <translation>This is not a plan template (its “format” is not “%1”).</translation>
    </message>
    <message>
        <source>The template is of version %1, written by a newer version of Action Plans; this version reads version %2.</source>
        <translation>The template is of version %1, written by a newer version of Action Plans; this version reads version %2.</translation>
    </message>
    <message>
        <source>version: a version number (1) was expected.</source>
        <translation>version: a version number (1) was expected.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of plan (plastic_smart, circular, climate or other).</source>
        <translation>“%1” is not a kind of plan (plastic_smart, circular, climate or other).</translation>
    </message>
    <message>
        <source>a list was expected.</source>
        <translation>a list was expected.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <source>The file is too large to be a plan template.</source>
        <translation>The file is too large to be a plan template.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be made.</source>
        <translation>The folder “%1” cannot be made.</translation>
    </message>
</context>
<context>
    <name>PlanTransfer</name>
    <message>
        <source>the plans could not be read back</source>
        <translation>the plans could not be read back</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>Progress over time</source>
        <translation>Progress over time</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Mean progress</source>
        <translation>Mean progress</translation>
    </message>
    <message>
        <source>Expected at an even pace</source>
        <translation>Expected at an even pace</translation>
    </message>
    <message>
        <source>No progress recorded yet.</source>
        <translation>No progress recorded yet.</translation>
    </message>
    <message>
        <source>Mean progress %1 on %2.</source>
        <translation>Mean progress %1 on %2.</translation>
    </message>
    <message>
        <source>Expected today at an even pace: %1.</source>
        <translation>Expected today at an even pace: %1.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>ProgressDelegate</name>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
</context>
<context>
    <name>ProgressHistoryModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Also publish &amp;internal matter: progress notes, costs and amounts, owners&apos; names</source>
        <translation>Also publish &amp;internal matter: progress notes, costs and amounts, owners&apos; names</translation>
    </message>
    <message>
        <source>Publish as website</source>
        <translation>Publish as website</translation>
    </message>
    <message>
        <source>“%1” as a website for residents: an overview, a page for every measure, focus area and status, the indicators with their charts, and an accessibility statement. The pages need no server and no JavaScript: open index.html from the folder, or copy the folder to the municipality&apos;s web server.</source>
        <translation>“%1” as a website for residents: an overview, a page for every measure, focus area and status, the indicators with their charts, and an accessibility statement. The pages need no server and no JavaScript: open index.html from the folder, or copy the folder to the municipality&apos;s web server.</translation>
    </message>
    <message>
        <source>Folder for the website</source>
        <translation>Folder for the website</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Choose the folder for the website</source>
        <translation>Choose the folder for the website</translation>
    </message>
    <message>
        <source>Language of the website</source>
        <translation>Language of the website</translation>
    </message>
    <message>
        <source>The municipality&apos;s written standard</source>
        <translation>The municipality&apos;s written standard</translation>
    </message>
    <message>
        <source>Bokmål</source>
        <translation>Bokmål</translation>
    </message>
    <message>
        <source>Nynorsk</source>
        <translation>Nynorsk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Off by default: notes are often written for colleagues, and names of persons and costs are not always meant for the public. The responsible unit, status, progress and deadlines are always published.</source>
        <translation>Off by default: notes are often written for colleagues, and names of persons and costs are not always meant for the public. The responsible unit, status, progress and deadlines are always published.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publish</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>This is not a questionnaire of Action Plans.</source>
        <translation>This is not a questionnaire of Action Plans.</translation>
    </message>
    <message>
        <source>The question “%1” lacks an id of its own, a known strategy and role, or a text.</source>
        <translation>The question “%1” lacks an id of its own, a known strategy and role, or a text.</translation>
    </message>
    <message>
        <source>A questionnaire needs five steps on its scale (0–4) and at least one question.</source>
        <translation>A questionnaire needs five steps on its scale (0–4) and at least one question.</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>%1
%2: %3 · %4: %5</source>
        <translation>%1
%2: %3 · %4: %5</translation>
    </message>
    <message>
        <source>Nothing to compare.</source>
        <translation>Nothing to compare.</translation>
    </message>
    <message numerus="yes">
        <source>%1 against %2 on %n spoke(s): highest %3 (%4), lowest %5 (%6).</source>
        <translation>
            <numerusform>%1 against %2 on %n area: highest %3 (%4), lowest %5 (%6).</numerusform>
            <numerusform>%1 against %2 on %n areas: highest %3 (%4), lowest %5 (%6).</numerusform>
        </translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
</context>
<context>
    <name>RecordProgressCommand</name>
    <message>
        <source>Record progress</source>
        <translation>Record progress</translation>
    </message>
</context>
<context>
    <name>RecordProgressDialog</name>
    <message>
        <source>Record progress</source>
        <translation>Record progress</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>What happened since the last update?</source>
        <translation>What happened since the last update?</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Progress:</source>
        <translation>&amp;Progress:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <source>Publish the comment as the reason for the status</source>
        <translation>Publish the comment as the reason for the status</translation>
    </message>
    <message>
        <source>Comments are internal; when this is ticked, the website for residents shows this one beside the status, for example why a measure is delayed</source>
        <translation>Comments are internal; when this is ticked, the website for residents shows this one beside the status, for example why a measure is delayed</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>A network needs a name.</source>
        <translation>A network needs a name.</translation>
    </message>
    <message>
        <source>A plan needs a title.</source>
        <translation>A plan needs a title.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of plan.</source>
        <translation>“%1” is not a kind of plan.</translation>
    </message>
    <message>
        <source>“%1” is not a plan status.</source>
        <translation>“%1” is not a plan status.</translation>
    </message>
    <message>
        <source>The plan period ends (%1) before it starts (%2).</source>
        <translation>The plan period ends (%1) before it starts (%2).</translation>
    </message>
    <message>
        <source>A focus area needs a name.</source>
        <translation>A focus area needs a name.</translation>
    </message>
    <message>
        <source>An owner needs a name.</source>
        <translation>An owner needs a name.</translation>
    </message>
    <message>
        <source>A measure needs a title.</source>
        <translation>A measure needs a title.</translation>
    </message>
    <message>
        <source>“%1” is not a measure status.</source>
        <translation>“%1” is not a measure status.</translation>
    </message>
    <message>
        <source>Progress must be between 0 and 100 %, not %1.</source>
        <translation>Progress must be between 0 and 100 %, not %1.</translation>
    </message>
    <message>
        <source>“%1” is not a priority.</source>
        <translation>“%1” is not a priority.</translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation>Start: %1</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Deadline: %1</translation>
    </message>
    <message>
        <source>A progress update needs a date.</source>
        <translation>A progress update needs a date.</translation>
    </message>
    <message>
        <source>An indicator needs a name.</source>
        <translation>An indicator needs a name.</translation>
    </message>
    <message>
        <source>“%1” is not a direction (higher or lower is better).</source>
        <translation>“%1” is not a direction (higher or lower is better).</translation>
    </message>
    <message>
        <source>A grant needs the name of its programme.</source>
        <translation>A grant needs the name of its programme.</translation>
    </message>
    <message>
        <source>“%1” is not a grant status.</source>
        <translation>“%1” is not a grant status.</translation>
    </message>
    <message>
        <source>A grant cannot be a negative amount.</source>
        <translation>A grant cannot be a negative amount.</translation>
    </message>
    <message>
        <source>A report record needs the time it was written and its report date.</source>
        <translation>A report record needs the time it was written and its report date.</translation>
    </message>
    <message>
        <source>“%1” is not a report language.</source>
        <translation>“%1” is not a report language.</translation>
    </message>
    <message>
        <source>A member summary needs the day it was made and the time it was imported.</source>
        <translation>A member summary needs the day it was made and the time it was imported.</translation>
    </message>
    <message>
        <source>A joint project needs a name.</source>
        <translation>A joint project needs a name.</translation>
    </message>
    <message>
        <source>An assessment needs the day it was made.</source>
        <translation>An assessment needs the day it was made.</translation>
    </message>
    <message>
        <source>The answers of an assessment are not readable.</source>
        <translation>The answers of an assessment are not readable.</translation>
    </message>
    <message>
        <source>The answer to “%1” is not a score from 0 to 4.</source>
        <translation>The answer to “%1” is not a score from 0 to 4.</translation>
    </message>
</context>
<context>
    <name>RemoveIndicatorCommand</name>
    <message>
        <source>Delete indicator “%1”</source>
        <translation>Delete indicator “%1”</translation>
    </message>
</context>
<context>
    <name>RemoveMeasuresCommand</name>
    <message numerus="yes">
        <source>Delete %n measure(s)</source>
        <translation>
            <numerusform>Delete %n measure</numerusform>
            <numerusform>Delete %n measures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemovePlanCommand</name>
    <message>
        <source>Delete plan “%1”</source>
        <translation>Delete plan “%1”</translation>
    </message>
</context>
<context>
    <name>ReportData</name>
    <message>
        <source>There is no plan with id %1.</source>
        <translation>There is no plan with id %1.</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>%1 – status report %2.pdf</source>
        <translation>%1 – status report %2.pdf</translation>
    </message>
    <message>
        <source>Choose a plan first.</source>
        <translation>Choose a plan first.</translation>
    </message>
    <message>
        <source>Preview of the council report</source>
        <translation>Preview of the council report</translation>
    </message>
    <message>
        <source>Save the council report</source>
        <translation>Save the council report</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>The report was saved, but could not be recorded in the file: %1</source>
        <translation>The report was saved, but could not be recorded in the file: %1</translation>
    </message>
    <message>
        <source>Web page for screen readers (*.html)</source>
        <translation>Web page for screen readers (*.html)</translation>
    </message>
    <message>
        <source>OpenDocument text, to edit in LibreOffice or Word (*.odt)</source>
        <translation>OpenDocument text, to edit in LibreOffice or Word (*.odt)</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <source>Only &amp;open measures (leave out done and cancelled ones)</source>
        <translation>Only &amp;open measures (leave out done and cancelled ones)</translation>
    </message>
    <message>
        <source>PDF/&amp;A-1b for the archive (Noark 5)</source>
        <translation>PDF/&amp;A-1b for the archive (Noark 5)</translation>
    </message>
    <message>
        <source>Print council report</source>
        <translation>Print council report</translation>
    </message>
    <message>
        <source>Export council report</source>
        <translation>Export council report</translation>
    </message>
    <message>
        <source>The status report of “%1” for the municipal council.</source>
        <translation>The status report of “%1” for the municipal council.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>&amp;Summary: measures by status, overdue and upcoming deadlines</source>
        <translation>&amp;Summary: measures by status, overdue and upcoming deadlines</translation>
    </message>
    <message>
        <source>&amp;Indicators against their targets</source>
        <translation>&amp;Indicators against their targets</translation>
    </message>
    <message>
        <source>&amp;Changes since the last report</source>
        <translation>&amp;Changes since the last report</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>C&amp;harts</translation>
    </message>
    <message>
        <source>&amp;Measures by focus area</source>
        <translation>&amp;Measures by focus area</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Pre&amp;view…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <source>Plan chec&amp;k: score and findings</source>
        <translation>Plan chec&amp;k: score and findings</translation>
    </message>
    <message>
        <source>Before the council sees it</source>
        <translation>Before the council sees it</translation>
    </message>
    <message>
        <source>Circular self-&amp;assessment, where the municipality has made one</source>
        <translation>Circular self-&amp;assessment, where the municipality has made one</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Backups of “%1” are kept in “%2”: one a day when the file is opened, one before each upgrade and one before each restore; the newest %3 are kept.

Restoring puts the plans back as they were when the backup was made. The plans as they are now are backed up first, so you can go back by restoring that backup.</source>
        <translation>Backups of “%1” are kept in “%2”: one a day when the file is opened, one before each upgrade and one before each restore; the newest %3 are kept.

Restoring puts the plans back as they were when the backup was made. The plans as they are now are backed up first, so you can go back by restoring that backup.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message>
        <source>The sample data names an unknown municipality %1.</source>
        <translation>The sample data names an unknown municipality %1.</translation>
    </message>
    <message>
        <source>Sample measure %1: %2</source>
        <translation>Sample measure %1: %2</translation>
    </message>
    <message>
        <source>The sample data is missing from the app: %1</source>
        <translation>The sample data is missing from the app: %1</translation>
    </message>
    <message>
        <source>The sample data is damaged: %1</source>
        <translation>The sample data is damaged: %1</translation>
    </message>
    <message>
        <source>No translation: %1</source>
        <translation>No translation: %1</translation>
    </message>
    <message>
        <source>Translation of no text: %1</source>
        <translation>Translation of no text: %1</translation>
    </message>
</context>
<context>
    <name>SaveFiles</name>
    <message>
        <source>not everything could be written (the disk may be full)</source>
        <translation>not everything could be written (the disk may be full)</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Cannot write “%1”: %2</translation>
    </message>
</context>
<context>
    <name>ServerAccess</name>
    <message>
        <source>“%1” cannot be a user name: use lower-case letters a–z, digits and _, starting with a letter (at most 63).</source>
        <translation>“%1” cannot be a user name: use lower-case letters a–z, digits and _, starting with a letter (at most 63).</translation>
    </message>
    <message>
        <source>No password given for “%1”.</source>
        <translation>No password given for “%1”.</translation>
    </message>
    <message>
        <source>There is a user “%1” on the server already.</source>
        <translation>There is a user “%1” on the server already.</translation>
    </message>
    <message>
        <source>The server has no municipality number “%1”.</source>
        <translation>The server has no municipality number “%1”.</translation>
    </message>
    <message>
        <source>The server has no network with id %1.</source>
        <translation>The server has no network with id %1.</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>“%1” is not a server address: it must begin with postgresql://.</source>
        <translation>“%1” is not a server address: it must begin with postgresql://.</translation>
    </message>
    <message>
        <source>“%1” is not a port number (in “%2”).</source>
        <translation>“%1” is not a port number (in “%2”).</translation>
    </message>
    <message>
        <source>“%1” is not a database name (in “%2”).</source>
        <translation>“%1” is not a database name (in “%2”).</translation>
    </message>
    <message>
        <source>“%1=%2” is not a connection setting libpq knows (in “%3”).</source>
        <translation>“%1=%2” is not a connection setting libpq knows (in “%3”).</translation>
    </message>
</context>
<context>
    <name>ServerConnection</name>
    <message>
        <source>Cannot connect to %1: Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql).</source>
        <translation>Cannot connect to %1: Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The server %1 refused it: %2</source>
        <translation>The server %1 refused it: %2</translation>
    </message>
    <message>
        <source>Cannot connect to %1: the server did not accept the user name and password.</source>
        <translation>Cannot connect to %1: the server did not accept the user name and password.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: there is no server called “%2”; check the address.</source>
        <translation>Cannot connect to %1: there is no server called “%2”; check the address.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: no database server answers there. Is it running, and is the port right?</source>
        <translation>Cannot connect to %1: no database server answers there. Is it running, and is the port right?</translation>
    </message>
    <message>
        <source>Cannot connect to %1: the server has no database “%2”.</source>
        <translation>Cannot connect to %1: the server has no database “%2”.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Cannot connect to %1: %2</translation>
    </message>
</context>
<context>
    <name>ServerSetup</name>
    <message>
        <source>%1 is not an Action Plans database: it holds other tables (%2). Use an empty database.</source>
        <translation>%1 is not an Action Plans database: it holds other tables (%2). Use an empty database.</translation>
    </message>
    <message>
        <source>%1 is not an Action Plans database: it belongs to “%2”.</source>
        <translation>%1 is not an Action Plans database: it belongs to “%2”.</translation>
    </message>
    <message>
        <source>%1 has version %2 of the Action Plans schema, made by a newer version of the app; this version knows %3. Update the app.</source>
        <translation>%1 has version %2 of the Action Plans schema, made by a newer version of the app; this version knows %3. Update the app.</translation>
    </message>
</context>
<context>
    <name>SettingsActions</name>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>Your &amp;name…</source>
        <translation>Your &amp;name…</translation>
    </message>
    <message>
        <source>The name the change history gives your edits</source>
        <translation>The name the change history gives your edits</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>The change history of every measure says who made each change. Your name:</source>
        <translation>The change history of every measure says who made each change. Your name:</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>&amp;Colours</translation>
    </message>
    <message>
        <source>&amp;System colours</source>
        <translation>&amp;System colours</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dark</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;High contrast</translation>
    </message>
</context>
<context>
    <name>SiteFolder</name>
    <message>
        <source>The folder “%1” holds other files. Choose an empty folder, or the folder of an earlier publication of a plan.</source>
        <translation>The folder “%1” holds other files. Choose an empty folder, or the folder of an earlier publication of a plan.</translation>
    </message>
    <message>
        <source>Cannot make the folder “%1”.</source>
        <translation>Cannot make the folder “%1”.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Cannot write “%1”: %2</translation>
    </message>
</context>
<context>
    <name>SitePage</name>
    <message>
        <source>Skip to the content</source>
        <translation>Skip to the content</translation>
    </message>
    <message>
        <source>Accessibility statement</source>
        <translation>Accessibility statement</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>You are here</translation>
    </message>
    <message>
        <source>Published %1 by %2 with Handlingsplaner.</source>
        <translation>Published %1 by %2 with Handlingsplaner.</translation>
    </message>
    <message>
        <source>Main pages</source>
        <translation>Main pages</translation>
    </message>
    <message>
        <source>What was checked, and how</source>
        <translation>What was checked, and how</translation>
    </message>
    <message>
        <source>Pages made the same way as these (the sample plans that come with the app that made them) were checked with the automatic tool axe-core in the Chromium browser, with no errors found.</source>
        <translation>Pages made the same way as these (the sample plans that come with the app that made them) were checked with the automatic tool axe-core in the Chromium browser, with no errors found.</translation>
    </message>
    <message>
        <source>The pages have headings in order, landmarks, a link to skip to the content, link texts that say where they lead, and tables with header cells.</source>
        <translation>The pages have headings in order, landmarks, a link to skip to the content, link texts that say where they lead, and tables with header cells.</translation>
    </message>
    <message>
        <source>Every chart has a text that sums it up and a table of its figures.</source>
        <translation>Every chart has a text that sums it up and a table of its figures.</translation>
    </message>
    <message>
        <source>The pages work without JavaScript, follow the reader&apos;s own colours and text size, and fit a screen 320 pixels wide without sideways scrolling of the text.</source>
        <translation>The pages work without JavaScript, follow the reader&apos;s own colours and text size, and fit a screen 320 pixels wide without sideways scrolling of the text.</translation>
    </message>
    <message>
        <source>Status is always told in words, never by colour alone.</source>
        <translation>Status is always told in words, never by colour alone.</translation>
    </message>
    <message>
        <source>Known shortcomings</source>
        <translation>Known shortcomings</translation>
    </message>
    <message>
        <source>Automatic checks find only part of what can stop a reader. Wide tables may need sideways scrolling on a narrow screen.</source>
        <translation>Automatic checks find only part of what can stop a reader. Wide tables may need sideways scrolling on a narrow screen.</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>If something on these pages is hard to use, tell %1. You can also notify the Authority for universal design of ICT (Tilsynet for universell utforming av IKT) at uutilsynet.no.</source>
        <translation>If something on these pages is hard to use, tell %1. You can also notify the Authority for universal design of ICT (Tilsynet for universell utforming av IKT) at uutilsynet.no.</translation>
    </message>
    <message>
        <source>Statement made %1.</source>
        <translation>Statement made %1.</translation>
    </message>
    <message>
        <source>%1 wants everyone to be able to read these pages. They are made to meet the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA, which the Norwegian regulation on universal design of ICT requires.</source>
        <translation>%1 wants everyone to be able to read these pages. They are made to meet the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA, which the Norwegian regulation on universal design of ICT requires.</translation>
    </message>
</context>
<context>
    <name>SitePublishing</name>
    <message>
        <source>Choose a plan first.</source>
        <translation>Choose a plan first.</translation>
    </message>
    <message>
        <source> – website</source>
        <translation> – website</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>&amp;Open in the browser</source>
        <translation>&amp;Open in the browser</translation>
    </message>
    <message>
        <source>Choose a network first.</source>
        <translation>Choose a network first.</translation>
    </message>
    <message numerus="yes">
        <source>Published %n page(s) in “%1”.</source>
        <translation>
            <numerusform>Published %n page in “%1”.</numerusform>
            <numerusform>Published %n pages in “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusByAreaChart</name>
    <message>
        <source>Status by focus area</source>
        <translation>Status by focus area</translation>
    </message>
    <message>
        <source>(no focus area)</source>
        <translation>(no focus area)</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation>Focus area</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No measures.</source>
        <translation>No measures.</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s) in %1 focus areas: %2.</source>
        <translation>
            <numerusform>%n measure in %1 focus areas: %2.</numerusform>
            <numerusform>%n measures in %1 focus areas: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The change could not be logged: %1</source>
        <translation>The change could not be logged: %1</translation>
    </message>
    <message>
        <source>Cannot add to %1: %2</source>
        <translation>Cannot add to %1: %2</translation>
    </message>
    <message>
        <source>Cannot change row %1 of %2: it no longer exists.</source>
        <translation>Cannot change row %1 of %2: it no longer exists.</translation>
    </message>
    <message>
        <source>Cannot change row %1 of %2: %3</source>
        <translation>Cannot change row %1 of %2: %3</translation>
    </message>
    <message>
        <source>Cannot delete row %1 of %2: it no longer exists.</source>
        <translation>Cannot delete row %1 of %2: it no longer exists.</translation>
    </message>
    <message>
        <source>Cannot delete row %1 of %2: %3</source>
        <translation>Cannot delete row %1 of %2: %3</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Someone else (%1) changed this after you saw it; your change was not saved.</source>
        <translation>Someone else (%1) changed this after you saw it; your change was not saved.</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>another user</translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n change(s) to the server</source>
        <translation>
            <numerusform>Sent %n change to the server</numerusform>
            <numerusform>Sent %n changes to the server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and received %n.</source>
        <translation>
            <numerusform>and received %n.</numerusform>
            <numerusform>and received %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>History: %1 entries sent, %2 received.</source>
        <translation>History: %1 entries sent, %2 received.</translation>
    </message>
    <message>
        <source>Not sent, kept in this copy: %1 is not yours to change on the server.</source>
        <translation>Not sent, kept in this copy: %1 is not yours to change on the server.</translation>
    </message>
    <message>
        <source> (changed by %1 at %2)</source>
        <translation> (changed by %1 at %2)</translation>
    </message>
    <message>
        <source>Conflict: %1, %2: yours %3, on the server %4%5.</source>
        <translation>Conflict: %1, %2: yours %3, on the server %4%5.</translation>
    </message>
    <message>
        <source>Conflict: %1 was deleted in this copy and changed on the server%2.</source>
        <translation>Conflict: %1 was deleted in this copy and changed on the server%2.</translation>
    </message>
    <message>
        <source>Conflict: %1 was changed in this copy and deleted on the server%2.</source>
        <translation>Conflict: %1 was changed in this copy and deleted on the server%2.</translation>
    </message>
    <message>
        <source>Each side keeps its own value until you choose: run sync again with --mine or --theirs, or choose one by one in the app (File › Sync now).</source>
        <translation>Each side keeps its own value until you choose: run sync again with --mine or --theirs, or choose one by one in the app (File › Sync now).</translation>
    </message>
    <message>
        <source>actionplans: no offline copy was made: %1</source>
        <translation>actionplans: no offline copy was made: %1</translation>
    </message>
    <message numerus="yes">
        <source>Made “%1”, an offline copy of %2 with %n row(s).</source>
        <translation>
            <numerusform>Made “%1”, an offline copy of %2 with %n row.</numerusform>
            <numerusform>Made “%1”, an offline copy of %2 with %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>actionplans: “%1” is not an offline copy; make one with --db SERVER sync --to FILE.</source>
        <translation>actionplans: “%1” is not an offline copy; make one with --db SERVER sync --to FILE.</translation>
    </message>
    <message>
        <source>actionplans: cannot reach the server to sync with: %1</source>
        <translation>actionplans: cannot reach the server to sync with: %1</translation>
    </message>
    <message>
        <source>actionplans: nothing was synced: %1</source>
        <translation>actionplans: nothing was synced: %1</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s history has moved on by %n change(s) in the network since this copy was last synced.</source>
        <translation>
            <numerusform>The server&apos;s history has moved on by %n change in the network since this copy was last synced.</numerusform>
            <numerusform>The server&apos;s history has moved on by %n changes in the network since this copy was last synced.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncConflictDialog</name>
    <message>
        <source>Choose what to keep</source>
        <translation>Choose what to keep</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in this copy conflict with changes made on the server since the copy was last synced. Choose for each what to keep; the value not kept stays in the history. Everything else is synced already.</source>
        <translation>
            <numerusform>%n change in this copy conflicts with a change made on the server since the copy was last synced. Choose what to keep; the value not kept stays in the history. Everything else is synced already.</numerusform>
            <numerusform>%n changes in this copy conflict with changes made on the server since the copy was last synced. Choose for each what to keep; the value not kept stays in the history. Everything else is synced already.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>In this copy</source>
        <translation>In this copy</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>On the server</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>%1
(%2, %3)</source>
        <translation>%1
(%2, %3)</translation>
    </message>
    <message>
        <source>(the whole row)</source>
        <translation>(the whole row)</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Take the server&apos;s</source>
        <translation>Take the server&apos;s</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Keep both</translation>
    </message>
    <message>
        <source>Keep for %1</source>
        <translation>Keep for %1</translation>
    </message>
    <message>
        <source>Keep for %1, %2</source>
        <translation>Keep for %1, %2</translation>
    </message>
    <message>
        <source>In this copy: %1. On the server: %2.</source>
        <translation>In this copy: %1. On the server: %2.</translation>
    </message>
    <message>
        <source>&amp;Sync with these choices</source>
        <translation>&amp;Sync with these choices</translation>
    </message>
    <message>
        <source>Keep all &amp;mine</source>
        <translation>Keep all &amp;mine</translation>
    </message>
    <message>
        <source>Take all the &amp;server&apos;s</source>
        <translation>Take all the &amp;server&apos;s</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
</context>
<context>
    <name>SyncSide</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>TemplateActions</name>
    <message>
        <source>Some of your templates could not be read and are not offered: %1</source>
        <translation>Some of your templates could not be read and are not offered: %1</translation>
    </message>
    <message>
        <source>New plan “%1” from the template “%2”</source>
        <translation>New plan “%1” from the template “%2”</translation>
    </message>
    <message>
        <source>The plan was not made: %1</source>
        <translation>The plan was not made: %1</translation>
    </message>
    <message numerus="yes">
        <source>Made “%1” with %n focus area(s) and the template&apos;s indicators. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Made “%1” with %n focus area and the template&apos;s indicators. Undo with Ctrl+Z.</numerusform>
            <numerusform>Made “%1” with %n focus areas and the template&apos;s indicators. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Save as template</translation>
    </message>
    <message>
        <source>Name of the template (the focus areas and indicators of “%1” are saved, not its measures):</source>
        <translation>Name of the template (the focus areas and indicators of “%1” are saved, not its measures):</translation>
    </message>
    <message>
        <source>The template was not saved: %1</source>
        <translation>The template was not saved: %1</translation>
    </message>
    <message>
        <source>Saved the template “%1”; Plan → New plan from template… offers it.</source>
        <translation>Saved the template “%1”; Plan → New plan from template… offers it.</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>%1 %2 by %3</source>
        <translation>%1 %2 by %3</translation>
    </message>
    <message>
        <source>New plan from template – %1</source>
        <translation>New plan from template – %1</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>Focus areas</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>&amp;Title of the new plan:</source>
        <translation>&amp;Title of the new plan:</translation>
    </message>
    <message>
        <source>&amp;Language of the plan:</source>
        <translation>&amp;Language of the plan:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Create plan</source>
        <translation>&amp;Create plan</translation>
    </message>
    <message>
        <source>Start from the structure of a network&apos;s plan: its focus areas and indicators, without measures.</source>
        <translation>Start from the structure of a network&apos;s plan: its focus areas and indicators, without measures.</translation>
    </message>
    <message>
        <source>Comes with Action Plans</source>
        <translation>Comes with Action Plans</translation>
    </message>
    <message>
        <source>Saved by you in %1</source>
        <translation>Saved by you in %1</translation>
    </message>
    <message>
        <source>From the network: %1</source>
        <translation>From the network: %1</translation>
    </message>
    <message>
        <source>Give the new plan a title.</source>
        <translation>Give the new plan a title.</translation>
    </message>
    <message>
        <source>The period cannot end before it starts.</source>
        <translation>The period cannot end before it starts.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>Focus areas of the template</source>
        <translation>Focus areas of the template</translation>
    </message>
    <message>
        <source>Indicators of the template</source>
        <translation>Indicators of the template</translation>
    </message>
    <message>
        <source>Last year of the period</source>
        <translation>Last year of the period</translation>
    </message>
    <message>
        <source>First year of the period</source>
        <translation>First year of the period</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <source>%1: %2 – %3, %4</source>
        <translation>%1: %2 – %3, %4</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>No measures with a deadline.</source>
        <translation>No measures with a deadline.</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s) with deadlines from %1 to %2; %3 overdue.</source>
        <translation>
            <numerusform>%n measure with a deadline from %1 to %2; %3 overdue.</numerusform>
            <numerusform>%n measures with deadlines from %1 to %2; %3 overdue.</numerusform>
        </translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>UnsavedEditBar</name>
    <message>
        <source>%1 What you typed is kept here until it is saved or you discard it.</source>
        <translation>%1 What you typed is kept here until it is saved or you discard it.</translation>
    </message>
    <message>
        <source>Your change to “%1” is not saved. %2 It is kept until it is saved or you discard it.</source>
        <translation>Your change to “%1” is not saved. %2 It is kept until it is saved or you discard it.</translation>
    </message>
    <message>
        <source>&amp;Save again</source>
        <translation>&amp;Save again</translation>
    </message>
    <message>
        <source>Try again to save what you typed</source>
        <translation>Try again to save what you typed</translation>
    </message>
    <message>
        <source>Disc&amp;ard</source>
        <translation>Disc&amp;ard</translation>
    </message>
    <message>
        <source>Throw away what you typed and show what is saved</source>
        <translation>Throw away what you typed and show what is saved</translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation>Change not saved</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
</context>
<context>
    <name>ViewActions</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>A&amp;ll measures</source>
        <translation>A&amp;ll measures</translation>
    </message>
    <message>
        <source>Show every measure of every plan in the file</source>
        <translation>Show every measure of every plan in the file</translation>
    </message>
    <message>
        <source>Show &amp;overdue measures</source>
        <translation>Show &amp;overdue measures</translation>
    </message>
    <message>
        <source>Show only overdue measures</source>
        <translation>Show only overdue measures</translation>
    </message>
    <message>
        <source>&amp;Example bank …</source>
        <translation>&amp;Example bank …</translation>
    </message>
    <message>
        <source>Search every measure in the file and copy good ones into a plan</source>
        <translation>Search every measure in the file and copy good ones into a plan</translation>
    </message>
    <message>
        <source>&amp;Circular self-assessment…</source>
        <translation>&amp;Circular self-assessment…</translation>
    </message>
    <message>
        <source>Score the municipality chosen in the navigator on the circular strategies and compare with its network</source>
        <translation>Score the municipality chosen in the navigator on the circular strategies and compare with its network</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>Measure details</source>
        <translation>Measure details</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Plan check</source>
        <translation>Plan check</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Undo history</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Delayed</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Out for consultation</source>
        <translation>Out for consultation</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Plastic-smart</source>
        <translation>Plastic-smart</translation>
    </message>
    <message>
        <source>Circular economy</source>
        <translation>Circular economy</translation>
    </message>
    <message>
        <source>Climate</source>
        <translation>Climate</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Higher is better</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Lower is better</translation>
    </message>
    <message>
        <source>Applied for</source>
        <translation>Applied for</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Action Plans</source>
        <translation>Welcome to Action Plans</translation>
    </message>
    <message>
        <source>Plan your municipality&apos;s plastic-smart, circular and climate measures, give each an owner and a deadline, follow progress and bring the plan to the council as a PDF. Everything is kept in one file on this computer and saved as you go.</source>
        <translation>Plan your municipality&apos;s plastic-smart, circular and climate measures, give each an owner and a deadline, follow progress and bring the plan to the council as a PDF. Everything is kept in one file on this computer and saved as you go.</translation>
    </message>
    <message>
        <source>Type the name of your municipality</source>
        <translation>Type the name of your municipality</translation>
    </message>
    <message>
        <source>Look around the sample plans</source>
        <translation>Look around the sample plans</translation>
    </message>
    <message>
        <source>Made-up plans of a few municipalities and their networks, to try everything on.</source>
        <translation>Made-up plans of a few municipalities and their networks, to try everything on.</translation>
    </message>
    <message>
        <source>Start a new plan from a template</source>
        <translation>Start a new plan from a template</translation>
    </message>
    <message>
        <source>For your municipality, with the focus areas and indicators of a plastic-smart, circular or climate plan.</source>
        <translation>For your municipality, with the focus areas and indicators of a plastic-smart, circular or climate plan.</translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Import a spreadsheet</translation>
    </message>
    <message>
        <source>A new plan for your municipality with the measures of an Excel or CSV file.</source>
        <translation>A new plan for your municipality with the measures of an Excel or CSV file.</translation>
    </message>
    <message>
        <source>Your &amp;municipality:</source>
        <translation>Your &amp;municipality:</translation>
    </message>
    <message>
        <source>The change history of every measure says who made each change</source>
        <translation>The change history of every measure says who made each change</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Your &amp;name:</translation>
    </message>
</context>
<context>
    <name>WelcomeFlow</name>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Import a spreadsheet</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message>
        <source>There is no plan with id %1.</source>
        <translation>There is no plan with id %1.</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder for the workbook: %1</source>
        <translation>Cannot make a temporary folder for the workbook: %1</translation>
    </message>
    <message>
        <source>Cannot start the workbook.</source>
        <translation>Cannot start the workbook.</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation>Focus area</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Deadline, last day</source>
        <translation>Deadline, last day</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation>Baseline year</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Latest year</source>
        <translation>Latest year</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Latest</translation>
    </message>
    <message>
        <source>Target year</source>
        <translation>Target year</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Cannot write the workbook: %1</source>
        <translation>Cannot write the workbook: %1</translation>
    </message>
    <message>
        <source>Cannot read the workbook back: %1</source>
        <translation>Cannot read the workbook back: %1</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>The file is not an Excel workbook (.xlsx): it cannot be opened as one.</source>
        <translation>The file is not an Excel workbook (.xlsx): it cannot be opened as one.</translation>
    </message>
    <message>
        <source>The workbook is damaged: its table of contents cannot be read.</source>
        <translation>The workbook is damaged: its table of contents cannot be read.</translation>
    </message>
    <message>
        <source>The workbook is refused: “%1” would unpack to %2 from %3, far more than a spreadsheet of measures needs (a “zip bomb”).</source>
        <translation>The workbook is refused: “%1” would unpack to %2 from %3, far more than a spreadsheet of measures needs (a “zip bomb”).</translation>
    </message>
    <message>
        <source>The workbook has no sheet that can be read.</source>
        <translation>The workbook has no sheet that can be read.</translation>
    </message>
    <message>
        <source>The sheet has more than %1 rows.</source>
        <translation>The sheet has more than %1 rows.</translation>
    </message>
    <message>
        <source>The sheet has more than %1 columns.</source>
        <translation>The sheet has more than %1 columns.</translation>
    </message>
    <message>
        <source>The sheet is damaged: %1 (line %2 of its XML).</source>
        <translation>The sheet is damaged: %1 (line %2 of its XML).</translation>
    </message>
    <message>
        <source>The first sheet is empty: it has no header row.</source>
        <translation>The first sheet is empty: it has no header row.</translation>
    </message>
    <message>
        <source>The file is %1; files of more than %2 are not imported.</source>
        <translation>The file is %1; files of more than %2 are not imported.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Action Plans</source>
        <translation>Action Plans</translation>
    </message>
</context>
</TS>
