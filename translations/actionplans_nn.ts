<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn">
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
        <translation>Ikkje svart på</translation>
    </message>
    <message>
        <source>Average of %1</source>
        <translation>Snittet i %1</translation>
    </message>
    <message>
        <source>Assessment of %1</source>
        <translation>Vurderinga %1</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Snittpoeng</translation>
    </message>
    <message>
        <source>Assessment &amp;made on:</source>
        <translation>Vurdering &amp;gjord:</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>&amp;Samanlikn med:</translation>
    </message>
    <message>
        <source>&amp;Save assessment</source>
        <translation>&amp;Lagre vurderinga</translation>
    </message>
    <message>
        <source>Score each statement from 0 (not started) to 4 (leading). The assessment is kept with its day, so that the next one shows the change.</source>
        <translation>Gi kvart utsegn poeng frå 0 (ikkje starta) til 4 (leiande). Vurderinga blir lagra med datoen, så den neste viser endringa.</translation>
    </message>
    <message>
        <source>Score per strategy (0–4)</source>
        <translation>Poeng per strategi (0–4)</translation>
    </message>
    <message>
        <source>This assessment</source>
        <translation>Denne vurderinga</translation>
    </message>
    <message>
        <source>Score at least one statement before saving.</source>
        <translation>Gi poeng til minst eitt utsegn før du lagrar.</translation>
    </message>
    <message>
        <source>Questions and scores</source>
        <translation>Spørsmål og poeng</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Kven som deltok</translation>
    </message>
