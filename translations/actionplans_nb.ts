<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb">
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>%1 of 4</source>
        <translation>%1 av 4</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Poeng</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Ikke besvart</translation>
    </message>
    <message>
        <source>Average of %1</source>
        <translation>Snittet i %1</translation>
    </message>
    <message>
        <source>Assessment of %1</source>
        <translation>Vurderingen %1</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Snittpoeng</translation>
    </message>
    <message>
        <source>Assessment &amp;made on:</source>
        <translation>Vurdering &amp;gjort:</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>&amp;Sammenlign med:</translation>
    </message>
    <message>
        <source>&amp;Save assessment</source>
        <translation>&amp;Lagre vurderingen</translation>
    </message>
    <message>
        <source>Score each statement from 0 (not started) to 4 (leading). The assessment is kept with its day, so that the next one shows the change.</source>
        <translation>Gi hvert utsagn poeng fra 0 (ikke startet) til 4 (ledende). Vurderingen lagres med datoen, så den neste viser endringen.</translation>
    </message>
    <message>
        <source>Score per strategy (0–4)</source>
        <translation>Poeng per strategi (0–4)</translation>
    </message>
    <message>
        <source>This assessment</source>
        <translation>Denne vurderingen</translation>
    </message>
    <message>
        <source>Score at least one statement before saving.</source>
        <translation>Gi poeng til minst ett utsagn før du lagrer.</translation>
    </message>
    <message>
        <source>Questions and scores</source>
        <translation>Spørsmål og poeng</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Hvem som deltok</translation>
    </message>
</context>
<context>
    <name>AssignOwnerCommand</name>
    <message>
        <source>Set owner of %1 to “%2”</source>
        <translation>Sett ansvarlig for %1 til «%2»</translation>
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
        <translation>sist oppdatert %1</translation>
    </message>
    <message>
        <source>never updated</source>
        <translation>aldri oppdatert</translation>
    </message>
    <message numerus="yes">
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>Forfalt (%n)</numerusform>
            <numerusform>Forfalte (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deadline within %1 days (%n)</source>
        <translation>
            <numerusform>Frist innen %1 dager (%n)</numerusform>
            <numerusform>Frist innen %1 dager (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No progress update for %1 months (%n)</source>
        <translation>
            <numerusform>Ingen fremdriftsoppdatering på %1 måneder (%n)</numerusform>
            <numerusform>Ingen fremdriftsoppdatering på %1 måneder (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Deadline or last update</source>
        <translation>Frist eller siste oppdatering</translation>
    </message>
    <message>
        <source>report due %1</source>
        <translation>rapport innen %1</translation>
    </message>
    <message numerus="yes">
        <source>Grant reports due (%n)</source>
        <translation>
            <numerusform>Tilskuddsrapport forfaller (%n)</numerusform>
            <numerusform>Tilskuddsrapporter forfaller (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttentionPane</name>
    <message>
        <source>Measures that need attention</source>
        <translation>Tiltak som trenger oppfølging</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Cannot save a backup of “%1”: the folder “%2” cannot be created.</source>
        <translation>Kan ikke lagre en sikkerhetskopi av «%1»: mappen «%2» kan ikke opprettes.</translation>
    </message>
    <message>
        <source>Cannot save a backup of “%1”: %2</source>
        <translation>Kan ikke lagre en sikkerhetskopi av «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot restore a backup into “%1”: it is open read-only.</source>
        <translation>Kan ikke gjenopprette en sikkerhetskopi i «%1»: filen er åpnet skrivebeskyttet.</translation>
    </message>
    <message>
        <source>Cannot restore “%1”: the backup cannot be read.</source>
        <translation>Kan ikke gjenopprette «%1»: sikkerhetskopien kan ikke leses.</translation>
    </message>
    <message>
        <source>Cannot restore “%1”: %2</source>
        <translation>Kan ikke gjenopprette «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot restore “%1”: the database driver gives no access to SQLite.</source>
        <translation>Kan ikke gjenopprette «%1»: databasedriveren gir ikke tilgang til SQLite.</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Daglig sikkerhetskopi</translation>
    </message>
    <message>
        <source>Before an upgrade to a newer file version</source>
        <translation>Før oppgradering til en nyere filversjon</translation>
    </message>
    <message>
        <source>Before restoring a backup</source>
        <translation>Før gjenoppretting av en sikkerhetskopi</translation>
    </message>
    <message>
        <source>Cannot restore a backup into %1: a server is restored by its owner (pg_restore).</source>
        <translation>Kan ikke gjenopprette en sikkerhetskopi til %1: en server gjenopprettes av eieren sin (pg_restore).</translation>
    </message>
</context>
<context>
    <name>ChangeHistoryModel</name>
    <message>
        <source>Code</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation>Innsatsområde</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fremdrift</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Endring</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Periode fra</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Periode til</translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation>Vedtaksdato</translation>
    </message>
    <message>
        <source>Council case number</source>
        <translation>Saksnummer</translation>
    </message>
    <message>
        <source>Joint project</source>
        <translation>Fellesprosjekt</translation>
    </message>
    <message>
        <source>Indicator it moves</source>
        <translation>Indikator tiltaket skal påvirke</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <source>Save as PNG…</source>
        <translation>Lagre som PNG …</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Lagre som PDF …</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>Lagre som SVG …</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopier</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Lagre diagrammet</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-filer (*.%2)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>%1: %2 – %3</source>
        <translation>%1: %2 – %3</translation>
    </message>
    <message>
        <source>%1 – as a table</source>
        <translation>%1 – som tabell</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Vis som tabell</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>Added the sample networks and plans to “%1”.</source>
        <translation>La til eksempelnettverkene og -planene i «%1».</translation>
    </message>
    <message>
        <source>actionplans: %1</source>
        <translation>actionplans: %1</translation>
    </message>
    <message numerus="yes">
        <source>Generated %n plan(s) of %1 municipalities in “%2”: </source>
        <translation>
            <numerusform>Genererte %n plan for %1 kommuner i «%2»: </numerusform>
            <numerusform>Genererte %n planer for %1 kommuner i «%2»: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s), </source>
        <translation>
            <numerusform>%n tiltak, </numerusform>
            <numerusform>%n tiltak, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n progress update(s), </source>
        <translation>
            <numerusform>%n fremdriftsoppdatering, </numerusform>
            <numerusform>%n fremdriftsoppdateringer, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) with %1 yearly values.</source>
        <translation>
            <numerusform>%n indikator med %1 årsverdier.</numerusform>
            <numerusform>%n indikatorer med %1 årsverdier.</numerusform>
        </translation>
    </message>
    <message>
        <source>actionplans: there is no plan with id %1; “actionplans list” shows them.</source>
        <translation>actionplans: det finnes ingen plan med id %1; «actionplans list» viser dem.</translation>
    </message>
    <message>
        <source>actionplans: the report was written, but could not be recorded: %1</source>
        <translation>actionplans: rapporten ble skrevet, men kunne ikke registreres: %1</translation>
    </message>
    <message>
        <source>Wrote the report of “%1” to “%2”.</source>
        <translation>Skrev rapporten for «%1» til «%2».</translation>
    </message>
    <message numerus="yes">
        <source>Plan check: %1 % complete, %n finding(s); “actionplans plancheck --plan %2” lists them.</source>
        <translation>
            <numerusform>Plankontroll: %1 % fullstendig, %n funn; «actionplans plancheck --plan %2» viser det.</numerusform>
            <numerusform>Plankontroll: %1 % fullstendig, %n funn; «actionplans plancheck --plan %2» viser dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the column “%2” is not known and was left out.</source>
        <translation>%1: kolonnen «%2» er ukjent og ble utelatt.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more problem(s) not shown.</source>
        <translation>
            <numerusform>%1: %n problem til er ikke vist.</numerusform>
            <numerusform>%1: %n problemer til er ikke vist.</numerusform>
        </translation>
    </message>
    <message>
        <source>actionplans: nothing was imported.</source>
        <translation>actionplans: ingenting ble importert.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n measure(s) from “%1”.</source>
        <translation>
            <numerusform>Importerte %n tiltak fra «%1».</numerusform>
            <numerusform>Importerte %n tiltak fra «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Imported “%1”. %2</source>
        <translation>Importerte «%1». %2</translation>
    </message>
    <message>
        <source>Wrote “%1”.</source>
        <translation>Skrev «%1».</translation>
    </message>
    <message>
        <source>Plan check of “%1”: %2 % complete.</source>
        <translation>Plankontroll av «%1»: %2 % fullstendig.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n problem(s):</source>
        <translation>
            <numerusform>«%1» har %n problem:</numerusform>
            <numerusform>«%1» har %n problemer:</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”: no problems found.</source>
        <translation>«%1»: ingen problemer funnet.</translation>
    </message>
    <message>
        <source>%1 has the schema of this version (%2); nothing to upgrade.</source>
        <translation>%1 har skjemaet til denne versjonen (%2); ingenting å oppgradere.</translation>
    </message>
    <message>
        <source>Created the Action Plans schema (version %1) on %2.</source>
        <translation>Opprettet Handlingsplaner-skjemaet (versjon %1) på %2.</translation>
    </message>
    <message>
        <source>Upgraded the Action Plans schema on %1 from version %2 to %3.</source>
        <translation>Oppgraderte Handlingsplaner-skjemaet på %1 fra versjon %2 til %3.</translation>
    </message>
    <message>
        <source>Municipalities added: %1.</source>
        <translation>Kommuner lagt til: %1.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passord for %1: </translation>
    </message>
    <message>
        <source>Added %1, coordinator of network %2.</source>
        <translation>La til %1, koordinator for nettverk %2.</translation>
    </message>
    <message>
        <source>Added %1, who edits the plans of municipality %2.</source>
        <translation>La til %1, som redigerer planene til kommune %2.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«%1» finnes ikke.</translation>
    </message>
    <message>
        <source>Imported “%1” onto %2. %3</source>
        <translation>Importerte «%1» til %2. %3</translation>
    </message>
    <message>
        <source>actionplans: “%1” exists already; export into a new file.</source>
        <translation>actionplans: «%1» finnes allerede; eksporter til en ny fil.</translation>
    </message>
    <message>
        <source>actionplans: cannot write “%1”: %2</source>
        <translation>actionplans: kan ikke skrive «%1»: %2</translation>
    </message>
    <message>
        <source>Wrote the plans on %1 to “%2”.</source>
        <translation>Skrev planene på %1 til «%2».</translation>
    </message>
    <message>
        <source>Networks added: %1.</source>
        <translation>Nettverk lagt til: %1.</translation>
    </message>
    <message>
        <source>Networks on the server (add a coordinator with: server add-user NAME --network ID --coordinator):</source>
        <translation>Nettverk på serveren (legg til en koordinator med: server add-user NAVN --network ID --coordinator):</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n member(s))</source>
        <translation>
            <numerusform>%1 (%n medlem)</numerusform>
            <numerusform>%1 (%n medlemmer)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Published %n page(s) in “%1”; open index.html.</source>
        <translation>
            <numerusform>Publiserte %n side i «%1»; åpne index.html.</numerusform>
            <numerusform>Publiserte %n sider i «%1»; åpne index.html.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>actionplans: %1</source>
        <translation>actionplans: %1</translation>
    </message>
    <message>
        <source>Try “actionplans --help”.</source>
        <translation>Prøv «actionplans --help».</translation>
    </message>
    <message>
        <source>actionplans: no command given.</source>
        <translation>actionplans: ingen kommando er oppgitt.</translation>
    </message>
    <message>
        <source>actionplans: unknown command “%1”.</source>
        <translation>actionplans: ukjent kommando «%1».</translation>
    </message>
    <message>
        <source>actionplans: “%1” takes no arguments, but got “%2”.</source>
        <translation>actionplans: «%1» tar ingen argumenter, men fikk «%2».</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>language</source>
        <translation>språk</translation>
    </message>
    <message>
        <source>report: write PDF/A-1b for archiving.</source>
        <translation>report: skriv PDF/A-1b for arkivering.</translation>
    </message>
    <message>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>report: list only measures that are neither done nor cancelled.</source>
        <translation>report: list bare tiltak som verken er gjennomført eller avlyst.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>dato</translation>
    </message>
    <message>
        <source>report: a draft, not recorded as issued (the next report&apos;s changes still count from the last one).</source>
        <translation>report: et utkast som ikke registreres som utgitt (endringene i neste rapport regnes fortsatt fra den forrige).</translation>
    </message>
    <message>
        <source>actionplans: “%1” is not a plan id; “actionplans list” shows them.</source>
        <translation>actionplans: «%1» er ikke en plan-id; «actionplans list» viser dem.</translation>
    </message>
    <message>
        <source>actionplans: “%1” is not a report language; use nb, nn or en.</source>
        <translation>actionplans: «%1» er ikke et rapportspråk; bruk nb, nn eller en.</translation>
    </message>
    <message>
        <source>actionplans: “%1” is not a report section; use %2.</source>
        <translation>actionplans: «%1» er ikke en del av rapporten; bruk %2.</translation>
    </message>
    <message>
        <source>actionplans: “%1” is not a date of the form YYYY-MM-DD.</source>
        <translation>actionplans: «%1» er ikke en dato på formen ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>report, plancheck: the id of the plan (see “list”).</source>
        <translation>report, plancheck: id-en til planen (se «list»).</translation>
    </message>
    <message>
        <source>report: the sections to include, comma-separated, from %1 (default: all but “check”).</source>
        <translation>report: delene som skal tas med, kommadelt, blant %1 (standard: alle unntatt «check»).</translation>
    </message>
    <message>
        <source>report, plancheck: the date to report for, YYYY-MM-DD (default: today).</source>
        <translation>report, plancheck: datoen det rapporteres for, ÅÅÅÅ-MM-DD (standard: i dag).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>actionplans: import needs the file to read: import FILE --plan ID.</source>
        <translation>actionplans: import trenger filen som skal leses: import FIL --plan ID.</translation>
    </message>
    <message>
        <source>actionplans: %1 needs --plan ID and -o FILE.</source>
        <translation>actionplans: %1 trenger --plan ID og -o FIL.</translation>
    </message>
    <message>
        <source>actionplans: %1 needs --plan ID.</source>
        <translation>actionplans: %1 trenger --plan ID.</translation>
    </message>
    <message>
        <source>actionplans: “%1” is not an export format; use %2.</source>
        <translation>actionplans: «%1» er ikke et eksportformat; bruk %2.</translation>
    </message>
    <message>
        <source>report: nb, nn or en (default: the municipality&apos;s written standard); sample: nb or nn.</source>
        <translation>report: nb, nn eller en (standard: kommunens målform); sample: nb eller nn.</translation>
    </message>
    <message>
        <source>generate: how many municipalities get plans (default: 357).</source>
        <translation>generate: hvor mange kommuner som får planer (standard: 357).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>generate: measures per municipality, over its plans (default: 60).</source>
        <translation>generate: tiltak per kommune, fordelt på planene (standard: 60).</translation>
    </message>
    <message>
        <source>generate: progress updates per measure, on average (default: 5).</source>
        <translation>generate: fremdriftsoppdateringer per tiltak i snitt (standard: 5).</translation>
    </message>
    <message>
        <source>generate: the same seed gives the same file (default: 1).</source>
        <translation>generate: samme frø gir samme fil (standard: 1).</translation>
    </message>
    <message>
        <source>actionplans: “%1” is not a number for --%2.</source>
        <translation>actionplans: «%1» er ikke et tall for --%2.</translation>
    </message>
    <message>
        <source>actionplans: server needs what to do: server init.</source>
        <translation>actionplans: server trenger hva som skal gjøres: server init.</translation>
    </message>
    <message>
        <source>actionplans: server commands need the server&apos;s address: --db postgresql://USER@HOST/DATABASE.</source>
        <translation>actionplans: serverkommandoer trenger adressen til serveren: --db postgresql://BRUKER@VERT/DATABASE.</translation>
    </message>
    <message>
        <source>  server add-user  a login for a municipality&apos;s adviser or a network&apos;s coordinator (password on standard input):
           server add-user NAME --municipality NUMBER | server add-user NAME --network ID --coordinator</source>
        <translation>  server add-user  en pålogging for en kommunes rådgiver eller et nettverks koordinator (passord på standard inn):
           server add-user NAVN --municipality NUMMER | server add-user NAVN --network ID --coordinator</translation>
    </message>
    <message>
        <source>server add-user: the municipality the user works for.</source>
        <translation>server add-user: kommunen brukeren arbeider for.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nummer</translation>
    </message>
    <message>
        <source>server add-user: the network the user coordinates.</source>
        <translation>server add-user: nettverket brukeren koordinerer.</translation>
    </message>
    <message>
        <source>server add-user: the user coordinates the --network.</source>
        <translation>server add-user: brukeren koordinerer nettverket i --network.</translation>
    </message>
    <message>
        <source>actionplans: server add-user NAME needs --municipality NUMBER, or --network ID --coordinator.</source>
        <translation>actionplans: server add-user NAVN trenger --municipality NUMMER, eller --network ID --coordinator.</translation>
    </message>
    <message>
        <source>The database file to use, or a network&apos;s server: postgresql://USER@HOST:PORT/DATABASE (a libpq address; the password from ~/.pgpass or PGPASSWORD).</source>
        <translation>Databasefilen som skal brukes, eller nettverkets server: postgresql://BRUKER@VERT:PORT/DATABASE (en libpq-adresse; passordet fra ~/.pgpass eller PGPASSWORD).</translation>
    </message>
    <message>
        <source>actionplans: --db needs a file name or a server address.</source>
        <translation>actionplans: --db trenger et filnavn eller en serveradresse.</translation>
    </message>
    <message>
        <source>  server import FILE  put every plan of a file (.handlingsplan, or a plan file .json) onto the server; plans it holds already are updated, never doubled
  server export FILE  write every plan on the server into a new file (.handlingsplan, or .json)</source>
        <translation>  server import FIL  legg alle planene i en fil (.handlingsplan, eller en planfil .json) på serveren; planer den alt har, oppdateres, aldri dobbelt
  server export FIL  skriv alle planene på serveren til en ny fil (.handlingsplan, eller .json)</translation>
    </message>
    <message>
        <source>actionplans: unknown server command “%1”; use server init, add-user, import or export.</source>
        <translation>actionplans: ukjent serverkommando «%1»; bruk server init, add-user, import eller export.</translation>
    </message>
    <message>
        <source>A network&apos;s PostgreSQL server, set up by the database&apos;s owner:
  server init  create or upgrade the schema, load the municipalities and the known networks:
           --db postgresql://USER@HOST:PORT/DATABASE server init</source>
        <translation>En nettverksserver med PostgreSQL, satt opp av databasens eier:
  server init  opprett eller oppgrader skjemaet, last inn kommunene og de kjente nettverkene:
           --db postgresql://BRUKER@VERT:PORT/DATABASE server init</translation>
    </message>
    <message>
        <source>sync: make FILE an offline copy of the server given by --db.</source>
        <translation>sync: lag FIL som en frakoblet kopi av serveren som er oppgitt med --db.</translation>
    </message>
    <message>
        <source>sync: answer every conflict with this copy&apos;s value.</source>
        <translation>sync: løs alle konflikter med verdien i denne kopien.</translation>
    </message>
    <message>
        <source>sync: answer every conflict with the server&apos;s value.</source>
        <translation>sync: løs alle konflikter med verdien på serveren.</translation>
    </message>
    <message>
        <source>sample, list, check, plancheck, report, import FILE, export, generate, server init, server add-user NAME, or sync</source>
        <translation>sample, list, check, plancheck, report, import FIL, export, generate, server init, server add-user NAVN eller sync</translation>
    </message>
    <message>
        <source>actionplans: sync takes --mine or --theirs, not both.</source>
        <translation>actionplans: sync tar --mine eller --theirs, ikke begge.</translation>
    </message>
    <message>
        <source>actionplans: sync --to FILE needs the server&apos;s address: --db postgresql://USER@HOST/DATABASE.</source>
        <translation>actionplans: sync --to FIL trenger adressen til serveren: --db postgresql://BRUKER@VERT/DATABASE.</translation>
    </message>
    <message>
        <source>actionplans: sync needs an offline copy (--db FILE), or --to FILE to make one.</source>
        <translation>actionplans: sync trenger en frakoblet kopi (--db FIL), eller --to FIL for å lage en.</translation>
    </message>
    <message>
        <source>export: %1; report: %2 (default: from the file name).</source>
        <translation>export: %1; report: %2 (standard: etter filnavnet).</translation>
    </message>
    <message>
        <source>actionplans: “%1” is not a report format; use %2.</source>
        <translation>actionplans: «%1» er ikke et rapportformat; bruk %2.</translation>
    </message>
    <message>
        <source>publish: publish internal matter too: progress notes, costs and amounts, owners&apos; names and e-mail.</source>
        <translation>publish: publiser også interne opplysninger: fremdriftsnotater, kostnader og beløp, navn og e-post til ansvarlige.</translation>
    </message>
    <message>
        <source>report: the file to write (.pdf; .html, a web page for screen readers; .odt, a document to edit).</source>
        <translation>report: filen som skal skrives (.pdf; .html, en nettside for skjermlesere; .odt, et dokument til redigering).</translation>
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
        <translation>Handlingsplaner for norske kommuner: plastsmarte, sirkulære og klimarettede planer.

Kommandoer:
  sample   legg til eksempelnettverkene, kommunene og planene
  list     list planene som tabulatordelte verdier: id, kommunenummer, kommune, tittel, tiltak
  check    kontroller filens integritet og fremmednøkler
  plancheck  kontroller at en plan har det en god plan trenger: plancheck --plan ID
  report   skriv statusrapporten for en plan til kommunestyret som PDF, som nettside for skjermlesere
           eller som redigerbart dokument: report --plan ID -o FIL.pdf|FIL.html|FIL.odt
  import   les en planfil (.json; planer som allerede finnes, oppdateres), eller legg tiltakene i en
           CSV-fil (norske eller engelske overskrifter) til en plan: import FIL.json | import FIL.csv --plan ID
  export   skriv en plan: export --plan ID --format json|csv|ics -o FIL
  publish  skriv en plan, eller et nettverk med medlemmenes planer, som et statisk nettsted for innbyggerne:
           publish --plan ID -o MAPPE | publish --network ID -o MAPPE
  generate fyll en ny fil med genererte planer for alle kommuner, for å prøve programmet i nasjonal skala:
           generate --municipalities 357 --measures 60 --updates 5 --seed 1

Uten kommando åpnes vinduet. Uten --db brukes standarddatabasen (den opprettes med eksempeldata første gang).</translation>
    </message>
    <message>
        <source>actionplans: “%1” is not a network id.</source>
        <translation>actionplans: «%1» er ikke en nettverks-id.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Add measure “%1”</source>
        <translation>Legg til tiltak «%1»</translation>
    </message>
    <message>
        <source>Edit measure %1</source>
        <translation>Endre tiltak %1</translation>
    </message>
    <message>
        <source>New plan “%1”</source>
        <translation>Ny plan «%1»</translation>
    </message>
    <message>
        <source>Change plan “%1”</source>
        <translation>Endre plan «%1»</translation>
    </message>
    <message>
        <source>Add grant from %1</source>
        <translation>Legg til tilskudd fra %1</translation>
    </message>
    <message>
        <source>Change grant from %1</source>
        <translation>Endre tilskudd fra %1</translation>
    </message>
    <message>
        <source>Delete grant from %1</source>
        <translation>Slett tilskudd fra %1</translation>
    </message>
    <message>
        <source>Add indicator “%1”</source>
        <translation>Legg til indikator «%1»</translation>
    </message>
    <message>
        <source>Change indicator “%1”</source>
        <translation>Endre indikator «%1»</translation>
    </message>
    <message>
        <source>Add the value for %1</source>
        <translation>Legg til verdien for %1</translation>
    </message>
    <message>
        <source>Change the value for %1</source>
        <translation>Endre verdien for %1</translation>
    </message>
    <message>
        <source>Delete the value for %1</source>
        <translation>Slett verdien for %1</translation>
    </message>
    <message>
        <source>Add joint project “%1”</source>
        <translation>Legg til fellesprosjektet «%1»</translation>
    </message>
    <message>
        <source>Rename joint project “%1” to “%2”</source>
        <translation>Gi fellesprosjektet «%1» navnet «%2»</translation>
    </message>
    <message>
        <source>Delete joint project “%1”</source>
        <translation>Slett fellesprosjektet «%1»</translation>
    </message>
</context>
<context>
    <name>ConflictResolver</name>
    <message>
        <source>Someone else changed this measure</source>
        <translation>Noen andre har endret dette tiltaket</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Behold &amp;deres</translation>
    </message>
    <message>
        <source>Use &amp;mine</source>
        <translation>Bruk &amp;min</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Noen andre</translation>
    </message>
    <message>
        <source>%1 changed the %2 of this measure to “%3” (%4), after you began your change.

Yours: “%5”.

Keep their value, or put yours in its place?</source>
        <translation>%1 endret %2 for dette tiltaket til «%3» (%4), etter at du begynte på endringen din.

Din: «%5».

Vil du beholde deres verdi, eller sette din i stedet?</translation>
    </message>
    <message>
        <source>time not known</source>
        <translation>ukjent tidspunkt</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <source>The measure is no longer there.</source>
        <translation>Tiltaket finnes ikke lenger.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a network&apos;s server</source>
        <translation>Koble til nettverkets server</translation>
    </message>
    <message>
        <source>e.g. plans.network.no</source>
        <translation>f.eks. planer.nettverk.no</translation>
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
        <translation>Brukernavn</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <source>from ~/.pgpass when left empty</source>
        <translation>fra ~/.pgpass hvis tomt</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Kryptering</translation>
    </message>
    <message>
        <source>When the server offers it</source>
        <translation>Når serveren tilbyr det</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Alltid</translation>
    </message>
    <message>
        <source>Always, and check the server&apos;s certificate</source>
        <translation>Alltid, og kontroller serverens sertifikat</translation>
    </message>
    <message>
        <source>The password is used for this connection only and never saved. Your municipality&apos;s or network&apos;s IT department gives you the server&apos;s address and your user name.</source>
        <translation>Passordet brukes bare for denne tilkoblingen og lagres aldri. IT-avdelingen i kommunen eller nettverket gir deg serverens adresse og brukernavnet ditt.</translation>
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
        <translation>&amp;Brukernavn:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;ord:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Kryptering:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Koble &amp;til</translation>
    </message>
    <message>
        <source>Give the name of the database.</source>
        <translation>Skriv navnet på databasen.</translation>
    </message>
    <message>
        <source>Give your user name on the server.</source>
        <translation>Skriv brukernavnet ditt på serveren.</translation>
    </message>
</context>
<context>
    <name>CouncilReport</name>
    <message>
        <source>not given</source>
        <translation>ikke oppgitt</translation>
    </message>
    <message>
        <source>Status report to the municipal council</source>
        <translation>Statusrapport til kommunestyret</translation>
    </message>
    <message>
        <source>%1 municipality</source>
        <translation>%1 kommune</translation>
    </message>
    <message>
        <source>%1 (municipality number %2)</source>
        <translation>%1 (kommunenummer %2)</translation>
    </message>
    <message>
        <source>%1 (municipality number %2), %3</source>
        <translation>%1 (kommunenummer %2), %3</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Kind of plan</source>
        <translation>Plantype</translation>
    </message>
    <message>
        <source>Plan period</source>
        <translation>Planperiode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Vedtatt</translation>
    </message>
    <message>
        <source>not adopted</source>
        <translation>ikke vedtatt</translation>
    </message>
    <message>
        <source>Council case</source>
        <translation>Saksnummer i kommunestyret</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Rapportdato</translation>
    </message>
    <message>
        <source>Sample data: this plan is an example that comes with the app. It is not the municipality&apos;s real plan.</source>
        <translation>Eksempeldata: denne planen er et eksempel som følger med programmet. Den er ikke kommunens egentlige plan.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <source>The plan has no measures yet.</source>
        <translation>Planen har ingen tiltak ennå.</translation>
    </message>
    <message numerus="yes">
        <source>The plan has %n measure(s). %1 of the measures that are not cancelled are done, and their mean progress is %2.</source>
        <translation>
            <numerusform>Planen har %n tiltak. %1 av tiltakene som ikke er avlyst, er gjennomført, og gjennomsnittlig fremdrift er %2.</numerusform>
            <numerusform>Planen har %n tiltak. %1 av tiltakene som ikke er avlyst, er gjennomført, og gjennomsnittlig fremdrift er %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <source>All measures</source>
        <translation>Alle tiltak</translation>
    </message>
    <message>
        <source>Overdue measures (%1)</source>
        <translation>Tiltak over fristen (%1)</translation>
    </message>
    <message>
        <source>No measure is past its deadline.</source>
        <translation>Ingen tiltak har passert fristen.</translation>
    </message>
    <message numerus="yes">
        <source>Deadlines in the next %n day(s) (%1)</source>
        <translation>
            <numerusform>Frister de neste %n dagene (%1)</numerusform>
            <numerusform>Frister de neste %n dagene (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No open measure has its deadline in the next %n day(s).</source>
        <translation>
            <numerusform>Ingen åpne tiltak har frist den neste dagen.</numerusform>
            <numerusform>Ingen åpne tiltak har frist de neste %n dagene.</numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <source>The plan has no indicators.</source>
        <translation>Planen har ingen indikatorer.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Utgangspunkt</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Siste</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>I rute</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>ikke målt</translation>
    </message>
    <message>
        <source>cannot tell</source>
        <translation>kan ikke vurderes</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nei</translation>
    </message>
    <message>
        <source>On track: the latest value is at least as good as the straight line from baseline to target says it should be in its year.</source>
        <translation>I rute: den siste verdien er minst like god som den rette linjen fra utgangspunkt til mål tilsier for det året.</translation>
    </message>
    <message>
        <source>Changes since the last report</source>
        <translation>Endringer siden forrige rapport</translation>
    </message>
    <message>
        <source>No earlier report of this plan has been recorded. From the next report on, this section lists the measures added, completed, cancelled, re-dated or re-owned since this one.</source>
        <translation>Ingen tidligere rapport for denne planen er registrert. Fra neste rapport av viser denne delen tiltakene som er lagt til, gjennomført, avlyst, har fått ny frist eller ny ansvarlig siden denne.</translation>
    </message>
    <message>
        <source>No measure has been added, completed, cancelled, re-dated or re-owned since the report of %1.</source>
        <translation>Ingen tiltak er lagt til, gjennomført, avlyst eller har fått ny frist eller ny ansvarlig siden rapporten %1.</translation>
    </message>
    <message>
        <source>Since the report of %1:</source>
        <translation>Siden rapporten %1:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Endring</translation>
    </message>
    <message>
        <source>added</source>
        <translation>lagt til</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>gjennomført</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avlyst</translation>
    </message>
    <message>
        <source>deadline changed from %1 to %2</source>
        <translation>fristen endret fra %1 til %2</translation>
    </message>
    <message>
        <source>owner changed from %1 to %2</source>
        <translation>ansvarlig endret fra %1 til %2</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagrammer</translation>
    </message>
    <message>
        <source>Deadlines (part %1 of %2)</source>
        <translation>Frister (del %1 av %2)</translation>
    </message>
    <message>
        <source>Only measures that are neither done nor cancelled are listed.</source>
        <translation>Bare tiltak som verken er gjennomført eller avlyst, er tatt med.</translation>
    </message>
    <message>
        <source>There are no measures to list.</source>
        <translation>Det er ingen tiltak å vise.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fremdrift</translation>
    </message>
    <message>
        <source>Without a focus area</source>
        <translation>Uten innsatsområde</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (forfalt)</translation>
    </message>
    <message>
        <source>%1 municipality · %2</source>
        <translation>%1 kommune · %2</translation>
    </message>
    <message>
        <source>Report date %1</source>
        <translation>Rapportdato %1</translation>
    </message>
    <message>
        <source>Plan check</source>
        <translation>Plankontroll</translation>
    </message>
    <message>
        <source>Completeness: %1. The check looks for what Miljødirektoratet&apos;s guidance for municipal climate plans asks of a plan: goals, measures, a division of responsibility, deadlines, and revision at least every four years. Each rule weighs the same.</source>
        <translation>Fullstendighet: %1. Kontrollen ser etter det Miljødirektoratets veileder for kommunale klimaplaner krever av en plan: mål, tiltak, ansvarsfordeling, frister og rullering minst hvert fjerde år. Hver regel teller like mye.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>The plan meets every rule.</source>
        <translation>Planen oppfyller alle reglene.</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Funn</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Funn (%1)</translation>
    </message>
    <message>
        <source>The plan as a whole</source>
        <translation>Planen som helhet</translation>
    </message>
    <message>
        <source>Circular self-assessment</source>
        <translation>Sirkulær egenvurdering</translation>
    </message>
    <message>
        <source>The municipality&apos;s own assessment of %1: each statement scored from 0 (not started) to 4 (leading), grouped by the circular strategies and by the municipality&apos;s roles.</source>
        <translation>Kommunens egen vurdering %1: hvert utsagn har fått poeng fra 0 (ikke startet) til 4 (ledende), gruppert etter de sirkulære strategiene og kommunens roller.</translation>
    </message>
    <message>
        <source>The assessment before was made on %1.</source>
        <translation>Vurderingen før ble gjort %1.</translation>
    </message>
    <message>
        <source>Score per strategy (0–4)</source>
        <translation>Poeng per strategi (0–4)</translation>
    </message>
    <message>
        <source>Assessment of %1</source>
        <translation>Vurderingen %1</translation>
    </message>
    <message>
        <source>Average of %1</source>
        <translation>Snittet i %1</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategi</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Poeng</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Før</translation>
    </message>
    <message>
        <source>Network average</source>
        <translation>Nettverkets snitt</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The field is longer than %1 characters.</source>
        <translation>Feltet er lengre enn %1 tegn.</translation>
    </message>
    <message>
        <source>The row has more than %1 columns.</source>
        <translation>Raden har mer enn %1 kolonner.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows.</source>
        <translation>Filen har mer enn %1 rader.</translation>
    </message>
    <message>
        <source>A quoted field is never closed: a closing &quot; is missing.</source>
        <translation>Et felt i anførselstegn avsluttes aldri: et avsluttende &quot; mangler.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>Filen er tom: den har ingen overskriftsrad.</translation>
    </message>
    <message>
        <source>The file is %1; files of more than %2 are not imported.</source>
        <translation>Filen er på %1; filer på mer enn %2 importeres ikke.</translation>
    </message>
</context>
<context>
    <name>DashboardPane</name>
    <message>
        <source>Choose a plan to see its charts.</source>
        <translation>Velg en plan for å se diagrammene.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Diagrammer</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open “%1”: it needs an upgrade to file version %2, but it is read-only.</source>
        <translation>Kan ikke åpne «%1»: filen må oppgraderes til filversjon %2, men den er skrivebeskyttet.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: a file of that name already exists.</source>
        <translation>Kan ikke opprette «%1»: det finnes allerede en fil med det navnet.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: its folder cannot be created.</source>
        <translation>Kan ikke opprette «%1»: mappen kan ikke opprettes.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: the file does not exist.</source>
        <translation>Kan ikke åpne «%1»: filen finnes ikke.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: it is a folder, not a file.</source>
        <translation>Kan ikke åpne «%1»: det er en mappe, ikke en fil.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: the file cannot be read (%2).</source>
        <translation>Kan ikke åpne «%1»: filen kan ikke leses (%2).</translation>
    </message>
    <message>
        <source>Cannot open “%1”: the file is empty.</source>
        <translation>Kan ikke åpne «%1»: filen er tom.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: it is not an action-plan file (not an SQLite database).</source>
        <translation>Kan ikke åpne «%1»: det er ikke en handlingsplanfil (ikke en SQLite-database).</translation>
    </message>
    <message>
        <source>Cannot open “%1”: it is an SQLite database of another application, not an action-plan file.</source>
        <translation>Kan ikke åpne «%1»: det er en SQLite-database fra et annet program, ikke en handlingsplanfil.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: it was written by a newer version of Action Plans (file version %2; this version reads up to %3). Update the app to open it.</source>
        <translation>Kan ikke åpne «%1»: den er skrevet av en nyere versjon av Handlingsplaner (filversjon %2; denne versjonen leser til og med %3). Oppdater programmet for å åpne den.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: the file is truncated (%2 of %3 bytes are there).</source>
        <translation>Kan ikke åpne «%1»: filen er avkortet (%2 av %3 byte finnes).</translation>
    </message>
    <message>
        <source>Cannot open “%1”: the file is damaged (%2).</source>
        <translation>Kan ikke åpne «%1»: filen er skadet (%2).</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Kan ikke åpne «%1»: %2</translation>
    </message>
    <message>
        <source>The database “%1” refused a command: %2</source>
        <translation>Databasen «%1» avviste en kommando: %2</translation>
    </message>
    <message>
        <source>Cannot upgrade “%1” to file version %2: %3</source>
        <translation>Kan ikke oppgradere «%1» til filversjon %2: %3</translation>
    </message>
    <message>
        <source>Cannot change “%1”: %2</source>
        <translation>Kan ikke endre «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot save the change to “%1”: %2</source>
        <translation>Kan ikke lagre endringen i «%1»: %2</translation>
    </message>
    <message>
        <source>The integrity check could not run: %1</source>
        <translation>Integritetskontrollen kunne ikke kjøres: %1</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Integritet: %1</translation>
    </message>
    <message>
        <source>The foreign-key check could not run: %1</source>
        <translation>Kontrollen av fremmednøkler kunne ikke kjøres: %1</translation>
    </message>
    <message>
        <source>Table “%1”, row %2: refers to a row of “%3” that does not exist.</source>
        <translation>Tabell «%1», rad %2: viser til en rad i «%3» som ikke finnes.</translation>
    </message>
    <message>
        <source>Cannot save a copy as “%1”: a file of that name already exists.</source>
        <translation>Kan ikke lagre en kopi som «%1»: det finnes allerede en fil med det navnet.</translation>
    </message>
    <message>
        <source>Cannot save a copy as “%1”: %2</source>
        <translation>Kan ikke lagre en kopi som «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is open read-only: changes cannot be saved.</source>
        <translation>«%1» er åpnet skrivebeskyttet: endringer kan ikke lagres.</translation>
    </message>
    <message>
        <source>Cannot upgrade “%1”: %2</source>
        <translation>Kan ikke oppgradere «%1»: %2</translation>
    </message>
    <message>
        <source>it cannot be renamed into place</source>
        <translation>den kan ikke gis sitt endelige navn</translation>
    </message>
    <message>
        <source>Cannot open “%1”: its folder cannot be read (permission denied).</source>
        <translation>Kan ikke åpne «%1»: mappen kan ikke leses (ingen tilgang).</translation>
    </message>
    <message>
        <source>Cannot open “%1”: it is not an ordinary file (a pipe, a device or a socket).</source>
        <translation>Kan ikke åpne «%1»: det er ikke en vanlig fil (men et rør, en enhet eller en sokkel).</translation>
    </message>
    <message>
        <source>Cannot open “%1”: it is not a complete action-plan file (file version %2).</source>
        <translation>Kan ikke åpne «%1»: det er ikke en fullstendig handlingsplanfil (filversjon %2).</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disken er full</translation>
    </message>
    <message>
        <source>the disk could not be written or read (it may be full, or the file may be at its size limit)</source>
        <translation>disken kunne ikke skrives til eller leses (den kan være full, eller filen kan ha nådd største tillatte størrelse)</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>filen er skrivebeskyttet</translation>
    </message>
    <message>
        <source>another program kept the file locked</source>
        <translation>et annet program holdt filen låst</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>filen er skadet (%1)</translation>
    </message>
    <message>
        <source>%1 has version %2 of the Action Plans schema, made by a newer version of the app; this version knows %3. Update the app.</source>
        <translation>%1 har versjon %2 av Handlingsplaner-skjemaet, laget av en nyere versjon av programmet; denne versjonen kjenner %3. Oppdater programmet.</translation>
    </message>
    <message>
        <source>the server refused it: you may not change this (it is another municipality&apos;s, or the network&apos;s coordinator&apos;s to change)</source>
        <translation>serveren avviste det: du kan ikke endre dette (det er en annen kommunes, eller nettverkskoordinatorens, å endre)</translation>
    </message>
    <message>
        <source>%1 has no Action Plans schema yet. The database&apos;s owner sets it up with: actionplans --db ADDRESS server init</source>
        <translation>%1 har ikke noe Handlingsplaner-skjema ennå. Eieren av databasen setter det opp med: actionplans --db ADRESSE server init</translation>
    </message>
    <message>
        <source>%1 has version %2 of the Action Plans schema; this app needs %3. The database&apos;s owner upgrades it with: actionplans --db ADDRESS server init</source>
        <translation>%1 har versjon %2 av Handlingsplaner-skjemaet; dette programmet trenger %3. Eieren av databasen oppgraderer det med: actionplans --db ADRESSE server init</translation>
    </message>
    <message>
        <source>Cannot save a copy of %1 as “%2”: a server is copied by its owner (pg_dump), and its plans are taken out with Export.</source>
        <translation>Kan ikke lagre en kopi av %1 som «%2»: en server kopieres av eieren sin (pg_dump), og planene tas ut med Eksporter.</translation>
    </message>
    <message>
        <source>The server does not answer: %1</source>
        <translation>Serveren svarer ikke: %1</translation>
    </message>
    <message>
        <source>it refers to a record that does not exist (any more), or that is still in use</source>
        <translation>den viser til en post som ikke finnes (lenger), eller som fortsatt er i bruk</translation>
    </message>
    <message>
        <source>Not saved: the server “%1” does not answer (it may be down, or the network may be gone). The app connects again by itself when it is back.</source>
        <translation>Ikke lagret: serveren «%1» svarer ikke (den kan være nede, eller nettverket kan være borte). Programmet kobler til igjen av seg selv når den er tilbake.</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <source>“%1” is not a deadline: the year %2 is outside %3–%4.</source>
        <translation>«%1» er ikke en frist: året %2 ligger utenfor %3–%4.</translation>
    </message>
    <message>
        <source>“%1” is not a deadline: there is no quarter %2 (quarters are 1–4).</source>
        <translation>«%1» er ikke en frist: det finnes ikke noe kvartal %2 (kvartalene er 1–4).</translation>
    </message>
    <message>
        <source>“%1” is not a deadline: there is no tertial %2 (tertials are 1–3).</source>
        <translation>«%1» er ikke en frist: det finnes ikke noe tertial %2 (tertialene er 1–3).</translation>
    </message>
    <message>
        <source>“%1” is not a deadline: there is no half-year %2 (use 1 or 2).</source>
        <translation>«%1» er ikke en frist: det finnes ikke noe halvår %2 (bruk 1 eller 2).</translation>
    </message>
    <message>
        <source>“%1” is not a deadline: there is no month %2.</source>
        <translation>«%1» er ikke en frist: det finnes ingen måned %2.</translation>
    </message>
    <message>
        <source>“%1” is not a deadline: there is no such date.</source>
        <translation>«%1» er ikke en frist: den datoen finnes ikke.</translation>
    </message>
    <message>
        <source>“%1” is not a deadline: the range ends before it starts.</source>
        <translation>«%1» er ikke en frist: perioden slutter før den begynner.</translation>
    </message>
    <message>
        <source>“%1” is not a deadline. Write for example 31.12.2025, des. 2025, Q4 2025, 2. halvår 2025, 2025, 2025–2027 or løpende.</source>
        <translation>«%1» er ikke en frist. Skriv for eksempel 31.12.2025, des. 2025, Q4 2025, 2. halvår 2025, 2025, 2025–2027 eller løpende.</translation>
    </message>
</context>
<context>
    <name>DeadlineDelegate</name>
    <message>
        <source>e.g. 31.12.2025, Q4 2025, 2025 or løpende</source>
        <translation>f.eks. 31.12.2025, Q4 2025, 2025 eller løpende</translation>
    </message>
</context>
<context>
    <name>DialogEdits</name>
    <message numerus="yes">
        <source>Set status of %n measure(s) to %1</source>
        <translation>
            <numerusform>Sett status for %n tiltak til %1</numerusform>
            <numerusform>Sett status for %n tiltak til %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set owner of %n measure(s) to %1</source>
        <translation>
            <numerusform>Sett ansvarlig for %n tiltak til %1</numerusform>
            <numerusform>Sett ansvarlig for %n tiltak til %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Self-assessment of %1 on %2</source>
        <translation>Egenvurdering av %1 %2</translation>
    </message>
</context>
<context>
    <name>DocumentOdt</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Kan ikke skrive «%1»: %2</translation>
    </message>
    <message>
        <source>the document could not be packed</source>
        <translation>dokumentet kunne ikke pakkes</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>&amp;Edit</source>
        <translation>R&amp;ediger</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Angre den siste endringen</translation>
    </message>
    <message>
        <source>Redo the change you undid</source>
        <translation>Gjør om endringen du angret</translation>
    </message>
    <message>
        <source>&amp;Add measure</source>
        <translation>&amp;Legg til tiltak</translation>
    </message>
    <message>
        <source>Add a measure to the plan shown</source>
        <translation>Legg til et tiltak i planen som vises</translation>
    </message>
    <message>
        <source>&amp;Delete measures</source>
        <translation>&amp;Slett tiltak</translation>
    </message>
    <message>
        <source>Delete the selected measures (can be undone)</source>
        <translation>Slett de valgte tiltakene (kan angres)</translation>
    </message>
    <message>
        <source>&amp;Record progress…</source>
        <translation>&amp;Registrer fremdrift …</translation>
    </message>
    <message>
        <source>Add a progress update to the current measure</source>
        <translation>Legg til en fremdriftsoppdatering for tiltaket</translation>
    </message>
    <message>
        <source>Set &amp;status of selected</source>
        <translation>Sett &amp;status for valgte</translation>
    </message>
    <message>
        <source>Set o&amp;wner of selected</source>
        <translation>Sett a&amp;nsvarlig for valgte</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>Nytt tiltak</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n measure(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Slettet %n tiltak. Angre med Ctrl+Z.</numerusform>
            <numerusform>Slettet %n tiltak. Angre med Ctrl+Z.</numerusform>
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
            <numerusform>Kopier %n tiltak til «%1»</numerusform>
            <numerusform>Kopier %n tiltak til «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n measure(s) to “%1”. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Kopierte %n tiltak til «%1». Angre med Ctrl+Z.</numerusform>
            <numerusform>Kopierte %n tiltak til «%1». Angre med Ctrl+Z.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExampleBankDialog</name>
    <message>
        <source>&amp;Copy to plan</source>
        <translation>&amp;Kopier til planen</translation>
    </message>
    <message>
        <source>Example bank</source>
        <translation>Eksempelbank</translation>
    </message>
    <message>
        <source>Search titles, descriptions and focus areas</source>
        <translation>Søk i titler, beskrivelser og innsatsområder</translation>
    </message>
    <message>
        <source>All networks</source>
        <translation>Alle nettverk</translation>
    </message>
    <message>
        <source>All kinds of plan</source>
        <translation>Alle plantyper</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statuser</translation>
    </message>
    <message>
        <source>Choose a measure to read its description.</source>
        <translation>Velg et tiltak for å lese beskrivelsen.</translation>
    </message>
    <message>
        <source>Copy the chosen measures &amp;into:</source>
        <translation>Kopier de valgte tiltakene &amp;til:</translation>
    </message>
    <message>
        <source>All focus areas</source>
        <translation>Alle innsatsområder</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alle kommuner</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s) found</source>
        <translation>
            <numerusform>%n tiltak funnet</numerusform>
            <numerusform>%n tiltak funnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Copy %n measure(s) to the plan</source>
        <translation>
            <numerusform>&amp;Kopier %n tiltak til planen</numerusform>
            <numerusform>&amp;Kopier %n tiltak til planen</numerusform>
        </translation>
    </message>
    <message>
        <source>Search the example bank</source>
        <translation>Søk i eksempelbanken</translation>
    </message>
    <message>
        <source>Measures found</source>
        <translation>Tiltak som ble funnet</translation>
    </message>
    <message>
        <source>Description of the chosen measure</source>
        <translation>Beskrivelse av valgt tiltak</translation>
    </message>
</context>
<context>
    <name>ExampleBankModel</name>
    <message>
        <source>Measure</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation>Innsatsområde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Kind of plan</source>
        <translation>Plantype</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>Choose the plan to import the measures into first.</source>
        <translation>Velg først planen tiltakene skal importeres til.</translation>
    </message>
    <message>
        <source>Import measures into the plan</source>
        <translation>Importer tiltak til planen</translation>
    </message>
    <message>
        <source>“%1” has no measures below its header row.</source>
        <translation>«%1» har ingen tiltak under overskriftsraden.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n measure(s) from “%1” into “%2”. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Importerte %n tiltak fra «%1» til «%2». Angre med Ctrl+Z.</numerusform>
            <numerusform>Importerte %n tiltak fra «%1» til «%2». Angre med Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns left out: %1.</source>
        <translation>Kolonner som ble utelatt: %1.</translation>
    </message>
    <message>
        <source>Choose the plan to export first.</source>
        <translation>Velg først planen som skal eksporteres.</translation>
    </message>
    <message>
        <source>Export the plan&apos;s measures</source>
        <translation>Eksporter tiltakene i planen</translation>
    </message>
    <message>
        <source>Exported “%1” to “%2”.</source>
        <translation>Eksporterte «%1» til «%2».</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported from “%1”: %2</source>
        <translation>Ingenting ble importert fra «%1»: %2</translation>
    </message>
    <message>
        <source>Imported “%1”. %2 Undo with Ctrl+Z.</source>
        <translation>Importerte «%1». %2 Angre med Ctrl+Z.</translation>
    </message>
    <message>
        <source>Measures from Excel or plan files (*.xlsx *.csv *.txt *.json);;All files (*)</source>
        <translation>Tiltak fra Excel eller planfiler (*.xlsx *.csv *.txt *.json);;Alle filer (*)</translation>
    </message>
    <message numerus="yes">
        <source>Import %n measure(s) from “%1”</source>
        <translation>
            <numerusform>Importer %n tiltak fra «%1»</numerusform>
            <numerusform>Importer %n tiltak fra «%1»</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Saved the council report as “%1”.</source>
        <translation>Lagret rapporten til kommunestyret som «%1».</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;New file…</source>
        <translation>&amp;Ny fil …</translation>
    </message>
    <message>
        <source>Create a new, empty action-plan file</source>
        <translation>Opprett en ny, tom handlingsplanfil</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Åpne …</translation>
    </message>
    <message>
        <source>Open another action-plan file</source>
        <translation>Åpne en annen handlingsplanfil</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Åpne &amp;nylig brukt</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Lagre en &amp;kopi …</translation>
    </message>
    <message>
        <source>Save a consistent copy of the open file, for backup or to share</source>
        <translation>Lagre en fullstendig kopi av den åpne filen, som sikkerhetskopi eller for å dele</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Gjenopprett fra sikkerhetskopi …</translation>
    </message>
    <message>
        <source>Put back the plans as they were in one of the daily backups of this file</source>
        <translation>Sett tilbake planene slik de var i en av de daglige sikkerhetskopiene av denne filen</translation>
    </message>
    <message>
        <source>&amp;Import measures…</source>
        <translation>&amp;Importer tiltak …</translation>
    </message>
    <message>
        <source>Add measures from a spreadsheet saved as CSV (Norwegian or English column names) to the plan shown</source>
        <translation>Legg til tiltak fra et regneark lagret som CSV (norske eller engelske kolonnenavn) i planen som vises</translation>
    </message>
    <message>
        <source>E&amp;xport measures…</source>
        <translation>Eksporter &amp;tiltak …</translation>
    </message>
    <message>
        <source>Save the plan&apos;s measures for Excel (CSV) or its deadlines for a calendar (iCalendar)</source>
        <translation>Lagre tiltakene i planen for Excel (CSV) eller fristene for en kalender (iCalendar)</translation>
    </message>
    <message>
        <source>&amp;Export council report…</source>
        <translation>&amp;Eksporter rapport til kommunestyret …</translation>
    </message>
    <message>
        <source>Save the plan&apos;s status report for the municipal council as PDF</source>
        <translation>Lagre statusrapporten for planen til kommunestyret som PDF</translation>
    </message>
    <message>
        <source>&amp;Print council report…</source>
        <translation>Skriv &amp;ut rapport til kommunestyret …</translation>
    </message>
    <message>
        <source>Print the plan&apos;s status report for the municipal council</source>
        <translation>Skriv ut statusrapporten for planen til kommunestyret</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Ingen nylig brukte filer</translation>
    </message>
    <message>
        <source>Open an action-plan file</source>
        <translation>Åpne en handlingsplanfil</translation>
    </message>
    <message>
        <source>Action-plan files (*.handlingsplan *.db *.sqlite);;All files (*)</source>
        <translation>Handlingsplanfiler (*.handlingsplan *.db *.sqlite);;Alle filer (*)</translation>
    </message>
    <message>
        <source>New action-plan file</source>
        <translation>Ny handlingsplanfil</translation>
    </message>
    <message>
        <source>Action-plan files (*.handlingsplan)</source>
        <translation>Handlingsplanfiler (*.handlingsplan)</translation>
    </message>
    <message>
        <source>Cannot create the file</source>
        <translation>Kan ikke opprette filen</translation>
    </message>
    <message>
        <source>“%1” already exists. Open it with File → Open, or choose another name.</source>
        <translation>«%1» finnes allerede. Åpne den med Fil → Åpne, eller velg et annet navn.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Lagre en kopi</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>Kan ikke lagre en kopi</translation>
    </message>
    <message>
        <source>Saved a copy as “%1”.</source>
        <translation>Lagret en kopi som «%1».</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Gjenopprett fra sikkerhetskopi</translation>
    </message>
    <message>
        <source>“%1” has no backups yet. A backup is saved the first time the file is opened each day, and before every upgrade.</source>
        <translation>«%1» har ingen sikkerhetskopier ennå. En sikkerhetskopi lagres første gang filen åpnes hver dag, og før hver oppgradering.</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Kan ikke gjenopprette sikkerhetskopien</translation>
    </message>
    <message>
        <source>Restored the backup. The plans as they were just before are in a new backup: restore that one to go back.</source>
        <translation>Sikkerhetskopien er gjenopprettet. Planene slik de var like før, ligger i en ny sikkerhetskopi: gjenopprett den for å gå tilbake.</translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>Koble til &amp;server …</translation>
    </message>
    <message>
        <source>Work on the plans on your network&apos;s server, together with the other municipalities</source>
        <translation>Arbeid med planene på nettverkets server, sammen med de andre kommunene</translation>
    </message>
    <message>
        <source>Published the plan as a website in “%1”.</source>
        <translation>Publiserte planen som nettsted i «%1».</translation>
    </message>
    <message>
        <source>P&amp;ublish as website…</source>
        <translation>P&amp;ubliser som nettsted …</translation>
    </message>
    <message>
        <source>Write the plan as a website for residents: a folder of pages to open from disk or copy to a web server</source>
        <translation>Skriv planen som et nettsted for innbyggerne: en mappe med sider som kan åpnes fra disken eller kopieres til en webserver</translation>
    </message>
</context>
<context>
    <name>FileStatus</name>
    <message>
        <source>Action Plans</source>
        <translation>Handlingsplaner</translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation>Ingen fil er åpen.</translation>
    </message>
    <message>
        <source>“%1” is open read-only: you can read, filter, export and print its plans, but not change them. To edit, ask for write access to the file and its folder, or save a copy (File → Save a copy…) and open that.</source>
        <translation>«%1» er åpnet skrivebeskyttet: du kan lese, filtrere, eksportere og skrive ut planene, men ikke endre dem. For å redigere må du be om skrivetilgang til filen og mappen, eller lagre en kopi (Fil → Lagre en kopi …) og åpne den.</translation>
    </message>
    <message>
        <source>%1 (read-only) – Action Plans</source>
        <translation>%1 (skrivebeskyttet) – Handlingsplaner</translation>
    </message>
    <message>
        <source>%1 – Action Plans</source>
        <translation>%1 – Handlingsplaner</translation>
    </message>
    <message>
        <source>%1 (read-only: changes cannot be saved)</source>
        <translation>%1 (skrivebeskyttet: endringer kan ikke lagres)</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>denne datamaskinen</translation>
    </message>
    <message>
        <source>%1 on %2 – Action Plans</source>
        <translation>%1 på %2 – Handlingsplaner</translation>
    </message>
    <message>
        <source>Server: %1, as %2</source>
        <translation>Server: %1, som %2</translation>
    </message>
    <message>
        <source>%1 (offline copy) – Action Plans</source>
        <translation>%1 (frakoblet kopi) – Handlingsplaner</translation>
    </message>
</context>
<context>
    <name>FocusAreaDelegate</name>
    <message>
        <source>(no focus area)</source>
        <translation>(uten innsatsområde)</translation>
    </message>
</context>
<context>
    <name>FocusAreaRadarChart</name>
    <message>
        <source>Network average</source>
        <translation>Nettverkets snitt</translation>
    </message>
    <message>
        <source>Mean progress per focus area: %1 and the network</source>
        <translation>Gjennomsnittlig framdrift per innsatsområde: %1 og nettverket</translation>
    </message>
    <message>
        <source>Mean progress per focus area</source>
        <translation>Gjennomsnittlig fremdrift per innsatsområde</translation>
    </message>
</context>
<context>
    <name>GrantDialog</name>
    <message>
        <source>Grant</source>
        <translation>Tilskudd</translation>
    </message>
    <message>
        <source>New grant</source>
        <translation>Nytt tilskudd</translation>
    </message>
    <message>
        <source> kr</source>
        <translation> kr</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>ikke kjent</translation>
    </message>
    <message>
        <source>Report due on</source>
        <translation>Rapport innen</translation>
    </message>
    <message>
        <source>Report sent</source>
        <translation>Rapport sendt</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Ordning:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Beløp:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Merknad:</translation>
    </message>
    <message>
        <source>Name the programme the grant comes from.</source>
        <translation>Oppgi ordningen tilskuddet kommer fra.</translation>
    </message>
</context>
<context>
    <name>GrantModel</name>
    <message>
        <source>%1 (sent)</source>
        <translation>%1 (sendt)</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Ordning</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Report due</source>
        <translation>Rapportfrist</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>About Action Plans</source>
        <translation>Om Handlingsplaner</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Action Plans %1&lt;/h3&gt;&lt;p&gt;Plastic-smart, circular and climate action plans for Norwegian municipalities, kept offline in one SQLite file.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2, SQLite %3, QCustomPlot %4 and libxlsxwriter %5.&lt;/p&gt;&lt;p&gt;Municipalities and counties © Kartverket; population © Statistisk sentralbyrå (table 07459); both CC BY 4.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Handlingsplaner %1&lt;/h3&gt;&lt;p&gt;Handlingsplaner for plastsmart, sirkulær og klimavennlig omstilling i norske kommuner, lagret frakoblet i én SQLite-fil.&lt;/p&gt;&lt;p&gt;Lisens: GNU General Public License, versjon 3 eller senere.&lt;/p&gt;&lt;p&gt;Laget med Qt %2, SQLite %3, QCustomPlot %4 og libxlsxwriter %5.&lt;/p&gt;&lt;p&gt;Kommuner og fylker © Kartverket; folketall © Statistisk sentralbyrå (tabell 07459); begge CC BY 4.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Brukerveiledning</translation>
    </message>
    <message>
        <source>&amp;Welcome…</source>
        <translation>&amp;Velkommen …</translation>
    </message>
    <message>
        <source>&amp;About Action Plans</source>
        <translation>&amp;Om Handlingsplaner</translation>
    </message>
</context>
<context>
    <name>ImportPlanFileCommand</name>
    <message>
        <source>Import plan file “%1”</source>
        <translation>Importer planfilen «%1»</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>New: added</source>
        <translation>Ny: legges til</translation>
    </message>
    <message>
        <source>In the file already: updated</source>
        <translation>Finnes i filen: oppdateres</translation>
    </message>
    <message>
        <source>In the file already: left alone</source>
        <translation>Finnes i filen: uendret</translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation>Importer «%1»</translation>
    </message>
    <message>
        <source>Importing “%1” would change this file as follows. Plans, measures and indicators the file holds already (same UUID) are updated, not copied.</source>
        <translation>Å importere «%1» vil endre denne filen slik. Planer, tiltak og indikatorer som allerede finnes i filen (samme UUID), oppdateres og kopieres ikke.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Lagt til</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Endret</translation>
    </message>
    <message>
        <source>Left alone</source>
        <translation>Uendret</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Planer</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Hva som skjer</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <source>Nothing was imported</source>
        <translation>Ingenting ble importert</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n problem(s); the first %2 are listed. Fix them in the spreadsheet and import again: nothing is imported until every row is right.</source>
        <translation>
            <numerusform>«%1» har %n problem; de første %2 er listet opp. Rett dem i regnearket og importer på nytt: ingenting importeres før alle radene er riktige.</numerusform>
            <numerusform>«%1» har %n problemer; de første %2 er listet opp. Rett dem i regnearket og importer på nytt: ingenting importeres før alle radene er riktige.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n problem(s). Fix them in the spreadsheet and import again: nothing is imported until every row is right.</source>
        <translation>
            <numerusform>«%1» har %n problem. Rett det i regnearket og importer på nytt: ingenting importeres før alle radene er riktige.</numerusform>
            <numerusform>«%1» har %n problemer. Rett dem i regnearket og importer på nytt: ingenting importeres før alle radene er riktige.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy list</source>
        <translation>&amp;Kopier listen</translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <source>on track</source>
        <translation>i rute</translation>
    </message>
    <message>
        <source>behind the trajectory</source>
        <translation>bak banen mot målet</translation>
    </message>
    <message>
        <source>no target or no measurement yet</source>
        <translation>mangler mål eller måling</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Målt</translation>
    </message>
    <message>
        <source>Trajectory to the target</source>
        <translation>Bane mot målet</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Mål %1</translation>
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
        <translation>Utgangspunkt</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>latest measured %1 in %2;</source>
        <translation>sist målt %1 i %2;</translation>
    </message>
    <message>
        <source>target %1 by %2;</source>
        <translation>mål %1 innen %2;</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
</context>
<context>
    <name>IndicatorEditor</name>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Lagre endringene</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>ikke oppgitt</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>&amp;New indicator</source>
        <translation>&amp;Ny indikator</translation>
    </message>
    <message>
        <source>&amp;Delete indicator</source>
        <translation>&amp;Slett indikator</translation>
    </message>
    <message>
        <source>Add &amp;year</source>
        <translation>Legg til &amp;år</translation>
    </message>
    <message>
        <source>Delete y&amp;ear</source>
        <translation>Slett å&amp;r</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Retning:</translation>
    </message>
    <message>
        <source>&amp;Baseline (year, value):</source>
        <translation>&amp;Utgangspunkt (år, verdi):</translation>
    </message>
    <message>
        <source>&amp;Target (year, value):</source>
        <translation>&amp;Mål (år, verdi):</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>K&amp;ilde:</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>Ny indikator</translation>
    </message>
    <message>
        <source>Measured values by year</source>
        <translation>Målte verdier per år</translation>
    </message>
    <message>
        <source>Baseline value</source>
        <translation>Verdi i utgangsåret</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Målverdi</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation>Utgangsår</translation>
    </message>
    <message>
        <source>Target year</source>
        <translation>Målår</translation>
    </message>
</context>
<context>
    <name>JointProjectChart</name>
    <message>
        <source>Mean progress per member: %1</source>
        <translation>Gjennomsnittlig fremdrift per medlem: %1</translation>
    </message>
    <message>
        <source>Mean progress of the member&apos;s measures in the project (%)</source>
        <translation>Gjennomsnittlig fremdrift for medlemmets tiltak i prosjektet (%)</translation>
    </message>
    <message>
        <source>Mean progress</source>
        <translation>Gjennomsnittlig fremdrift</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 of %n done</source>
        <translation>
            <numerusform>%1 · %2 av %n gjennomført</numerusform>
            <numerusform>%1 · %2 av %n gjennomført</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n measure(s) in the project, %2 done, mean progress %3</source>
        <translation>
            <numerusform>%1: %n tiltak i prosjektet, %2 gjennomført, gjennomsnittlig fremdrift %3</numerusform>
            <numerusform>%1: %n tiltak i prosjektet, %2 gjennomført, gjennomsnittlig fremdrift %3</numerusform>
        </translation>
    </message>
    <message>
        <source>No member takes part yet.</source>
        <translation>Ingen medlemmer er med ennå.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) in the project, mean progress from %1 to %2.</source>
        <translation>
            <numerusform>%n medlem i prosjektet, gjennomsnittlig fremdrift fra %1 til %2.</numerusform>
            <numerusform>%n medlemmer i prosjektet, gjennomsnittlig fremdrift fra %1 til %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gjennomført</translation>
    </message>
    <message>
        <source>Mean progress per member</source>
        <translation>Gjennomsnittlig fremdrift per medlem</translation>
    </message>
</context>
<context>
    <name>JointProjectModel</name>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fremdrift</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
</context>
<context>
    <name>JointProjectStore</name>
    <message>
        <source>A joint project needs a name.</source>
        <translation>Et fellesprosjekt må ha et navn.</translation>
    </message>
    <message>
        <source>The network has a joint project called “%1” already.</source>
        <translation>Nettverket har allerede et fellesprosjekt som heter «%1».</translation>
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
        <translation>Engelsk</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>&amp;System (%1)</source>
        <translation>&amp;Systemets (%1)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cannot open the file</source>
        <translation>Kan ikke åpne filen</translation>
    </message>
    <message>
        <source>&lt;opened file&gt;</source>
        <translation>&lt;åpnet fil&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Angrehistorikk</translation>
    </message>
</context>
<context>
    <name>MeasureDetailsPane</name>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beskrivelse</translation>
    </message>
    <message>
        <source>&amp;Funding source</source>
        <translation>&amp;Finansieringskilde</translation>
    </message>
    <message>
        <source>Progress history</source>
        <translation>Fremdriftshistorikk</translation>
    </message>
    <message>
        <source>Record progress…</source>
        <translation>Registrer fremdrift …</translation>
    </message>
    <message>
        <source>Add a progress update and move the measure&apos;s status and progress with it (Ctrl+Shift+P)</source>
        <translation>Legg til en fremdriftsoppdatering og oppdater tiltakets status og fremdrift (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Endringer</translation>
    </message>
    <message>
        <source>No measure chosen</source>
        <translation>Ingen tiltak valgt</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Ansvarlig: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No owner yet</source>
        <translation>Ingen ansvarlig ennå</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Tilskudd</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Legg til …</translation>
    </message>
    <message>
        <source>Record a grant that funds this measure</source>
        <translation>Registrer et tilskudd som finansierer tiltaket</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Endre …</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Copied from %1: %2</source>
        <translation>Kopiert fra %1: %2</translation>
    </message>
    <message>
        <source>&amp;Joint project:</source>
        <translation>&amp;Fellesprosjekt:</translation>
    </message>
    <message>
        <source>The network&apos;s joint project this measure is part of, if any</source>
        <translation>Fellesprosjektet i nettverket som tiltaket er en del av, om noe</translation>
    </message>
    <message>
        <source>&amp;Indicator it moves:</source>
        <translation>&amp;Indikator tiltaket skal påvirke:</translation>
    </message>
    <message>
        <source>The plan&apos;s indicator this measure is meant to move, shown on its page on the website</source>
        <translation>Indikatoren i planen som tiltaket skal påvirke; vises på tiltakets side på nettstedet</translation>
    </message>
</context>
<context>
    <name>MeasureExport</name>
    <message>
        <source>Code</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation>Innsatsområde</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fremdrift</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <source>Deadlines: %1</source>
        <translation>Frister: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Plan: %1 (%2 municipality)</source>
        <translation>Plan: %1 (%2 kommune)</translation>
    </message>
    <message>
        <source>Deadline as written in the plan: %1</source>
        <translation>Frist slik den står i planen: %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Ansvarlig: %1</translation>
    </message>
    <message>
        <source>Status: %1, progress %2 %</source>
        <translation>Status: %1, fremdrift %2 %</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Frist: %1</translation>
    </message>
</context>
<context>
    <name>MeasureImport</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Filen kan ikke leses: %1</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>Filen er tom: den har ingen overskriftsrad.</translation>
    </message>
    <message>
        <source>“%1” names the same column as “%2” before it.</source>
        <translation>«%1» er samme kolonne som «%2» før den.</translation>
    </message>
    <message>
        <source>The header row has no title column: name one “tiltak”, “tittel” or “title”.</source>
        <translation>Overskriftsraden har ingen kolonne for tittel: kall en av dem «tiltak», «tittel» eller «title».</translation>
    </message>
    <message>
        <source>The measure has no title.</source>
        <translation>Tiltaket har ingen tittel.</translation>
    </message>
    <message>
        <source>“%1” is not a status: write one of %2.</source>
        <translation>«%1» er ikke en status: skriv en av %2.</translation>
    </message>
    <message>
        <source>“%1” is not a progress: write a share from 0 to 100 %, e.g. 40 % or 0,4.</source>
        <translation>«%1» er ikke en fremdrift: skriv en andel fra 0 til 100 %, f.eks. 40 % eller 0,4.</translation>
    </message>
    <message>
        <source>“%1” is not a priority: write high, medium or low.</source>
        <translation>«%1» er ikke en prioritet: skriv høy, middels eller lav.</translation>
    </message>
    <message>
        <source>“%1” is not an amount in kroner: write e.g. 150 000 or kr 15 000,50.</source>
        <translation>«%1» er ikke et beløp i kroner: skriv f.eks. 150 000 eller kr 15 000,50.</translation>
    </message>
    <message>
        <source>The file is %1; files of more than %2 are not imported.</source>
        <translation>Filen er på %1; filer på mer enn %2 importeres ikke.</translation>
    </message>
</context>
<context>
    <name>MeasureLinkRow</name>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
</context>
<context>
    <name>MeasureRows</name>
    <message>
        <source>There is no plan with id %1.</source>
        <translation>Det finnes ingen plan med id %1.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Linje %1: %2</translation>
    </message>
</context>
<context>
    <name>MeasureStore</name>
    <message>
        <source>Cannot read the measures: %1</source>
        <translation>Kan ikke lese tiltakene: %1</translation>
    </message>
</context>
<context>
    <name>MeasureTableModel</name>
    <message>
        <source>Overdue: the deadline %1 has passed.</source>
        <translation>Forfalt: fristen %1 er passert.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation>Innsatsområde</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fremdrift</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>“%1” is not an amount in kroner.</source>
        <translation>«%1» er ikke et beløp i kroner.</translation>
    </message>
    <message>
        <source>That focus area belongs to another plan.</source>
        <translation>Det innsatsområdet hører til en annen plan.</translation>
    </message>
</context>
<context>
    <name>MeasuresPane</name>
    <message>
        <source>Filter by code, title, description or owner</source>
        <translation>Filtrer på nummer, tittel, beskrivelse eller ansvarlig</translation>
    </message>
    <message>
        <source>Filter measures</source>
        <translation>Filtrer tiltak</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statuser</translation>
    </message>
    <message>
        <source>All focus areas</source>
        <translation>Alle innsatsområder</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle ansvarlige</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n measure(s) shown</source>
        <translation>
            <numerusform>Viser %1 av %n tiltak</numerusform>
            <numerusform>Viser %1 av %n tiltak</numerusform>
        </translation>
    </message>
    <message>
        <source>All measures</source>
        <translation>Alle tiltak</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Forfalte</translation>
    </message>
    <message>
        <source>Deadline within %1 days</source>
        <translation>Frist innen %1 dager</translation>
    </message>
    <message>
        <source>No update for %1 months</source>
        <translation>Ingen oppdatering på %1 måneder</translation>
    </message>
    <message>
        <source>Overdue: the deadline has passed and the measure is neither done nor cancelled</source>
        <translation>Forfalt: fristen er passert, og tiltaket er verken gjennomført eller avlyst</translation>
    </message>
    <message>
        <source>Grant report due</source>
        <translation>Tilskuddsrapport forfaller</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer på status</translation>
    </message>
    <message>
        <source>Filter by focus area</source>
        <translation>Filtrer på innsatsområde</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>Filtrer på ansvarlig</translation>
    </message>
    <message>
        <source>Show measures that need attention</source>
        <translation>Vis tiltak som trenger oppfølging</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Tiltak</translation>
    </message>
</context>
<context>
    <name>MemberIndicatorChart</name>
    <message>
        <source>%1 per %L2 inhabitants</source>
        <translation>%1 per %L2 innbyggere</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Siste verdi</translation>
    </message>
    <message>
        <source>The member&apos;s own target</source>
        <translation>Medlemmets eget mål</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>ikke målt</translation>
    </message>
    <message>
        <source>Network target %1</source>
        <translation>Nettverkets mål %1</translation>
    </message>
    <message>
        <source>%1 does not measure this.</source>
        <translation>%1 måler ikke dette.</translation>
    </message>
    <message>
        <source>%1: %2 (target %3)</source>
        <translation>%1: %2 (mål %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n member(s) measure it.</source>
        <translation>
            <numerusform>%1: %2 av %n medlem måler den.</numerusform>
            <numerusform>%1: %2 av %n medlemmer måler den.</numerusform>
        </translation>
    </message>
    <message>
        <source>The network&apos;s target is %1.</source>
        <translation>Nettverkets mål er %1.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <source>Own target</source>
        <translation>Eget mål</translation>
    </message>
    <message>
        <source>Shared indicator per member</source>
        <translation>Felles indikator per medlem</translation>
    </message>
</context>
<context>
    <name>MemberProgressChart</name>
    <message>
        <source>Done and overdue per member</source>
        <translation>Gjennomført og forfalt per medlem</translation>
    </message>
    <message>
        <source>Share of the measures not cancelled (%)</source>
        <translation>Andel av tiltakene som ikke er avlyst (%)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gjennomført</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 av %3)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Forfalte</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n forfalt</numerusform>
            <numerusform>%n forfalt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3 measures done, %4 overdue, mean progress %5</source>
        <translation>%1: %2 av %3 tiltak gjennomført, %4 forfalt, gjennomsnittlig framdrift %5</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s): together %1 of %2 measures done, %3 overdue.</source>
        <translation>
            <numerusform>%n medlem: %1 av %2 tiltak gjennomført, %3 forfalt.</numerusform>
            <numerusform>%n medlemmer: til sammen %1 av %2 tiltak gjennomført, %3 forfalt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Share done</source>
        <translation>Andel gjennomført</translation>
    </message>
    <message>
        <source>Mean progress</source>
        <translation>Gjennomsnittlig fremdrift</translation>
    </message>
</context>
<context>
    <name>MunicipalityStore</name>
    <message>
        <source>The list of municipalities is missing from the app: %1</source>
        <translation>Kommunelisten mangler i programmet: %1</translation>
    </message>
    <message>
        <source>Cannot add the municipality %1: %2</source>
        <translation>Kan ikke legge til kommune %1: %2</translation>
    </message>
</context>
<context>
    <name>NationalData</name>
    <message>
        <source>The generated deadline “%1” is not one.</source>
        <translation>Den genererte fristen «%1» er ikke en gyldig frist.</translation>
    </message>
    <message>
        <source>Generated for trying the app at national scale.</source>
        <translation>Generert for å prøve programmet i nasjonal skala.</translation>
    </message>
    <message>
        <source>The file holds plans already; generated plans are only written to a new file.</source>
        <translation>Filen har allerede planer; genererte planer skrives bare til en ny fil.</translation>
    </message>
    <message>
        <source>There is no municipality with id %1.</source>
        <translation>Det finnes ingen kommune med id %1.</translation>
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
        <translation>Alle kommuner</translation>
    </message>
    <message>
        <source>%1 (sample data)</source>
        <translation>%1 (eksempeldata)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n measure(s), %2 % done</source>
        <translation>
            <numerusform>%1: %n tiltak, %2 % gjennomført</numerusform>
            <numerusform>%1: %n tiltak, %2 % gjennomført</numerusform>
        </translation>
    </message>
    <message>
        <source>Network, municipality, plan</source>
        <translation>Nettverk, kommune, plan</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>share of measures done, a narrow column</comment>
        <translation>Utført</translation>
    </message>
</context>
<context>
    <name>NavigatorPane</name>
    <message>
        <source>Find a municipality, network or plan</source>
        <translation>Finn en kommune, et nettverk eller en plan</translation>
    </message>
    <message>
        <source>Find in the navigator</source>
        <translation>Søk i navigatoren</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Ny plan</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Gi nytt navn</translation>
    </message>
    <message>
        <source>Delete plan…</source>
        <translation>Slett plan …</translation>
    </message>
    <message>
        <source>Properties…</source>
        <translation>Egenskaper …</translation>
    </message>
    <message>
        <source>Networks, municipalities and plans</source>
        <translation>Nettverk, kommuner og planer</translation>
    </message>
</context>
<context>
    <name>NetworkActions</name>
    <message>
        <source>Exported the comparison to “%1”.</source>
        <translation>Eksporterte sammenligningen til «%1».</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Nettverk</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>Eksporter sammenligningen</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbeidsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <source>Choose the member whose summary to export in the table first.</source>
        <translation>Velg først i tabellen medlemmet du vil eksportere sammendraget til.</translation>
    </message>
    <message>
        <source>Saved the summary of %1 as “%2”: send it to the network&apos;s coordinator.</source>
        <translation>Lagret sammendraget for %1 som «%2»: send det til nettverkets koordinator.</translation>
    </message>
    <message>
        <source>Summary %1 %2</source>
        <translation>Sammendrag %1 %2</translation>
    </message>
    <message>
        <source>Export the member&apos;s summary</source>
        <translation>Eksporter medlemmets sammendrag</translation>
    </message>
    <message>
        <source>Member summary (*.json)</source>
        <translation>Medlemssammendrag (*.json)</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Kan ikke lese «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot import “%1”: %2</source>
        <translation>Kan ikke importere «%1»: %2</translation>
    </message>
    <message>
        <source>Imported the summary of %1 made on %2.</source>
        <translation>Importerte sammendraget for %1 laget %2.</translation>
    </message>
    <message>
        <source>Import a member&apos;s summary</source>
        <translation>Importer et medlems sammendrag</translation>
    </message>
    <message>
        <source>No member of the network has a plan in this file to share.</source>
        <translation>Ingen medlemmer i nettverket har en plan i denne filen som kan deles.</translation>
    </message>
    <message>
        <source>The network bundle was not saved: %1</source>
        <translation>Nettverkspakken ble ikke lagret: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n plan(s) of the members as “%1”.</source>
        <translation>
            <numerusform>Lagret %n plan fra medlemmene som «%1».</numerusform>
            <numerusform>Lagret %n planer fra medlemmene som «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the network bundle</source>
        <translation>Eksporter nettverkspakken</translation>
    </message>
    <message>
        <source>Plan file (*.json)</source>
        <translation>Planfil (*.json)</translation>
    </message>
    <message>
        <source>Add joint project</source>
        <translation>Legg til fellesprosjekt</translation>
    </message>
    <message>
        <source>Name of the joint project:</source>
        <translation>Navn på fellesprosjektet:</translation>
    </message>
    <message>
        <source>Rename joint project</source>
        <translation>Gi fellesprosjektet nytt navn</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nytt navn:</translation>
    </message>
    <message>
        <source>Remove joint project</source>
        <translation>Fjern fellesprosjekt</translation>
    </message>
    <message numerus="yes">
        <source>Remove “%1”? %n measure(s) of the members take part in it; they stay in their plans, only the link goes. You can undo this with Edit → Undo.</source>
        <translation>
            <numerusform>Fjerne «%1»? %n av medlemmenes tiltak er med i det; tiltaket blir i planen sin, bare koblingen forsvinner. Du kan angre med Rediger → Angre.</numerusform>
            <numerusform>Fjerne «%1»? %n av medlemmenes tiltak er med i det; tiltakene blir i planene sine, bare koblingen forsvinner. Du kan angre med Rediger → Angre.</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web page for screen readers (*.html)</source>
        <translation>Nettside for skjermlesere (*.html)</translation>
    </message>
    <message>
        <source>Published the network as a website in “%1”.</source>
        <translation>Publiserte nettverket som nettsted i «%1».</translation>
    </message>
</context>
<context>
    <name>NetworkCompareModel</name>
    <message>
        <source>From the summary %1 sent, made on %2</source>
        <translation>Fra sammendraget %1 sendte, laget %2</translation>
    </message>
    <message>
        <source>%1 does not measure this.</source>
        <translation>%1 måler ikke dette.</translation>
    </message>
    <message>
        <source>Latest: %1 %2 (%3)</source>
        <translation>Siste: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Target: %1 %2 (%3)</source>
        <translation>Mål: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Compared per %L1 inhabitants (population %L2).</source>
        <translation>Sammenlignet per %L1 innbyggere (folketall %L2).</translation>
    </message>
    <message>
        <source>%1 (summary)</source>
        <translation>%1 (sammendrag)</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n plan</numerusform>
            <numerusform>%n planer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (target %2)</source>
        <translation>%1 (mål %2)</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Planer</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gjennomført</translation>
    </message>
    <message>
        <source>Mean progress</source>
        <translation>Gjennomsnittlig fremdrift</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Forfalte</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Sist oppdatert</translation>
    </message>
    <message>
        <source>%1 (%2 per %L3 inhabitants)</source>
        <translation>%1 (%2 per %L3 innbyggere)</translation>
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
        <translation>Dette er ikke et medlemssammendrag fra Handlingsplaner.</translation>
    </message>
    <message>
        <source>The summary was made by a newer version of Action Plans (format version %1).</source>
        <translation>Sammendraget er laget av en nyere versjon av Handlingsplaner (formatversjon %1).</translation>
    </message>
    <message>
        <source>The summary does not say on which day it was made (“made”).</source>
        <translation>Sammendraget sier ikke hvilken dag det ble laget («made»).</translation>
    </message>
    <message>
        <source>“%1” is not a municipality number (“municipalityNumber”).</source>
        <translation>«%1» er ikke et kommunenummer («municipalityNumber»).</translation>
    </message>
    <message>
        <source>“%1” is not a kind of plan (“planKind”).</source>
        <translation>«%1» er ikke en plantype («planKind»).</translation>
    </message>
    <message>
        <source>“%1: %2” is not a count of measures by status (“statusCounts”).</source>
        <translation>«%1: %2» er ikke et antall tiltak per status («statusCounts»).</translation>
    </message>
    <message>
        <source>An indicator of the summary has no name.</source>
        <translation>En indikator i sammendraget mangler navn.</translation>
    </message>
    <message>
        <source>The summary is not valid JSON (line %1, column %2): %3.</source>
        <translation>Sammendraget er ikke gyldig JSON (linje %1, kolonne %2): %3.</translation>
    </message>
    <message>
        <source>%1 has no plan of this kind in the file to summarise.</source>
        <translation>%1 har ingen plan av denne typen i filen å lage sammendrag av.</translation>
    </message>
    <message>
        <source>The file has no municipality numbered %1.</source>
        <translation>Filen har ingen kommune med nummer %1.</translation>
    </message>
</context>
<context>
    <name>NetworkPane</name>
    <message>
        <source>&amp;Compare plans of kind:</source>
        <translation>&amp;Sammenlign planer av typen:</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <source>&amp;Export table</source>
        <translation>&amp;Eksporter tabell</translation>
    </message>
    <message>
        <source>As CSV (Excel, semicolons)…</source>
        <translation>Som CSV (Excel, semikolon) …</translation>
    </message>
    <message>
        <source>As Excel workbook (.xlsx)…</source>
        <translation>Som Excel-arbeidsbok (.xlsx) …</translation>
    </message>
    <message>
        <source>Member &amp;summaries</source>
        <translation>Medlemss&amp;ammendrag</translation>
    </message>
    <message>
        <source>Import a member&apos;s summary…</source>
        <translation>Importer et medlems sammendrag …</translation>
    </message>
    <message>
        <source>Export the chosen member&apos;s summary…</source>
        <translation>Eksporter sammendraget for valgt medlem …</translation>
    </message>
    <message>
        <source>Done and overdue</source>
        <translation>Gjennomført og forfalt</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>Innsatsområder</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indikator:</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Medlem:</translation>
    </message>
    <message>
        <source>The members share no indicator: give the same indicator the same name in their plans to compare it here.</source>
        <translation>Medlemmene har ingen felles indikator: gi samme indikator samme navn i planene for å sammenligne den her.</translation>
    </message>
    <message>
        <source>No member of this network has a plan of this kind in the file, and no summary from a member has been imported. Choose another kind of plan, or import the summaries the members send (Member summaries → Import).</source>
        <translation>Ingen medlemmer i dette nettverket har en plan av denne typen i filen, og ingen sammendrag fra medlemmer er importert. Velg en annen plantype, eller importer sammendragene medlemmene sender (Medlemssammendrag → Importer).</translation>
    </message>
    <message>
        <source>Joint projects</source>
        <translation>Fellesprosjekter</translation>
    </message>
    <message>
        <source>&amp;Joint project:</source>
        <translation>&amp;Fellesprosjekt:</translation>
    </message>
    <message>
        <source>No member&apos;s measure takes part in this project yet. Choose the project in a measure&apos;s details (Joint project) to add it.</source>
        <translation>Ingen av medlemmenes tiltak er med i dette prosjektet ennå. Velg prosjektet i tiltaksdetaljene (Fellesprosjekt) for å legge det til.</translation>
    </message>
    <message>
        <source>Network bundle: every member&apos;s plans as one plan file (.json)…</source>
        <translation>Nettverkspakke: alle medlemmenes planer som én planfil (.json) …</translation>
    </message>
    <message>
        <source>For the members to import: plans they hold already are updated, the others added</source>
        <translation>For medlemmene å importere: planer de allerede har, oppdateres, de andre legges til</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Legg til …</translation>
    </message>
    <message>
        <source>Add a joint project to the network</source>
        <translation>Legg til et fellesprosjekt i nettverket</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Gi nytt &amp;navn …</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Remove the project; its measures stay in their plans (can be undone)</source>
        <translation>Fjern prosjektet; tiltakene blir i planene sine (kan angres)</translation>
    </message>
    <message>
        <source>The network has no joint projects yet. Add one, then link members&apos; measures to it in a measure&apos;s details (Joint project).</source>
        <translation>Nettverket har ingen fellesprosjekter ennå. Legg til et, og koble medlemmenes tiltak til det i tiltaksdetaljene (Fellesprosjekt).</translation>
    </message>
    <message>
        <source>As PDF with charts…</source>
        <translation>Som PDF med diagrammer …</translation>
    </message>
    <message>
        <source>Members compared</source>
        <translation>Medlemmene sammenlignet</translation>
    </message>
    <message>
        <source>Network charts</source>
        <translation>Nettverkets diagrammer</translation>
    </message>
    <message>
        <source>Measures in the joint project</source>
        <translation>Tiltak i fellesprosjektet</translation>
    </message>
    <message>
        <source>As a web page for screen readers (.html)…</source>
        <translation>Som nettside for skjermlesere (.html) …</translation>
    </message>
    <message>
        <source>The PDF&apos;s tables and charts as one accessible page: each chart as a summary and a table of its figures</source>
        <translation>PDF-ens tabeller og diagrammer som én tilgjengelig side: hvert diagram som et sammendrag og en tabell med tallene</translation>
    </message>
    <message>
        <source>As a website for residents, with the members&apos; plans…</source>
        <translation>Som nettsted for innbyggerne, med medlemmenes planer …</translation>
    </message>
    <message>
        <source>The members compared, and each member&apos;s plan as its own site, in one folder to put on a web server</source>
        <translation>Medlemmene sammenlignet, og hvert medlems plan som eget nettsted, i én mappe å legge på en webserver</translation>
    </message>
</context>
<context>
    <name>NetworkReport</name>
    <message>
        <source>Comparison of the network&apos;s members</source>
        <translation>Sammenligning av nettverkets medlemmer</translation>
    </message>
    <message>
        <source>every kind</source>
        <translation>alle typer</translation>
    </message>
    <message>
        <source>Plans compared: %1. Figures as of %2; cancelled measures are left out of shares and means.</source>
        <translation>Planer som sammenlignes: %1. Tall per %2; avlyste tiltak er holdt utenfor andeler og snitt.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <source>No member has a plan of this kind in the file, and no summary from a member has been imported.</source>
        <translation>Ingen medlemmer har en plan av denne typen i filen, og ingen sammendrag fra medlemmer er importert.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagrammer</translation>
    </message>
    <message>
        <source>Network comparison · %1</source>
        <translation>Sammenligning i nettverket · %1</translation>
    </message>
    <message>
        <source>Figures as of %1</source>
        <translation>Tall per %1</translation>
    </message>
</context>
<context>
    <name>NetworkSite</name>
    <message>
        <source>There is no network with id %1.</source>
        <translation>Det finnes ikke noe nettverk med id %1.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <source>Accessibility statement</source>
        <translation>Tilgjengelighetserklæring</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <source>Every member&apos;s plans compared as of %1; cancelled measures are left out of shares and means.</source>
        <translation>Planene til hvert medlem sammenlignet per %1; avlyste tiltak er holdt utenfor andeler og gjennomsnitt.</translation>
    </message>
    <message>
        <source>Published plans</source>
        <translation>Publiserte planer</translation>
    </message>
    <message>
        <source>none in this file</source>
        <translation>ingen i denne filen</translation>
    </message>
    <message>
        <source>The network has no members with plans in this file.</source>
        <translation>Nettverket har ingen medlemmer med planer i denne filen.</translation>
    </message>
    <message>
        <source>Members compared</source>
        <translation>Medlemmene sammenlignet</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagrammer</translation>
    </message>
</context>
<context>
    <name>NetworkStore</name>
    <message>
        <source>Cannot add the member to the network: %1</source>
        <translation>Kan ikke legge medlemmet til i nettverket: %1</translation>
    </message>
    <message>
        <source>Cannot remove the member from the network: %1</source>
        <translation>Kan ikke fjerne medlemmet fra nettverket: %1</translation>
    </message>
    <message>
        <source>Cannot read the network&apos;s members: %1</source>
        <translation>Kan ikke lese nettverkets medlemmer: %1</translation>
    </message>
</context>
<context>
    <name>OfflineActions</name>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fremdrift</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Cost (NOK)</source>
        <translation>Kostnad (kr)</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation>Innsatsområde</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <source>Work &amp;offline…</source>
        <translation>Arbeid &amp;frakoblet …</translation>
    </message>
    <message>
        <source>Make a copy of your plans and your networks&apos; to work on without the server, and open it; File › Sync now brings the changes together again.</source>
        <translation>Lag en kopi av planene dine og planene til nettverkene dine for å arbeide uten serveren, og åpne kopien; Fil › Synkroniser nå samler endringene igjen.</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>S&amp;ynkroniser nå</translation>
    </message>
    <message>
        <source>Send this copy&apos;s changes to the server and fetch everyone else&apos;s.</source>
        <translation>Send endringene i denne kopien til serveren, og hent endringene fra alle andre.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synkroniser nå</translation>
    </message>
    <message>
        <source>Offline copy</source>
        <translation>Frakoblet kopi</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldri</translation>
    </message>
    <message numerus="yes">
        <source>Offline copy: %n change(s) to send, last synced %1</source>
        <translation>
            <numerusform>Frakoblet kopi: %n endring å sende, sist synkronisert %1</numerusform>
            <numerusform>Frakoblet kopi: %n endringer å sende, sist synkronisert %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n day(s) ago)</source>
        <translation>
            <numerusform> (for %n dag siden)</numerusform>
            <numerusform> (for %n dager siden)</numerusform>
        </translation>
    </message>
    <message>
        <source>; the server answers</source>
        <translation>; serveren svarer</translation>
    </message>
    <message>
        <source>; the server does not answer</source>
        <translation>; serveren svarer ikke</translation>
    </message>
    <message>
        <source>A copy of %1 as %2.</source>
        <translation>En kopi av %1 som %2.</translation>
    </message>
    <message>
        <source>The server answers again: File › Sync now sends your changes.</source>
        <translation>Serveren svarer igjen: Fil › Synkroniser nå sender endringene dine.</translation>
    </message>
    <message>
        <source>%1 offline.handlingsplan</source>
        <translation>%1 frakoblet.handlingsplan</translation>
    </message>
    <message>
        <source>Work offline: save the copy as</source>
        <translation>Arbeid frakoblet: lagre kopien som</translation>
    </message>
    <message>
        <source>Action-plan files (*.handlingsplan)</source>
        <translation>Handlingsplanfiler (*.handlingsplan)</translation>
    </message>
    <message>
        <source>No offline copy was made</source>
        <translation>Ingen frakoblet kopi ble laget</translation>
    </message>
    <message>
        <source>You work offline on “%1”. File › Sync now sends your changes when the server answers again.</source>
        <translation>Du arbeider frakoblet i «%1». Fil › Synkroniser nå sender endringene dine når serveren svarer igjen.</translation>
    </message>
    <message>
        <source>Nothing was synced</source>
        <translation>Ingenting ble synkronisert</translation>
    </message>
    <message numerus="yes">
        <source>Synced: %n change(s) sent</source>
        <translation>
            <numerusform>Synkronisert: %n endring sendt</numerusform>
            <numerusform>Synkronisert: %n endringer sendt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received.</source>
        <translation>
            <numerusform>%n mottatt.</numerusform>
            <numerusform>%n mottatt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait for your choice: File › Sync now again.</source>
        <translation>
            <numerusform>%n konflikt venter på valget ditt: Fil › Synkroniser nå på nytt.</numerusform>
            <numerusform>%n konflikter venter på valget ditt: Fil › Synkroniser nå på nytt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some changes were not sent</source>
        <translation>Noen endringer ble ikke sendt</translation>
    </message>
    <message>
        <source>These changes are not yours to make on the server (another municipality&apos;s plan, or the network&apos;s own data). They are kept in this copy:

%1</source>
        <translation>Du kan ikke gjøre disse endringene på serveren (det er en annen kommunes plan, eller data som hører til nettverket selv). De ligger igjen i denne kopien:

%1</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Endret</translation>
    </message>
</context>
<context>
    <name>OfflineCopy</name>
    <message>
        <source>An offline copy is made from a network&apos;s server, not from a file.</source>
        <translation>En frakoblet kopi lages fra serveren til et nettverk, ikke fra en fil.</translation>
    </message>
    <message>
        <source>“%1” exists already; make the offline copy as a new file.</source>
        <translation>«%1» finnes allerede; lag den frakoblede kopien som en ny fil.</translation>
    </message>
    <message>
        <source>“%1” is not an offline copy of a server.</source>
        <translation>«%1» er ikke en frakoblet kopi av en server.</translation>
    </message>
    <message>
        <source>An offline copy syncs with a network&apos;s server, not with a file.</source>
        <translation>En frakoblet kopi synkroniseres med serveren til et nettverk, ikke med en fil.</translation>
    </message>
    <message>
        <source>Plan “%1”</source>
        <translation>Plan «%1»</translation>
    </message>
    <message>
        <source>Measure “%1”</source>
        <translation>Tiltak «%1»</translation>
    </message>
    <message>
        <source>Focus area “%1”</source>
        <translation>Innsatsområde «%1»</translation>
    </message>
    <message>
        <source>Owner “%1”</source>
        <translation>Ansvarlig «%1»</translation>
    </message>
    <message>
        <source>Indicator “%1”</source>
        <translation>Indikator «%1»</translation>
    </message>
    <message>
        <source>Indicator value for %1</source>
        <translation>Indikatorverdi for %1</translation>
    </message>
    <message>
        <source>Progress update of %1</source>
        <translation>Fremdriftsoppdatering datert %1</translation>
    </message>
    <message>
        <source>Grant “%1”</source>
        <translation>Tilskudd «%1»</translation>
    </message>
    <message>
        <source>Network “%1”</source>
        <translation>Nettverk «%1»</translation>
    </message>
    <message>
        <source>Joint project “%1”</source>
        <translation>Fellesprosjekt «%1»</translation>
    </message>
    <message>
        <source>A row of %1</source>
        <translation>En rad i %1</translation>
    </message>
    <message>
        <source>This copy was made from another server than %1; it can only be synced with its own (%2).</source>
        <translation>Denne kopien ble laget fra en annen server enn %1; den kan bare synkroniseres med sin egen (%2).</translation>
    </message>
    <message>
        <source>The server did not take the changes: %1</source>
        <translation>Serveren tok ikke imot endringene: %1</translation>
    </message>