</context>
<context>
    <name>AssignOwnerCommand</name>
    <message>
        <source>Set owner of %1 to “%2”</source>
        <translation>Set ansvarleg for %1 til «%2»</translation>
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
            <numerusform>Forfalle (%n)</numerusform>
            <numerusform>Forfalne (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deadline within %1 days (%n)</source>
        <translation>
            <numerusform>Frist innan %1 dagar (%n)</numerusform>
            <numerusform>Frist innan %1 dagar (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No progress update for %1 months (%n)</source>
        <translation>
            <numerusform>Inga framdriftsoppdatering på %1 månader (%n)</numerusform>
            <numerusform>Inga framdriftsoppdatering på %1 månader (%n)</numerusform>
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
        <translation>rapport innan %1</translation>
    </message>
    <message numerus="yes">
        <source>Grant reports due (%n)</source>
        <translation>
            <numerusform>Tilskotsrapport forfell (%n)</numerusform>
            <numerusform>Tilskotsrapportar forfell (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttentionPane</name>
    <message>
        <source>Measures that need attention</source>
        <translation>Tiltak som treng oppfølging</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Cannot save a backup of “%1”: the folder “%2” cannot be created.</source>
        <translation>Kan ikkje lagre ein tryggingskopi av «%1»: mappa «%2» kan ikkje opprettast.</translation>
    </message>
    <message>
        <source>Cannot save a backup of “%1”: %2</source>
        <translation>Kan ikkje lagre ein tryggingskopi av «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot restore a backup into “%1”: it is open read-only.</source>
        <translation>Kan ikkje gjenopprette ein tryggingskopi i «%1»: fila er opna skriveverna.</translation>
    </message>
    <message>
        <source>Cannot restore “%1”: the backup cannot be read.</source>
        <translation>Kan ikkje gjenopprette «%1»: tryggingskopien kan ikkje lesast.</translation>
    </message>
    <message>
        <source>Cannot restore “%1”: %2</source>
        <translation>Kan ikkje gjenopprette «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot restore “%1”: the database driver gives no access to SQLite.</source>
        <translation>Kan ikkje gjenopprette «%1»: databasedrivaren gir ikkje tilgang til SQLite.</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Dagleg tryggingskopi</translation>
    </message>
    <message>
        <source>Before an upgrade to a newer file version</source>
        <translation>Før oppgradering til ein nyare filversjon</translation>
    </message>
    <message>
        <source>Before restoring a backup</source>
        <translation>Før gjenoppretting av ein tryggingskopi</translation>
    </message>
    <message>
        <source>Cannot restore a backup into %1: a server is restored by its owner (pg_restore).</source>
        <translation>Kan ikkje gjenopprette ein tryggingskopi til %1: ein tenar blir gjenoppretta av eigaren sin (pg_restore).</translation>
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
        <translation>Skildring</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation>Innsatsområde</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarleg</translation>
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
        <translation>Framdrift</translation>
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
        <translation>Kven</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kva</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Endring</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Oppretta</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Sletta</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Periode frå</translation>
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
        <translation>Indikator tiltaket skal påverke</translation>
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
        <translation>La til eksempelnettverka og -planane i «%1».</translation>
    </message>
    <message>
        <source>actionplans: %1</source>
        <translation>actionplans: %1</translation>
    </message>
    <message numerus="yes">
        <source>Generated %n plan(s) of %1 municipalities in “%2”: </source>
        <translation>
            <numerusform>Genererte %n plan for %1 kommunar i «%2»: </numerusform>
            <numerusform>Genererte %n planar for %1 kommunar i «%2»: </numerusform>
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
            <numerusform>%n framdriftsoppdatering, </numerusform>
            <numerusform>%n framdriftsoppdateringar, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) with %1 yearly values.</source>
        <translation>
            <numerusform>%n indikator med %1 årsverdiar.</numerusform>
            <numerusform>%n indikatorar med %1 årsverdiar.</numerusform>
        </translation>
    </message>
    <message>
        <source>actionplans: there is no plan with id %1; “actionplans list” shows them.</source>
        <translation>actionplans: det finst ingen plan med id %1; «actionplans list» viser dei.</translation>
    </message>
    <message>
        <source>actionplans: the report was written, but could not be recorded: %1</source>
        <translation>actionplans: rapporten vart skriven, men kunne ikkje registrerast: %1</translation>
    </message>
    <message>
        <source>Wrote the report of “%1” to “%2”.</source>
        <translation>Skreiv rapporten for «%1» til «%2».</translation>
    </message>
    <message numerus="yes">
        <source>Plan check: %1 % complete, %n finding(s); “actionplans plancheck --plan %2” lists them.</source>
        <translation>
            <numerusform>Plankontroll: %1 % fullstendig, %n funn; «actionplans plancheck --plan %2» viser det.</numerusform>
            <numerusform>Plankontroll: %1 % fullstendig, %n funn; «actionplans plancheck --plan %2» viser dei.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the column “%2” is not known and was left out.</source>
        <translation>%1: kolonnen «%2» er ukjend og vart utelaten.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more problem(s) not shown.</source>
        <translation>
            <numerusform>%1: %n problem til er ikkje vist.</numerusform>
            <numerusform>%1: %n problem til er ikkje viste.</numerusform>
        </translation>
    </message>
    <message>
        <source>actionplans: nothing was imported.</source>
        <translation>actionplans: ingenting vart importert.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n measure(s) from “%1”.</source>
        <translation>
            <numerusform>Importerte %n tiltak frå «%1».</numerusform>
            <numerusform>Importerte %n tiltak frå «%1».</numerusform>
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
        <translation>Skreiv «%1».</translation>
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
            <numerusform>«%1» har %n problem:</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”: no problems found.</source>
        <translation>«%1»: fann ingen problem.</translation>
    </message>
    <message>
        <source>%1 has the schema of this version (%2); nothing to upgrade.</source>
        <translation>%1 har skjemaet til denne versjonen (%2); ingenting å oppgradere.</translation>
    </message>
    <message>
        <source>Created the Action Plans schema (version %1) on %2.</source>
        <translation>Oppretta Handlingsplanar-skjemaet (versjon %1) på %2.</translation>
    </message>
    <message>
        <source>Upgraded the Action Plans schema on %1 from version %2 to %3.</source>
        <translation>Oppgraderte Handlingsplanar-skjemaet på %1 frå versjon %2 til %3.</translation>
    </message>
    <message>
        <source>Municipalities added: %1.</source>
        <translation>Kommunar lagde til: %1.</translation>
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
        <translation>La til %1, som redigerer planane til kommune %2.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«%1» finst ikkje.</translation>
    </message>
    <message>
        <source>Imported “%1” onto %2. %3</source>
        <translation>Importerte «%1» til %2. %3</translation>
    </message>
    <message>
        <source>actionplans: “%1” exists already; export into a new file.</source>
        <translation>actionplans: «%1» finst alt; eksporter til ei ny fil.</translation>
    </message>
    <message>
        <source>actionplans: cannot write “%1”: %2</source>
        <translation>actionplans: kan ikkje skrive «%1»: %2</translation>
    </message>
    <message>
        <source>Wrote the plans on %1 to “%2”.</source>
        <translation>Skreiv planane på %1 til «%2».</translation>
    </message>
    <message>
        <source>Networks added: %1.</source>
        <translation>Nettverk lagde til: %1.</translation>
    </message>
    <message>
        <source>Networks on the server (add a coordinator with: server add-user NAME --network ID --coordinator):</source>
        <translation>Nettverk på tenaren (legg til ein koordinator med: server add-user NAMN --network ID --coordinator):</translation>
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
            <numerusform>Publiserte %n side i «%1»; opne index.html.</numerusform>
            <numerusform>Publiserte %n sider i «%1»; opne index.html.</numerusform>
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
        <translation>actionplans: ingen kommando er gitt.</translation>
    </message>
    <message>
        <source>actionplans: unknown command “%1”.</source>
        <translation>actionplans: ukjend kommando «%1».</translation>
    </message>
    <message>
        <source>actionplans: “%1” takes no arguments, but got “%2”.</source>
        <translation>actionplans: «%1» tek ingen argument, men fekk «%2».</translation>
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
        <translation>report: list berre tiltak som verken er gjennomførte eller avlyste.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>dato</translation>
    </message>
    <message>
        <source>report: a draft, not recorded as issued (the next report&apos;s changes still count from the last one).</source>
        <translation>report: eit utkast som ikkje blir registrert som utgitt (endringane i neste rapport blir framleis rekna frå den førre).</translation>
    </message>
    <message>
        <source>actionplans: “%1” is not a plan id; “actionplans list” shows them.</source>
        <translation>actionplans: «%1» er ikkje ein plan-id; «actionplans list» viser dei.</translation>
    </message>
    <message>
        <source>actionplans: “%1” is not a report language; use nb, nn or en.</source>
        <translation>actionplans: «%1» er ikkje eit rapportspråk; bruk nb, nn eller en.</translation>
    </message>
    <message>
        <source>actionplans: “%1” is not a report section; use %2.</source>
        <translation>actionplans: «%1» er ikkje ein del av rapporten; bruk %2.</translation>
    </message>
    <message>
        <source>actionplans: “%1” is not a date of the form YYYY-MM-DD.</source>
        <translation>actionplans: «%1» er ikkje ein dato på forma ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>report, plancheck: the id of the plan (see “list”).</source>
        <translation>report, plancheck: id-en til planen (sjå «list»).</translation>
    </message>
    <message>
        <source>report: the sections to include, comma-separated, from %1 (default: all but “check”).</source>
        <translation>report: delane som skal takast med, kommadelt, blant %1 (standard: alle unnateke «check»).</translation>
    </message>
    <message>
        <source>report, plancheck: the date to report for, YYYY-MM-DD (default: today).</source>
        <translation>report, plancheck: datoen det blir rapportert for, ÅÅÅÅ-MM-DD (standard: i dag).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>actionplans: import needs the file to read: import FILE --plan ID.</source>
        <translation>actionplans: import treng fila som skal lesast: import FIL --plan ID.</translation>
    </message>
    <message>
        <source>actionplans: %1 needs --plan ID and -o FILE.</source>
        <translation>actionplans: %1 treng --plan ID og -o FIL.</translation>
    </message>
    <message>
        <source>actionplans: %1 needs --plan ID.</source>
        <translation>actionplans: %1 treng --plan ID.</translation>
    </message>
    <message>
        <source>actionplans: “%1” is not an export format; use %2.</source>
        <translation>actionplans: «%1» er ikkje eit eksportformat; bruk %2.</translation>
    </message>
    <message>
        <source>report: nb, nn or en (default: the municipality&apos;s written standard); sample: nb or nn.</source>
        <translation>report: nb, nn eller en (standard: målforma til kommunen); sample: nb eller nn.</translation>
    </message>
    <message>
        <source>generate: how many municipalities get plans (default: 357).</source>
        <translation>generate: kor mange kommunar som får planar (standard: 357).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>generate: measures per municipality, over its plans (default: 60).</source>
        <translation>generate: tiltak per kommune, fordelte på planane (standard: 60).</translation>
    </message>
    <message>
        <source>generate: progress updates per measure, on average (default: 5).</source>
        <translation>generate: framdriftsoppdateringar per tiltak i snitt (standard: 5).</translation>
    </message>
    <message>
        <source>generate: the same seed gives the same file (default: 1).</source>
        <translation>generate: same frø gir same fil (standard: 1).</translation>
    </message>
    <message>
        <source>actionplans: “%1” is not a number for --%2.</source>
        <translation>actionplans: «%1» er ikkje eit tal for --%2.</translation>
    </message>
    <message>
        <source>actionplans: server needs what to do: server init.</source>
        <translation>actionplans: server treng kva som skal gjerast: server init.</translation>
    </message>
    <message>
        <source>actionplans: server commands need the server&apos;s address: --db postgresql://USER@HOST/DATABASE.</source>
        <translation>actionplans: tenarkommandoar treng adressa til tenaren: --db postgresql://BRUKAR@VERT/DATABASE.</translation>
    </message>
    <message>
        <source>  server add-user  a login for a municipality&apos;s adviser or a network&apos;s coordinator (password on standard input):
           server add-user NAME --municipality NUMBER | server add-user NAME --network ID --coordinator</source>
        <translation>  server add-user  ei pålogging for ein kommunes rådgjevar eller eit nettverks koordinator (passord på standard inn):
           server add-user NAMN --municipality NUMMER | server add-user NAMN --network ID --coordinator</translation>
    </message>
    <message>
        <source>server add-user: the municipality the user works for.</source>
        <translation>server add-user: kommunen brukaren arbeider for.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nummer</translation>
    </message>
    <message>
        <source>server add-user: the network the user coordinates.</source>
        <translation>server add-user: nettverket brukaren koordinerer.</translation>
    </message>
    <message>
        <source>server add-user: the user coordinates the --network.</source>
        <translation>server add-user: brukaren koordinerer nettverket i --network.</translation>
    </message>
    <message>
        <source>actionplans: server add-user NAME needs --municipality NUMBER, or --network ID --coordinator.</source>
        <translation>actionplans: server add-user NAMN treng --municipality NUMMER, eller --network ID --coordinator.</translation>
    </message>
    <message>
        <source>The database file to use, or a network&apos;s server: postgresql://USER@HOST:PORT/DATABASE (a libpq address; the password from ~/.pgpass or PGPASSWORD).</source>
        <translation>Databasefila som skal brukast, eller tenaren til nettverket: postgresql://BRUKAR@VERT:PORT/DATABASE (ei libpq-adresse; passordet frå ~/.pgpass eller PGPASSWORD).</translation>
    </message>
    <message>
        <source>actionplans: --db needs a file name or a server address.</source>
        <translation>actionplans: --db treng eit filnamn eller ei tenaradresse.</translation>
    </message>
    <message>
        <source>  server import FILE  put every plan of a file (.handlingsplan, or a plan file .json) onto the server; plans it holds already are updated, never doubled
  server export FILE  write every plan on the server into a new file (.handlingsplan, or .json)</source>
        <translation>  server import FIL  legg alle planane i ei fil (.handlingsplan, eller ei planfil .json) på tenaren; planar han alt har, blir oppdaterte, aldri dobbelt
  server export FIL  skriv alle planane på tenaren til ei ny fil (.handlingsplan, eller .json)</translation>
    </message>
    <message>
        <source>actionplans: unknown server command “%1”; use server init, add-user, import or export.</source>
        <translation>actionplans: ukjend tenarkommando «%1»; bruk server init, add-user, import eller export.</translation>
    </message>
    <message>
        <source>A network&apos;s PostgreSQL server, set up by the database&apos;s owner:
  server init  create or upgrade the schema, load the municipalities and the known networks:
           --db postgresql://USER@HOST:PORT/DATABASE server init</source>
        <translation>Ein nettverkstenar med PostgreSQL, sett opp av eigaren av databasen:
  server init  opprett eller oppgrader skjemaet, last inn kommunane og dei kjende nettverka:
           --db postgresql://BRUKAR@VERT:PORT/DATABASE server init</translation>
    </message>
    <message>
        <source>sync: make FILE an offline copy of the server given by --db.</source>
        <translation>sync: lag FIL som ein fråkopla kopi av tenaren som er oppgitt med --db.</translation>
    </message>
    <message>
        <source>sync: answer every conflict with this copy&apos;s value.</source>
        <translation>sync: løys alle konfliktar med verdien i denne kopien.</translation>
    </message>
    <message>
        <source>sync: answer every conflict with the server&apos;s value.</source>
        <translation>sync: løys alle konfliktar med verdien på tenaren.</translation>
    </message>
    <message>
        <source>sample, list, check, plancheck, report, import FILE, export, generate, server init, server add-user NAME, or sync</source>
        <translation>sample, list, check, plancheck, report, import FIL, export, generate, server init, server add-user NAMN eller sync</translation>
    </message>
    <message>
        <source>actionplans: sync takes --mine or --theirs, not both.</source>
        <translation>actionplans: sync tek --mine eller --theirs, ikkje begge.</translation>
    </message>
    <message>
        <source>actionplans: sync --to FILE needs the server&apos;s address: --db postgresql://USER@HOST/DATABASE.</source>
        <translation>actionplans: sync --to FIL treng adressa til tenaren: --db postgresql://BRUKAR@VERT/DATABASE.</translation>
    </message>
    <message>
        <source>actionplans: sync needs an offline copy (--db FILE), or --to FILE to make one.</source>
        <translation>actionplans: sync treng ein fråkopla kopi (--db FIL), eller --to FIL for å lage ein.</translation>
    </message>
    <message>
        <source>export: %1; report: %2 (default: from the file name).</source>
        <translation>export: %1; report: %2 (standard: etter filnamnet).</translation>
    </message>
    <message>
        <source>actionplans: “%1” is not a report format; use %2.</source>
        <translation>actionplans: «%1» er ikkje eit rapportformat; bruk %2.</translation>
    </message>
    <message>
        <source>publish: publish internal matter too: progress notes, costs and amounts, owners&apos; names and e-mail.</source>
        <translation>publish: publiser også interne opplysningar: framdriftsnotat, kostnader og beløp, namn og e-post til ansvarlege.</translation>
    </message>
    <message>
        <source>report: the file to write (.pdf; .html, a web page for screen readers; .odt, a document to edit).</source>
        <translation>report: fila som skal skrivast (.pdf; .html, ei nettside for skjermlesarar; .odt, eit dokument til redigering).</translation>
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
        <translation>Handlingsplanar for norske kommunar: plastsmarte, sirkulære og klimaretta planar.

Kommandoar:
  sample   legg til eksempelnettverka, kommunane og planane
  list     list planane som tabulatordelte verdiar: id, kommunenummer, kommune, tittel, tiltak
  check    kontroller integriteten og framandnøklane i fila
  plancheck  kontroller at ein plan har det ein god plan treng: plancheck --plan ID
  report   skriv statusrapporten for ein plan til kommunestyret som PDF, som nettside for skjermlesarar
           eller som redigerbart dokument: report --plan ID -o FIL.pdf|FIL.html|FIL.odt
  import   les ei planfil (.json; planar som alt finst, blir oppdaterte), eller legg tiltaka i ei
           CSV-fil (norske eller engelske overskrifter) til ein plan: import FIL.json | import FIL.csv --plan ID
  export   skriv ein plan: export --plan ID --format json|csv|ics -o FIL
  publish  skriv ein plan, eller eit nettverk med planane til medlemmene, som ein statisk nettstad for innbyggjarane:
           publish --plan ID -o MAPPE | publish --network ID -o MAPPE
  generate fyll ei ny fil med genererte planar for alle kommunar, for å prøve programmet i nasjonal skala:
           generate --municipalities 357 --measures 60 --updates 5 --seed 1

Utan kommando blir vindauget opna. Utan --db blir standarddatabasen brukt (han blir oppretta med eksempeldata første gongen).</translation>
    </message>
    <message>
        <source>actionplans: “%1” is not a network id.</source>
        <translation>actionplans: «%1» er ikkje ein nettverks-id.</translation>
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
        <translation>Legg til tilskot frå %1</translation>
    </message>
    <message>
        <source>Change grant from %1</source>
        <translation>Endre tilskot frå %1</translation>
    </message>
    <message>
        <source>Delete grant from %1</source>
        <translation>Slett tilskot frå %1</translation>
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
        <translation>Gi fellesprosjektet «%1» namnet «%2»</translation>
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
        <translation>Nokon andre har endra dette tiltaket</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Behald &amp;deira</translation>
    </message>
    <message>
        <source>Use &amp;mine</source>
        <translation>Bruk &amp;min</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Nokon andre</translation>
    </message>
    <message>
        <source>%1 changed the %2 of this measure to “%3” (%4), after you began your change.

Yours: “%5”.

Keep their value, or put yours in its place?</source>
        <translation>%1 endra %2 for dette tiltaket til «%3» (%4), etter at du byrja på endringa di.

Di: «%5».

Vil du behalde verdien deira, eller setje din i staden?</translation>
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
        <translation>Tiltaket finst ikkje lenger.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a network&apos;s server</source>
        <translation>Kople til tenaren til nettverket</translation>
    </message>
    <message>
        <source>e.g. plans.network.no</source>
        <translation>t.d. planar.nettverk.no</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Tenar</translation>
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
        <translation>Brukarnamn</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <source>from ~/.pgpass when left empty</source>
        <translation>frå ~/.pgpass viss tomt</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Kryptering</translation>
    </message>
    <message>
        <source>When the server offers it</source>
        <translation>Når tenaren tilbyr det</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Alltid</translation>
    </message>
    <message>
        <source>Always, and check the server&apos;s certificate</source>
        <translation>Alltid, og kontroller sertifikatet til tenaren</translation>
    </message>
    <message>
        <source>The password is used for this connection only and never saved. Your municipality&apos;s or network&apos;s IT department gives you the server&apos;s address and your user name.</source>
        <translation>Passordet blir berre brukt for denne tilkoplinga og blir aldri lagra. IT-avdelinga i kommunen eller nettverket gir deg adressa til tenaren og brukarnamnet ditt.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Tenar:</translation>
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
        <translation>&amp;Brukarnamn:</translation>
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
        <translation>Kople &amp;til</translation>
    </message>
    <message>
        <source>Give the name of the database.</source>
        <translation>Skriv namnet på databasen.</translation>
    </message>
    <message>
        <source>Give your user name on the server.</source>
        <translation>Skriv brukarnamnet ditt på tenaren.</translation>
    </message>
</context>
<context>
    <name>CouncilReport</name>
    <message>
        <source>not given</source>
        <translation>ikkje oppgitt</translation>
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
        <translation>Vedteken</translation>
    </message>
    <message>
        <source>not adopted</source>
        <translation>ikkje vedteken</translation>
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
        <translation>Eksempeldata: denne planen er eit døme som følgjer med programmet. Han er ikkje den verkelege planen til kommunen.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samandrag</translation>
    </message>
    <message>
        <source>The plan has no measures yet.</source>
        <translation>Planen har ingen tiltak enno.</translation>
    </message>
    <message numerus="yes">
        <source>The plan has %n measure(s). %1 of the measures that are not cancelled are done, and their mean progress is %2.</source>
        <translation>
            <numerusform>Planen har %n tiltak. %1 av tiltaka som ikkje er avlyste, er gjennomførte, og gjennomsnittleg framdrift er %2.</numerusform>
            <numerusform>Planen har %n tiltak. %1 av tiltaka som ikkje er avlyste, er gjennomførte, og gjennomsnittleg framdrift er %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Del</translation>
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
            <numerusform>Fristar dei neste %n dagane (%1)</numerusform>
            <numerusform>Fristar dei neste %n dagane (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No open measure has its deadline in the next %n day(s).</source>
        <translation>
            <numerusform>Ingen opne tiltak har frist den neste dagen.</numerusform>
            <numerusform>Ingen opne tiltak har frist dei neste %n dagane.</numerusform>
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
        <translation>Ansvarleg</translation>
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
        <translation>Indikatorar</translation>
    </message>
    <message>
        <source>The plan has no indicators.</source>
        <translation>Planen har ingen indikatorar.</translation>
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
        <translation>ikkje målt</translation>
    </message>
    <message>
        <source>cannot tell</source>
        <translation>kan ikkje vurderast</translation>
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
        <translation>I rute: den siste verdien er minst like god som den rette linja frå utgangspunkt til mål tilseier for det året.</translation>
    </message>
    <message>
        <source>Changes since the last report</source>
        <translation>Endringar sidan førre rapport</translation>
    </message>
    <message>
        <source>No earlier report of this plan has been recorded. From the next report on, this section lists the measures added, completed, cancelled, re-dated or re-owned since this one.</source>
        <translation>Ingen tidlegare rapport for denne planen er registrert. Frå neste rapport av viser denne delen tiltaka som er lagde til, gjennomførte, avlyste, har fått ny frist eller ny ansvarleg sidan denne.</translation>
    </message>
    <message>
        <source>No measure has been added, completed, cancelled, re-dated or re-owned since the report of %1.</source>
        <translation>Ingen tiltak er lagde til, gjennomførte, avlyste eller har fått ny frist eller ny ansvarleg sidan rapporten %1.</translation>
    </message>
    <message>
        <source>Since the report of %1:</source>
        <translation>Sidan rapporten %1:</translation>
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
        <translation>fristen endra frå %1 til %2</translation>
    </message>
    <message>
        <source>owner changed from %1 to %2</source>
        <translation>ansvarleg endra frå %1 til %2</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <source>Deadlines (part %1 of %2)</source>
        <translation>Fristar (del %1 av %2)</translation>
    </message>
    <message>
        <source>Only measures that are neither done nor cancelled are listed.</source>
        <translation>Berre tiltak som verken er gjennomførte eller avlyste, er tekne med.</translation>
    </message>
    <message>
        <source>There are no measures to list.</source>
        <translation>Det er ingen tiltak å vise.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Framdrift</translation>
    </message>
    <message>
        <source>Without a focus area</source>
        <translation>Utan innsatsområde</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (forfalle)</translation>
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
        <translation>Fullstende: %1. Kontrollen ser etter det rettleiaren frå Miljødirektoratet for kommunale klimaplanar krev av ein plan: mål, tiltak, ansvarsfordeling, fristar og rullering minst kvart fjerde år. Kvar regel tel like mykje.</translation>
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
        <translation>Planen oppfyller alle reglane.</translation>
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
        <translation>Planen som heilskap</translation>
    </message>
    <message>
        <source>Circular self-assessment</source>
        <translation>Sirkulær eigenvurdering</translation>
    </message>
    <message>
        <source>The municipality&apos;s own assessment of %1: each statement scored from 0 (not started) to 4 (leading), grouped by the circular strategies and by the municipality&apos;s roles.</source>
        <translation>Kommunen si eiga vurdering %1: kvart utsegn har fått poeng frå 0 (ikkje starta) til 4 (leiande), gruppert etter dei sirkulære strategiane og rollene til kommunen.</translation>
    </message>
    <message>
        <source>The assessment before was made on %1.</source>
        <translation>Vurderinga før vart gjord %1.</translation>
    </message>
    <message>
        <source>Score per strategy (0–4)</source>
        <translation>Poeng per strategi (0–4)</translation>
    </message>
    <message>
        <source>Assessment of %1</source>
        <translation>Vurderinga %1</translation>
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
        <translation>Snittet i nettverket</translation>
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
        <translation>Feltet er lengre enn %1 teikn.</translation>
    </message>
    <message>
        <source>The row has more than %1 columns.</source>
        <translation>Rada har meir enn %1 kolonnar.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows.</source>
        <translation>Fila har meir enn %1 rader.</translation>
    </message>
    <message>
        <source>A quoted field is never closed: a closing &quot; is missing.</source>
        <translation>Eit felt i hermeteikn blir aldri avslutta: eit avsluttande &quot; manglar.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>Fila er tom: ho har inga overskriftsrad.</translation>
    </message>
    <message>
        <source>The file is %1; files of more than %2 are not imported.</source>
        <translation>Fila er på %1; filer på meir enn %2 blir ikkje importerte.</translation>
    </message>
</context>
<context>
    <name>DashboardPane</name>
    <message>
        <source>Choose a plan to see its charts.</source>
        <translation>Vel ein plan for å sjå diagramma.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Diagram</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open “%1”: it needs an upgrade to file version %2, but it is read-only.</source>
        <translation>Kan ikkje opne «%1»: fila må oppgraderast til filversjon %2, men ho er skriveverna.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: a file of that name already exists.</source>
        <translation>Kan ikkje opprette «%1»: det finst alt ei fil med det namnet.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: its folder cannot be created.</source>
        <translation>Kan ikkje opprette «%1»: mappa kan ikkje opprettast.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: the file does not exist.</source>
        <translation>Kan ikkje opne «%1»: fila finst ikkje.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: it is a folder, not a file.</source>
        <translation>Kan ikkje opne «%1»: det er ei mappe, ikkje ei fil.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: the file cannot be read (%2).</source>
        <translation>Kan ikkje opne «%1»: fila kan ikkje lesast (%2).</translation>
    </message>
    <message>
        <source>Cannot open “%1”: the file is empty.</source>
        <translation>Kan ikkje opne «%1»: fila er tom.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: it is not an action-plan file (not an SQLite database).</source>
        <translation>Kan ikkje opne «%1»: det er ikkje ei handlingsplanfil (ikkje ein SQLite-database).</translation>
    </message>
    <message>
        <source>Cannot open “%1”: it is an SQLite database of another application, not an action-plan file.</source>
        <translation>Kan ikkje opne «%1»: det er ein SQLite-database frå eit anna program, ikkje ei handlingsplanfil.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: it was written by a newer version of Action Plans (file version %2; this version reads up to %3). Update the app to open it.</source>
        <translation>Kan ikkje opne «%1»: ho er skriven av ein nyare versjon av Handlingsplanar (filversjon %2; denne versjonen les til og med %3). Oppdater programmet for å opne ho.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: the file is truncated (%2 of %3 bytes are there).</source>
        <translation>Kan ikkje opne «%1»: fila er avkorta (%2 av %3 byte finst).</translation>
    </message>
    <message>
        <source>Cannot open “%1”: the file is damaged (%2).</source>
        <translation>Kan ikkje opne «%1»: fila er skadd (%2).</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Kan ikkje opne «%1»: %2</translation>
    </message>
    <message>
        <source>The database “%1” refused a command: %2</source>
        <translation>Databasen «%1» avviste ein kommando: %2</translation>
    </message>
    <message>
        <source>Cannot upgrade “%1” to file version %2: %3</source>
        <translation>Kan ikkje oppgradere «%1» til filversjon %2: %3</translation>
    </message>
    <message>
        <source>Cannot change “%1”: %2</source>
        <translation>Kan ikkje endre «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot save the change to “%1”: %2</source>
        <translation>Kan ikkje lagre endringa i «%1»: %2</translation>
    </message>
    <message>
        <source>The integrity check could not run: %1</source>
        <translation>Integritetskontrollen kunne ikkje køyrast: %1</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Integritet: %1</translation>
    </message>
    <message>
        <source>The foreign-key check could not run: %1</source>
        <translation>Kontrollen av framandnøklar kunne ikkje køyrast: %1</translation>
    </message>
    <message>
        <source>Table “%1”, row %2: refers to a row of “%3” that does not exist.</source>
        <translation>Tabell «%1», rad %2: viser til ei rad i «%3» som ikkje finst.</translation>
    </message>
    <message>
        <source>Cannot save a copy as “%1”: a file of that name already exists.</source>
        <translation>Kan ikkje lagre ein kopi som «%1»: det finst alt ei fil med det namnet.</translation>
    </message>
    <message>
        <source>Cannot save a copy as “%1”: %2</source>
        <translation>Kan ikkje lagre ein kopi som «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is open read-only: changes cannot be saved.</source>
        <translation>«%1» er opna skriveverna: endringar kan ikkje lagrast.</translation>
    </message>
    <message>
        <source>Cannot upgrade “%1”: %2</source>
        <translation>Kan ikkje oppgradere «%1»: %2</translation>
    </message>
    <message>
        <source>it cannot be renamed into place</source>
        <translation>han kan ikkje få det endelege namnet sitt</translation>
    </message>
    <message>
        <source>Cannot open “%1”: its folder cannot be read (permission denied).</source>
        <translation>Kan ikkje opne «%1»: mappa kan ikkje lesast (ingen tilgang).</translation>
    </message>
    <message>
        <source>Cannot open “%1”: it is not an ordinary file (a pipe, a device or a socket).</source>
        <translation>Kan ikkje opne «%1»: det er ikkje ei vanleg fil (men eit røyr, ei eining eller ein sokkel).</translation>
    </message>
    <message>
        <source>Cannot open “%1”: it is not a complete action-plan file (file version %2).</source>
        <translation>Kan ikkje opne «%1»: det er ikkje ei fullstendig handlingsplanfil (filversjon %2).</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disken er full</translation>
    </message>
    <message>
        <source>the disk could not be written or read (it may be full, or the file may be at its size limit)</source>
        <translation>disken kunne ikkje skrivast til eller lesast (han kan vere full, eller fila kan ha nådd største tillatne storleik)</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>fila er skriveverna</translation>
    </message>
    <message>
        <source>another program kept the file locked</source>
        <translation>eit anna program heldt fila låst</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>fila er skadd (%1)</translation>
    </message>
    <message>
        <source>%1 has version %2 of the Action Plans schema, made by a newer version of the app; this version knows %3. Update the app.</source>
        <translation>%1 har versjon %2 av Handlingsplanar-skjemaet, laga av ein nyare versjon av programmet; denne versjonen kjenner %3. Oppdater programmet.</translation>
    </message>
    <message>
        <source>the server refused it: you may not change this (it is another municipality&apos;s, or the network&apos;s coordinator&apos;s to change)</source>
        <translation>tenaren avviste det: du kan ikkje endre dette (det er ein annan kommunes, eller nettverkskoordinatoren sitt, å endre)</translation>
    </message>
    <message>
        <source>%1 has no Action Plans schema yet. The database&apos;s owner sets it up with: actionplans --db ADDRESS server init</source>
        <translation>%1 har ikkje noko Handlingsplanar-skjema enno. Eigaren av databasen set det opp med: actionplans --db ADRESSE server init</translation>
    </message>
    <message>
        <source>%1 has version %2 of the Action Plans schema; this app needs %3. The database&apos;s owner upgrades it with: actionplans --db ADDRESS server init</source>
        <translation>%1 har versjon %2 av Handlingsplanar-skjemaet; dette programmet treng %3. Eigaren av databasen oppgraderer det med: actionplans --db ADRESSE server init</translation>
    </message>
    <message>
        <source>Cannot save a copy of %1 as “%2”: a server is copied by its owner (pg_dump), and its plans are taken out with Export.</source>
        <translation>Kan ikkje lagre ein kopi av %1 som «%2»: ein tenar blir kopiert av eigaren sin (pg_dump), og planane blir tekne ut med Eksporter.</translation>
    </message>
    <message>
        <source>The server does not answer: %1</source>
        <translation>Tenaren svarar ikkje: %1</translation>
    </message>
    <message>
        <source>it refers to a record that does not exist (any more), or that is still in use</source>
        <translation>han viser til ein post som ikkje finst (lenger), eller som framleis er i bruk</translation>
    </message>
    <message>
        <source>Not saved: the server “%1” does not answer (it may be down, or the network may be gone). The app connects again by itself when it is back.</source>
        <translation>Ikkje lagra: tenaren «%1» svarar ikkje (han kan vere nede, eller nettverket kan vere borte). Programmet koplar til att av seg sjølv når han er tilbake.</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <source>“%1” is not a deadline: the year %2 is outside %3–%4.</source>
        <translation>«%1» er ikkje ein frist: året %2 ligg utanfor %3–%4.</translation>
    </message>
    <message>
        <source>“%1” is not a deadline: there is no quarter %2 (quarters are 1–4).</source>
        <translation>«%1» er ikkje ein frist: det finst ikkje noko kvartal %2 (kvartala er 1–4).</translation>
    </message>
    <message>
        <source>“%1” is not a deadline: there is no tertial %2 (tertials are 1–3).</source>
        <translation>«%1» er ikkje ein frist: det finst ikkje noko tertial %2 (tertiala er 1–3).</translation>
    </message>
    <message>
        <source>“%1” is not a deadline: there is no half-year %2 (use 1 or 2).</source>
        <translation>«%1» er ikkje ein frist: det finst ikkje noko halvår %2 (bruk 1 eller 2).</translation>
    </message>
    <message>
        <source>“%1” is not a deadline: there is no month %2.</source>
        <translation>«%1» er ikkje ein frist: det finst ingen månad %2.</translation>
    </message>
    <message>
        <source>“%1” is not a deadline: there is no such date.</source>
        <translation>«%1» er ikkje ein frist: den datoen finst ikkje.</translation>
    </message>
    <message>
        <source>“%1” is not a deadline: the range ends before it starts.</source>
        <translation>«%1» er ikkje ein frist: perioden sluttar før han byrjar.</translation>
    </message>
    <message>
        <source>“%1” is not a deadline. Write for example 31.12.2025, des. 2025, Q4 2025, 2. halvår 2025, 2025, 2025–2027 or løpende.</source>
        <translation>«%1» er ikkje ein frist. Skriv til dømes 31.12.2025, des. 2025, Q4 2025, 2. halvår 2025, 2025, 2025–2027 eller løpande.</translation>
    </message>
</context>
<context>
    <name>DeadlineDelegate</name>
    <message>
        <source>e.g. 31.12.2025, Q4 2025, 2025 or løpende</source>
        <translation>t.d. 31.12.2025, Q4 2025, 2025 eller løpande</translation>
    </message>
</context>
<context>
    <name>DialogEdits</name>
    <message numerus="yes">
        <source>Set status of %n measure(s) to %1</source>
        <translation>
            <numerusform>Set status for %n tiltak til %1</numerusform>
            <numerusform>Set status for %n tiltak til %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set owner of %n measure(s) to %1</source>
        <translation>
            <numerusform>Set ansvarleg for %n tiltak til %1</numerusform>
            <numerusform>Set ansvarleg for %n tiltak til %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Self-assessment of %1 on %2</source>
        <translation>Eigenvurdering av %1 %2</translation>
    </message>
</context>
<context>
    <name>DocumentOdt</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Kan ikkje skrive «%1»: %2</translation>
    </message>
    <message>
        <source>the document could not be packed</source>
        <translation>dokumentet kunne ikkje pakkast</translation>
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
        <translation>Angre den siste endringa</translation>
    </message>
    <message>
        <source>Redo the change you undid</source>
        <translation>Gjer om endringa du angra</translation>
    </message>
    <message>
        <source>&amp;Add measure</source>
        <translation>&amp;Legg til tiltak</translation>
    </message>
    <message>
        <source>Add a measure to the plan shown</source>
        <translation>Legg til eit tiltak i planen som blir vist</translation>
    </message>
    <message>
        <source>&amp;Delete measures</source>
        <translation>&amp;Slett tiltak</translation>
    </message>
    <message>
        <source>Delete the selected measures (can be undone)</source>
        <translation>Slett dei valde tiltaka (kan angrast)</translation>
    </message>
    <message>
        <source>&amp;Record progress…</source>
        <translation>&amp;Registrer framdrift …</translation>
    </message>
    <message>
        <source>Add a progress update to the current measure</source>
        <translation>Legg til ei framdriftsoppdatering for tiltaket</translation>
    </message>
    <message>
        <source>Set &amp;status of selected</source>
        <translation>Set &amp;status for valde</translation>
    </message>
    <message>
        <source>Set o&amp;wner of selected</source>
        <translation>Set a&amp;nsvarleg for valde</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>Nytt tiltak</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n measure(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Sletta %n tiltak. Angre med Ctrl+Z.</numerusform>
            <numerusform>Sletta %n tiltak. Angre med Ctrl+Z.</numerusform>
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
        <translation>Søk i titlar, skildringar og innsatsområde</translation>
    </message>
    <message>
        <source>All networks</source>
        <translation>Alle nettverk</translation>
    </message>
    <message>
        <source>All kinds of plan</source>
        <translation>Alle plantypar</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statusar</translation>
    </message>
    <message>
        <source>Choose a measure to read its description.</source>
        <translation>Vel eit tiltak for å lese skildringa.</translation>
    </message>
    <message>
        <source>Copy the chosen measures &amp;into:</source>
        <translation>Kopier dei valde tiltaka &amp;til:</translation>
    </message>
    <message>
        <source>All focus areas</source>
        <translation>Alle innsatsområde</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alle kommunar</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s) found</source>
        <translation>
            <numerusform>%n tiltak funne</numerusform>
            <numerusform>%n tiltak funne</numerusform>
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
        <translation>Tiltak som vart funne</translation>
    </message>
    <message>
        <source>Description of the chosen measure</source>
        <translation>Skildring av valt tiltak</translation>
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
        <translation>Vel først planen tiltaka skal importerast til.</translation>
    </message>
    <message>
        <source>Import measures into the plan</source>
        <translation>Importer tiltak til planen</translation>
    </message>
    <message>
        <source>“%1” has no measures below its header row.</source>
        <translation>«%1» har ingen tiltak under overskriftsrada.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n measure(s) from “%1” into “%2”. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Importerte %n tiltak frå «%1» til «%2». Angre med Ctrl+Z.</numerusform>
            <numerusform>Importerte %n tiltak frå «%1» til «%2». Angre med Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns left out: %1.</source>
        <translation>Kolonnar som vart utelatne: %1.</translation>
    </message>
    <message>
        <source>Choose the plan to export first.</source>
        <translation>Vel først planen som skal eksporterast.</translation>
    </message>
    <message>
        <source>Export the plan&apos;s measures</source>
        <translation>Eksporter tiltaka i planen</translation>
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
        <translation>Ingenting vart importert frå «%1»: %2</translation>
    </message>
    <message>
        <source>Imported “%1”. %2 Undo with Ctrl+Z.</source>
        <translation>Importerte «%1». %2 Angre med Ctrl+Z.</translation>
    </message>
    <message>
        <source>Measures from Excel or plan files (*.xlsx *.csv *.txt *.json);;All files (*)</source>
        <translation>Tiltak frå Excel eller planfiler (*.xlsx *.csv *.txt *.json);;Alle filer (*)</translation>
    </message>
    <message numerus="yes">
        <source>Import %n measure(s) from “%1”</source>
        <translation>
            <numerusform>Importer %n tiltak frå «%1»</numerusform>
            <numerusform>Importer %n tiltak frå «%1»</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Saved the council report as “%1”.</source>
        <translation>Lagra rapporten til kommunestyret som «%1».</translation>
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
        <translation>Opprett ei ny, tom handlingsplanfil</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Opne …</translation>
    </message>
    <message>
        <source>Open another action-plan file</source>
        <translation>Opne ei anna handlingsplanfil</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Opne &amp;nyleg brukt</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Lagre ein &amp;kopi …</translation>
    </message>
    <message>
        <source>Save a consistent copy of the open file, for backup or to share</source>
        <translation>Lagre ein fullstendig kopi av den opne fila, som tryggingskopi eller for å dele</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Gjenopprett frå tryggingskopi …</translation>
    </message>
    <message>
        <source>Put back the plans as they were in one of the daily backups of this file</source>
        <translation>Set tilbake planane slik dei var i ein av dei daglege tryggingskopiane av denne fila</translation>
    </message>
    <message>
        <source>&amp;Import measures…</source>
        <translation>&amp;Importer tiltak …</translation>
    </message>
    <message>
        <source>Add measures from a spreadsheet saved as CSV (Norwegian or English column names) to the plan shown</source>
        <translation>Legg til tiltak frå eit rekneark lagra som CSV (norske eller engelske kolonnenamn) i planen som blir vist</translation>
    </message>
    <message>
        <source>E&amp;xport measures…</source>
        <translation>Eksporter &amp;tiltak …</translation>
    </message>
    <message>
        <source>Save the plan&apos;s measures for Excel (CSV) or its deadlines for a calendar (iCalendar)</source>
        <translation>Lagre tiltaka i planen for Excel (CSV) eller fristane for ein kalender (iCalendar)</translation>
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
        <translation>Ingen nyleg brukte filer</translation>
    </message>
    <message>
        <source>Open an action-plan file</source>
        <translation>Opne ei handlingsplanfil</translation>
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
        <translation>Kan ikkje opprette fila</translation>
    </message>
    <message>
        <source>“%1” already exists. Open it with File → Open, or choose another name.</source>
        <translation>«%1» finst alt. Opne ho med Fil → Opne, eller vel eit anna namn.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Lagre ein kopi</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>Kan ikkje lagre ein kopi</translation>
    </message>
    <message>
        <source>Saved a copy as “%1”.</source>
        <translation>Lagra ein kopi som «%1».</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Gjenopprett frå tryggingskopi</translation>
    </message>
    <message>
        <source>“%1” has no backups yet. A backup is saved the first time the file is opened each day, and before every upgrade.</source>
        <translation>«%1» har ingen tryggingskopiar enno. Ein tryggingskopi blir lagra første gongen fila blir opna kvar dag, og før kvar oppgradering.</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Kan ikkje gjenopprette tryggingskopien</translation>
    </message>
    <message>
        <source>Restored the backup. The plans as they were just before are in a new backup: restore that one to go back.</source>
        <translation>Tryggingskopien er gjenoppretta. Planane slik dei var like før, ligg i ein ny tryggingskopi: gjenopprett han for å gå tilbake.</translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>Kople til tena&amp;r …</translation>
    </message>
    <message>
        <source>Work on the plans on your network&apos;s server, together with the other municipalities</source>
        <translation>Arbeid med planane på tenaren til nettverket, saman med dei andre kommunane</translation>
    </message>
    <message>
        <source>Published the plan as a website in “%1”.</source>
        <translation>Publiserte planen som nettstad i «%1».</translation>
    </message>
    <message>
        <source>P&amp;ublish as website…</source>
        <translation>P&amp;ubliser som nettstad …</translation>
    </message>
    <message>
        <source>Write the plan as a website for residents: a folder of pages to open from disk or copy to a web server</source>
        <translation>Skriv planen som ein nettstad for innbyggjarane: ei mappe med sider som kan opnast frå disken eller kopierast til ein webtenar</translation>
    </message>
</context>
<context>
    <name>FileStatus</name>
    <message>
        <source>Action Plans</source>
        <translation>Handlingsplanar</translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation>Inga fil er open.</translation>
    </message>
    <message>
        <source>“%1” is open read-only: you can read, filter, export and print its plans, but not change them. To edit, ask for write access to the file and its folder, or save a copy (File → Save a copy…) and open that.</source>
        <translation>«%1» er opna skriveverna: du kan lese, filtrere, eksportere og skrive ut planane, men ikkje endre dei. For å redigere må du be om skrivetilgang til fila og mappa, eller lagre ein kopi (Fil → Lagre ein kopi …) og opne han.</translation>
    </message>
    <message>
        <source>%1 (read-only) – Action Plans</source>
        <translation>%1 (skriveverna) – Handlingsplanar</translation>
    </message>
    <message>
        <source>%1 – Action Plans</source>
        <translation>%1 – Handlingsplanar</translation>
    </message>
    <message>
        <source>%1 (read-only: changes cannot be saved)</source>
        <translation>%1 (skriveverna: endringar kan ikkje lagrast)</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>denne datamaskina</translation>
    </message>
    <message>
        <source>%1 on %2 – Action Plans</source>
        <translation>%1 på %2 – Handlingsplanar</translation>
    </message>
    <message>
        <source>Server: %1, as %2</source>
        <translation>Tenar: %1, som %2</translation>
    </message>
    <message>
        <source>%1 (offline copy) – Action Plans</source>
        <translation>%1 (fråkopla kopi) – Handlingsplanar</translation>
    </message>
</context>
<context>
    <name>FocusAreaDelegate</name>
    <message>
        <source>(no focus area)</source>
        <translation>(utan innsatsområde)</translation>
    </message>
</context>
<context>
    <name>FocusAreaRadarChart</name>
    <message>
        <source>Network average</source>
        <translation>Snittet i nettverket</translation>
    </message>
    <message>
        <source>Mean progress per focus area: %1 and the network</source>
        <translation>Gjennomsnittleg framdrift per innsatsområde: %1 og nettverket</translation>
    </message>
    <message>
        <source>Mean progress per focus area</source>
        <translation>Gjennomsnittleg framdrift per innsatsområde</translation>
    </message>
</context>
<context>
    <name>GrantDialog</name>
    <message>
        <source>Grant</source>
        <translation>Tilskot</translation>
    </message>
    <message>
        <source>New grant</source>
        <translation>Nytt tilskot</translation>
    </message>
    <message>
        <source> kr</source>
        <translation> kr</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>ikkje kjent</translation>
    </message>
    <message>
        <source>Report due on</source>
        <translation>Rapport innan</translation>
    </message>
    <message>
        <source>Report sent</source>
        <translation>Rapport send</translation>
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
        <translation>Oppgje ordninga tilskotet kjem frå.</translation>
    </message>
</context>
<context>
    <name>GrantModel</name>
    <message>
        <source>%1 (sent)</source>
        <translation>%1 (send)</translation>
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
        <translation>Om Handlingsplanar</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Action Plans %1&lt;/h3&gt;&lt;p&gt;Plastic-smart, circular and climate action plans for Norwegian municipalities, kept offline in one SQLite file.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2, SQLite %3, QCustomPlot %4 and libxlsxwriter %5.&lt;/p&gt;&lt;p&gt;Municipalities and counties © Kartverket; population © Statistisk sentralbyrå (table 07459); both CC BY 4.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Handlingsplanar %1&lt;/h3&gt;&lt;p&gt;Handlingsplanar for plastsmart, sirkulær og klimavenleg omstilling i norske kommunar, lagra fråkopla i éi SQLite-fil.&lt;/p&gt;&lt;p&gt;Lisens: GNU General Public License, versjon 3 eller seinare.&lt;/p&gt;&lt;p&gt;Laga med Qt %2, SQLite %3, QCustomPlot %4 og libxlsxwriter %5.&lt;/p&gt;&lt;p&gt;Kommunar og fylke © Kartverket; folketal © Statistisk sentralbyrå (tabell 07459); begge CC BY 4.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Brukarrettleiing</translation>
    </message>
    <message>
        <source>&amp;Welcome…</source>
        <translation>&amp;Velkomen …</translation>
    </message>
    <message>
        <source>&amp;About Action Plans</source>
        <translation>&amp;Om Handlingsplanar</translation>
    </message>
</context>
<context>
    <name>ImportPlanFileCommand</name>
    <message>
        <source>Import plan file “%1”</source>
        <translation>Importer planfila «%1»</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>New: added</source>
        <translation>Ny: blir lagd til</translation>
    </message>
    <message>
        <source>In the file already: updated</source>
        <translation>Finst i fila: blir oppdatert</translation>
    </message>
    <message>
        <source>In the file already: left alone</source>
        <translation>Finst i fila: uendra</translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation>Importer «%1»</translation>
    </message>
    <message>
        <source>Importing “%1” would change this file as follows. Plans, measures and indicators the file holds already (same UUID) are updated, not copied.</source>
        <translation>Å importere «%1» vil endre denne fila slik. Planar, tiltak og indikatorar som alt finst i fila (same UUID), blir oppdaterte og ikkje kopierte.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Lagt til</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Endra</translation>
    </message>
    <message>
        <source>Left alone</source>
        <translation>Uendra</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Planar</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatorar</translation>
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
        <translation>Kva som skjer</translation>
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
        <translation>Ingenting vart importert</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n problem(s); the first %2 are listed. Fix them in the spreadsheet and import again: nothing is imported until every row is right.</source>
        <translation>
            <numerusform>«%1» har %n problem; dei første %2 er lista opp. Rett dei i reknearket og importer på nytt: ingenting blir importert før alle radene er rette.</numerusform>
            <numerusform>«%1» har %n problem; dei første %2 er lista opp. Rett dei i reknearket og importer på nytt: ingenting blir importert før alle radene er rette.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n problem(s). Fix them in the spreadsheet and import again: nothing is imported until every row is right.</source>
        <translation>
            <numerusform>«%1» har %n problem. Rett det i reknearket og importer på nytt: ingenting blir importert før alle radene er rette.</numerusform>
            <numerusform>«%1» har %n problem. Rett dei i reknearket og importer på nytt: ingenting blir importert før alle radene er rette.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy list</source>
        <translation>&amp;Kopier lista</translation>
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
        <translation>manglar mål eller måling</translation>
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
        <translation>mål %1 innan %2;</translation>
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
        <translation>&amp;Lagre endringane</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatorar</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>ikkje oppgitt</translation>
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
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Eining:</translation>
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
        <translation>K&amp;jelde:</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>Ny indikator</translation>
    </message>
    <message>
        <source>Measured values by year</source>
        <translation>Målte verdiar per år</translation>
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
        <translation>Gjennomsnittleg framdrift per medlem: %1</translation>
    </message>
    <message>
        <source>Mean progress of the member&apos;s measures in the project (%)</source>
        <translation>Gjennomsnittleg framdrift for tiltaka til medlemmen i prosjektet (%)</translation>
    </message>
    <message>
        <source>Mean progress</source>
        <translation>Gjennomsnittleg framdrift</translation>
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
            <numerusform>%1: %n tiltak i prosjektet, %2 gjennomført, gjennomsnittleg framdrift %3</numerusform>
            <numerusform>%1: %n tiltak i prosjektet, %2 gjennomført, gjennomsnittleg framdrift %3</numerusform>
        </translation>
    </message>
    <message>
        <source>No member takes part yet.</source>
        <translation>Ingen medlemmer er med enno.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) in the project, mean progress from %1 to %2.</source>
        <translation>
            <numerusform>%n medlem i prosjektet, gjennomsnittleg framdrift frå %1 til %2.</numerusform>
            <numerusform>%n medlemmer i prosjektet, gjennomsnittleg framdrift frå %1 til %2.</numerusform>
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
        <translation>Gjennomsnittleg framdrift per medlem</translation>
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
        <translation>Framdrift</translation>
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
        <translation>Eit fellesprosjekt må ha eit namn.</translation>
    </message>
    <message>
        <source>The network has a joint project called “%1” already.</source>
        <translation>Nettverket har alt eit fellesprosjekt som heiter «%1».</translation>
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
        <translation>&amp;Systemet sitt (%1)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cannot open the file</source>
        <translation>Kan ikkje opne fila</translation>
    </message>
    <message>
        <source>&lt;opened file&gt;</source>
        <translation>&lt;opna fil&gt;</translation>
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
        <translation>&amp;Skildring</translation>
    </message>
    <message>
        <source>&amp;Funding source</source>
        <translation>&amp;Finansieringskjelde</translation>
    </message>
    <message>
        <source>Progress history</source>
        <translation>Framdriftshistorikk</translation>
    </message>
    <message>
        <source>Record progress…</source>
        <translation>Registrer framdrift …</translation>
    </message>
    <message>
        <source>Add a progress update and move the measure&apos;s status and progress with it (Ctrl+Shift+P)</source>
        <translation>Legg til ei framdriftsoppdatering og oppdater status og framdrift for tiltaket (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Endringar</translation>
    </message>
    <message>
        <source>No measure chosen</source>
        <translation>Ingen tiltak valt</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Ansvarleg: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No owner yet</source>
        <translation>Ingen ansvarleg enno</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Tilskot</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Legg til …</translation>
    </message>
    <message>
        <source>Record a grant that funds this measure</source>
        <translation>Registrer eit tilskot som finansierer tiltaket</translation>
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
        <translation>Kopiert frå %1: %2</translation>
    </message>
    <message>
        <source>&amp;Joint project:</source>
        <translation>&amp;Fellesprosjekt:</translation>
    </message>
    <message>
        <source>The network&apos;s joint project this measure is part of, if any</source>
        <translation>Fellesprosjektet i nettverket som tiltaket er ein del av, om noko</translation>
    </message>
    <message>
        <source>&amp;Indicator it moves:</source>
        <translation>&amp;Indikator tiltaket skal påverke:</translation>
    </message>
    <message>
        <source>The plan&apos;s indicator this measure is meant to move, shown on its page on the website</source>
        <translation>Indikatoren i planen som tiltaket skal påverke; blir vist på sida til tiltaket på nettstaden</translation>
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
        <translation>Skildring</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarleg</translation>
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
        <translation>Framdrift</translation>
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
        <translation>Fristar: %1</translation>
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
        <translation>Frist slik han står i planen: %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Ansvarleg: %1</translation>
    </message>
    <message>
        <source>Status: %1, progress %2 %</source>
        <translation>Status: %1, framdrift %2 %</translation>
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
        <translation>Fila kan ikkje lesast: %1</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>Fila er tom: ho har inga overskriftsrad.</translation>
    </message>
    <message>
        <source>“%1” names the same column as “%2” before it.</source>
        <translation>«%1» er same kolonne som «%2» før han.</translation>
    </message>
    <message>
        <source>The header row has no title column: name one “tiltak”, “tittel” or “title”.</source>
        <translation>Overskriftsrada har ingen kolonne for tittel: kall ein av dei «tiltak», «tittel» eller «title».</translation>
    </message>
    <message>
        <source>The measure has no title.</source>
        <translation>Tiltaket har ingen tittel.</translation>
    </message>
    <message>
        <source>“%1” is not a status: write one of %2.</source>
        <translation>«%1» er ikkje ein status: skriv ein av %2.</translation>
    </message>
    <message>
        <source>“%1” is not a progress: write a share from 0 to 100 %, e.g. 40 % or 0,4.</source>
        <translation>«%1» er ikkje ein framdrift: skriv ein del frå 0 til 100 %, t.d. 40 % eller 0,4.</translation>
    </message>
    <message>
        <source>“%1” is not a priority: write high, medium or low.</source>
        <translation>«%1» er ikkje ein prioritet: skriv høg, middels eller låg.</translation>
    </message>
    <message>
        <source>“%1” is not an amount in kroner: write e.g. 150 000 or kr 15 000,50.</source>
        <translation>«%1» er ikkje eit beløp i kroner: skriv t.d. 150 000 eller kr 15 000,50.</translation>
    </message>
    <message>
        <source>The file is %1; files of more than %2 are not imported.</source>
        <translation>Fila er på %1; filer på meir enn %2 blir ikkje importerte.</translation>
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
        <translation>Det finst ingen plan med id %1.</translation>
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
        <translation>Kan ikkje lese tiltaka: %1</translation>
    </message>
</context>
<context>
    <name>MeasureTableModel</name>
    <message>
        <source>Overdue: the deadline %1 has passed.</source>
        <translation>Forfalle: fristen %1 er passert.</translation>
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
        <translation>Ansvarleg</translation>
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
        <translation>Framdrift</translation>
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
        <translation>«%1» er ikkje eit beløp i kroner.</translation>
    </message>
    <message>
        <source>That focus area belongs to another plan.</source>
        <translation>Det innsatsområdet høyrer til ein annan plan.</translation>
    </message>
</context>
<context>
    <name>MeasuresPane</name>
    <message>
        <source>Filter by code, title, description or owner</source>
        <translation>Filtrer på nummer, tittel, skildring eller ansvarleg</translation>
    </message>
    <message>
        <source>Filter measures</source>
        <translation>Filtrer tiltak</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statusar</translation>
    </message>
    <message>
        <source>All focus areas</source>
        <translation>Alle innsatsområde</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle ansvarlege</translation>
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
        <translation>Forfalne</translation>
    </message>
    <message>
        <source>Deadline within %1 days</source>
        <translation>Frist innan %1 dagar</translation>
    </message>
    <message>
        <source>No update for %1 months</source>
        <translation>Inga oppdatering på %1 månader</translation>
    </message>
    <message>
        <source>Overdue: the deadline has passed and the measure is neither done nor cancelled</source>
        <translation>Forfalle: fristen er passert, og tiltaket er korkje gjennomført eller avlyst</translation>
    </message>
    <message>
        <source>Grant report due</source>
        <translation>Tilskotsrapport forfell</translation>
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
        <translation>Filtrer på ansvarleg</translation>
    </message>
    <message>
        <source>Show measures that need attention</source>
        <translation>Vis tiltak som treng oppfølging</translation>
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
        <translation>%1 per %L2 innbyggjarar</translation>
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
        <translation>Eige mål for medlemmen</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>ikkje målt</translation>
    </message>
    <message>
        <source>Network target %1</source>
        <translation>Målet til nettverket %1</translation>
    </message>
    <message>
        <source>%1 does not measure this.</source>
        <translation>%1 måler ikkje dette.</translation>
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
            <numerusform>%1: %2 av %n medlem måler han.</numerusform>
            <numerusform>%1: %2 av %n medlemmer måler han.</numerusform>
        </translation>
    </message>
    <message>
        <source>The network&apos;s target is %1.</source>
        <translation>Målet til nettverket er %1.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <source>Own target</source>
        <translation>Eige mål</translation>
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
        <translation>Gjennomført og forfalle per medlem</translation>
    </message>
    <message>
        <source>Share of the measures not cancelled (%)</source>
        <translation>Del av tiltaka som ikkje er avlyste (%)</translation>
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
        <translation>Forfalne</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n forfalle</numerusform>
            <numerusform>%n forfalne</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3 measures done, %4 overdue, mean progress %5</source>
        <translation>%1: %2 av %3 tiltak gjennomførte, %4 forfalne, gjennomsnittleg framdrift %5</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s): together %1 of %2 measures done, %3 overdue.</source>
        <translation>
            <numerusform>%n medlem: %1 av %2 tiltak gjennomførte, %3 forfalne.</numerusform>
            <numerusform>%n medlemmer: til saman %1 av %2 tiltak gjennomførte, %3 forfalne.</numerusform>
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
        <translation>Del gjennomført</translation>
    </message>
    <message>
        <source>Mean progress</source>
        <translation>Gjennomsnittleg framdrift</translation>
    </message>
</context>
<context>
    <name>MunicipalityStore</name>
    <message>
        <source>The list of municipalities is missing from the app: %1</source>
        <translation>Kommunelista manglar i programmet: %1</translation>
    </message>
    <message>
        <source>Cannot add the municipality %1: %2</source>
        <translation>Kan ikkje leggje til kommune %1: %2</translation>
    </message>
</context>
<context>
    <name>NationalData</name>
    <message>
        <source>The generated deadline “%1” is not one.</source>
        <translation>Den genererte fristen «%1» er ikkje ein gyldig frist.</translation>
    </message>
    <message>
        <source>Generated for trying the app at national scale.</source>
        <translation>Generert for å prøve programmet i nasjonal skala.</translation>
    </message>
    <message>
        <source>The file holds plans already; generated plans are only written to a new file.</source>
        <translation>Fila har alt planar; genererte planar blir berre skrivne til ei ny fil.</translation>
    </message>
    <message>
        <source>There is no municipality with id %1.</source>
        <translation>Det finst ingen kommune med id %1.</translation>
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
        <translation>Alle kommunar</translation>
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
        <translation>Finn ein kommune, eit nettverk eller ein plan</translation>
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
        <translation>Gje nytt namn</translation>
    </message>
    <message>
        <source>Delete plan…</source>
        <translation>Slett plan …</translation>
    </message>
    <message>
        <source>Properties…</source>
        <translation>Eigenskapar …</translation>
    </message>
    <message>
        <source>Networks, municipalities and plans</source>
        <translation>Nettverk, kommunar og planar</translation>
    </message>
</context>
<context>
    <name>NetworkActions</name>
    <message>
        <source>Exported the comparison to “%1”.</source>
        <translation>Eksporterte samanlikninga til «%1».</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Nettverk</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>Eksporter samanlikninga</translation>
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
        <translation>Vel først i tabellen medlemmen du vil eksportere samandraget til.</translation>
    </message>
    <message>
        <source>Saved the summary of %1 as “%2”: send it to the network&apos;s coordinator.</source>
        <translation>Lagra samandraget for %1 som «%2»: send det til koordinatoren i nettverket.</translation>
    </message>
    <message>
        <source>Summary %1 %2</source>
        <translation>Samandrag %1 %2</translation>
    </message>
    <message>
        <source>Export the member&apos;s summary</source>
        <translation>Eksporter samandraget til medlemmen</translation>
    </message>
    <message>
        <source>Member summary (*.json)</source>
        <translation>Medlemssamandrag (*.json)</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Kan ikkje lese «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot import “%1”: %2</source>
        <translation>Kan ikkje importere «%1»: %2</translation>
    </message>
    <message>
        <source>Imported the summary of %1 made on %2.</source>
        <translation>Importerte samandraget for %1 laga %2.</translation>
    </message>
    <message>
        <source>Import a member&apos;s summary</source>
        <translation>Importer samandraget til ein medlem</translation>
    </message>
    <message>
        <source>No member of the network has a plan in this file to share.</source>
        <translation>Ingen medlemmer i nettverket har ein plan i denne fila som kan delast.</translation>
    </message>
    <message>
        <source>The network bundle was not saved: %1</source>
        <translation>Nettverkspakken vart ikkje lagra: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n plan(s) of the members as “%1”.</source>
        <translation>
            <numerusform>Lagra %n plan frå medlemmene som «%1».</numerusform>
            <numerusform>Lagra %n planar frå medlemmene som «%1».</numerusform>
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
        <translation>Namn på fellesprosjektet:</translation>
    </message>
    <message>
        <source>Rename joint project</source>
        <translation>Gi fellesprosjektet nytt namn</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nytt namn:</translation>
    </message>
    <message>
        <source>Remove joint project</source>
        <translation>Fjern fellesprosjekt</translation>
    </message>
    <message numerus="yes">
        <source>Remove “%1”? %n measure(s) of the members take part in it; they stay in their plans, only the link goes. You can undo this with Edit → Undo.</source>
        <translation>
            <numerusform>Fjerne «%1»? %n av tiltaka til medlemmene er med i det; tiltaket blir i planen sin, berre koplinga forsvinn. Du kan angre med Rediger → Angre.</numerusform>
            <numerusform>Fjerne «%1»? %n av tiltaka til medlemmene er med i det; tiltaka blir i planane sine, berre koplinga forsvinn. Du kan angre med Rediger → Angre.</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web page for screen readers (*.html)</source>
        <translation>Nettside for skjermlesarar (*.html)</translation>
    </message>
    <message>
        <source>Published the network as a website in “%1”.</source>
        <translation>Publiserte nettverket som nettstad i «%1».</translation>
    </message>
</context>
<context>
    <name>NetworkCompareModel</name>
    <message>
        <source>From the summary %1 sent, made on %2</source>
        <translation>Frå samandraget %1 sende, laga %2</translation>
    </message>
    <message>
        <source>%1 does not measure this.</source>
        <translation>%1 måler ikkje dette.</translation>
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
        <translation>Samanlikna per %L1 innbyggjarar (folketal %L2).</translation>
    </message>
    <message>
        <source>%1 (summary)</source>
        <translation>%1 (samandrag)</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n plan</numerusform>
            <numerusform>%n planar</numerusform>
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
        <translation>Planar</translation>
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
        <translation>Gjennomsnittleg framdrift</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Forfalne</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Sist oppdatert</translation>
    </message>
    <message>
        <source>%1 (%2 per %L3 inhabitants)</source>
        <translation>%1 (%2 per %L3 innbyggjarar)</translation>
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
        <translation>Dette er ikkje eit medlemssamandrag frå Handlingsplanar.</translation>
    </message>
    <message>
        <source>The summary was made by a newer version of Action Plans (format version %1).</source>
        <translation>Samandraget er laga av ein nyare versjon av Handlingsplanar (formatversjon %1).</translation>
    </message>
    <message>
        <source>The summary does not say on which day it was made (“made”).</source>
        <translation>Samandraget seier ikkje kva dag det vart laga («made»).</translation>
    </message>
    <message>
        <source>“%1” is not a municipality number (“municipalityNumber”).</source>
        <translation>«%1» er ikkje eit kommunenummer («municipalityNumber»).</translation>
    </message>
    <message>
        <source>“%1” is not a kind of plan (“planKind”).</source>
        <translation>«%1» er ikkje ein plantype («planKind»).</translation>
    </message>
    <message>
        <source>“%1: %2” is not a count of measures by status (“statusCounts”).</source>
        <translation>«%1: %2» er ikkje eit tal på tiltak per status («statusCounts»).</translation>
    </message>
    <message>
        <source>An indicator of the summary has no name.</source>
        <translation>Ein indikator i samandraget manglar namn.</translation>
    </message>
    <message>
        <source>The summary is not valid JSON (line %1, column %2): %3.</source>
        <translation>Samandraget er ikkje gyldig JSON (linje %1, kolonne %2): %3.</translation>
    </message>
    <message>
        <source>%1 has no plan of this kind in the file to summarise.</source>
        <translation>%1 har ingen plan av denne typen i fila å lage samandrag av.</translation>
    </message>
    <message>
        <source>The file has no municipality numbered %1.</source>
        <translation>Fila har ingen kommune med nummer %1.</translation>
    </message>
</context>
<context>
    <name>NetworkPane</name>
    <message>
        <source>&amp;Compare plans of kind:</source>
        <translation>&amp;Samanlikn planar av typen:</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Alle typar</translation>
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
        <translation>Medlemss&amp;amandrag</translation>
    </message>
    <message>
        <source>Import a member&apos;s summary…</source>
        <translation>Importer samandraget til ein medlem …</translation>
    </message>
    <message>
        <source>Export the chosen member&apos;s summary…</source>
        <translation>Eksporter samandraget for vald medlem …</translation>
    </message>
    <message>
        <source>Done and overdue</source>
        <translation>Gjennomført og forfalle</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatorar</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>Innsatsområde</translation>
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
        <translation>Medlemmene har ingen felles indikator: gi same indikator same namn i planane for å samanlikne han her.</translation>
    </message>
    <message>
        <source>No member of this network has a plan of this kind in the file, and no summary from a member has been imported. Choose another kind of plan, or import the summaries the members send (Member summaries → Import).</source>
        <translation>Ingen medlemmer i dette nettverket har ein plan av denne typen i fila, og ingen samandrag frå medlemmer er importerte. Vel ein annan plantype, eller importer samandraga medlemmene sender (Medlemssamandrag → Importer).</translation>
    </message>
    <message>
        <source>Joint projects</source>
        <translation>Fellesprosjekt</translation>
    </message>
    <message>
        <source>&amp;Joint project:</source>
        <translation>&amp;Fellesprosjekt:</translation>
    </message>
    <message>
        <source>No member&apos;s measure takes part in this project yet. Choose the project in a measure&apos;s details (Joint project) to add it.</source>
        <translation>Ingen av tiltaka til medlemmene er med i dette prosjektet enno. Vel prosjektet i tiltaksdetaljane (Fellesprosjekt) for å leggje det til.</translation>
    </message>
    <message>
        <source>Network bundle: every member&apos;s plans as one plan file (.json)…</source>
        <translation>Nettverkspakke: alle planane til medlemmene som éi planfil (.json) …</translation>
    </message>
    <message>
        <source>For the members to import: plans they hold already are updated, the others added</source>
        <translation>For medlemmene å importere: planar dei alt har, blir oppdaterte, dei andre blir lagde til</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Legg til …</translation>
    </message>
    <message>
        <source>Add a joint project to the network</source>
        <translation>Legg til eit fellesprosjekt i nettverket</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Gi nytt &amp;namn …</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Remove the project; its measures stay in their plans (can be undone)</source>
        <translation>Fjern prosjektet; tiltaka blir i planane sine (kan angrast)</translation>
    </message>
    <message>
        <source>The network has no joint projects yet. Add one, then link members&apos; measures to it in a measure&apos;s details (Joint project).</source>
        <translation>Nettverket har ingen fellesprosjekt enno. Legg til eitt, og kople tiltaka til medlemmene til det i tiltaksdetaljane (Fellesprosjekt).</translation>
    </message>
    <message>
        <source>As PDF with charts…</source>
        <translation>Som PDF med diagram …</translation>
    </message>
    <message>
        <source>Members compared</source>
        <translation>Medlemmene samanlikna</translation>
    </message>
    <message>
        <source>Network charts</source>
        <translation>Diagramma til nettverket</translation>
    </message>
    <message>
        <source>Measures in the joint project</source>
        <translation>Tiltak i fellesprosjektet</translation>
    </message>
    <message>
        <source>As a web page for screen readers (.html)…</source>
        <translation>Som nettside for skjermlesarar (.html) …</translation>
    </message>
    <message>
        <source>The PDF&apos;s tables and charts as one accessible page: each chart as a summary and a table of its figures</source>
        <translation>Tabellane og diagramma i PDF-en som éi tilgjengeleg side: kvart diagram som eit samandrag og ein tabell med tala</translation>
    </message>
    <message>
        <source>As a website for residents, with the members&apos; plans…</source>
        <translation>Som nettstad for innbyggjarane, med planane til medlemmene …</translation>
    </message>
    <message>
        <source>The members compared, and each member&apos;s plan as its own site, in one folder to put on a web server</source>
        <translation>Medlemmene samanlikna, og planen til kvart medlem som eigen nettstad, i éi mappe å leggje på ein webtenar</translation>
    </message>
</context>
<context>
    <name>NetworkReport</name>
    <message>
        <source>Comparison of the network&apos;s members</source>
        <translation>Samanlikning av medlemmene i nettverket</translation>
    </message>
    <message>
        <source>every kind</source>
        <translation>alle typar</translation>
    </message>
    <message>
        <source>Plans compared: %1. Figures as of %2; cancelled measures are left out of shares and means.</source>
        <translation>Planar som blir samanlikna: %1. Tal per %2; avlyste tiltak er haldne utanfor delar og snitt.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <source>No member has a plan of this kind in the file, and no summary from a member has been imported.</source>
        <translation>Ingen medlemmer har ein plan av denne typen i fila, og ingen samandrag frå medlemmer er importerte.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <source>Network comparison · %1</source>
        <translation>Samanlikning i nettverket · %1</translation>
    </message>
    <message>
        <source>Figures as of %1</source>
        <translation>Tal per %1</translation>
    </message>
</context>
<context>
    <name>NetworkSite</name>
    <message>
        <source>There is no network with id %1.</source>
        <translation>Det finst ikkje noko nettverk med id %1.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <source>Accessibility statement</source>
        <translation>Tilgjengelegheitserklæring</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <source>Every member&apos;s plans compared as of %1; cancelled measures are left out of shares and means.</source>
        <translation>Planane til kvart medlem samanlikna per %1; avlyste tiltak er haldne utanfor delar og gjennomsnitt.</translation>
    </message>
    <message>
        <source>Published plans</source>
        <translation>Publiserte planar</translation>
    </message>
    <message>
        <source>none in this file</source>
        <translation>ingen i denne fila</translation>
    </message>
    <message>
        <source>The network has no members with plans in this file.</source>
        <translation>Nettverket har ingen medlemmer med planar i denne fila.</translation>
    </message>
    <message>
        <source>Members compared</source>
        <translation>Medlemmene samanlikna</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagram</translation>
    </message>
</context>
<context>
    <name>NetworkStore</name>
    <message>
        <source>Cannot add the member to the network: %1</source>
        <translation>Kan ikkje leggje medlemmen til i nettverket: %1</translation>
    </message>
    <message>
        <source>Cannot remove the member from the network: %1</source>
        <translation>Kan ikkje fjerne medlemmen frå nettverket: %1</translation>
    </message>
    <message>
        <source>Cannot read the network&apos;s members: %1</source>
        <translation>Kan ikkje lese medlemmene i nettverket: %1</translation>
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
        <translation>Skildring</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Framdrift</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarleg</translation>
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
        <translation>Namn</translation>
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
        <translation>Arbeid &amp;fråkopla …</translation>
    </message>
    <message>
        <source>Make a copy of your plans and your networks&apos; to work on without the server, and open it; File › Sync now brings the changes together again.</source>
        <translation>Lag ein kopi av planane dine og planane til nettverka dine for å arbeide utan tenaren, og opne kopien; Fil › Synkroniser no samlar endringane att.</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>S&amp;ynkroniser no</translation>
    </message>
    <message>
        <source>Send this copy&apos;s changes to the server and fetch everyone else&apos;s.</source>
        <translation>Send endringane i denne kopien til tenaren, og hent endringane frå alle andre.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synkroniser no</translation>
    </message>
    <message>
        <source>Offline copy</source>
        <translation>Fråkopla kopi</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldri</translation>
    </message>
    <message numerus="yes">
        <source>Offline copy: %n change(s) to send, last synced %1</source>
        <translation>
            <numerusform>Fråkopla kopi: %n endring å sende, sist synkronisert %1</numerusform>
            <numerusform>Fråkopla kopi: %n endringar å sende, sist synkronisert %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n day(s) ago)</source>
        <translation>
            <numerusform> (for %n dag sidan)</numerusform>
            <numerusform> (for %n dagar sidan)</numerusform>
        </translation>
    </message>
    <message>
        <source>; the server answers</source>
        <translation>; tenaren svarar</translation>
    </message>
    <message>
        <source>; the server does not answer</source>
        <translation>; tenaren svarar ikkje</translation>
    </message>
    <message>
        <source>A copy of %1 as %2.</source>
        <translation>Ein kopi av %1 som %2.</translation>
    </message>
    <message>
        <source>The server answers again: File › Sync now sends your changes.</source>
        <translation>Tenaren svarar att: Fil › Synkroniser no sender endringane dine.</translation>
    </message>
    <message>
        <source>%1 offline.handlingsplan</source>
        <translation>%1 fråkopla.handlingsplan</translation>
    </message>
    <message>
        <source>Work offline: save the copy as</source>
        <translation>Arbeid fråkopla: lagre kopien som</translation>
    </message>
    <message>
        <source>Action-plan files (*.handlingsplan)</source>
        <translation>Handlingsplanfiler (*.handlingsplan)</translation>
    </message>
    <message>
        <source>No offline copy was made</source>
        <translation>Ingen fråkopla kopi vart laga</translation>
    </message>
    <message>
        <source>You work offline on “%1”. File › Sync now sends your changes when the server answers again.</source>
        <translation>Du arbeider fråkopla i «%1». Fil › Synkroniser no sender endringane dine når tenaren svarar att.</translation>
    </message>
    <message>
        <source>Nothing was synced</source>
        <translation>Ingenting vart synkronisert</translation>
    </message>
    <message numerus="yes">
        <source>Synced: %n change(s) sent</source>
        <translation>
            <numerusform>Synkronisert: %n endring sendt</numerusform>
            <numerusform>Synkronisert: %n endringar sende</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received.</source>
        <translation>
            <numerusform>%n henta.</numerusform>
            <numerusform>%n henta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait for your choice: File › Sync now again.</source>
        <translation>
            <numerusform>%n konflikt ventar på valet ditt: Fil › Synkroniser no på nytt.</numerusform>
            <numerusform>%n konfliktar ventar på valet ditt: Fil › Synkroniser no på nytt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some changes were not sent</source>
        <translation>Nokre endringar vart ikkje sende</translation>
    </message>
    <message>
        <source>These changes are not yours to make on the server (another municipality&apos;s plan, or the network&apos;s own data). They are kept in this copy:

%1</source>
        <translation>Du kan ikkje gjere desse endringane på tenaren (det er planen til ein annan kommune, eller data som høyrer til nettverket sjølv). Dei ligg att i denne kopien:

%1</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Sletta</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Endra</translation>
    </message>
</context>
<context>
    <name>OfflineCopy</name>
    <message>
        <source>An offline copy is made from a network&apos;s server, not from a file.</source>
        <translation>Ein fråkopla kopi blir laga frå tenaren til eit nettverk, ikkje frå ei fil.</translation>
    </message>
    <message>
        <source>“%1” exists already; make the offline copy as a new file.</source>
        <translation>«%1» finst alt; lag den fråkopla kopien som ei ny fil.</translation>
    </message>
    <message>
        <source>“%1” is not an offline copy of a server.</source>
        <translation>«%1» er ikkje ein fråkopla kopi av ein tenar.</translation>
    </message>
    <message>
        <source>An offline copy syncs with a network&apos;s server, not with a file.</source>
        <translation>Ein fråkopla kopi blir synkronisert med tenaren til eit nettverk, ikkje med ei fil.</translation>
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
        <translation>Ansvarleg «%1»</translation>
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
        <translation>Framdriftsoppdatering datert %1</translation>
    </message>
    <message>
        <source>Grant “%1”</source>
        <translation>Tilskot «%1»</translation>
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
        <translation>Ei rad i %1</translation>
    </message>
    <message>
        <source>This copy was made from another server than %1; it can only be synced with its own (%2).</source>
        <translation>Denne kopien vart laga frå ein annan tenar enn %1; han kan berre synkroniserast med sin eigen (%2).</translation>
    </message>
    <message>
        <source>The server did not take the changes: %1</source>
        <translation>Tenaren tok ikkje imot endringane: %1</translation>
    </message>
</context>
<context>
    <name>OutsideReload</name>
    <message>
        <source>The file was changed in another window or program; the plans shown are read again. Undo starts afresh.</source>
        <translation>Fila vart endra i eit anna vindauge eller program; planane som blir viste, er lesne inn på nytt. Angre startar på nytt.</translation>
    </message>
    <message>
        <source>Plans on the server were changed by someone else; what is shown is up to date.</source>
        <translation>Nokon andre har endra planar på tenaren; det som blir vist, er oppdatert.</translation>
    </message>
</context>
<context>
    <name>PagedDocument</name>
    <message>
        <source>The report needs a page device of %1 dpi.</source>
        <translation>Rapporten treng ei sideeining med %1 dpi.</translation>
    </message>
    <message>
        <source>The report could not be drawn.</source>
        <translation>Rapporten kunne ikkje teiknast.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 av %2</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Kan ikkje skrive «%1»: %2</translation>
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
        <translation>&amp;Førre rute</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the previous pane</source>
        <translation>Flytt tastaturfokus til førre rute</translation>
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
        <translation>Start ein ny plan for kommunen som er vald i navigatoren</translation>
    </message>
    <message>
        <source>New plan from &amp;template…</source>
        <translation>Ny plan frå &amp;mal …</translation>
    </message>
    <message>
        <source>Start a new plan for the municipality chosen in the navigator from a network&apos;s template or one of yours</source>
        <translation>Start ein ny plan for kommunen som er vald i navigatoren, frå ein mal frå eit nettverk eller ein av dine eigne</translation>
    </message>
    <message>
        <source>Save as te&amp;mplate…</source>
        <translation>Lagre som &amp;mal …</translation>
    </message>
    <message>
        <source>Save the focus areas and indicators of the plan, without its measures, as a template for new plans</source>
        <translation>Lagre innsatsområda og indikatorane i planen, utan tiltaka, som ein mal for nye planar</translation>
    </message>
    <message>
        <source>&amp;Rename plan</source>
        <translation>&amp;Gje planen nytt namn</translation>
    </message>
    <message>
        <source>Change the title of the plan chosen in the navigator</source>
        <translation>Endre tittelen på planen som er vald i navigatoren</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;Eigenskapar …</translation>
    </message>
    <message>
        <source>Title, kind, period, status, adoption, focus areas and owners of the plan</source>
        <translation>Tittel, type, periode, status, vedtak, innsatsområde og ansvarlege for planen</translation>
    </message>
    <message>
        <source>&amp;Indicators…</source>
        <translation>&amp;Indikatorar …</translation>
    </message>
    <message>
        <source>The plan&apos;s indicators, their targets and measured values</source>
        <translation>Indikatorane til planen, mål og målte verdiar</translation>
    </message>
    <message>
        <source>&amp;Delete plan…</source>
        <translation>&amp;Slett plan …</translation>
    </message>
    <message>
        <source>Delete the plan chosen in the navigator with all its measures (can be undone)</source>
        <translation>Slett planen som er vald i navigatoren, med alle tiltaka (kan angrast)</translation>
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
            <numerusform>Slette «%1» med %n tiltak, framdriftshistorikken og indikatorane til planen? Du kan angre med Rediger → Angre.</numerusform>
            <numerusform>Slette «%1» med %n tiltak, framdriftshistorikken og indikatorane til planen? Du kan angre med Rediger → Angre.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanCheck</name>
    <message>
        <source>There is no plan with id %1.</source>
        <translation>Det finst ingen plan med id %1.</translation>
    </message>
    <message>
        <source>The plan has measures</source>
        <translation>Planen har tiltak</translation>
    </message>
    <message>
        <source>Every measure has an owner</source>
        <translation>Alle tiltak har ein ansvarleg</translation>
    </message>
    <message>
        <source>Every measure has a deadline</source>
        <translation>Alle tiltak har ein frist</translation>
    </message>
    <message>
        <source>Every measure has a status</source>
        <translation>Alle tiltak har ein status</translation>
    </message>
    <message numerus="yes">
        <source>No open measure past its deadline without an update in the last %n month(s)</source>
        <translation>
            <numerusform>Ingen opne tiltak over fristen utan oppdatering den siste månaden</numerusform>
            <numerusform>Ingen opne tiltak over fristen utan oppdatering dei siste %n månadene</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan period is given</source>
        <translation>Planperioden er oppgitt</translation>
    </message>
    <message>
        <source>At least one indicator has a baseline and a target</source>
        <translation>Minst éin indikator har utgangsverdi og mål</translation>
    </message>
    <message numerus="yes">
        <source>Adopted or revised within the last %n year(s)</source>
        <translation>
            <numerusform>Vedteken eller rullert det siste året</numerusform>
            <numerusform>Vedteken eller rullert dei siste %n åra</numerusform>
        </translation>
    </message>
    <message>
        <source>not adopted yet</source>
        <translation>ikkje vedteken enno</translation>
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
        <translation>Planen har ingen tiltak enno.</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Ingen ansvarleg</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Ingen frist</translation>
    </message>
    <message>
        <source>No known status</source>
        <translation>Ingen kjend status</translation>
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
        <translation>Planperioden (frå og til år) er ikkje oppgitt.</translation>
    </message>
    <message>
        <source>The plan has no indicators.</source>
        <translation>Planen har ingen indikatorar.</translation>
    </message>
    <message numerus="yes">
        <source>None of the plan&apos;s %n indicator(s) has both a baseline and a target.</source>
        <translation>
            <numerusform>Indikatoren i planen har ikkje både utgangsverdi og mål.</numerusform>
            <numerusform>Ingen av dei %n indikatorane i planen har både utgangsverdi og mål.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adopted on %1, more than %n year(s) ago: due for revision.</source>
        <translation>
            <numerusform>Vedteken %1, for meir enn eitt år sidan: skal rullerast.</numerusform>
            <numerusform>Vedteken %1, for meir enn %n år sidan: skal rullerast.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan is adopted, but its adoption date is not given.</source>
        <translation>Planen er vedteken, men vedtaksdatoen er ikkje oppgitt.</translation>
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
        <translation>Vel ein plan i navigatoren for å kontrollere han.</translation>
    </message>
    <message>
        <source>Complete: %1 %</source>
        <translation>Fullstendig: %1 %</translation>
    </message>
    <message>
        <source>The plan has all that a sound plan needs: measures with owners, deadlines and statuses, a period, indicators with targets, and a recent revision.</source>
        <translation>Planen har alt ein god plan treng: tiltak med ansvarlege, fristar og status, ein planperiode, indikatorar med mål og ei nyleg rullering.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to fix before the council sees the plan. Click one to go there.</source>
        <translation>
            <numerusform>%n ting å rette før kommunestyret ser planen. Klikk på det for å gå dit.</numerusform>
            <numerusform>%n ting å rette før kommunestyret ser planen. Klikk på eitt for å gå dit.</numerusform>
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
        <translation>Fristar for Outlook og andre kalendarar (*.ics)</translation>
    </message>
    <message>
        <source>There is no plan with id %1.</source>
        <translation>Det finst ingen plan med id %1.</translation>
    </message>
    <message>
        <source>“%1” is the open database; choose another file.</source>
        <translation>«%1» er den opne databasen; vel ei anna fil.</translation>
    </message>
    <message>
        <source>Plan file for other municipalities and the network (*.json)</source>
        <translation>Planfil for andre kommunar og nettverket (*.json)</translation>
    </message>
    <message>
        <source>Excel workbook of measures and indicators (*.xlsx)</source>
        <translation>Excel-arbeidsbok med tiltak og indikatorar (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) cut at 32,767 characters, the most a spreadsheet cell holds; a plan file (.json) keeps every text whole.</source>
        <translation>
            <numerusform>%n tekst vart kutta ved 32 767 teikn, det meste ei reknearkcelle rommar; ei planfil (.json) tek vare på all tekst.</numerusform>
            <numerusform>%n tekstar vart kutta ved 32 767 teikn, det meste ei reknearkcelle rommar; ei planfil (.json) tek vare på all tekst.</numerusform>
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
        <translation>manglar.</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>må vere tekst.</translation>
    </message>
    <message>
        <source>must be a number.</source>
        <translation>må vere eit tal.</translation>
    </message>
    <message>
        <source>must be a whole number.</source>
        <translation>må vere eit heiltal.</translation>
    </message>
    <message>
        <source>“%1” is not a date of the form YYYY-MM-DD.</source>
        <translation>«%1» er ikkje ein dato på forma ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>“%1” is not a UUID.</source>
        <translation>«%1» er ikkje ein UUID.</translation>
    </message>
    <message>
        <source>“%1” appears twice in the file.</source>
        <translation>«%1» står to gonger i fila.</translation>
    </message>
    <message>
        <source>must be a list.</source>
        <translation>må vere ei liste.</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>må vere eit objekt.</translation>
    </message>
    <message>
        <source>needs a year and a value.</source>
        <translation>treng eit år og ein verdi.</translation>
    </message>
    <message>
        <source>Plans: %1 added, %2 changed, %3 unchanged. Measures: %4 added, %5 changed, %6 unchanged. Indicators: %7 added, %8 changed, %9 unchanged.</source>
        <translation>Planar: %1 lagde til, %2 endra, %3 uendra. Tiltak: %4 lagde til, %5 endra, %6 uendra. Indikatorar: %7 lagde til, %8 endra, %9 uendra.</translation>
    </message>
    <message>
        <source>There is no plan with id %1.</source>
        <translation>Det finst ingen plan med id %1.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1.</source>
        <translation>Fila er ikkje gyldig JSON: %1.</translation>
    </message>
    <message>
        <source>This is not an action-plan file (its “format” is not “%1”).</source>
        <translation>Dette er ikkje ei handlingsplanfil («format» er ikkje «%1»).</translation>
    </message>
    <message>
        <source>The file is of version %1, written by a newer version of Action Plans; this version reads version %2. Update the app to import it.</source>
        <translation>Fila er av versjon %1, skriven av ein nyare versjon av Handlingsplanar; denne versjonen les versjon %2. Oppdater programmet for å importere ho.</translation>
    </message>
    <message>
        <source>“%1” is not a version of the format.</source>
        <translation>«%1» er ikkje ein versjon av formatet.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Fila kan ikkje lesast: %1</translation>
    </message>
    <message>
        <source>The file is %1; files of more than %2 are not imported.</source>
        <translation>Fila er på %1; filer på meir enn %2 blir ikkje importerte.</translation>
    </message>
    <message>
        <source>The plan “%1” belongs to municipality number %2, which this file does not have.</source>
        <translation>Planen «%1» høyrer til kommunenummer %2, som ikkje finst i denne fila.</translation>
    </message>
    <message>
        <source>Grants: %1 added.</source>
        <translation>Tilskot: %1 lagde til.</translation>
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
        <translation>Alle tiltak i alle planane i denne fila</translation>
    </message>
    <message>
        <source>Choose a plan in the navigator</source>
        <translation>Vel ein plan i navigatoren</translation>
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
        <translation>Eksempeldata, ikkje den eigentlege planen til kommunen</translation>
    </message>
    <message>
        <source>Read only: only %1&apos;s own advisers may change this plan</source>
        <translation>Skriveverna: berre rådgjevarane i %1 kan endre denne planen</translation>
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
        <translation>Endre eigenskapane til «%1»</translation>
    </message>
</context>
<context>
    <name>PlanPropertiesDialog</name>
    <message>
        <source>Plan properties – %1</source>
        <translation>Eigenskapar for planen – %1</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Focus areas</source>
        <translation>&amp;Innsatsområde</translation>
    </message>
    <message>
        <source>&amp;Owners</source>
        <translation>&amp;Ansvarlege</translation>
    </message>
    <message>
        <source>Adopted by the council on</source>
        <translation>Vedteken av kommunestyret</translation>
    </message>
    <message>
        <source>e.g. 24/1234</source>
        <translation>t.d. 24/1234</translation>
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
        <translation>&amp;Skildring:</translation>
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
        <translation>Det finst tiltak i dette innsatsområdet</translation>
    </message>
    <message>
        <source>Name or role</source>
        <translation>Namn eller rolle</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eining</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>A&amp;dd owner</source>
        <translation>Legg til a&amp;nsvarleg</translation>
    </message>
    <message>
        <source>Re&amp;move owner</source>
        <translation>Fje&amp;rn ansvarleg</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>Ny ansvarleg</translation>
    </message>
    <message>
        <source>Measures have this owner</source>
        <translation>Tiltak har denne ansvarlege</translation>
    </message>
    <message>
        <source>Owners belong to the municipality and are shared by all its plans.</source>
        <translation>Ansvarlege høyrer til kommunen og blir delte av alle planane til kommunen.</translation>
    </message>
    <message>
        <source>The plan needs a title.</source>
        <translation>Planen må ha ein tittel.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>Perioden sluttar (%1) før han byrjar (%2).</translation>
    </message>
    <message>
        <source>Every focus area needs a name.</source>
        <translation>Alle innsatsområde må ha eit namn.</translation>
    </message>
    <message>
        <source>Every owner needs a name.</source>
        <translation>Alle ansvarlege må ha eit namn.</translation>
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
        <translation>Vedteken dato</translation>
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
        <translation>Utan innsatsområde</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>ikkje oppgitt</translation>
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
        <translation>Vedteken</translation>
    </message>
    <message>
        <source>not adopted</source>
        <translation>ikkje vedteken</translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation>Tal per</translation>
    </message>
    <message>
        <source>Sample data: this plan is an example that comes with the app. It is not the municipality&apos;s real plan.</source>
        <translation>Eksempeldata: denne planen er eit døme som følgjer med programmet. Han er ikkje den verkelege planen til kommunen.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samandrag</translation>
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
        <translation>%1 av tiltaka som ikkje er avlyste, er gjennomførte, og gjennomsnittleg framdrift er %2.</translation>
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
        <translation>Innsatsområde</translation>
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
        <translation>Planen har ingen tiltak enno.</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatorar</translation>
    </message>
    <message>
        <source>Every indicator&apos;s values</source>
        <translation>Verdiane til kvar indikator</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Treng oppfølging</translation>
    </message>
    <message>
        <source>Past their deadline (%1)</source>
        <translation>Over fristen (%1)</translation>
    </message>
    <message>
        <source>Deadlines in the next %1 days (%2)</source>
        <translation>Fristar dei neste %1 dagane (%2)</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <source>The plan has no indicators.</source>
        <translation>Planen har ingen indikatorar.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>ikkje målt</translation>
    </message>
    <message>
        <source>cannot tell</source>
        <translation>kan ikkje seiast</translation>
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
        <translation>Indikatorar mot måla</translation>
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
        <translation>Ansvarleg</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Framdrift</translation>
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
        <translation>Framdriftshistorikk</translation>
    </message>
    <message>
        <source>No progress has been recorded yet.</source>
        <translation>Inga framdrift er registrert enno.</translation>
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
        <translation>Framdriftshistorikk, nyaste først</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Tilskot</translation>
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
        <translation>I rute: den siste verdien er minst like god som den rette linja frå utgangspunkt til mål tilseier for det året.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Kjelde: %1</translation>
    </message>
    <message>
        <source>Accessibility statement</source>
        <translation>Tilgjengelegheitserklæring</translation>
    </message>
    <message>
        <source>There is no plan with id %1.</source>
        <translation>Det finst ingen plan med id %1.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <source>Reason for the status</source>
        <translation>Grunngiving for status</translation>
    </message>
    <message>
        <source>Indicator it moves</source>
        <translation>Indikator tiltaket skal påverke</translation>
    </message>
    <message>
        <source>Measures meant to move it:</source>
        <translation>Tiltak som skal påverke han:</translation>
    </message>
</context>
<context>
    <name>PlanStore</name>
    <message>
        <source>Cannot read the plans: %1</source>
        <translation>Kan ikkje lese planane: %1</translation>
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
        <translation>her skulle det stått ein tekst.</translation>
    </message>
    <message>
        <source>a text, or texts by language (nb, nn, en), was expected.</source>
        <translation>her skulle det stått ein tekst, eller tekstar per språk (nb, nn, en).</translation>
    </message>
    <message>
        <source>a text is required here.</source>
        <translation>her må det stå ein tekst.</translation>
    </message>
    <message>
        <source>an indicator (an object) was expected.</source>
        <translation>her skulle det stått ein indikator (eit objekt).</translation>
    </message>
    <message>
        <source>“%1” is not a direction (higher or lower).</source>
        <translation>«%1» er ikkje ei retning (higher eller lower).</translation>
    </message>
    <message>
        <source>a target is written [year, value], e.g. [2025, 50].</source>
        <translation>eit mål blir skrive [år, verdi], til dømes [2025, 50].</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1.</source>
        <translation>Fila er ikkje gyldig JSON: %1.</translation>
    </message>
    <message>
        <source>This is not a plan template (its “format” is not “%1”).</source>
        <translation>Dette er ikkje ein planmal («format» er ikkje «%1»).</translation>
    </message>
    <message>
        <source>The template is of version %1, written by a newer version of Action Plans; this version reads version %2.</source>
        <translation>Malen er av versjon %1, skriven av ein nyare versjon av Handlingsplanar; denne versjonen les versjon %2.</translation>
    </message>
    <message>
        <source>version: a version number (1) was expected.</source>
        <translation>version: her skulle det stått eit versjonsnummer (1).</translation>
    </message>
    <message>
        <source>“%1” is not a kind of plan (plastic_smart, circular, climate or other).</source>
        <translation>«%1» er ikkje ein plantype (plastic_smart, circular, climate eller other).</translation>
    </message>
    <message>
        <source>a list was expected.</source>
        <translation>her skulle det stått ei liste.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Fila kan ikkje lesast: %1</translation>
    </message>
    <message>
        <source>The file is too large to be a plan template.</source>
        <translation>Fila er for stor til å vere ein planmal.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be made.</source>
        <translation>Mappa «%1» kan ikkje opprettast.</translation>
    </message>
</context>
<context>
    <name>PlanTransfer</name>
    <message>
        <source>the plans could not be read back</source>
        <translation>planane kunne ikkje lesast tilbake</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>Progress over time</source>
        <translation>Framdrift over tid</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Mean progress</source>
        <translation>Gjennomsnittleg framdrift</translation>
    </message>
    <message>
        <source>Expected at an even pace</source>
        <translation>Forventa i jamt tempo</translation>
    </message>
    <message>
        <source>No progress recorded yet.</source>
        <translation>Inga framdrift registrert enno.</translation>
    </message>
    <message>
        <source>Mean progress %1 on %2.</source>
        <translation>Gjennomsnittleg framdrift %1 per %2.</translation>
    </message>
    <message>
        <source>Expected today at an even pace: %1.</source>
        <translation>Venta i dag i jamt tempo: %1.</translation>
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
        <translation>Framdrift</translation>
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
        <translation>Publiser også &amp;interne opplysningar: framdriftsnotat, kostnader og beløp, namn på ansvarlege</translation>
    </message>
    <message>
        <source>Publish as website</source>
        <translation>Publiser som nettstad</translation>
    </message>
    <message>
        <source>“%1” as a website for residents: an overview, a page for every measure, focus area and status, the indicators with their charts, and an accessibility statement. The pages need no server and no JavaScript: open index.html from the folder, or copy the folder to the municipality&apos;s web server.</source>
        <translation>«%1» som nettstad for innbyggjarane: ei oversikt, ei side for kvart tiltak, innsatsområde og status, indikatorane med diagram og ei tilgjengelegheitserklæring. Sidene treng verken tenar eller JavaScript: opne index.html frå mappa, eller kopier mappa til webtenaren til kommunen.</translation>
    </message>
    <message>
        <source>Folder for the website</source>
        <translation>Mappe for nettstaden</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bla gjennom …</translation>
    </message>
    <message>
        <source>Choose the folder for the website</source>
        <translation>Vel mappa for nettstaden</translation>
    </message>
    <message>
        <source>Language of the website</source>
        <translation>Språket på nettstaden</translation>
    </message>
    <message>
        <source>The municipality&apos;s written standard</source>
        <translation>Målforma til kommunen</translation>
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
        <translation>Av som standard: notat er ofte skrivne for kollegaer, og namn på personar og kostnader er ikkje alltid meinte for ålmenta. Ansvarleg eining, status, framdrift og fristar blir alltid publiserte.</translation>
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
        <translation>Dette er ikkje eit spørjeskjema frå Handlingsplanar.</translation>
    </message>
    <message>
        <source>The question “%1” lacks an id of its own, a known strategy and role, or a text.</source>
        <translation>Spørsmålet «%1» manglar eigen id, kjend strategi og rolle eller tekst.</translation>
    </message>
    <message>
        <source>A questionnaire needs five steps on its scale (0–4) and at least one question.</source>
        <translation>Eit spørjeskjema må ha fem steg på skalaen (0–4) og minst eitt spørsmål.</translation>
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
        <translation>Ingenting å samanlikne.</translation>
    </message>
    <message numerus="yes">
        <source>%1 against %2 on %n spoke(s): highest %3 (%4), lowest %5 (%6).</source>
        <translation>
            <numerusform>%1 mot %2 på %n område: høgast %3 (%4), lågast %5 (%6).</numerusform>
            <numerusform>%1 mot %2 på %n område: høgast %3 (%4), lågast %5 (%6).</numerusform>
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
        <translation>Registrer framdrift</translation>
    </message>
</context>
<context>
    <name>RecordProgressDialog</name>
    <message>
        <source>Record progress</source>
        <translation>Registrer framdrift</translation>
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
        <translation>Kva har skjedd sidan førre oppdatering?</translation>
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
        <translation>&amp;Framdrift:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>Publish the comment as the reason for the status</source>
        <translation>Publiser kommentaren som grunngiving for statusen</translation>
    </message>
    <message>
        <source>Comments are internal; when this is ticked, the website for residents shows this one beside the status, for example why a measure is delayed</source>
        <translation>Kommentarar er interne; når dette er kryssa av, viser nettstaden for innbyggjarane denne ved sida av statusen, til dømes kvifor eit tiltak er forseinka</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>A network needs a name.</source>
        <translation>Eit nettverk må ha eit namn.</translation>
    </message>
    <message>
        <source>A plan needs a title.</source>
        <translation>Ein plan må ha ein tittel.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of plan.</source>
        <translation>«%1» er ikkje ein plantype.</translation>
    </message>
    <message>
        <source>“%1” is not a plan status.</source>
        <translation>«%1» er ikkje ein planstatus.</translation>
    </message>
    <message>
        <source>The plan period ends (%1) before it starts (%2).</source>
        <translation>Planperioden sluttar (%1) før han byrjar (%2).</translation>
    </message>
    <message>
        <source>A focus area needs a name.</source>
        <translation>Eit innsatsområde må ha eit namn.</translation>
    </message>
    <message>
        <source>An owner needs a name.</source>
        <translation>Ein ansvarleg må ha eit namn.</translation>
    </message>
    <message>
        <source>A measure needs a title.</source>
        <translation>Eit tiltak må ha ein tittel.</translation>
    </message>
    <message>
        <source>“%1” is not a measure status.</source>
        <translation>«%1» er ikkje ein tiltaksstatus.</translation>
    </message>
    <message>
        <source>Progress must be between 0 and 100 %, not %1.</source>
        <translation>Framdrifta må vere mellom 0 og 100 %, ikkje %1.</translation>
    </message>
    <message>
        <source>“%1” is not a priority.</source>
        <translation>«%1» er ikkje ein prioritet.</translation>
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
        <translation>Ei framdriftsoppdatering må ha ein dato.</translation>
    </message>
    <message>
        <source>An indicator needs a name.</source>
        <translation>Ein indikator må ha eit namn.</translation>
    </message>
    <message>
        <source>“%1” is not a direction (higher or lower is better).</source>
        <translation>«%1» er ikkje ei retning (høgare eller lågare er betre).</translation>
    </message>
    <message>
        <source>A grant needs the name of its programme.</source>
        <translation>Eit tilskot må ha namnet på ordninga.</translation>
    </message>
    <message>
        <source>“%1” is not a grant status.</source>
        <translation>«%1» er ikkje ein tilskotsstatus.</translation>
    </message>
    <message>
        <source>A grant cannot be a negative amount.</source>
        <translation>Eit tilskot kan ikkje vere eit negativt beløp.</translation>
    </message>
    <message>
        <source>A report record needs the time it was written and its report date.</source>
        <translation>Ein registrert rapport treng tidspunktet han vart skriven og rapportdatoen.</translation>
    </message>
    <message>
        <source>“%1” is not a report language.</source>
        <translation>«%1» er ikkje eit rapportspråk.</translation>
    </message>
    <message>
        <source>A member summary needs the day it was made and the time it was imported.</source>
        <translation>Eit medlemssamandrag treng dagen det vart laga og tidspunktet det vart importert.</translation>
    </message>
    <message>
        <source>A joint project needs a name.</source>
        <translation>Eit fellesprosjekt må ha eit namn.</translation>
    </message>
    <message>
        <source>An assessment needs the day it was made.</source>
        <translation>Ei vurdering må ha datoen ho vart gjord.</translation>
    </message>
    <message>
        <source>The answers of an assessment are not readable.</source>
        <translation>Svara i ei vurdering kan ikkje lesast.</translation>
    </message>
    <message>
        <source>The answer to “%1” is not a score from 0 to 4.</source>
        <translation>Svaret på «%1» er ikkje poeng frå 0 til 4.</translation>
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
        <translation>Det finst ingen plan med id %1.</translation>
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
        <translation>Vel ein plan først.</translation>
    </message>
    <message>
        <source>Preview of the council report</source>
        <translation>Førehandsvising av rapporten til kommunestyret</translation>
    </message>
    <message>
        <source>Save the council report</source>
        <translation>Lagre rapporten til kommunestyret</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>The report was saved, but could not be recorded in the file: %1</source>
        <translation>Rapporten vart lagra, men kunne ikkje registrerast i fila: %1</translation>
    </message>
    <message>
        <source>Web page for screen readers (*.html)</source>
        <translation>Nettside for skjermlesarar (*.html)</translation>
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
        <translation>Berre o&amp;pne tiltak (utelat gjennomførte og avlyste)</translation>
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
        <translation>Delar</translation>
    </message>
    <message>
        <source>&amp;Summary: measures by status, overdue and upcoming deadlines</source>
        <translation>&amp;Samandrag: tiltak etter status, passerte og komande fristar</translation>
    </message>
    <message>
        <source>&amp;Indicators against their targets</source>
        <translation>&amp;Indikatorar mot måla</translation>
    </message>
    <message>
        <source>&amp;Changes since the last report</source>
        <translation>&amp;Endringar sidan førre rapport</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Diagram</translation>
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
        <translation>&amp;Førehandsvis …</translation>
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
        <translation>Før kommunestyret ser han</translation>
    </message>
    <message>
        <source>Circular self-&amp;assessment, where the municipality has made one</source>
        <translation>Sirkulær eigen&amp;vurdering, der kommunen har gjort ei</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Gjenopprett frå tryggingskopi</translation>
    </message>
    <message>
        <source>Backups of “%1” are kept in “%2”: one a day when the file is opened, one before each upgrade and one before each restore; the newest %3 are kept.

Restoring puts the plans back as they were when the backup was made. The plans as they are now are backed up first, so you can go back by restoring that backup.</source>
        <translation>Tryggingskopiar av «%1» ligg i «%2»: éin om dagen når fila blir opna, éin før kvar oppgradering og éin før kvar gjenoppretting; dei %3 nyaste blir haldne på.

Gjenoppretting set planane tilbake slik dei var då tryggingskopien vart laga. Planane slik dei er no, blir tryggingskopierte først, så du kan gå tilbake ved å gjenopprette den kopien.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Laga</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Kvifor</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storleik</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Gjenopprett</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Tryggingskopiar</translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message>
        <source>The sample data names an unknown municipality %1.</source>
        <translation>Eksempeldataa viser til ein ukjend kommune %1.</translation>
    </message>
    <message>
        <source>Sample measure %1: %2</source>
        <translation>Eksempeltiltak %1: %2</translation>
    </message>
    <message>
        <source>The sample data is missing from the app: %1</source>
        <translation>Eksempeldataa manglar i programmet: %1</translation>
    </message>
    <message>
        <source>The sample data is damaged: %1</source>
        <translation>Eksempeldataa er skadde: %1</translation>
    </message>
    <message>
        <source>No translation: %1</source>
        <translation>Manglar omsetjing: %1</translation>
    </message>
    <message>
        <source>Translation of no text: %1</source>
        <translation>Omsetjing utan tekst: %1</translation>
    </message>
</context>
<context>
    <name>SaveFiles</name>
    <message>
        <source>not everything could be written (the disk may be full)</source>
        <translation>ikkje alt kunne skrivast (disken kan vere full)</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Kan ikkje skrive «%1»: %2</translation>
    </message>
</context>
<context>
    <name>ServerAccess</name>
    <message>
        <source>“%1” cannot be a user name: use lower-case letters a–z, digits and _, starting with a letter (at most 63).</source>
        <translation>«%1» kan ikkje vere eit brukarnamn: bruk små bokstavar a–z, siffer og _, og byrj med ein bokstav (høgst 63).</translation>
    </message>
    <message>
        <source>No password given for “%1”.</source>
        <translation>Ikkje noko passord oppgitt for «%1».</translation>
    </message>
    <message>
        <source>There is a user “%1” on the server already.</source>
        <translation>Det finst alt ein brukar «%1» på tenaren.</translation>
    </message>
    <message>
        <source>The server has no municipality number “%1”.</source>
        <translation>Tenaren har ingen kommune med nummer «%1».</translation>
    </message>
    <message>
        <source>The server has no network with id %1.</source>
        <translation>Tenaren har ikkje noko nettverk med id %1.</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>“%1” is not a server address: it must begin with postgresql://.</source>
        <translation>«%1» er ikkje ei tenaradresse: ho må byrje med postgresql://.</translation>
    </message>
    <message>
        <source>“%1” is not a port number (in “%2”).</source>
        <translation>«%1» er ikkje eit portnummer (i «%2»).</translation>
    </message>
    <message>
        <source>“%1” is not a database name (in “%2”).</source>
        <translation>«%1» er ikkje eit databasenamn (i «%2»).</translation>
    </message>
    <message>
        <source>“%1=%2” is not a connection setting libpq knows (in “%3”).</source>
        <translation>«%1=%2» er ikkje ei tilkoplingsinnstilling libpq kjenner (i «%3»).</translation>
    </message>
</context>
<context>
    <name>ServerConnection</name>
    <message>
        <source>Cannot connect to %1: Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql).</source>
        <translation>Kan ikkje kople til %1: PostgreSQL-drivaren til Qt er ikkje installert (Debian: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The server %1 refused it: %2</source>
        <translation>Tenaren %1 avviste det: %2</translation>
    </message>
    <message>
        <source>Cannot connect to %1: the server did not accept the user name and password.</source>
        <translation>Kan ikkje kople til %1: tenaren godtok ikkje brukarnamnet og passordet.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: there is no server called “%2”; check the address.</source>
        <translation>Kan ikkje kople til %1: det finst ingen tenar som heiter «%2»; sjekk adressa.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: no database server answers there. Is it running, and is the port right?</source>
        <translation>Kan ikkje kople til %1: ingen databasetenar svarar der. Køyrer han, og er porten rett?</translation>
    </message>
    <message>
        <source>Cannot connect to %1: the server has no database “%2”.</source>
        <translation>Kan ikkje kople til %1: tenaren har ingen database «%2».</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Kan ikkje kople til %1: %2</translation>
    </message>
</context>
<context>
    <name>ServerSetup</name>
    <message>
        <source>%1 is not an Action Plans database: it holds other tables (%2). Use an empty database.</source>
        <translation>%1 er ikkje ein Handlingsplanar-database: han har andre tabellar (%2). Bruk ein tom database.</translation>
    </message>
    <message>
        <source>%1 is not an Action Plans database: it belongs to “%2”.</source>
        <translation>%1 er ikkje ein Handlingsplanar-database: han høyrer til «%2».</translation>
    </message>
    <message>
        <source>%1 has version %2 of the Action Plans schema, made by a newer version of the app; this version knows %3. Update the app.</source>
        <translation>%1 har versjon %2 av Handlingsplanar-skjemaet, laga av ein nyare versjon av programmet; denne versjonen kjenner %3. Oppdater programmet.</translation>
    </message>
</context>
<context>
    <name>SettingsActions</name>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Innstillingar</translation>
    </message>
    <message>
        <source>Your &amp;name…</source>
        <translation>Namnet &amp;ditt …</translation>
    </message>
    <message>
        <source>The name the change history gives your edits</source>
        <translation>Namnet endringshistorikken gjev endringane dine</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Namnet ditt</translation>
    </message>
    <message>
        <source>The change history of every measure says who made each change. Your name:</source>
        <translation>Endringshistorikken til kvart tiltak viser kven som gjorde kvar endring. Namnet ditt:</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>&amp;Fargar</translation>
    </message>
    <message>
        <source>&amp;System colours</source>
        <translation>&amp;Fargane til systemet</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Mørke</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Høg kontrast</translation>
    </message>
</context>
<context>
    <name>SiteFolder</name>
    <message>
        <source>The folder “%1” holds other files. Choose an empty folder, or the folder of an earlier publication of a plan.</source>
        <translation>Mappa «%1» inneheld andre filer. Vel ei tom mappe, eller mappa til ei tidlegare publisering av ein plan.</translation>
    </message>
    <message>
        <source>Cannot make the folder “%1”.</source>
        <translation>Kan ikkje lage mappa «%1».</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Kan ikkje skrive «%1»: %2</translation>
    </message>
</context>
<context>
    <name>SitePage</name>
    <message>
        <source>Skip to the content</source>
        <translation>Hopp til innhaldet</translation>
    </message>
    <message>
        <source>Accessibility statement</source>
        <translation>Tilgjengelegheitserklæring</translation>
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
        <translation>Hovudsider</translation>
    </message>
    <message>
        <source>What was checked, and how</source>
        <translation>Kva som er kontrollert, og korleis</translation>
    </message>
    <message>
        <source>Pages made the same way as these (the sample plans that come with the app that made them) were checked with the automatic tool axe-core in the Chromium browser, with no errors found.</source>
        <translation>Sider laga på same måte som desse (eksempelplanane som følgjer med programmet som laga dei) er kontrollerte med det automatiske verktøyet axe-core i nettlesaren Chromium, utan funn av feil.</translation>
    </message>
    <message>
        <source>The pages have headings in order, landmarks, a link to skip to the content, link texts that say where they lead, and tables with header cells.</source>
        <translation>Sidene har overskrifter i rett rekkjefølgje, landemerke, ei lenkje som hoppar til innhaldet, lenkjetekstar som seier kvar dei fører, og tabellar med overskriftsceller.</translation>
    </message>
    <message>
        <source>Every chart has a text that sums it up and a table of its figures.</source>
        <translation>Kvart diagram har ein tekst som oppsummerer det, og ein tabell med tala.</translation>
    </message>
    <message>
        <source>The pages work without JavaScript, follow the reader&apos;s own colours and text size, and fit a screen 320 pixels wide without sideways scrolling of the text.</source>
        <translation>Sidene verkar utan JavaScript, følgjer fargane og tekststorleiken til lesaren og passar på ein skjerm som er 320 pikslar brei, utan at teksten må rullast sidelengs.</translation>
    </message>
    <message>
        <source>Status is always told in words, never by colour alone.</source>
        <translation>Status står alltid med ord, aldri berre med farge.</translation>
    </message>
    <message>
        <source>Known shortcomings</source>
        <translation>Kjende manglar</translation>
    </message>
    <message>
        <source>Automatic checks find only part of what can stop a reader. Wide tables may need sideways scrolling on a narrow screen.</source>
        <translation>Automatiske kontrollar finn berre ein del av det som kan stoppe ein lesar. Breie tabellar kan måtte rullast sidelengs på ein smal skjerm.</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Tilbakemelding</translation>
    </message>
    <message>
        <source>If something on these pages is hard to use, tell %1. You can also notify the Authority for universal design of ICT (Tilsynet for universell utforming av IKT) at uutilsynet.no.</source>
        <translation>Viss noko på desse sidene er vanskeleg å bruke, sei frå til %1. Du kan også melde frå til Tilsynet for universell utforming av IKT på uutilsynet.no.</translation>
    </message>
    <message>
        <source>Statement made %1.</source>
        <translation>Erklæringa er laga %1.</translation>
    </message>
    <message>
        <source>%1 wants everyone to be able to read these pages. They are made to meet the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA, which the Norwegian regulation on universal design of ICT requires.</source>
        <translation>%1 vil at alle skal kunne lese desse sidene. Dei er laga for å oppfylle retningslinjene for tilgjengeleg webinnhald (WCAG) 2.1 på nivå AA, som forskrift om universell utforming av IKT krev.</translation>
    </message>
</context>
<context>
    <name>SitePublishing</name>
    <message>
        <source>Choose a plan first.</source>
        <translation>Vel ein plan først.</translation>
    </message>
    <message>
        <source> – website</source>
        <translation> – nettstad</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publisert</translation>
    </message>
    <message>
        <source>&amp;Open in the browser</source>
        <translation>O&amp;pne i nettlesaren</translation>
    </message>
    <message>
        <source>Choose a network first.</source>
        <translation>Vel eit nettverk først.</translation>
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
        <translation>(utan innsatsområde)</translation>
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
            <numerusform>%n tiltak i %1 innsatsområde: %2.</numerusform>
            <numerusform>%n tiltak i %1 innsatsområde: %2.</numerusform>
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
        <translation>Endringa kunne ikkje loggførast: %1</translation>
    </message>
    <message>
        <source>Cannot add to %1: %2</source>
        <translation>Kan ikkje leggje til i %1: %2</translation>
    </message>
    <message>
        <source>Cannot change row %1 of %2: it no longer exists.</source>
        <translation>Kan ikkje endre rad %1 i %2: ho finst ikkje lenger.</translation>
    </message>
    <message>
        <source>Cannot change row %1 of %2: %3</source>
        <translation>Kan ikkje endre rad %1 i %2: %3</translation>
    </message>
    <message>
        <source>Cannot delete row %1 of %2: it no longer exists.</source>
        <translation>Kan ikkje slette rad %1 i %2: ho finst ikkje lenger.</translation>
    </message>
    <message>
        <source>Cannot delete row %1 of %2: %3</source>
        <translation>Kan ikkje slette rad %1 i %2: %3</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikkje lese %1: %2</translation>
    </message>
    <message>
        <source>Someone else (%1) changed this after you saw it; your change was not saved.</source>
        <translation>Nokon andre (%1) endra dette etter at du såg det; endringa di vart ikkje lagra.</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>ein annan brukar</translation>
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
            <numerusform>Har sendt %n endring til tenaren</numerusform>
            <numerusform>Har sendt %n endringar til tenaren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and received %n.</source>
        <translation>
            <numerusform>og henta %n.</numerusform>
            <numerusform>og henta %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>History: %1 entries sent, %2 received.</source>
        <translation>Historikk: %1 oppføringar sende, %2 henta.</translation>
    </message>
    <message>
        <source>Not sent, kept in this copy: %1 is not yours to change on the server.</source>
        <translation>Ikkje sendt, ligg att i denne kopien: %1 kan du ikkje endre på tenaren.</translation>
    </message>
    <message>
        <source> (changed by %1 at %2)</source>
        <translation> (endra av %1, %2)</translation>
    </message>
    <message>
        <source>Conflict: %1, %2: yours %3, on the server %4%5.</source>
        <translation>Konflikt: %1, %2: hos deg %3, på tenaren %4%5.</translation>
    </message>
    <message>
        <source>Conflict: %1 was deleted in this copy and changed on the server%2.</source>
        <translation>Konflikt: %1 vart sletta i denne kopien og endra på tenaren%2.</translation>
    </message>
    <message>
        <source>Conflict: %1 was changed in this copy and deleted on the server%2.</source>
        <translation>Konflikt: %1 vart endra i denne kopien og sletta på tenaren%2.</translation>
    </message>
    <message>
        <source>Each side keeps its own value until you choose: run sync again with --mine or --theirs, or choose one by one in the app (File › Sync now).</source>
        <translation>Kvar side beheld sin eigen verdi til du vel: køyr sync på nytt med --mine eller --theirs, eller vel for kvar enkelt i programmet (Fil › Synkroniser no).</translation>
    </message>
    <message>
        <source>actionplans: no offline copy was made: %1</source>
        <translation>actionplans: ingen fråkopla kopi vart laga: %1</translation>
    </message>
    <message numerus="yes">
        <source>Made “%1”, an offline copy of %2 with %n row(s).</source>
        <translation>
            <numerusform>Laga «%1», ein fråkopla kopi av %2 med %n rad.</numerusform>
            <numerusform>Laga «%1», ein fråkopla kopi av %2 med %n rader.</numerusform>
        </translation>
    </message>
    <message>
        <source>actionplans: “%1” is not an offline copy; make one with --db SERVER sync --to FILE.</source>
        <translation>actionplans: «%1» er ikkje ein fråkopla kopi; lag ein med --db TENAR sync --to FIL.</translation>
    </message>
    <message>
        <source>actionplans: cannot reach the server to sync with: %1</source>
        <translation>actionplans: får ikkje kontakt med tenaren for å synkronisere: %1</translation>
    </message>
    <message>
        <source>actionplans: nothing was synced: %1</source>
        <translation>actionplans: ingenting vart synkronisert: %1</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s history has moved on by %n change(s) in the network since this copy was last synced.</source>
        <translation>
            <numerusform>Historikken på tenaren har fått %n endring i nettverket sidan denne kopien sist vart synkronisert.</numerusform>
            <numerusform>Historikken på tenaren har fått %n endringar i nettverket sidan denne kopien sist vart synkronisert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncConflictDialog</name>
    <message>
        <source>Choose what to keep</source>
        <translation>Vel kva som skal behaldast</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in this copy conflict with changes made on the server since the copy was last synced. Choose for each what to keep; the value not kept stays in the history. Everything else is synced already.</source>
        <translation>
            <numerusform>%n endring i denne kopien er i konflikt med ei endring på tenaren sidan kopien sist vart synkronisert. Vel kva som skal behaldast; verdien du ikkje beheld, blir liggjande i historikken. Alt anna er allereie synkronisert.</numerusform>
            <numerusform>%n endringar i denne kopien er i konflikt med endringar på tenaren sidan kopien sist vart synkronisert. Vel for kvar av dei kva som skal behaldast; verdien du ikkje beheld, blir liggjande i historikken. Alt anna er allereie synkronisert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konfliktar</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kva</translation>
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
        <translation>På tenaren</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behald</translation>
    </message>
    <message>
        <source>%1
(%2, %3)</source>
        <translation>%1
(%2, %3)</translation>
    </message>
    <message>
        <source>(the whole row)</source>
        <translation>(heile rada)</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Behald min</translation>
    </message>
    <message>
        <source>Take the server&apos;s</source>
        <translation>Ta tenaren sin</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Behald begge</translation>
    </message>
    <message>
        <source>Keep for %1</source>
        <translation>Val for %1</translation>
    </message>
    <message>
        <source>Keep for %1, %2</source>
        <translation>Val for %1, %2</translation>
    </message>
    <message>
        <source>In this copy: %1. On the server: %2.</source>
        <translation>I denne kopien: %1. På tenaren: %2.</translation>
    </message>
    <message>
        <source>&amp;Sync with these choices</source>
        <translation>&amp;Synkroniser med desse vala</translation>
    </message>
    <message>
        <source>Keep all &amp;mine</source>
        <translation>Behald alle &amp;mine</translation>
    </message>
    <message>
        <source>Take all the &amp;server&apos;s</source>
        <translation>&amp;Ta alle frå tenaren</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vel …</translation>
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
        <translation>Nokre av malane dine kunne ikkje lesast og blir ikkje tilbodne: %1</translation>
    </message>
    <message>
        <source>New plan “%1” from the template “%2”</source>
        <translation>Ny plan «%1» frå malen «%2»</translation>
    </message>
    <message>
        <source>The plan was not made: %1</source>
        <translation>Planen vart ikkje oppretta: %1</translation>
    </message>
    <message numerus="yes">
        <source>Made “%1” with %n focus area(s) and the template&apos;s indicators. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Oppretta «%1» med %n innsatsområde og indikatorane i malen. Angre med Ctrl+Z.</numerusform>
            <numerusform>Oppretta «%1» med %n innsatsområde og indikatorane i malen. Angre med Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Lagre som mal</translation>
    </message>
    <message>
        <source>Name of the template (the focus areas and indicators of “%1” are saved, not its measures):</source>
        <translation>Namn på malen (innsatsområda og indikatorane i «%1» blir lagra, ikkje tiltaka):</translation>
    </message>
    <message>
        <source>The template was not saved: %1</source>
        <translation>Malen vart ikkje lagra: %1</translation>
    </message>
    <message>
        <source>Saved the template “%1”; Plan → New plan from template… offers it.</source>
        <translation>Lagra malen «%1»; Plan → Ny plan frå mal … tilbyr han.</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>%1 %2 by %3</source>
        <translation>%1 %2 innan %3</translation>
    </message>
    <message>
        <source>New plan from template – %1</source>
        <translation>Ny plan frå mal – %1</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eining</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>Innsatsområde</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatorar</translation>
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
        <translation>Start frå oppbygginga av ein nettverksplan: innsatsområda og indikatorane, utan tiltak.</translation>
    </message>
    <message>
        <source>Comes with Action Plans</source>
        <translation>Følgjer med Handlingsplanar</translation>
    </message>
    <message>
        <source>Saved by you in %1</source>
        <translation>Lagra av deg i %1</translation>
    </message>
    <message>
        <source>From the network: %1</source>
        <translation>Frå nettverket: %1</translation>
    </message>
    <message>
        <source>Give the new plan a title.</source>
        <translation>Gi den nye planen ein tittel.</translation>
    </message>
    <message>
        <source>The period cannot end before it starts.</source>
        <translation>Perioden kan ikkje slutte før han byrjar.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Malar</translation>
    </message>
    <message>
        <source>Focus areas of the template</source>
        <translation>Innsatsområda i malen</translation>
    </message>
    <message>
        <source>Indicators of the template</source>
        <translation>Indikatorane i malen</translation>
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
        <translation>Fristar</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (forfalle)</translation>
    </message>
    <message>
        <source>%1: %2 – %3, %4</source>
        <translation>%1: %2 – %3, %4</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Forfalle</translation>
    </message>
    <message>
        <source>No measures with a deadline.</source>
        <translation>Ingen tiltak med frist.</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s) with deadlines from %1 to %2; %3 overdue.</source>
        <translation>
            <numerusform>%n tiltak med frist frå %1 til %2; %3 forfalne.</numerusform>
            <numerusform>%n tiltak med fristar frå %1 til %2; %3 forfalne.</numerusform>
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
        <translation>%1 Det du skreiv, blir teke vare på her til det er lagra eller du forkastar det.</translation>
    </message>
    <message>
        <source>Your change to “%1” is not saved. %2 It is kept until it is saved or you discard it.</source>
        <translation>Endringa di av «%1» er ikkje lagra. %2 Ho blir teken vare på til ho er lagra eller du forkastar ho.</translation>
    </message>
    <message>
        <source>&amp;Save again</source>
        <translation>&amp;Lagre på nytt</translation>
    </message>
    <message>
        <source>Try again to save what you typed</source>
        <translation>Prøv på nytt å lagre det du skreiv</translation>
    </message>
    <message>
        <source>Disc&amp;ard</source>
        <translation>Fork&amp;ast</translation>
    </message>
    <message>
        <source>Throw away what you typed and show what is saved</source>
        <translation>Forkast det du skreiv, og vis det som er lagra</translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation>Endringa er ikkje lagra</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Brukarrettleiing</translation>
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
        <translation>Vis alle tiltak i alle planane i fila</translation>
    </message>
    <message>
        <source>Show &amp;overdue measures</source>
        <translation>Vis &amp;forfalne tiltak</translation>
    </message>
    <message>
        <source>Show only overdue measures</source>
        <translation>Vis berre forfalne tiltak</translation>
    </message>
    <message>
        <source>&amp;Example bank …</source>
        <translation>&amp;Eksempelbank …</translation>
    </message>
    <message>
        <source>Search every measure in the file and copy good ones into a plan</source>
        <translation>Søk i alle tiltak i fila og kopier gode tiltak til ein plan</translation>
    </message>
    <message>
        <source>&amp;Circular self-assessment…</source>
        <translation>&amp;Sirkulær eigenvurdering …</translation>
    </message>
    <message>
        <source>Score the municipality chosen in the navigator on the circular strategies and compare with its network</source>
        <translation>Gi kommunen som er vald i navigatoren, poeng på dei sirkulære strategiane og samanlikn med nettverket</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Planar</translation>
    </message>
    <message>
        <source>Measure details</source>
        <translation>Tiltaksdetaljar</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Treng oppfølging</translation>
    </message>
    <message>
        <source>Plan check</source>
        <translation>Plankontroll</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagram</translation>
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
        <translation>Planlagd</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Ikkje starta</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Forseinka</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Stoppa</translation>
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
        <translation>På høyring</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Vedteken</translation>
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
        <translation>Anna</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Høg</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Middels</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Låg</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Høgare er betre</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Lågare er betre</translation>
    </message>
    <message>
        <source>Applied for</source>
        <translation>Søkt</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Innvilga</translation>
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
        <translation>Velkomen til Handlingsplanar</translation>
    </message>
    <message>
        <source>Plan your municipality&apos;s plastic-smart, circular and climate measures, give each an owner and a deadline, follow progress and bring the plan to the council as a PDF. Everything is kept in one file on this computer and saved as you go.</source>
        <translation>Planlegg tiltaka til kommunen for plastsmart, sirkulær og klimavenleg omstilling, gi kvart tiltak ein ansvarleg og ein frist, følg framdrifta og legg planen fram for kommunestyret som PDF. Alt ligg i éi fil på denne maskina og blir lagra fortløpande.</translation>
    </message>
    <message>
        <source>Type the name of your municipality</source>
        <translation>Skriv namnet på kommunen din</translation>
    </message>
    <message>
        <source>Look around the sample plans</source>
        <translation>Sjå deg om i eksempelplanane</translation>
    </message>
    <message>
        <source>Made-up plans of a few municipalities and their networks, to try everything on.</source>
        <translation>Oppdikta planar for nokre kommunar og nettverka deira, til å prøve alt på.</translation>
    </message>
    <message>
        <source>Start a new plan from a template</source>
        <translation>Start ein ny plan frå ein mal</translation>
    </message>
    <message>
        <source>For your municipality, with the focus areas and indicators of a plastic-smart, circular or climate plan.</source>
        <translation>For kommunen din, med innsatsområda og indikatorane til ein plastsmart, sirkulær eller klimaplan.</translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Importer eit rekneark</translation>
    </message>
    <message>
        <source>A new plan for your municipality with the measures of an Excel or CSV file.</source>
        <translation>Ein ny plan for kommunen din med tiltaka frå ei Excel- eller CSV-fil.</translation>
    </message>
    <message>
        <source>Your &amp;municipality:</source>
        <translation>Din &amp;kommune:</translation>
    </message>
    <message>
        <source>The change history of every measure says who made each change</source>
        <translation>Endringshistorikken til kvart tiltak viser kven som gjorde kvar endring</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Namnet &amp;ditt:</translation>
    </message>