</context>
<context>
    <name>OutsideReload</name>
    <message>
        <source>The file was changed in another window or program; the plans shown are read again. Undo starts afresh.</source>
        <translation>Filen ble endret i et annet vindu eller program; planene som vises, er lest inn på nytt. Angre starter på nytt.</translation>
    </message>
    <message>
        <source>Plans on the server were changed by someone else; what is shown is up to date.</source>
        <translation>Noen andre har endret planer på serveren; det som vises, er oppdatert.</translation>
    </message>
</context>
<context>
    <name>PagedDocument</name>
    <message>
        <source>The report needs a page device of %1 dpi.</source>
        <translation>Rapporten trenger en sideenhet med %1 dpi.</translation>
    </message>
    <message>
        <source>The report could not be drawn.</source>
        <translation>Rapporten kunne ikke tegnes.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 av %2</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Kan ikke skrive «%1»: %2</translation>
    </message>
</context>
<context>
    <name>PaneFocus</name>
    <message>
        <source>&amp;Next pane</source>
        <translation>&amp;Neste rute</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next pane</source>
        <translation>Flytt tastaturfokus til neste rute</translation>
    </message>
    <message>
        <source>&amp;Previous pane</source>
        <translation>&amp;Forrige rute</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the previous pane</source>
        <translation>Flytt tastaturfokus til forrige rute</translation>
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
        <translation>&amp;Ny plan</translation>
    </message>
    <message>
        <source>Start a new plan for the municipality chosen in the navigator</source>
        <translation>Start en ny plan for kommunen som er valgt i navigatoren</translation>
    </message>
    <message>
        <source>New plan from &amp;template…</source>
        <translation>Ny plan fra &amp;mal …</translation>
    </message>
    <message>
        <source>Start a new plan for the municipality chosen in the navigator from a network&apos;s template or one of yours</source>
        <translation>Start en ny plan for kommunen som er valgt i navigatoren, fra en mal fra et nettverk eller en av dine egne</translation>
    </message>
    <message>
        <source>Save as te&amp;mplate…</source>
        <translation>Lagre som &amp;mal …</translation>
    </message>
    <message>
        <source>Save the focus areas and indicators of the plan, without its measures, as a template for new plans</source>
        <translation>Lagre innsatsområdene og indikatorene i planen, uten tiltakene, som en mal for nye planer</translation>
    </message>
    <message>
        <source>&amp;Rename plan</source>
        <translation>&amp;Gi planen nytt navn</translation>
    </message>
    <message>
        <source>Change the title of the plan chosen in the navigator</source>
        <translation>Endre tittelen på planen som er valgt i navigatoren</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;Egenskaper …</translation>
    </message>
    <message>
        <source>Title, kind, period, status, adoption, focus areas and owners of the plan</source>
        <translation>Planens tittel, type, periode, status, vedtak, innsatsområder og ansvarlige</translation>
    </message>
    <message>
        <source>&amp;Indicators…</source>
        <translation>&amp;Indikatorer …</translation>
    </message>
    <message>
        <source>The plan&apos;s indicators, their targets and measured values</source>
        <translation>Planens indikatorer, mål og målte verdier</translation>
    </message>
    <message>
        <source>&amp;Delete plan…</source>
        <translation>&amp;Slett plan …</translation>
    </message>
    <message>
        <source>Delete the plan chosen in the navigator with all its measures (can be undone)</source>
        <translation>Slett planen som er valgt i navigatoren, med alle tiltakene (kan angres)</translation>
    </message>
    <message>
        <source>New action plan</source>
        <translation>Ny handlingsplan</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>Slett plan</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” with its %n measure(s), their progress history and the plan&apos;s indicators? You can undo this with Edit → Undo.</source>
        <translation>
            <numerusform>Slette «%1» med %n tiltak, fremdriftshistorikken og planens indikatorer? Du kan angre med Rediger → Angre.</numerusform>
            <numerusform>Slette «%1» med %n tiltak, fremdriftshistorikken og planens indikatorer? Du kan angre med Rediger → Angre.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanCheck</name>
    <message>
        <source>There is no plan with id %1.</source>
        <translation>Det finnes ingen plan med id %1.</translation>
    </message>
    <message>
        <source>The plan has measures</source>
        <translation>Planen har tiltak</translation>
    </message>
    <message>
        <source>Every measure has an owner</source>
        <translation>Alle tiltak har en ansvarlig</translation>
    </message>
    <message>
        <source>Every measure has a deadline</source>
        <translation>Alle tiltak har en frist</translation>
    </message>
    <message>
        <source>Every measure has a status</source>
        <translation>Alle tiltak har en status</translation>
    </message>
    <message numerus="yes">
        <source>No open measure past its deadline without an update in the last %n month(s)</source>
        <translation>
            <numerusform>Ingen åpne tiltak over fristen uten oppdatering den siste måneden</numerusform>
            <numerusform>Ingen åpne tiltak over fristen uten oppdatering de siste %n månedene</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan period is given</source>
        <translation>Planperioden er oppgitt</translation>
    </message>
    <message>
        <source>At least one indicator has a baseline and a target</source>
        <translation>Minst én indikator har utgangsverdi og mål</translation>
    </message>
    <message numerus="yes">
        <source>Adopted or revised within the last %n year(s)</source>
        <translation>
            <numerusform>Vedtatt eller rullert det siste året</numerusform>
            <numerusform>Vedtatt eller rullert de siste %n årene</numerusform>
        </translation>
    </message>
    <message>
        <source>not adopted yet</source>
        <translation>ikke vedtatt ennå</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nei</translation>
    </message>
    <message>
        <source>The plan has no measures yet.</source>
        <translation>Planen har ingen tiltak ennå.</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Ingen ansvarlig</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Ingen frist</translation>
    </message>
    <message>
        <source>No known status</source>
        <translation>Ingen kjent status</translation>
    </message>
    <message>
        <source>Deadline %1 has passed; last update %2</source>
        <translation>Fristen %1 er passert; sist oppdatert %2</translation>
    </message>
    <message>
        <source>Deadline %1 has passed; never updated</source>
        <translation>Fristen %1 er passert; aldri oppdatert</translation>
    </message>
    <message>
        <source>The plan period (from and to year) is not given.</source>
        <translation>Planperioden (fra og til år) er ikke oppgitt.</translation>
    </message>
    <message>
        <source>The plan has no indicators.</source>
        <translation>Planen har ingen indikatorer.</translation>
    </message>
    <message numerus="yes">
        <source>None of the plan&apos;s %n indicator(s) has both a baseline and a target.</source>
        <translation>
            <numerusform>Planens indikator har ikke både utgangsverdi og mål.</numerusform>
            <numerusform>Ingen av planens %n indikatorer har både utgangsverdi og mål.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adopted on %1, more than %n year(s) ago: due for revision.</source>
        <translation>
            <numerusform>Vedtatt %1, for mer enn ett år siden: skal rulleres.</numerusform>
            <numerusform>Vedtatt %1, for mer enn %n år siden: skal rulleres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan is adopted, but its adoption date is not given.</source>
        <translation>Planen er vedtatt, men vedtaksdatoen er ikke oppgitt.</translation>
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
        <translation>Regel, tiltak eller funn</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
</context>
<context>
    <name>PlanCheckPane</name>
    <message>
        <source>Plan check</source>
        <translation>Plankontroll</translation>
    </message>
    <message>
        <source>Choose a plan in the navigator to check it.</source>
        <translation>Velg en plan i navigatoren for å kontrollere den.</translation>
    </message>
    <message>
        <source>Complete: %1 %</source>
        <translation>Fullstendig: %1 %</translation>
    </message>
    <message>
        <source>The plan has all that a sound plan needs: measures with owners, deadlines and statuses, a period, indicators with targets, and a recent revision.</source>
        <translation>Planen har alt en god plan trenger: tiltak med ansvarlige, frister og status, en planperiode, indikatorer med mål og en nylig rullering.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to fix before the council sees the plan. Click one to go there.</source>
        <translation>
            <numerusform>%n ting å rette før kommunestyret ser planen. Klikk på det for å gå dit.</numerusform>
            <numerusform>%n ting å rette før kommunestyret ser planen. Klikk på ett for å gå dit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan check findings</source>
        <translation>Funn i plankontrollen</translation>
    </message>
</context>
<context>
    <name>PlanExchange</name>
    <message>
        <source>Measures for Excel (*.csv)</source>
        <translation>Tiltak for Excel (*.csv)</translation>
    </message>
    <message>
        <source>Deadlines for Outlook and other calendars (*.ics)</source>
        <translation>Frister for Outlook og andre kalendere (*.ics)</translation>
    </message>
    <message>
        <source>There is no plan with id %1.</source>
        <translation>Det finnes ingen plan med id %1.</translation>
    </message>
    <message>
        <source>“%1” is the open database; choose another file.</source>
        <translation>«%1» er den åpne databasen; velg en annen fil.</translation>
    </message>
    <message>
        <source>Plan file for other municipalities and the network (*.json)</source>
        <translation>Planfil for andre kommuner og nettverket (*.json)</translation>
    </message>
    <message>
        <source>Excel workbook of measures and indicators (*.xlsx)</source>
        <translation>Excel-arbeidsbok med tiltak og indikatorer (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) cut at 32,767 characters, the most a spreadsheet cell holds; a plan file (.json) keeps every text whole.</source>
        <translation>
            <numerusform>%n tekst ble kuttet ved 32 767 tegn, det meste en regnearkcelle rommer; en planfil (.json) tar vare på all tekst.</numerusform>
            <numerusform>%n tekster ble kuttet ved 32 767 tegn, det meste en regnearkcelle rommer; en planfil (.json) tar vare på all tekst.</numerusform>
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
        <translation>mangler.</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>må være tekst.</translation>
    </message>
    <message>
        <source>must be a number.</source>
        <translation>må være et tall.</translation>
    </message>
    <message>
        <source>must be a whole number.</source>
        <translation>må være et heltall.</translation>
    </message>
    <message>
        <source>“%1” is not a date of the form YYYY-MM-DD.</source>
        <translation>«%1» er ikke en dato på formen ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>“%1” is not a UUID.</source>
        <translation>«%1» er ikke en UUID.</translation>
    </message>
    <message>
        <source>“%1” appears twice in the file.</source>
        <translation>«%1» står to ganger i filen.</translation>
    </message>
    <message>
        <source>must be a list.</source>
        <translation>må være en liste.</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>må være et objekt.</translation>
    </message>
    <message>
        <source>needs a year and a value.</source>
        <translation>trenger et år og en verdi.</translation>
    </message>
    <message>
        <source>Plans: %1 added, %2 changed, %3 unchanged. Measures: %4 added, %5 changed, %6 unchanged. Indicators: %7 added, %8 changed, %9 unchanged.</source>
        <translation>Planer: %1 lagt til, %2 endret, %3 uendret. Tiltak: %4 lagt til, %5 endret, %6 uendret. Indikatorer: %7 lagt til, %8 endret, %9 uendret.</translation>
    </message>
    <message>
        <source>There is no plan with id %1.</source>
        <translation>Det finnes ingen plan med id %1.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1.</source>
        <translation>Filen er ikke gyldig JSON: %1.</translation>
    </message>
    <message>
        <source>This is not an action-plan file (its “format” is not “%1”).</source>
        <translation>Dette er ikke en handlingsplanfil («format» er ikke «%1»).</translation>
    </message>
    <message>
        <source>The file is of version %1, written by a newer version of Action Plans; this version reads version %2. Update the app to import it.</source>
        <translation>Filen er av versjon %1, skrevet av en nyere versjon av Handlingsplaner; denne versjonen leser versjon %2. Oppdater programmet for å importere den.</translation>
    </message>
    <message>
        <source>“%1” is not a version of the format.</source>
        <translation>«%1» er ikke en versjon av formatet.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Filen kan ikke leses: %1</translation>
    </message>
    <message>
        <source>The file is %1; files of more than %2 are not imported.</source>
        <translation>Filen er på %1; filer på mer enn %2 importeres ikke.</translation>
    </message>
    <message>
        <source>The plan “%1” belongs to municipality number %2, which this file does not have.</source>
        <translation>Planen «%1» hører til kommunenummer %2, som ikke finnes i denne filen.</translation>
    </message>
    <message>
        <source>Grants: %1 added.</source>
        <translation>Tilskudd: %1 lagt til.</translation>
    </message>