</context>
<context>
    <name>WelcomeFlow</name>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Importer eit rekneark</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Rekneark (*.xlsx *.csv *.txt);;Alle filer (*)</translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message>
        <source>There is no plan with id %1.</source>
        <translation>Det finst ingen plan med id %1.</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder for the workbook: %1</source>
        <translation>Kan ikkje lage ei mellombels mappe for arbeidsboka: %1</translation>
    </message>
    <message>
        <source>Cannot start the workbook.</source>
        <translation>Kan ikkje starte arbeidsboka.</translation>
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
        <translation>Skildring</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarleg</translation>
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
        <translation>Framdrift</translation>
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
        <translation>Indikatorar</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eining</translation>
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
        <translation>Kjelde</translation>
    </message>
    <message>
        <source>Cannot write the workbook: %1</source>
        <translation>Kan ikkje skrive arbeidsboka: %1</translation>
    </message>
    <message>
        <source>Cannot read the workbook back: %1</source>
        <translation>Kan ikkje lese arbeidsboka tilbake: %1</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>The file is not an Excel workbook (.xlsx): it cannot be opened as one.</source>
        <translation>Fila er ikkje ei Excel-arbeidsbok (.xlsx): ho kan ikkje opnast som ei.</translation>
    </message>
    <message>
        <source>The workbook is damaged: its table of contents cannot be read.</source>
        <translation>Arbeidsboka er skadd: innhaldslista kan ikkje lesast.</translation>
    </message>
    <message>
        <source>The workbook is refused: “%1” would unpack to %2 from %3, far more than a spreadsheet of measures needs (a “zip bomb”).</source>
        <translation>Arbeidsboka blir avvist: «%1» ville blitt pakka ut til %2 frå %3, langt meir enn eit rekneark med tiltak treng (ei «zip-bombe»).</translation>
    </message>
    <message>
        <source>The workbook has no sheet that can be read.</source>
        <translation>Arbeidsboka har ikkje noko ark som kan lesast.</translation>
    </message>
    <message>
        <source>The sheet has more than %1 rows.</source>
        <translation>Arket har meir enn %1 rader.</translation>
    </message>
    <message>
        <source>The sheet has more than %1 columns.</source>
        <translation>Arket har meir enn %1 kolonnar.</translation>
    </message>
    <message>
        <source>The sheet is damaged: %1 (line %2 of its XML).</source>
        <translation>Arket er skadd: %1 (linje %2 i XML-en).</translation>
    </message>
    <message>
        <source>The first sheet is empty: it has no header row.</source>
        <translation>Det første arket er tomt: det har inga overskriftsrad.</translation>
    </message>
    <message>
        <source>The file is %1; files of more than %2 are not imported.</source>
        <translation>Fila er på %1; filer på meir enn %2 blir ikkje importerte.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Action Plans</source>
        <translation>Handlingsplanar</translation>
    </message>
</context>
</TS>