</context>
<context>
    <name>PlanHeading</name>
    <message>
        <source>All measures</source>
        <translation>Alle tiltak</translation>
    </message>
    <message>
        <source>Every measure of every plan in this file</source>
        <translation>Alle tiltak i alle planene i denne filen</translation>
    </message>
    <message>
        <source>Choose a plan in the navigator</source>
        <translation>Velg en plan i navigatoren</translation>
    </message>
    <message>
        <source>%1 municipality</source>
        <translation>%1 kommune</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Sample data, not the municipality&apos;s real plan</source>
        <translation>Eksempeldata, ikke kommunens egentlige plan</translation>
    </message>
    <message>
        <source>Read only: only %1&apos;s own advisers may change this plan</source>
        <translation>Skrivebeskyttet: bare rådgiverne i %1 kan endre denne planen</translation>
    </message>
    <message>
        <source>the municipality</source>
        <translation>kommunen</translation>
    </message>
</context>
<context>
    <name>PlanPropertiesCommand</name>
    <message>
        <source>Change the properties of “%1”</source>
        <translation>Endre egenskapene til «%1»</translation>
    </message>
</context>
<context>
    <name>PlanPropertiesDialog</name>
    <message>
        <source>Plan properties – %1</source>
        <translation>Planens egenskaper – %1</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Focus areas</source>
        <translation>&amp;Innsatsområder</translation>
    </message>
    <message>
        <source>&amp;Owners</source>
        <translation>&amp;Ansvarlige</translation>
    </message>
    <message>
        <source>Adopted by the council on</source>
        <translation>Vedtatt av kommunestyret</translation>
    </message>
    <message>
        <source>e.g. 24/1234</source>
        <translation>f.eks. 24/1234</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>P&amp;eriode:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Council case number:</source>
        <translation>&amp;Saksnummer i kommunestyret:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Legg til</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytt &amp;opp</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Flytt &amp;ned</translation>
    </message>
    <message>
        <source>New focus area</source>
        <translation>Nytt innsatsområde</translation>
    </message>
    <message>
        <source>Measures belong to this focus area</source>
        <translation>Det finnes tiltak i dette innsatsområdet</translation>
    </message>
    <message>
        <source>Name or role</source>
        <translation>Navn eller rolle</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>A&amp;dd owner</source>
        <translation>Legg til a&amp;nsvarlig</translation>
    </message>
    <message>
        <source>Re&amp;move owner</source>
        <translation>Fje&amp;rn ansvarlig</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>Ny ansvarlig</translation>
    </message>
    <message>
        <source>Measures have this owner</source>
        <translation>Tiltak har denne ansvarlige</translation>
    </message>
    <message>
        <source>Owners belong to the municipality and are shared by all its plans.</source>
        <translation>Ansvarlige hører til kommunen og deles av alle kommunens planer.</translation>
    </message>
    <message>
        <source>The plan needs a title.</source>
        <translation>Planen må ha en tittel.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>Perioden slutter (%1) før den begynner (%2).</translation>
    </message>
    <message>
        <source>Every focus area needs a name.</source>
        <translation>Alle innsatsområder må ha et navn.</translation>
    </message>
    <message>
        <source>Every owner needs a name.</source>
        <translation>Alle ansvarlige må ha et navn.</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historikk</translation>
    </message>
    <message>
        <source>First year of the period</source>
        <translation>Første år i perioden</translation>
    </message>
    <message>
        <source>Last year of the period</source>
        <translation>Siste år i perioden</translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation>Vedtatt dato</translation>
    </message>
</context>
<context>
    <name>PlanSite</name>
    <message>
        <source>%1 municipality</source>
        <translation>%1 kommune</translation>
    </message>
    <message>
        <source>All measures</source>
        <translation>Alle tiltak</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation>Innsatsområde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Without a focus area</source>
        <translation>Uten innsatsområde</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>ikke oppgitt</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Plan period</source>
        <translation>Planperiode</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Vedtatt</translation>
    </message>
    <message>
        <source>not adopted</source>
        <translation>ikke vedtatt</translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation>Tall per</translation>
    </message>
    <message>
        <source>Sample data: this plan is an example that comes with the app. It is not the municipality&apos;s real plan.</source>
        <translation>Eksempeldata: denne planen er et eksempel som følger med programmet. Den er ikke kommunens egentlige plan.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message numerus="yes">
        <source>The plan has %n measure(s).</source>
        <translation>
            <numerusform>Planen har %n tiltak.</numerusform>
            <numerusform>Planen har %n tiltak.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the measures that are not cancelled are done, and the mean progress is %2.</source>
        <translation>%1 av tiltakene som ikke er avlyst, er gjennomført, og gjennomsnittlig fremdrift er %2.</translation>
    </message>
    <message>
        <source>Measures by status</source>
        <translation>Tiltak etter status</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>Innsatsområder</translation>
    </message>
    <message numerus="yes">
        <source> (%n measure(s))</source>
        <translation>
            <numerusform> (%n tiltak)</numerusform>
            <numerusform> (%n tiltak)</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan has no measures yet.</source>
        <translation>Planen har ingen tiltak ennå.</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <source>Every indicator&apos;s values</source>
        <translation>Verdiene til hver indikator</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Trenger oppfølging</translation>
    </message>
    <message>
        <source>Past their deadline (%1)</source>
        <translation>Over fristen (%1)</translation>
    </message>
    <message>
        <source>Deadlines in the next %1 days (%2)</source>
        <translation>Frister de neste %1 dagene (%2)</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagrammer</translation>
    </message>
    <message>
        <source>The plan has no indicators.</source>
        <translation>Planen har ingen indikatorer.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>ikke målt</translation>
    </message>
    <message>
        <source>cannot tell</source>
        <translation>kan ikke sies</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nei</translation>
    </message>
    <message>
        <source>Indicators against their targets</source>
        <translation>Indikatorer mot målene</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Utgangspunkt</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Siste</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>I rute</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fremdrift</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s).</source>
        <translation>
            <numerusform>%n tiltak.</numerusform>
            <numerusform>%n tiltak.</numerusform>
        </translation>
    </message>
    <message>
        <source>By focus area</source>
        <translation>Etter innsatsområde</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>Etter status</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Oppstart</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <source>Progress history</source>
        <translation>Fremdriftshistorikk</translation>
    </message>
    <message>
        <source>No progress has been recorded yet.</source>
        <translation>Ingen fremdrift er registrert ennå.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Progress history, newest first</source>
        <translation>Fremdriftshistorikk, nyeste først</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Tilskudd</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Ordning</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>On track: the latest value is at least as good as the straight line from baseline to target says it should be in its year.</source>
        <translation>I rute: den siste verdien er minst like god som den rette linjen fra utgangspunkt til mål tilsier for det året.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Kilde: %1</translation>
    </message>
    <message>
        <source>Accessibility statement</source>
        <translation>Tilgjengelighetserklæring</translation>
    </message>
    <message>
        <source>There is no plan with id %1.</source>
        <translation>Det finnes ingen plan med id %1.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <source>Reason for the status</source>
        <translation>Begrunnelse for status</translation>
    </message>
    <message>
        <source>Indicator it moves</source>
        <translation>Indikator tiltaket skal påvirke</translation>
    </message>
    <message>
        <source>Measures meant to move it:</source>
        <translation>Tiltak som skal påvirke den:</translation>
    </message>
</context>
<context>
    <name>PlanStore</name>
    <message>
        <source>Cannot read the plans: %1</source>
        <translation>Kan ikke lese planene: %1</translation>
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
        <translation>her skulle det stått en tekst.</translation>
    </message>
    <message>
        <source>a text, or texts by language (nb, nn, en), was expected.</source>
        <translation>her skulle det stått en tekst, eller tekster per språk (nb, nn, en).</translation>
    </message>
    <message>
        <source>a text is required here.</source>
        <translation>her må det stå en tekst.</translation>
    </message>
    <message>
        <source>an indicator (an object) was expected.</source>
        <translation>her skulle det stått en indikator (et objekt).</translation>
    </message>
    <message>
        <source>“%1” is not a direction (higher or lower).</source>
        <translation>«%1» er ikke en retning (higher eller lower).</translation>
    </message>
    <message>
        <source>a target is written [year, value], e.g. [2025, 50].</source>
        <translation>et mål skrives [år, verdi], for eksempel [2025, 50].</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1.</source>
        <translation>Filen er ikke gyldig JSON: %1.</translation>
    </message>
    <message>
        <source>This is not a plan template (its “format” is not “%1”).</source>
        <translation>Dette er ikke en planmal («format» er ikke «%1»).</translation>
    </message>
    <message>
        <source>The template is of version %1, written by a newer version of Action Plans; this version reads version %2.</source>
        <translation>Malen er av versjon %1, skrevet av en nyere versjon av Handlingsplaner; denne versjonen leser versjon %2.</translation>
    </message>
    <message>
        <source>version: a version number (1) was expected.</source>
        <translation>version: her skulle det stått et versjonsnummer (1).</translation>
    </message>
    <message>
        <source>“%1” is not a kind of plan (plastic_smart, circular, climate or other).</source>
        <translation>«%1» er ikke en plantype (plastic_smart, circular, climate eller other).</translation>
    </message>
    <message>
        <source>a list was expected.</source>
        <translation>her skulle det stått en liste.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Filen kan ikke leses: %1</translation>
    </message>
    <message>
        <source>The file is too large to be a plan template.</source>
        <translation>Filen er for stor til å være en planmal.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be made.</source>
        <translation>Mappen «%1» kan ikke opprettes.</translation>
    </message>
</context>
<context>
    <name>PlanTransfer</name>
    <message>
        <source>the plans could not be read back</source>
        <translation>planene kunne ikke leses tilbake</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>Progress over time</source>
        <translation>Fremdrift over tid</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Mean progress</source>
        <translation>Gjennomsnittlig fremdrift</translation>
    </message>
    <message>
        <source>Expected at an even pace</source>
        <translation>Forventet i jevnt tempo</translation>
    </message>
    <message>
        <source>No progress recorded yet.</source>
        <translation>Ingen fremdrift registrert ennå.</translation>
    </message>
    <message>
        <source>Mean progress %1 on %2.</source>
        <translation>Gjennomsnittlig fremdrift %1 per %2.</translation>
    </message>
    <message>
        <source>Expected today at an even pace: %1.</source>
        <translation>Forventet i dag i jevnt tempo: %1.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
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
        <translation>Dato</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fremdrift</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Also publish &amp;internal matter: progress notes, costs and amounts, owners&apos; names</source>
        <translation>Publiser også &amp;interne opplysninger: fremdriftsnotater, kostnader og beløp, navn på ansvarlige</translation>
    </message>
    <message>
        <source>Publish as website</source>
        <translation>Publiser som nettsted</translation>
    </message>
    <message>
        <source>“%1” as a website for residents: an overview, a page for every measure, focus area and status, the indicators with their charts, and an accessibility statement. The pages need no server and no JavaScript: open index.html from the folder, or copy the folder to the municipality&apos;s web server.</source>
        <translation>«%1» som nettsted for innbyggerne: en oversikt, en side for hvert tiltak, innsatsområde og status, indikatorene med diagrammer og en tilgjengelighetserklæring. Sidene trenger verken server eller JavaScript: åpne index.html fra mappen, eller kopier mappen til kommunens webserver.</translation>
    </message>
    <message>
        <source>Folder for the website</source>
        <translation>Mappe for nettstedet</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bla gjennom …</translation>
    </message>
    <message>
        <source>Choose the folder for the website</source>
        <translation>Velg mappen for nettstedet</translation>
    </message>
    <message>
        <source>Language of the website</source>
        <translation>Språket på nettstedet</translation>
    </message>
    <message>
        <source>The municipality&apos;s written standard</source>
        <translation>Kommunens målform</translation>
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
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>Off by default: notes are often written for colleagues, and names of persons and costs are not always meant for the public. The responsible unit, status, progress and deadlines are always published.</source>
        <translation>Av som standard: notater er ofte skrevet for kolleger, og navn på personer og kostnader er ikke alltid ment for offentligheten. Ansvarlig enhet, status, fremdrift og frister publiseres alltid.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Mappe:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publiser</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>This is not a questionnaire of Action Plans.</source>
        <translation>Dette er ikke et spørreskjema fra Handlingsplaner.</translation>
    </message>
    <message>
        <source>The question “%1” lacks an id of its own, a known strategy and role, or a text.</source>
        <translation>Spørsmålet «%1» mangler egen id, kjent strategi og rolle eller tekst.</translation>
    </message>
    <message>
        <source>A questionnaire needs five steps on its scale (0–4) and at least one question.</source>
        <translation>Et spørreskjema må ha fem trinn på skalaen (0–4) og minst ett spørsmål.</translation>
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
        <translation>Ingenting å sammenligne.</translation>
    </message>
    <message numerus="yes">
        <source>%1 against %2 on %n spoke(s): highest %3 (%4), lowest %5 (%6).</source>
        <translation>
            <numerusform>%1 mot %2 på %n område: høyest %3 (%4), lavest %5 (%6).</numerusform>
            <numerusform>%1 mot %2 på %n områder: høyest %3 (%4), lavest %5 (%6).</numerusform>
        </translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
</context>
<context>
    <name>RecordProgressCommand</name>
    <message>
        <source>Record progress</source>
        <translation>Registrer fremdrift</translation>
    </message>
</context>
<context>
    <name>RecordProgressDialog</name>
    <message>
        <source>Record progress</source>
        <translation>Registrer fremdrift</translation>
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
        <translation>Hva har skjedd siden forrige oppdatering?</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Progress:</source>
        <translation>&amp;Fremdrift:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>Publish the comment as the reason for the status</source>
        <translation>Publiser kommentaren som begrunnelse for statusen</translation>
    </message>
    <message>
        <source>Comments are internal; when this is ticked, the website for residents shows this one beside the status, for example why a measure is delayed</source>
        <translation>Kommentarer er interne; når dette er krysset av, viser nettstedet for innbyggerne denne ved siden av statusen, for eksempel hvorfor et tiltak er forsinket</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>A network needs a name.</source>
        <translation>Et nettverk må ha et navn.</translation>
    </message>
    <message>
        <source>A plan needs a title.</source>
        <translation>En plan må ha en tittel.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of plan.</source>
        <translation>«%1» er ikke en plantype.</translation>
    </message>
    <message>
        <source>“%1” is not a plan status.</source>
        <translation>«%1» er ikke en planstatus.</translation>
    </message>
    <message>
        <source>The plan period ends (%1) before it starts (%2).</source>
        <translation>Planperioden slutter (%1) før den begynner (%2).</translation>
    </message>
    <message>
        <source>A focus area needs a name.</source>
        <translation>Et innsatsområde må ha et navn.</translation>
    </message>
    <message>
        <source>An owner needs a name.</source>
        <translation>En ansvarlig må ha et navn.</translation>
    </message>
    <message>
        <source>A measure needs a title.</source>
        <translation>Et tiltak må ha en tittel.</translation>
    </message>
    <message>
        <source>“%1” is not a measure status.</source>
        <translation>«%1» er ikke en tiltaksstatus.</translation>
    </message>
    <message>
        <source>Progress must be between 0 and 100 %, not %1.</source>
        <translation>Fremdriften må være mellom 0 og 100 %, ikke %1.</translation>
    </message>
    <message>
        <source>“%1” is not a priority.</source>
        <translation>«%1» er ikke en prioritet.</translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation>Start: %1</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Frist: %1</translation>
    </message>
    <message>
        <source>A progress update needs a date.</source>
        <translation>En fremdriftsoppdatering må ha en dato.</translation>
    </message>
    <message>
        <source>An indicator needs a name.</source>
        <translation>En indikator må ha et navn.</translation>
    </message>
    <message>
        <source>“%1” is not a direction (higher or lower is better).</source>
        <translation>«%1» er ikke en retning (høyere eller lavere er bedre).</translation>
    </message>
    <message>
        <source>A grant needs the name of its programme.</source>
        <translation>Et tilskudd må ha navnet på ordningen.</translation>
    </message>
    <message>
        <source>“%1” is not a grant status.</source>
        <translation>«%1» er ikke en tilskuddsstatus.</translation>
    </message>
    <message>
        <source>A grant cannot be a negative amount.</source>
        <translation>Et tilskudd kan ikke være et negativt beløp.</translation>
    </message>
    <message>
        <source>A report record needs the time it was written and its report date.</source>
        <translation>En registrert rapport trenger tidspunktet den ble skrevet og rapportdatoen.</translation>
    </message>
    <message>
        <source>“%1” is not a report language.</source>
        <translation>«%1» er ikke et rapportspråk.</translation>
    </message>
    <message>
        <source>A member summary needs the day it was made and the time it was imported.</source>
        <translation>Et medlemssammendrag trenger dagen det ble laget og tidspunktet det ble importert.</translation>
    </message>
    <message>
        <source>A joint project needs a name.</source>
        <translation>Et fellesprosjekt må ha et navn.</translation>
    </message>
    <message>
        <source>An assessment needs the day it was made.</source>
        <translation>En vurdering må ha datoen den ble gjort.</translation>
    </message>
    <message>
        <source>The answers of an assessment are not readable.</source>
        <translation>Svarene i en vurdering kan ikke leses.</translation>
    </message>
    <message>
        <source>The answer to “%1” is not a score from 0 to 4.</source>
        <translation>Svaret på «%1» er ikke poeng fra 0 til 4.</translation>
    </message>
</context>
<context>
    <name>RemoveIndicatorCommand</name>
    <message>
        <source>Delete indicator “%1”</source>
        <translation>Slett indikator «%1»</translation>
    </message>
</context>
<context>
    <name>RemoveMeasuresCommand</name>
    <message numerus="yes">
        <source>Delete %n measure(s)</source>
        <translation>
            <numerusform>Slett %n tiltak</numerusform>
            <numerusform>Slett %n tiltak</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemovePlanCommand</name>
    <message>
        <source>Delete plan “%1”</source>
        <translation>Slett plan «%1»</translation>
    </message>
</context>
<context>
    <name>ReportData</name>
    <message>
        <source>There is no plan with id %1.</source>
        <translation>Det finnes ingen plan med id %1.</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>%1 – status report %2.pdf</source>
        <translation>%1 – statusrapport %2.pdf</translation>
    </message>
    <message>
        <source>Choose a plan first.</source>
        <translation>Velg en plan først.</translation>
    </message>
    <message>
        <source>Preview of the council report</source>
        <translation>Forhåndsvisning av rapporten til kommunestyret</translation>
    </message>
    <message>
        <source>Save the council report</source>
        <translation>Lagre rapporten til kommunestyret</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>The report was saved, but could not be recorded in the file: %1</source>
        <translation>Rapporten ble lagret, men kunne ikke registreres i filen: %1</translation>
    </message>
    <message>
        <source>Web page for screen readers (*.html)</source>
        <translation>Nettside for skjermlesere (*.html)</translation>
    </message>
    <message>
        <source>OpenDocument text, to edit in LibreOffice or Word (*.odt)</source>
        <translation>OpenDocument-tekst, til redigering i LibreOffice eller Word (*.odt)</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <source>Only &amp;open measures (leave out done and cancelled ones)</source>
        <translation>Bare å&amp;pne tiltak (utelat gjennomførte og avlyste)</translation>
    </message>
    <message>
        <source>PDF/&amp;A-1b for the archive (Noark 5)</source>
        <translation>PDF/&amp;A-1b for arkivet (Noark 5)</translation>
    </message>
    <message>
        <source>Print council report</source>
        <translation>Skriv ut rapport til kommunestyret</translation>
    </message>
    <message>
        <source>Export council report</source>
        <translation>Eksporter rapport til kommunestyret</translation>
    </message>
    <message>
        <source>The status report of “%1” for the municipal council.</source>
        <translation>Statusrapporten for «%1» til kommunestyret.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Deler</translation>
    </message>
    <message>
        <source>&amp;Summary: measures by status, overdue and upcoming deadlines</source>
        <translation>&amp;Sammendrag: tiltak etter status, passerte og kommende frister</translation>
    </message>
    <message>
        <source>&amp;Indicators against their targets</source>
        <translation>&amp;Indikatorer mot målene</translation>
    </message>
    <message>
        <source>&amp;Changes since the last report</source>
        <translation>&amp;Endringer siden forrige rapport</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Diagrammer</translation>
    </message>
    <message>
        <source>&amp;Measures by focus area</source>
        <translation>&amp;Tiltak etter innsatsområde</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Forhåndsvis …</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut …</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Lagre PDF …</translation>
    </message>
    <message>
        <source>Plan chec&amp;k: score and findings</source>
        <translation>Plan&amp;kontroll: poengsum og funn</translation>
    </message>
    <message>
        <source>Before the council sees it</source>
        <translation>Før kommunestyret ser den</translation>
    </message>
    <message>
        <source>Circular self-&amp;assessment, where the municipality has made one</source>
        <translation>Sirkulær egen&amp;vurdering, der kommunen har gjort en</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Gjenopprett fra sikkerhetskopi</translation>
    </message>
    <message>
        <source>Backups of “%1” are kept in “%2”: one a day when the file is opened, one before each upgrade and one before each restore; the newest %3 are kept.

Restoring puts the plans back as they were when the backup was made. The plans as they are now are backed up first, so you can go back by restoring that backup.</source>
        <translation>Sikkerhetskopier av «%1» ligger i «%2»: én om dagen når filen åpnes, én før hver oppgradering og én før hver gjenoppretting; de %3 nyeste beholdes.

Gjenoppretting setter planene tilbake slik de var da sikkerhetskopien ble laget. Planene slik de er nå, sikkerhetskopieres først, så du kan gå tilbake ved å gjenopprette den kopien.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Laget</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Gjenopprett</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sikkerhetskopier</translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message>
        <source>The sample data names an unknown municipality %1.</source>
        <translation>Eksempeldataene viser til en ukjent kommune %1.</translation>
    </message>
    <message>
        <source>Sample measure %1: %2</source>
        <translation>Eksempeltiltak %1: %2</translation>
    </message>
    <message>
        <source>The sample data is missing from the app: %1</source>
        <translation>Eksempeldataene mangler i programmet: %1</translation>
    </message>
    <message>
        <source>The sample data is damaged: %1</source>
        <translation>Eksempeldataene er skadet: %1</translation>
    </message>
    <message>
        <source>No translation: %1</source>
        <translation>Mangler oversettelse: %1</translation>
    </message>
    <message>
        <source>Translation of no text: %1</source>
        <translation>Oversettelse uten tekst: %1</translation>
    </message>
</context>
<context>
    <name>SaveFiles</name>
    <message>
        <source>not everything could be written (the disk may be full)</source>
        <translation>ikke alt kunne skrives (disken kan være full)</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Kan ikke skrive «%1»: %2</translation>
    </message>
</context>
<context>
    <name>ServerAccess</name>
    <message>
        <source>“%1” cannot be a user name: use lower-case letters a–z, digits and _, starting with a letter (at most 63).</source>
        <translation>«%1» kan ikke være et brukernavn: bruk små bokstaver a–z, sifre og _, og begynn med en bokstav (høyst 63).</translation>
    </message>
    <message>
        <source>No password given for “%1”.</source>
        <translation>Ingen passord oppgitt for «%1».</translation>
    </message>
    <message>
        <source>There is a user “%1” on the server already.</source>
        <translation>Det finnes allerede en bruker «%1» på serveren.</translation>
    </message>
    <message>
        <source>The server has no municipality number “%1”.</source>
        <translation>Serveren har ingen kommune med nummer «%1».</translation>
    </message>
    <message>
        <source>The server has no network with id %1.</source>
        <translation>Serveren har ikke noe nettverk med id %1.</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>“%1” is not a server address: it must begin with postgresql://.</source>
        <translation>«%1» er ikke en serveradresse: den må begynne med postgresql://.</translation>
    </message>
    <message>
        <source>“%1” is not a port number (in “%2”).</source>
        <translation>«%1» er ikke et portnummer (i «%2»).</translation>
    </message>
    <message>
        <source>“%1” is not a database name (in “%2”).</source>
        <translation>«%1» er ikke et databasenavn (i «%2»).</translation>
    </message>
    <message>
        <source>“%1=%2” is not a connection setting libpq knows (in “%3”).</source>
        <translation>«%1=%2» er ikke en tilkoblingsinnstilling libpq kjenner (i «%3»).</translation>
    </message>
</context>
<context>
    <name>ServerConnection</name>
    <message>
        <source>Cannot connect to %1: Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql).</source>
        <translation>Kan ikke koble til %1: PostgreSQL-driveren til Qt er ikke installert (Debian: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The server %1 refused it: %2</source>
        <translation>Serveren %1 avviste det: %2</translation>
    </message>
    <message>
        <source>Cannot connect to %1: the server did not accept the user name and password.</source>
        <translation>Kan ikke koble til %1: serveren godtok ikke brukernavnet og passordet.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: there is no server called “%2”; check the address.</source>
        <translation>Kan ikke koble til %1: det finnes ingen server som heter «%2»; sjekk adressen.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: no database server answers there. Is it running, and is the port right?</source>
        <translation>Kan ikke koble til %1: ingen databaseserver svarer der. Kjører den, og er porten riktig?</translation>
    </message>
    <message>
        <source>Cannot connect to %1: the server has no database “%2”.</source>
        <translation>Kan ikke koble til %1: serveren har ingen database «%2».</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Kan ikke koble til %1: %2</translation>
    </message>
</context>
<context>
    <name>ServerSetup</name>
    <message>
        <source>%1 is not an Action Plans database: it holds other tables (%2). Use an empty database.</source>
        <translation>%1 er ikke en Handlingsplaner-database: den har andre tabeller (%2). Bruk en tom database.</translation>
    </message>
    <message>
        <source>%1 is not an Action Plans database: it belongs to “%2”.</source>
        <translation>%1 er ikke en Handlingsplaner-database: den tilhører «%2».</translation>
    </message>
    <message>
        <source>%1 has version %2 of the Action Plans schema, made by a newer version of the app; this version knows %3. Update the app.</source>
        <translation>%1 har versjon %2 av Handlingsplaner-skjemaet, laget av en nyere versjon av programmet; denne versjonen kjenner %3. Oppdater programmet.</translation>
    </message>
</context>
<context>
    <name>SettingsActions</name>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Innstillinger</translation>
    </message>
    <message>
        <source>Your &amp;name…</source>
        <translation>Ditt &amp;navn …</translation>
    </message>
    <message>
        <source>The name the change history gives your edits</source>
        <translation>Navnet endringshistorikken gir endringene dine</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ditt navn</translation>
    </message>
    <message>
        <source>The change history of every measure says who made each change. Your name:</source>
        <translation>Endringshistorikken til hvert tiltak viser hvem som gjorde hver endring. Ditt navn:</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>&amp;Farger</translation>
    </message>
    <message>
        <source>&amp;System colours</source>
        <translation>&amp;Systemets farger</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Mørke</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Høy kontrast</translation>
    </message>
</context>
<context>
    <name>SiteFolder</name>
    <message>
        <source>The folder “%1” holds other files. Choose an empty folder, or the folder of an earlier publication of a plan.</source>
        <translation>Mappen «%1» inneholder andre filer. Velg en tom mappe, eller mappen til en tidligere publisering av en plan.</translation>
    </message>
    <message>
        <source>Cannot make the folder “%1”.</source>
        <translation>Kan ikke lage mappen «%1».</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Kan ikke skrive «%1»: %2</translation>
    </message>
</context>
<context>
    <name>SitePage</name>
    <message>
        <source>Skip to the content</source>
        <translation>Hopp til innholdet</translation>
    </message>
    <message>
        <source>Accessibility statement</source>
        <translation>Tilgjengelighetserklæring</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>Du er her</translation>
    </message>
    <message>
        <source>Published %1 by %2 with Handlingsplaner.</source>
        <translation>Publisert %1 av %2 med Handlingsplaner.</translation>
    </message>
    <message>
        <source>Main pages</source>
        <translation>Hovedsider</translation>
    </message>
    <message>
        <source>What was checked, and how</source>
        <translation>Hva som er kontrollert, og hvordan</translation>
    </message>
    <message>
        <source>Pages made the same way as these (the sample plans that come with the app that made them) were checked with the automatic tool axe-core in the Chromium browser, with no errors found.</source>
        <translation>Sider laget på samme måte som disse (eksempelplanene som følger med programmet som laget dem) er kontrollert med det automatiske verktøyet axe-core i nettleseren Chromium, uten funn av feil.</translation>
    </message>
    <message>
        <source>The pages have headings in order, landmarks, a link to skip to the content, link texts that say where they lead, and tables with header cells.</source>
        <translation>Sidene har overskrifter i riktig rekkefølge, landemerker, en lenke som hopper til innholdet, lenketekster som sier hvor de fører, og tabeller med overskriftsceller.</translation>
    </message>
    <message>
        <source>Every chart has a text that sums it up and a table of its figures.</source>
        <translation>Hvert diagram har en tekst som oppsummerer det, og en tabell med tallene.</translation>
    </message>
    <message>
        <source>The pages work without JavaScript, follow the reader&apos;s own colours and text size, and fit a screen 320 pixels wide without sideways scrolling of the text.</source>
        <translation>Sidene virker uten JavaScript, følger leserens egne farger og tekststørrelse og passer på en skjerm som er 320 piksler bred, uten at teksten må rulles sidelengs.</translation>
    </message>
    <message>
        <source>Status is always told in words, never by colour alone.</source>
        <translation>Status står alltid med ord, aldri bare med farge.</translation>
    </message>
    <message>
        <source>Known shortcomings</source>
        <translation>Kjente mangler</translation>
    </message>
    <message>
        <source>Automatic checks find only part of what can stop a reader. Wide tables may need sideways scrolling on a narrow screen.</source>
        <translation>Automatiske kontroller finner bare en del av det som kan stoppe en leser. Brede tabeller kan måtte rulles sidelengs på en smal skjerm.</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Tilbakemelding</translation>
    </message>
    <message>
        <source>If something on these pages is hard to use, tell %1. You can also notify the Authority for universal design of ICT (Tilsynet for universell utforming av IKT) at uutilsynet.no.</source>
        <translation>Hvis noe på disse sidene er vanskelig å bruke, si fra til %1. Du kan også melde fra til Tilsynet for universell utforming av IKT på uutilsynet.no.</translation>
    </message>
    <message>
        <source>Statement made %1.</source>
        <translation>Erklæringen er laget %1.</translation>
    </message>
    <message>
        <source>%1 wants everyone to be able to read these pages. They are made to meet the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA, which the Norwegian regulation on universal design of ICT requires.</source>
        <translation>%1 vil at alle skal kunne lese disse sidene. De er laget for å oppfylle retningslinjene for tilgjengelig webinnhold (WCAG) 2.1 på nivå AA, som forskrift om universell utforming av IKT krever.</translation>
    </message>
</context>
<context>
    <name>SitePublishing</name>
    <message>
        <source>Choose a plan first.</source>
        <translation>Velg en plan først.</translation>
    </message>
    <message>
        <source> – website</source>
        <translation> – nettsted</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publisert</translation>
    </message>
    <message>
        <source>&amp;Open in the browser</source>
        <translation>Å&amp;pne i nettleseren</translation>
    </message>
    <message>
        <source>Choose a network first.</source>
        <translation>Velg et nettverk først.</translation>
    </message>
    <message numerus="yes">
        <source>Published %n page(s) in “%1”.</source>
        <translation>
            <numerusform>Publiserte %n side i «%1».</numerusform>
            <numerusform>Publiserte %n sider i «%1».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusByAreaChart</name>
    <message>
        <source>Status by focus area</source>
        <translation>Status per innsatsområde</translation>
    </message>
    <message>
        <source>(no focus area)</source>
        <translation>(uten innsatsområde)</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation>Innsatsområde</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No measures.</source>
        <translation>Ingen tiltak.</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s) in %1 focus areas: %2.</source>
        <translation>
            <numerusform>%n tiltak i %1 innsatsområder: %2.</numerusform>
            <numerusform>%n tiltak i %1 innsatsområder: %2.</numerusform>
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
        <translation>Endringen kunne ikke loggføres: %1</translation>
    </message>
    <message>
        <source>Cannot add to %1: %2</source>
        <translation>Kan ikke legge til i %1: %2</translation>
    </message>
    <message>
        <source>Cannot change row %1 of %2: it no longer exists.</source>
        <translation>Kan ikke endre rad %1 i %2: den finnes ikke lenger.</translation>
    </message>
    <message>
        <source>Cannot change row %1 of %2: %3</source>
        <translation>Kan ikke endre rad %1 i %2: %3</translation>
    </message>
    <message>
        <source>Cannot delete row %1 of %2: it no longer exists.</source>
        <translation>Kan ikke slette rad %1 i %2: den finnes ikke lenger.</translation>
    </message>
    <message>
        <source>Cannot delete row %1 of %2: %3</source>
        <translation>Kan ikke slette rad %1 i %2: %3</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikke lese %1: %2</translation>
    </message>
    <message>
        <source>Someone else (%1) changed this after you saw it; your change was not saved.</source>
        <translation>Noen andre (%1) endret dette etter at du så det; endringen din ble ikke lagret.</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>en annen bruker</translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n change(s) to the server</source>
        <translation>
            <numerusform>Sendte %n endring til serveren</numerusform>
            <numerusform>Sendte %n endringer til serveren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and received %n.</source>
        <translation>
            <numerusform>og mottok %n.</numerusform>
            <numerusform>og mottok %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>History: %1 entries sent, %2 received.</source>
        <translation>Historikk: %1 oppføringer sendt, %2 mottatt.</translation>
    </message>
    <message>
        <source>Not sent, kept in this copy: %1 is not yours to change on the server.</source>
        <translation>Ikke sendt, beholdt i denne kopien: %1 kan du ikke endre på serveren.</translation>
    </message>
    <message>
        <source> (changed by %1 at %2)</source>
        <translation> (endret av %1, %2)</translation>
    </message>
    <message>
        <source>Conflict: %1, %2: yours %3, on the server %4%5.</source>
        <translation>Konflikt: %1, %2: hos deg %3, på serveren %4%5.</translation>
    </message>
    <message>
        <source>Conflict: %1 was deleted in this copy and changed on the server%2.</source>
        <translation>Konflikt: %1 ble slettet i denne kopien og endret på serveren%2.</translation>
    </message>
    <message>
        <source>Conflict: %1 was changed in this copy and deleted on the server%2.</source>
        <translation>Konflikt: %1 ble endret i denne kopien og slettet på serveren%2.</translation>
    </message>
    <message>
        <source>Each side keeps its own value until you choose: run sync again with --mine or --theirs, or choose one by one in the app (File › Sync now).</source>
        <translation>Hver side beholder sin egen verdi til du velger: kjør sync på nytt med --mine eller --theirs, eller velg for hver enkelt i programmet (Fil › Synkroniser nå).</translation>
    </message>
    <message>
        <source>actionplans: no offline copy was made: %1</source>
        <translation>actionplans: ingen frakoblet kopi ble laget: %1</translation>
    </message>
    <message numerus="yes">
        <source>Made “%1”, an offline copy of %2 with %n row(s).</source>
        <translation>
            <numerusform>Laget «%1», en frakoblet kopi av %2 med %n rad.</numerusform>
            <numerusform>Laget «%1», en frakoblet kopi av %2 med %n rader.</numerusform>
        </translation>
    </message>
    <message>
        <source>actionplans: “%1” is not an offline copy; make one with --db SERVER sync --to FILE.</source>
        <translation>actionplans: «%1» er ikke en frakoblet kopi; lag en med --db SERVER sync --to FIL.</translation>
    </message>
    <message>
        <source>actionplans: cannot reach the server to sync with: %1</source>
        <translation>actionplans: får ikke kontakt med serveren for å synkronisere: %1</translation>
    </message>
    <message>
        <source>actionplans: nothing was synced: %1</source>
        <translation>actionplans: ingenting ble synkronisert: %1</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s history has moved on by %n change(s) in the network since this copy was last synced.</source>
        <translation>
            <numerusform>Serverens historikk har fått %n endring i nettverket siden denne kopien sist ble synkronisert.</numerusform>
            <numerusform>Serverens historikk har fått %n endringer i nettverket siden denne kopien sist ble synkronisert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncConflictDialog</name>
    <message>
        <source>Choose what to keep</source>
        <translation>Velg hva som skal beholdes</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in this copy conflict with changes made on the server since the copy was last synced. Choose for each what to keep; the value not kept stays in the history. Everything else is synced already.</source>
        <translation>
            <numerusform>%n endring i denne kopien er i konflikt med en endring på serveren siden kopien sist ble synkronisert. Velg hva som skal beholdes; verdien du ikke beholder, blir liggende i historikken. Alt annet er allerede synkronisert.</numerusform>
            <numerusform>%n endringer i denne kopien er i konflikt med endringer på serveren siden kopien sist ble synkronisert. Velg for hver av dem hva som skal beholdes; verdien du ikke beholder, blir liggende i historikken. Alt annet er allerede synkronisert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>In this copy</source>
        <translation>I denne kopien</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>På serveren</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behold</translation>
    </message>
    <message>
        <source>%1
(%2, %3)</source>
        <translation>%1
(%2, %3)</translation>
    </message>
    <message>
        <source>(the whole row)</source>
        <translation>(hele raden)</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Behold min</translation>
    </message>
    <message>
        <source>Take the server&apos;s</source>
        <translation>Ta serverens</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Behold begge</translation>
    </message>
    <message>
        <source>Keep for %1</source>
        <translation>Valg for %1</translation>
    </message>
    <message>
        <source>Keep for %1, %2</source>
        <translation>Valg for %1, %2</translation>
    </message>
    <message>
        <source>In this copy: %1. On the server: %2.</source>
        <translation>I denne kopien: %1. På serveren: %2.</translation>
    </message>
    <message>
        <source>&amp;Sync with these choices</source>
        <translation>&amp;Synkroniser med disse valgene</translation>
    </message>
    <message>
        <source>Keep all &amp;mine</source>
        <translation>Behold alle &amp;mine</translation>
    </message>
    <message>
        <source>Take all the &amp;server&apos;s</source>
        <translation>&amp;Ta alle fra serveren</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Velg …</translation>
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
        <translation>Noen av malene dine kunne ikke leses og tilbys ikke: %1</translation>
    </message>
    <message>
        <source>New plan “%1” from the template “%2”</source>
        <translation>Ny plan «%1» fra malen «%2»</translation>
    </message>
    <message>
        <source>The plan was not made: %1</source>
        <translation>Planen ble ikke opprettet: %1</translation>
    </message>
    <message numerus="yes">
        <source>Made “%1” with %n focus area(s) and the template&apos;s indicators. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Opprettet «%1» med %n innsatsområde og malens indikatorer. Angre med Ctrl+Z.</numerusform>
            <numerusform>Opprettet «%1» med %n innsatsområder og malens indikatorer. Angre med Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Lagre som mal</translation>
    </message>
    <message>
        <source>Name of the template (the focus areas and indicators of “%1” are saved, not its measures):</source>
        <translation>Navn på malen (innsatsområdene og indikatorene i «%1» lagres, ikke tiltakene):</translation>
    </message>
    <message>
        <source>The template was not saved: %1</source>
        <translation>Malen ble ikke lagret: %1</translation>
    </message>
    <message>
        <source>Saved the template “%1”; Plan → New plan from template… offers it.</source>
        <translation>Lagret malen «%1»; Plan → Ny plan fra mal … tilbyr den.</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>%1 %2 by %3</source>
        <translation>%1 %2 innen %3</translation>
    </message>
    <message>
        <source>New plan from template – %1</source>
        <translation>Ny plan fra mal – %1</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>Innsatsområder</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <source>&amp;Title of the new plan:</source>
        <translation>&amp;Tittel på den nye planen:</translation>
    </message>
    <message>
        <source>&amp;Language of the plan:</source>
        <translation>&amp;Språk i planen:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>&amp;Create plan</source>
        <translation>&amp;Opprett plan</translation>
    </message>
    <message>
        <source>Start from the structure of a network&apos;s plan: its focus areas and indicators, without measures.</source>
        <translation>Start fra oppbygningen av en nettverksplan: innsatsområdene og indikatorene, uten tiltak.</translation>
    </message>
    <message>
        <source>Comes with Action Plans</source>
        <translation>Følger med Handlingsplaner</translation>
    </message>
    <message>
        <source>Saved by you in %1</source>
        <translation>Lagret av deg i %1</translation>
    </message>
    <message>
        <source>From the network: %1</source>
        <translation>Fra nettverket: %1</translation>
    </message>
    <message>
        <source>Give the new plan a title.</source>
        <translation>Gi den nye planen en tittel.</translation>
    </message>
    <message>
        <source>The period cannot end before it starts.</source>
        <translation>Perioden kan ikke slutte før den begynner.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Maler</translation>
    </message>
    <message>
        <source>Focus areas of the template</source>
        <translation>Malens innsatsområder</translation>
    </message>
    <message>
        <source>Indicators of the template</source>
        <translation>Malens indikatorer</translation>
    </message>
    <message>
        <source>Last year of the period</source>
        <translation>Siste år i perioden</translation>
    </message>
    <message>
        <source>First year of the period</source>
        <translation>Første år i perioden</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>Deadlines</source>
        <translation>Frister</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (forfalt)</translation>
    </message>
    <message>
        <source>%1: %2 – %3, %4</source>
        <translation>%1: %2 – %3, %4</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Forfalt</translation>
    </message>
    <message>
        <source>No measures with a deadline.</source>
        <translation>Ingen tiltak med frist.</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s) with deadlines from %1 to %2; %3 overdue.</source>
        <translation>
            <numerusform>%n tiltak med frist fra %1 til %2; %3 forfalt.</numerusform>
            <numerusform>%n tiltak med frister fra %1 til %2; %3 forfalt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
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
        <translation>%1 Det du skrev, blir tatt vare på her til det er lagret eller du forkaster det.</translation>
    </message>
    <message>
        <source>Your change to “%1” is not saved. %2 It is kept until it is saved or you discard it.</source>
        <translation>Endringen din av «%1» er ikke lagret. %2 Den blir tatt vare på til den er lagret eller du forkaster den.</translation>
    </message>
    <message>
        <source>&amp;Save again</source>
        <translation>&amp;Lagre igjen</translation>
    </message>
    <message>
        <source>Try again to save what you typed</source>
        <translation>Prøv igjen å lagre det du skrev</translation>
    </message>
    <message>
        <source>Disc&amp;ard</source>
        <translation>Fork&amp;ast</translation>
    </message>
    <message>
        <source>Throw away what you typed and show what is saved</source>
        <translation>Forkast det du skrev, og vis det som er lagret</translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation>Endringen er ikke lagret</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Brukerveiledning</translation>
    </message>
</context>
<context>
    <name>ViewActions</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>A&amp;ll measures</source>
        <translation>A&amp;lle tiltak</translation>
    </message>
    <message>
        <source>Show every measure of every plan in the file</source>
        <translation>Vis alle tiltak i alle planene i filen</translation>
    </message>
    <message>
        <source>Show &amp;overdue measures</source>
        <translation>Vis &amp;forfalte tiltak</translation>
    </message>
    <message>
        <source>Show only overdue measures</source>
        <translation>Vis bare forfalte tiltak</translation>
    </message>
    <message>
        <source>&amp;Example bank …</source>
        <translation>&amp;Eksempelbank …</translation>
    </message>
    <message>
        <source>Search every measure in the file and copy good ones into a plan</source>
        <translation>Søk i alle tiltak i filen og kopier gode tiltak til en plan</translation>
    </message>
    <message>
        <source>&amp;Circular self-assessment…</source>
        <translation>&amp;Sirkulær egenvurdering …</translation>
    </message>
    <message>
        <source>Score the municipality chosen in the navigator on the circular strategies and compare with its network</source>
        <translation>Gi kommunen som er valgt i navigatoren, poeng på de sirkulære strategiene og sammenlign med nettverket</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Planer</translation>
    </message>
    <message>
        <source>Measure details</source>
        <translation>Tiltaksdetaljer</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Trenger oppfølging</translation>
    </message>
    <message>
        <source>Plan check</source>
        <translation>Plankontroll</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagrammer</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Angrehistorikk</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Ikke startet</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Forsinket</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Stoppet</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gjennomført</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avlyst</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Out for consultation</source>
        <translation>På høring</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Vedtatt</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arkivert</translation>
    </message>
    <message>
        <source>Plastic-smart</source>
        <translation>Plastsmart</translation>
    </message>
    <message>
        <source>Circular economy</source>
        <translation>Sirkulær økonomi</translation>
    </message>
    <message>
        <source>Climate</source>
        <translation>Klima</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Høy</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Middels</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Lav</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Høyere er bedre</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Lavere er bedre</translation>
    </message>
    <message>
        <source>Applied for</source>
        <translation>Søkt</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Innvilget</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Avslått</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Action Plans</source>
        <translation>Velkommen til Handlingsplaner</translation>
    </message>
    <message>
        <source>Plan your municipality&apos;s plastic-smart, circular and climate measures, give each an owner and a deadline, follow progress and bring the plan to the council as a PDF. Everything is kept in one file on this computer and saved as you go.</source>
        <translation>Planlegg kommunens tiltak for plastsmart, sirkulær og klimavennlig omstilling, gi hvert tiltak en ansvarlig og en frist, følg fremdriften og legg planen fram for kommunestyret som PDF. Alt ligger i én fil på denne maskinen og lagres fortløpende.</translation>
    </message>
    <message>
        <source>Type the name of your municipality</source>
        <translation>Skriv navnet på kommunen din</translation>
    </message>
    <message>
        <source>Look around the sample plans</source>
        <translation>Se deg om i eksempelplanene</translation>
    </message>
    <message>
        <source>Made-up plans of a few municipalities and their networks, to try everything on.</source>
        <translation>Oppdiktede planer for noen kommuner og nettverkene deres, til å prøve alt på.</translation>
    </message>
    <message>
        <source>Start a new plan from a template</source>
        <translation>Start en ny plan fra en mal</translation>
    </message>
    <message>
        <source>For your municipality, with the focus areas and indicators of a plastic-smart, circular or climate plan.</source>
        <translation>For kommunen din, med innsatsområdene og indikatorene til en plastsmart, sirkulær eller klimaplan.</translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Importer et regneark</translation>
    </message>
    <message>
        <source>A new plan for your municipality with the measures of an Excel or CSV file.</source>
        <translation>En ny plan for kommunen din med tiltakene fra en Excel- eller CSV-fil.</translation>
    </message>
    <message>
        <source>Your &amp;municipality:</source>
        <translation>Din &amp;kommune:</translation>
    </message>
    <message>
        <source>The change history of every measure says who made each change</source>
        <translation>Endringshistorikken til hvert tiltak viser hvem som gjorde hver endring</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ditt &amp;navn:</translation>
    </message>
</context>
<context>
    <name>WelcomeFlow</name>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Importer et regneark</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Regneark (*.xlsx *.csv *.txt);;Alle filer (*)</translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message>
        <source>There is no plan with id %1.</source>
        <translation>Det finnes ingen plan med id %1.</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder for the workbook: %1</source>
        <translation>Kan ikke lage en midlertidig mappe for arbeidsboken: %1</translation>
    </message>
    <message>
        <source>Cannot start the workbook.</source>
        <translation>Kan ikke starte arbeidsboken.</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation>Innsatsområde</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Deadline, last day</source>
        <translation>Frist, siste dag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fremdrift</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Retning</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation>Utgangsår</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Utgangspunkt</translation>
    </message>
    <message>
        <source>Latest year</source>
        <translation>Siste år</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Siste</translation>
    </message>
    <message>
        <source>Target year</source>
        <translation>Målår</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Cannot write the workbook: %1</source>
        <translation>Kan ikke skrive arbeidsboken: %1</translation>
    </message>
    <message>
        <source>Cannot read the workbook back: %1</source>
        <translation>Kan ikke lese arbeidsboken tilbake: %1</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>The file is not an Excel workbook (.xlsx): it cannot be opened as one.</source>
        <translation>Filen er ikke en Excel-arbeidsbok (.xlsx): den kan ikke åpnes som en.</translation>
    </message>
    <message>
        <source>The workbook is damaged: its table of contents cannot be read.</source>
        <translation>Arbeidsboken er skadet: innholdsfortegnelsen kan ikke leses.</translation>
    </message>
    <message>
        <source>The workbook is refused: “%1” would unpack to %2 from %3, far more than a spreadsheet of measures needs (a “zip bomb”).</source>
        <translation>Arbeidsboken avvises: «%1» ville pakkes ut til %2 fra %3, langt mer enn et regneark med tiltak trenger (en «zip-bombe»).</translation>
    </message>
    <message>
        <source>The workbook has no sheet that can be read.</source>
        <translation>Arbeidsboken har ingen ark som kan leses.</translation>
    </message>
    <message>
        <source>The sheet has more than %1 rows.</source>
        <translation>Arket har mer enn %1 rader.</translation>
    </message>
    <message>
        <source>The sheet has more than %1 columns.</source>
        <translation>Arket har mer enn %1 kolonner.</translation>
    </message>
    <message>
        <source>The sheet is damaged: %1 (line %2 of its XML).</source>
        <translation>Arket er skadet: %1 (linje %2 i XML-en).</translation>
    </message>
    <message>
        <source>The first sheet is empty: it has no header row.</source>
        <translation>Det første arket er tomt: det har ingen overskriftsrad.</translation>
    </message>
    <message>
        <source>The file is %1; files of more than %2 are not imported.</source>
        <translation>Filen er på %1; filer på mer enn %2 importeres ikke.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Action Plans</source>
        <translation>Handlingsplaner</translation>
    </message>
</context>
</TS>
