<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AuditLens::ActionValueEditor</name>
    <message>
        <source>Action values</source>
        <translation>Aktionswerte</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation>Angezeigt als</translation>
    </message>
    <message>
        <source>Action shown for %1</source>
        <translation>Angezeigte Aktion für %1</translation>
    </message>
    <message>
        <source>Empty keeps the value as it is</source>
        <translation>Leer lässt den Wert unverändert</translation>
    </message>
</context>
<context>
    <name>AuditLens::Actions</name>
    <message>
        <source>auth</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>update</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>Fehlschlag</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>AuditLens::AuditDatabase</name>
    <message>
        <source>%1 is locked by another program that is writing to it; try again when it has finished.</source>
        <translation>%1 ist von einem anderen Programm gesperrt, das gerade hineinschreibt; versuchen Sie es erneut, wenn es fertig ist.</translation>
    </message>
    <message>
        <source>%1 is damaged or is not an SQLite database (%2).</source>
        <translation>%1 ist beschädigt oder keine SQLite-Datenbank (%2).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied.</source>
        <translation>%1 kann nicht gelesen werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no database.</source>
        <translation>%1 ist leer: Die Datei enthält keine Datenbank.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database.</source>
        <translation>%1 ist keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>%1 is truncated: it is too short to be an SQLite database.</source>
        <translation>%1 ist abgeschnitten: Die Datei ist zu kurz für eine SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt (libqt6sql6-psql) is not installed.</source>
        <translation>Der PostgreSQL-Treiber für Qt (libqt6sql6-psql) ist nicht installiert.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <source>Cannot make the session on %1 read-only: %2</source>
        <translation>Die Sitzung auf %1 kann nicht schreibgeschützt gemacht werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the tables of %1: %2</source>
        <translation>Die Tabellen von %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 has no table named %2.</source>
        <translation>%1 hat keine Tabelle namens %2.</translation>
    </message>
    <message>
        <source>%1 holds no tables.</source>
        <translation>%1 enthält keine Tabellen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has no audit log table: none of its %n table(s) has a timestamp and an action column.</source>
        <translation>
            <numerusform>%1 hat keine Audit-Protokoll-Tabelle: Die %n Tabelle hat keine Zeitstempel- und Aktionsspalte.</numerusform>
            <numerusform>%1 hat keine Audit-Protokoll-Tabelle: Keine der %n Tabellen hat eine Zeitstempel- und eine Aktionsspalte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLens::ChangesTable</name>
    <message>
        <source>Before and after values</source>
        <translation>Werte vorher und nachher</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>AuditLens::ChartsDock</name>
    <message>
        <source>Events by hour of day and weekday (UTC)</source>
        <translation>Ereignisse nach Tageszeit und Wochentag (UTC)</translation>
    </message>
    <message>
        <source>Most active users</source>
        <translation>Aktivste Benutzer</translation>
    </message>
    <message>
        <source>Auth</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Events per day by category</source>
        <translation>Ereignisse pro Tag nach Kategorie</translation>
    </message>
    <message>
        <source>Events per day</source>
        <translation>Ereignisse pro Tag</translation>
    </message>
    <message>
        <source>Hour × weekday</source>
        <translation>Stunde × Wochentag</translation>
    </message>
    <message>
        <source>Top users</source>
        <translation>Top-Benutzer</translation>
    </message>
    <message>
        <source>%1 – %2 (UTC); click a day to narrow the range</source>
        <translation>%1 – %2 (UTC); auf einen Tag klicken, um den Zeitraum einzugrenzen</translation>
    </message>
    <message>
        <source>%1: %2 events, %3 flagged</source>
        <translation>%1: %2 Ereignisse, %3 markiert</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
</context>
<context>
    <name>AuditLens::CommandLine</name>
    <message>
        <source>No temporary folder for the flags: %1</source>
        <translation>Kein temporärer Ordner für die Markierungen: %1</translation>
    </message>
    <message>
        <source>Write a realistic demo database in AuditLens&apos;s native schema.</source>
        <translation>Schreibt eine realistische Demo-Datenbank im nativen Schema von AuditLens.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>The SQLite file to write.</source>
        <translation>Die zu schreibende SQLite-Datei.</translation>
    </message>
    <message>
        <source>Number of events (default 20000).</source>
        <translation>Anzahl der Ereignisse (Standard 20000).</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Zufallswert (Standard 1).</translation>
    </message>
    <message>
        <source>Last day of activity, YYYY-MM-DD (default today, UTC).</source>
        <translation>Letzter Tag mit Aktivität, JJJJ-MM-TT (Standard: heute, UTC).</translation>
    </message>
    <message>
        <source>usage: auditlens demo FILE [--rows N] [--seed S] [--end YYYY-MM-DD]</source>
        <translation>Aufruf: auditlens demo DATEI [--rows N] [--seed S] [--end JJJJ-MM-TT]</translation>
    </message>
    <message>
        <source>--rows must be a number from 0 to 100000000, not &quot;%1&quot;.</source>
        <translation>--rows muss eine Zahl von 0 bis 100000000 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--seed must be a non-negative number, not &quot;%1&quot;.</source>
        <translation>--seed muss eine nicht negative Zahl sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--end must be a date like 2026-11-28, not &quot;%1&quot;.</source>
        <translation>--end muss ein Datum wie 2026-11-28 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Wrote %1 events to %2 in %3 s</source>
        <translation>%1 Ereignisse in %3 s nach %2 geschrieben</translation>
    </message>
    <message>
        <source>An SQLite file or a postgresql:// URL.</source>
        <translation>Eine SQLite-Datei oder eine postgresql://-URL.</translation>
    </message>
    <message>
        <source>usage: auditlens schema DATABASE</source>
        <translation>Aufruf: auditlens schema DATENBANK</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>--flagged-only needs the flag rules: leave out --no-flags.</source>
        <translation>--flagged-only braucht die Markierungsregeln: --no-flags weglassen.</translation>
    </message>
    <message>
        <source>Export the audit log to CSV, JSON or a PDF report.</source>
        <translation>Exportiert das Audit-Protokoll als CSV, JSON oder PDF-Bericht.</translation>
    </message>
    <message>
        <source>csv, json or pdf.</source>
        <translation>csv, json oder pdf.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>JSON Lines: one object a line instead of an array.</source>
        <translation>JSON Lines: ein Objekt pro Zeile statt eines Arrays.</translation>
    </message>
    <message>
        <source>CSV without a UTF-8 byte-order mark.</source>
        <translation>CSV ohne UTF-8-Byte-Order-Mark.</translation>
    </message>
    <message>
        <source>Keep CSV cells that start with = + - @ as they are (formula risk).</source>
        <translation>CSV-Zellen, die mit = + - @ beginnen, unverändert lassen (Formelrisiko).</translation>
    </message>
    <message>
        <source>Do not run the flag rules: faster, with an empty Flags column.</source>
        <translation>Die Markierungsregeln nicht ausführen: schneller, mit leerer Spalte „Markierungen“.</translation>
    </message>
    <message>
        <source>usage: auditlens export DATABASE --format csv|json|pdf --output FILE [FILTERS]</source>
        <translation>Aufruf: auditlens export DATENBANK --format csv|json|pdf --output DATEI [FILTER]</translation>
    </message>
    <message>
        <source>--format must be csv, json or pdf, not &quot;%1&quot;.</source>
        <translation>--format muss csv, json oder pdf sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>The PDF report needs the graphical application object.</source>
        <translation>Der PDF-Bericht braucht das grafische Anwendungsobjekt.</translation>
    </message>
    <message>
        <source>Audit log report</source>
        <translation>Audit-Protokoll-Bericht</translation>
    </message>
    <message>
        <source>Exported %1 events to %2</source>
        <translation>%1 Ereignisse nach %2 exportiert</translation>
    </message>
    <message>
        <source>The audit table cannot be read: %1</source>
        <translation>Die Audit-Tabelle kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 flagged events match the filter; %2 flagged of %3 events</source>
        <translation>%1 markierte Ereignisse entsprechen dem Filter; %2 markiert von %3 Ereignissen</translation>
    </message>
    <message>
        <source>%1 flagged of %2 events</source>
        <translation>%2 Ereignisse, davon %1 markiert</translation>
    </message>
    <message>
        <source>not applicable to this schema: %1</source>
        <translation>für dieses Schema nicht anwendbar: %1</translation>
    </message>
    <message>
        <source>Print the events that the rules of RULES.md flag, in stream order.</source>
        <translation>Gibt die Ereignisse, die die Regeln aus RULES.md markieren, in Stream-Reihenfolge aus.</translation>
    </message>
    <message>
        <source>One JSON object a line.</source>
        <translation>Ein JSON-Objekt pro Zeile.</translation>
    </message>
    <message>
        <source>usage: auditlens flags DATABASE [--json] [FILTERS]</source>
        <translation>Aufruf: auditlens flags DATENBANK [--json] [FILTER]</translation>
    </message>
    <message>
        <source>TIMESTAMP                 ID        ACTOR         ACTION              RULES                           REASONS</source>
        <translation>TIMESTAMP                 ID        ACTOR         ACTION              RULES                           REASONS</translation>
    </message>
</context>
<context>
    <name>AuditLens::ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>Mit Server verbinden</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>Der Server hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Der Server hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>from PGPASSWORD or ~/.pgpass when empty</source>
        <translation>aus PGPASSWORD oder ~/.pgpass, wenn leer</translation>
    </message>
    <message>
        <source>detected when empty</source>
        <translation>automatisch erkannt, wenn leer</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation>&amp;SSL-Modus:</translation>
    </message>
    <message>
        <source>SSL mode</source>
        <translation>SSL-Modus</translation>
    </message>
    <message>
        <source>&amp;Table (optional):</source>
        <translation>&amp;Tabelle (optional):</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Connection error</source>
        <translation>Verbindungsfehler</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Remember password in the desktop keychain</source>
        <translation>Passwort im Schlüsselbund des Desktops &amp;merken</translation>
    </message>
    <message>
        <source>Kept only in the desktop keychain, never in AuditLens&apos;s settings</source>
        <translation>Nur im Schlüsselbund des Desktops gespeichert, nie in den Einstellungen von AuditLens</translation>
    </message>
    <message>
        <source>Remember password</source>
        <translation>Passwort merken</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>The password comes from the desktop keychain.</source>
        <translation>Das Passwort stammt aus dem Schlüsselbund des Desktops.</translation>
    </message>
</context>
<context>
    <name>AuditLens::ConnectionBanner</name>
    <message>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message numerus="yes">
        <source>The connection to %1 was lost. Reconnecting in %n second(s)…</source>
        <translation>
            <numerusform>Die Verbindung zu %1 wurde unterbrochen. Neuer Versuch in %n Sekunde…</numerusform>
            <numerusform>Die Verbindung zu %1 wurde unterbrochen. Neuer Versuch in %n Sekunden…</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection to %1 was lost. Reconnecting…</source>
        <translation>Die Verbindung zu %1 wurde unterbrochen. Verbindung wird wiederhergestellt…</translation>
    </message>
</context>
<context>
    <name>AuditLens::CredentialStore</name>
    <message>
        <source>The desktop keychain refused access (%1), so the password is not remembered.</source>
        <translation>Der Schlüsselbund des Desktops hat den Zugriff verweigert (%1); das Passwort wird daher nicht gespeichert.</translation>
    </message>
    <message>
        <source>No desktop keychain is available, so the password cannot be remembered. AuditLens still uses PGPASSWORD, ~/.pgpass or the password typed here.</source>
        <translation>Kein Schlüsselbund des Desktops verfügbar; das Passwort kann daher nicht gespeichert werden. AuditLens verwendet weiterhin PGPASSWORD, ~/.pgpass oder das hier eingegebene Passwort.</translation>
    </message>
</context>
<context>
    <name>AuditLens::DemoGenerator</name>
    <message>
        <source>Cannot write the demo database %1: %2</source>
        <translation>Die Demo-Datenbank %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot move the demo database into place at %1.</source>
        <translation>Die Demo-Datenbank kann nicht nach %1 verschoben werden.</translation>
    </message>
</context>
<context>
    <name>AuditLens::DetailDock</name>
    <message>
        <source>Event Details</source>
        <translation>Ereignisdetails</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Ereignisdetails</translation>
    </message>
    <message>
        <source>Select an event to see everything about it.</source>
        <translation>Wählen Sie ein Ereignis, um alles darüber zu sehen.</translation>
    </message>
    <message>
        <source>Detail sections</source>
        <translation>Detailbereiche</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>All columns</source>
        <translation>Alle Spalten</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Verwandt</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Time in UTC</source>
        <translation>Zeit in UTC</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>JSON kopieren</translation>
    </message>
    <message>
        <source>Copy the event as JSON</source>
        <translation>Das Ereignis als JSON kopieren</translation>
    </message>
    <message>
        <source>Copy every field of the event as JSON</source>
        <translation>Alle Felder des Ereignisses als JSON kopieren</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Show only this user&apos;s events</source>
        <translation>Nur die Ereignisse dieses Benutzers zeigen</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>Ereignis-ID</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before and after&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vorher und nachher&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Every column of the row</source>
        <translation>Jede Spalte der Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Stored as: %1</source>
        <translation>Gespeichert als: %1</translation>
    </message>
    <message>
        <source>No time recorded</source>
        <translation>Keine Zeit erfasst</translation>
    </message>
    <message>
        <source>Unreadable time: %1</source>
        <translation>Unlesbare Zeit: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before and after:&lt;/b&gt; no values recorded</source>
        <translation>&lt;b&gt;Vorher und nachher:&lt;/b&gt; keine Werte erfasst</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before and after&lt;/b&gt; (changed fields highlighted)</source>
        <translation>&lt;b&gt;Vorher und nachher&lt;/b&gt; (geänderte Felder hervorgehoben)</translation>
    </message>
    <message>
        <source>JSON of column %1</source>
        <translation>JSON der Spalte %1</translation>
    </message>
    <message>
        <source>This event holds no JSON.</source>
        <translation>Dieses Ereignis enthält kein JSON.</translation>
    </message>
    <message>
        <source>The row could not be read: %1</source>
        <translation>Die Zeile konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <source>Copy Event as JSON</source>
        <translation>Ereignis als JSON kopieren</translation>
    </message>
    <message>
        <source>Event overview</source>
        <translation>Ereignisübersicht</translation>
    </message>
</context>
<context>
    <name>AuditLens::EntriesModel</name>
    <message>
        <source>The audit table cannot be read: %1</source>
        <translation>Die Audit-Tabelle kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>(no time)</source>
        <translation>(keine Zeit)</translation>
    </message>
    <message>
        <source>Unreadable time: %1</source>
        <translation>Unlesbare Zeit: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Flagged as suspicious</source>
        <translation>Als verdächtig markiert</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Markierung</translation>
    </message>
</context>
<context>
    <name>AuditLens::EntriesTable</name>
    <message>
        <source>Audit events</source>
        <translation>Audit-Ereignisse</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>No events match the current filter.</source>
        <translation>Kein Ereignis entspricht dem aktuellen Filter.</translation>
    </message>
    <message>
        <source>Search stopped. Press Search to run it again.</source>
        <translation>Suche abgebrochen. Mit „Suchen“ erneut starten.</translation>
    </message>
</context>
<context>
    <name>AuditLens::EventDetails</name>
    <message>
        <source>The row is no longer in the table.</source>
        <translation>Die Zeile ist nicht mehr in der Tabelle.</translation>
    </message>
</context>
<context>
    <name>AuditLens::EventFilter</name>
    <message>
        <source>on %1 (UTC)</source>
        <translation>am %1 (UTC)</translation>
    </message>
    <message>
        <source>from %1 to %2 (UTC)</source>
        <translation>vom %1 bis %2 (UTC)</translation>
    </message>
    <message>
        <source>from %1 to before %2 (UTC)</source>
        <translation>vom %1 bis vor %2 (UTC)</translation>
    </message>
    <message>
        <source>from %1 (UTC)</source>
        <translation>ab %1 (UTC)</translation>
    </message>
    <message>
        <source>until %1 (UTC)</source>
        <translation>bis %1 (UTC)</translation>
    </message>
    <message>
        <source>before %1 (UTC)</source>
        <translation>vor %1 (UTC)</translation>
    </message>
    <message>
        <source>action %1</source>
        <translation>Aktion %1</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>Kategorie %1</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>Tabelle %1</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>IP %1</source>
        <translation>IP %1</translation>
    </message>
    <message>
        <source>text contains &quot;%1&quot;</source>
        <translation>Text enthält „%1“</translation>
    </message>
    <message>
        <source>flagged events only</source>
        <translation>nur markierte Ereignisse</translation>
    </message>
    <message>
        <source>flagged events in review state %1</source>
        <translation>markierte Ereignisse mit Prüfstatus %1</translation>
    </message>
</context>
<context>
    <name>AuditLens::ExportColumns</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Old values</source>
        <translation>Alte Werte</translation>
    </message>
    <message>
        <source>New values</source>
        <translation>Neue Werte</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Markierungen</translation>
    </message>
</context>
<context>
    <name>AuditLens::ExportController</name>
    <message>
        <source>audit-log-%1</source>
        <translation>audit-protokoll-%1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>Es läuft bereits ein Export.</translation>
    </message>
    <message>
        <source>Audit log report</source>
        <translation>Audit-Protokoll-Bericht</translation>
    </message>
    <message numerus="yes">
        <source>%n rows selected in the window</source>
        <translation>
            <numerusform>%n im Fenster ausgewählte Zeile</numerusform>
            <numerusform>%n im Fenster ausgewählte Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>the filter set in the window</source>
        <translation>der im Fenster gesetzte Filter</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Exported %1 of %2 rows…</source>
        <translation>%1 von %2 Zeilen exportiert…</translation>
    </message>
    <message>
        <source>The export failed. No file was written.</source>
        <translation>Der Export ist fehlgeschlagen. Es wurde keine Datei geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln rows.</source>
        <translation>
            <numerusform>%Ln Zeile exportiert.</numerusform>
            <numerusform>%Ln Zeilen exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
</context>
<context>
    <name>AuditLens::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln matching rows</source>
        <translation>
            <numerusform>Die %Ln passende Zeile</numerusform>
            <numerusform>Alle %Ln passenden Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>All matching rows</source>
        <translation>Alle passenden Zeilen</translation>
    </message>
    <message numerus="yes">
        <source>Only the %Ln selected rows</source>
        <translation>
            <numerusform>Nur die %Ln ausgewählte Zeile</numerusform>
            <numerusform>Nur die %Ln ausgewählten Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Zeilen:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Byte-order mark (for spreadsheet programs)</source>
        <translation>Byte-Order-Mark (für Tabellenkalkulationen)</translation>
    </message>
    <message>
        <source>Neutralise cells a spreadsheet would run as formulas</source>
        <translation>Zellen entschärfen, die eine Tabellenkalkulation als Formel ausführen würde</translation>
    </message>
    <message>
        <source>Cells starting with = + - @ get a leading &apos; (OWASP advice against CSV injection).</source>
        <translation>Zellen, die mit = + - @ beginnen, erhalten ein vorangestelltes &apos; (OWASP-Empfehlung gegen CSV-Injection).</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>An array of objects</source>
        <translation>Ein Array von Objekten</translation>
    </message>
    <message>
        <source>JSON Lines (one object a line)</source>
        <translation>JSON Lines (ein Objekt pro Zeile)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>A4, landscape</source>
        <translation>A4, Querformat</translation>
    </message>
    <message>
        <source>Letter, landscape</source>
        <translation>Letter, Querformat</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
</context>
<context>
    <name>AuditLens::ExportOptions</name>
    <message>
        <source>unknown user</source>
        <translation>unbekannter Benutzer</translation>
    </message>
</context>
<context>
    <name>AuditLens::ExportRegistry</name>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json *.jsonl)</source>
        <translation>JSON-Dateien (*.json *.jsonl)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
</context>
<context>
    <name>AuditLens::Exporter</name>
    <message>
        <source>The audit table cannot be read: %1</source>
        <translation>Die Audit-Tabelle kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The export could not be written.</source>
        <translation>Der Export konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The output file is the audit database itself.</source>
        <translation>Die Ausgabedatei ist die Audit-Datenbank selbst.</translation>
    </message>
    <message>
        <source>No output file was given.</source>
        <translation>Es wurde keine Ausgabedatei angegeben.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>AuditLens::FilterOptions</name>
    <message>
        <source>--status: &quot;%1&quot; is not one of success, failure, error, unknown.</source>
        <translation>--status: „%1“ ist keiner der Werte success, failure, error, unknown.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not an ISO-8601 date or date-time (e.g. 2026-11-28 or 2026-11-28T09:00:00Z).</source>
        <translation>--%1: „%2“ ist kein ISO-8601-Datum und keine ISO-8601-Zeitangabe (z. B. 2026-11-28 oder 2026-11-28T09:00:00Z).</translation>
    </message>
    <message>
        <source>Events at or after T (ISO-8601 date or date-time, UTC unless it has an offset).</source>
        <translation>Ereignisse ab T (ISO-8601-Datum oder -Zeitangabe, UTC, sofern kein Offset angegeben ist).</translation>
    </message>
    <message>
        <source>Events before T; a date alone includes that whole day.</source>
        <translation>Ereignisse vor T; ein Datum allein schließt den ganzen Tag ein.</translation>
    </message>
    <message>
        <source>Only these actions (repeat or separate with commas).</source>
        <translation>Nur diese Aktionen (wiederholen oder mit Kommas trennen).</translation>
    </message>
    <message>
        <source>Only these tables or resource types.</source>
        <translation>Nur diese Tabellen oder Ressourcentypen.</translation>
    </message>
    <message>
        <source>Only these users.</source>
        <translation>Nur diese Benutzer.</translation>
    </message>
    <message>
        <source>Only success, failure, error or unknown.</source>
        <translation>Nur success, failure, error oder unknown.</translation>
    </message>
    <message>
        <source>Only this IP address (a trailing * matches a prefix).</source>
        <translation>Nur diese IP-Adresse (ein * am Ende passt auf ein Präfix).</translation>
    </message>
    <message>
        <source>Free text in the summary, values, metadata, ids, user, IP and user agent.</source>
        <translation>Freitext in Zusammenfassung, Werten, Metadaten, IDs, Benutzer, IP und User-Agent.</translation>
    </message>
    <message>
        <source>Only events the flag rules mark as suspicious.</source>
        <translation>Nur Ereignisse, die die Markierungsregeln als verdächtig einstufen.</translation>
    </message>
    <message>
        <source>--from must be earlier than --to.</source>
        <translation>--from muss vor --to liegen.</translation>
    </message>
    <message>
        <source>--ip: &quot;%1&quot; is not an IP address or prefix.</source>
        <translation>--ip: „%1“ ist keine IP-Adresse und kein Präfix.</translation>
    </message>
</context>
<context>
    <name>AuditLens::FilterPanel</name>
    <message>
        <source>Authentication</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Data: create</source>
        <translation>Daten: anlegen</translation>
    </message>
    <message>
        <source>Data: update</source>
        <translation>Daten: ändern</translation>
    </message>
    <message>
        <source>Data: delete</source>
        <translation>Daten: löschen</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Read and export</source>
        <translation>Lesen und Export</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fehlschlag</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10 or 10.0.*</source>
        <translation>z. B. 192.168.1.10 oder 10.0.*</translation>
    </message>
    <message>
        <source>&amp;Event type</source>
        <translation>&amp;Ereignistyp</translation>
    </message>
    <message>
        <source>T&amp;able</source>
        <translation>T&amp;abelle</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>&amp;IP address</source>
        <translation>&amp;IP-Adresse</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>From (UTC)</source>
        <translation>Von (UTC)</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Beliebige Zeit</translation>
    </message>
    <message>
        <source>To (UTC)</source>
        <translation>Bis (UTC)</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Suchtext</translation>
    </message>
    <message>
        <source>Summary, values, record id, user, IP, user agent…</source>
        <translation>Zusammenfassung, Werte, Datensatz-ID, Benutzer, IP, User-Agent…</translation>
    </message>
    <message>
        <source>&amp;Flagged only</source>
        <translation>Nur &amp;markierte</translation>
    </message>
    <message>
        <source>Flagged only</source>
        <translation>Nur markierte</translation>
    </message>
    <message>
        <source>&amp;Date range</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <source>F&amp;rom (UTC)</source>
        <translation>&amp;Von (UTC)</translation>
    </message>
    <message>
        <source>T&amp;o (UTC)</source>
        <translation>Bi&amp;s (UTC)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>Suc&amp;hen</translation>
    </message>
    <message>
        <source>Quick filters:</source>
        <translation>Schnellfilter:</translation>
    </message>
    <message>
        <source>Today&apos;s activity</source>
        <translation>Heutige Aktivität</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Failed logins</source>
        <translation>Fehlanmeldungen</translation>
    </message>
    <message>
        <source>Data changes only</source>
        <translation>Nur Datenänderungen</translation>
    </message>
    <message>
        <source>Active filters</source>
        <translation>Aktive Filter</translation>
    </message>
    <message>
        <source>C&amp;lear all</source>
        <translation>Alle &amp;löschen</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Alle Filter löschen</translation>
    </message>
    <message>
        <source>Searc&amp;h</source>
        <translation>Su&amp;chen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>All event types</source>
        <translation>Alle Ereignistypen</translation>
    </message>
    <message>
        <source>%1 (all)</source>
        <translation>%1 (alle)</translation>
    </message>
    <message>
        <source>All tables</source>
        <translation>Alle Tabellen</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>Filter %1 entfernen</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Diesen Filter entfernen</translation>
    </message>
    <message>
        <source>No active filters</source>
        <translation>Keine aktiven Filter</translation>
    </message>
    <message numerus="yes">
        <source>%n active filter(s):</source>
        <translation>
            <numerusform>%n aktiver Filter:</numerusform>
            <numerusform>%n aktive Filter:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Aktion: %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Typ: %1</translation>
    </message>
    <message>
        <source>Table: %1</source>
        <translation>Tabelle: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Benutzer: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>IP: %1</source>
        <translation>IP: %1</translation>
    </message>
    <message>
        <source>Text: “%1”</source>
        <translation>Text: „%1“</translation>
    </message>
    <message>
        <source>Remove this filter: %1</source>
        <translation>Diesen Filter entfernen: %1</translation>
    </message>
</context>
<context>
    <name>AuditLens::Flags</name>
    <message>
        <source>Cannot open the flag store %1: %2</source>
        <translation>Der Markierungsspeicher %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the flag store %1: %2</source>
        <translation>Der Markierungsspeicher %1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>Large value change</source>
        <translation>Große Wertänderung</translation>
    </message>
    <message>
        <source>Bulk operations</source>
        <translation>Massenoperationen</translation>
    </message>
    <message>
        <source>Off-hours activity</source>
        <translation>Aktivität außerhalb der Arbeitszeit</translation>
    </message>
    <message>
        <source>Delete from a sensitive table</source>
        <translation>Löschen aus einer sensiblen Tabelle</translation>
    </message>
    <message>
        <source>Rapid edits to one record</source>
        <translation>Schnelle Änderungen an einem Datensatz</translation>
    </message>
    <message>
        <source>Repeated failed logins</source>
        <translation>Wiederholte fehlgeschlagene Anmeldungen</translation>
    </message>
    <message>
        <source>Login from a new IP address</source>
        <translation>Anmeldung von einer neuen IP-Adresse</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>Cannot read the flag store %1: %2</source>
        <translation>Der Markierungsspeicher %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The flag store %1 was written by a newer version of AuditLens (store version %2, this version knows %3); it is left as it is.</source>
        <translation>Der Markierungsspeicher %1 wurde von einer neueren AuditLens-Version geschrieben (Speicherversion %2, diese Version kennt %3); er bleibt unverändert.</translation>
    </message>
</context>
<context>
    <name>AuditLens::Flags::FlagEngine</name>
    <message>
        <source>%1 changed from %2 to %3</source>
        <translation>%1 von %2 auf %3 geändert</translation>
    </message>
    <message>
        <source>%1 changed by %2%3% (%4 → %5)</source>
        <translation>%1 um %2%3% geändert (%4 → %5)</translation>
    </message>
    <message>
        <source>%1 operations by %2 within %3</source>
        <translation>%1 Operationen von %2 innerhalb von %3</translation>
    </message>
    <message>
        <source>activity at %1:%2 %3</source>
        <translation>Aktivität um %1:%2 %3</translation>
    </message>
    <message>
        <source>deleted a record from %1</source>
        <translation>Datensatz aus %1 gelöscht</translation>
    </message>
    <message>
        <source>%1 edits to %2 #%3 within %4</source>
        <translation>%1 Änderungen an %2 #%3 innerhalb von %4</translation>
    </message>
    <message>
        <source>%1 failed logins for %2 within %3</source>
        <translation>%1 fehlgeschlagene Anmeldungen für %2 innerhalb von %3</translation>
    </message>
    <message>
        <source>%1 failed logins from %2 within %3</source>
        <translation>%1 fehlgeschlagene Anmeldungen von %2 innerhalb von %3</translation>
    </message>
    <message>
        <source>first login by %1 from %2</source>
        <translation>erste Anmeldung von %1 über %2</translation>
    </message>
    <message>
        <source>request rejected: %1</source>
        <translation>Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>request rejected: %1 (%2)</source>
        <translation>Anfrage abgelehnt: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>AuditLens::Flags::FlagRunner</name>
    <message>
        <source>Cannot write to the flag store.</source>
        <translation>In den Markierungsspeicher kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot read the audit table: %1</source>
        <translation>Die Audit-Tabelle kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>AuditLens::FlagsPanel</name>
    <message>
        <source>Flagged as suspicious</source>
        <translation>Als verdächtig markiert</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>Prüfung speichern</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>Prüfstatus</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Zur Kenntnis genommen</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>Fehlalarm</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Prüfnotiz</translation>
    </message>
    <message>
        <source>Why this event is or is not a problem…</source>
        <translation>Warum dieses Ereignis ein Problem ist oder nicht…</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Prüfung:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Reviewed by %1 on %2</source>
        <translation>Geprüft von %1 am %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>AuditLens::JsonView</name>
    <message>
        <source>JSON tree</source>
        <translation>JSON-Baum</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Too large to show as a tree (%1): shown as text.</source>
        <translation>Zu groß für die Baumansicht (%1): als Text angezeigt.</translation>
    </message>
    <message>
        <source>⚠ Not valid JSON (%1 at character %2): shown as stored.</source>
        <translation>⚠ Kein gültiges JSON (%1 bei Zeichen %2): wie gespeichert angezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n value(s) are shown.</source>
        <translation>
            <numerusform>Nur der erste %n Wert wird angezeigt.</numerusform>
            <numerusform>Nur die ersten %n Werte werden angezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n Schlüssel}</numerusform>
            <numerusform>{%n Schlüssel}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n Element]</numerusform>
            <numerusform>[%n Elemente]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLens::LongTextView</name>
    <message>
        <source>Show all</source>
        <translation>Alles zeigen</translation>
    </message>
    <message>
        <source>Show the whole value</source>
        <translation>Den ganzen Wert zeigen</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2.</source>
        <translation>Die ersten %1 von %2 werden angezeigt.</translation>
    </message>
</context>
<context>
    <name>AuditLens::MainActions</name>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open an audit database</source>
        <translation>Eine Audit-Datenbank öffnen</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>Mit &amp;Server verbinden…</translation>
    </message>
    <message>
        <source>Open an audit log on a PostgreSQL server</source>
        <translation>Ein Audit-Protokoll auf einem PostgreSQL-Server öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit AuditLens</source>
        <translation>AuditLens beenden</translation>
    </message>
    <message>
        <source>&amp;About AuditLens</source>
        <translation>Über &amp;AuditLens</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Version und Lizenz</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>Show or hide the filter panel</source>
        <translation>Filterbereich ein- oder ausblenden</translation>
    </message>
    <message>
        <source>First Page</source>
        <translation>Erste Seite</translation>
    </message>
    <message>
        <source>Go to the newest events</source>
        <translation>Zu den neuesten Ereignissen</translation>
    </message>
    <message>
        <source>Previous Page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <source>Go to the previous page</source>
        <translation>Zur vorherigen Seite</translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Go to the next page</source>
        <translation>Zur nächsten Seite</translation>
    </message>
    <message>
        <source>Last Page</source>
        <translation>Letzte Seite</translation>
    </message>
    <message>
        <source>Go to the oldest events</source>
        <translation>Zu den ältesten Ereignissen</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Read the current page again</source>
        <translation>Die aktuelle Seite erneut lesen</translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation>&amp;CSV…</translation>
    </message>
    <message>
        <source>Export the matching entries to a CSV file</source>
        <translation>Die passenden Einträge in eine CSV-Datei exportieren</translation>
    </message>
    <message>
        <source>&amp;JSON…</source>
        <translation>&amp;JSON…</translation>
    </message>
    <message>
        <source>Export the matching entries to a JSON file</source>
        <translation>Die passenden Einträge in eine JSON-Datei exportieren</translation>
    </message>
    <message>
        <source>&amp;PDF Report…</source>
        <translation>&amp;PDF-Bericht…</translation>
    </message>
    <message>
        <source>Export the matching entries as a PDF compliance report</source>
        <translation>Die passenden Einträge als PDF-Prüfbericht exportieren</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export the matching entries to CSV, JSON or PDF</source>
        <translation>Die passenden Einträge als CSV, JSON oder PDF exportieren</translation>
    </message>
    <message>
        <source>&amp;Map Columns…</source>
        <translation>S&amp;palten zuordnen…</translation>
    </message>
    <message>
        <source>Choose which columns of a table hold each part of an event</source>
        <translation>Wählen, welche Spalten einer Tabelle welchen Teil eines Ereignisses enthalten</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Search the events&apos; text in the filter panel</source>
        <translation>Den Text der Ereignisse im Filterbereich durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Time zone, page size, theme, language and the local store folder</source>
        <translation>Zeitzone, Seitengröße, Design, Sprache und der Ordner des lokalen Speichers</translation>
    </message>
</context>
<context>
    <name>AuditLens::MainWindow</name>
    <message>
        <source>AuditLens</source>
        <translation>AuditLens</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Keine Datenbank geöffnet</translation>
    </message>
    <message>
        <source>Event &amp;Details</source>
        <translation>&amp;Ereignisdetails</translation>
    </message>
    <message>
        <source>Show or hide the details of the selected event</source>
        <translation>Details des ausgewählten Ereignisses ein- oder ausblenden</translation>
    </message>
    <message>
        <source>That event is hidden by the current filter.</source>
        <translation>Dieses Ereignis wird vom aktuellen Filter ausgeblendet.</translation>
    </message>
    <message>
        <source>%1 — AuditLens</source>
        <translation>%1 — AuditLens</translation>
    </message>
    <message>
        <source>Open Audit Database</source>
        <translation>Audit-Datenbank öffnen</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3 *.db3);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite *.sqlite3 *.db3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>%1 — table %2 (%3), read-only</source>
        <translation>%1 — Tabelle %2 (%3), schreibgeschützt</translation>
    </message>
    <message>
        <source>Counting events…</source>
        <translation>Ereignisse werden gezählt…</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>About AuditLens</source>
        <translation>Über AuditLens</translation>
    </message>
    <message>
        <source>&lt;h3&gt;AuditLens %1&lt;/h3&gt;&lt;p&gt;A read-only desktop viewer for the audit logs of your business systems.&lt;/p&gt;&lt;p&gt;It never writes to the audit database.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;AuditLens %1&lt;/h3&gt;&lt;p&gt;Ein schreibgeschützter Desktop-Betrachter für die Audit-Protokolle Ihrer Geschäftssysteme.&lt;/p&gt;&lt;p&gt;Er schreibt niemals in die Audit-Datenbank.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Diagramme</translation>
    </message>
    <message>
        <source>Show or hide the charts</source>
        <translation>Diagramme ein- oder ausblenden</translation>
    </message>
    <message>
        <source>&amp;Next Unreviewed Flag</source>
        <translation>&amp;Nächste ungeprüfte Markierung</translation>
    </message>
    <message>
        <source>Go to the next flagged event that has not been reviewed</source>
        <translation>Zum nächsten markierten Ereignis, das noch nicht geprüft wurde</translation>
    </message>
    <message>
        <source>&amp;Run Flagging Again</source>
        <translation>Markierung e&amp;rneut ausführen</translation>
    </message>
    <message>
        <source>Evaluate every rule over the whole database again</source>
        <translation>Alle Regeln erneut über die ganze Datenbank auswerten</translation>
    </message>
    <message>
        <source>Show &amp;Unreviewed Flags</source>
        <translation>&amp;Ungeprüfte Markierungen zeigen</translation>
    </message>
    <message>
        <source>Show only the flagged events that have not been reviewed</source>
        <translation>Nur die markierten Ereignisse zeigen, die noch nicht geprüft wurden</translation>
    </message>
    <message>
        <source>R&amp;ules…</source>
        <translation>Re&amp;geln…</translation>
    </message>
    <message>
        <source>Choose the rules that flag events and their thresholds</source>
        <translation>Die Regeln, die Ereignisse markieren, und ihre Schwellenwerte wählen</translation>
    </message>
    <message>
        <source>Fla&amp;gs</source>
        <translation>Mar&amp;kierungen</translation>
    </message>
    <message>
        <source>The review could not be saved.</source>
        <translation>Die Prüfung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Flagging…</source>
        <translation>Markierung läuft…</translation>
    </message>
    <message>
        <source>Flagging progress</source>
        <translation>Fortschritt der Markierung</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel flagging</source>
        <translation>Markierung abbrechen</translation>
    </message>
    <message>
        <source>Stop flagging; the flags stored before stay</source>
        <translation>Markierung beenden; die bisher gespeicherten Markierungen bleiben erhalten</translation>
    </message>
    <message>
        <source>Flags are not available: %1</source>
        <translation>Markierungen sind nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>%1: this database has no %2 field</source>
        <translation>%1: Diese Datenbank hat kein Feld %2</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n rule(s) not applicable</source>
        <translation>
            <numerusform>⚠ %n Regel nicht anwendbar</numerusform>
            <numerusform>⚠ %n Regeln nicht anwendbar</numerusform>
        </translation>
    </message>
    <message>
        <source>Flagging canceled; the flags stored before are kept.</source>
        <translation>Markierung abgebrochen; die bisher gespeicherten Markierungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Flagging failed: %1</source>
        <translation>Markierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Flagging done: %1 flagged events (%2 events read).</source>
        <translation>Markierung abgeschlossen: %1 markierte Ereignisse (%2 Ereignisse gelesen).</translation>
    </message>
    <message>
        <source>Every flagged event has been reviewed.</source>
        <translation>Alle markierten Ereignisse wurden geprüft.</translation>
    </message>
    <message>
        <source>The unreviewed flagged events are hidden by the current filter.</source>
        <translation>Die ungeprüften markierten Ereignisse werden vom aktuellen Filter ausgeblendet.</translation>
    </message>
    <message>
        <source>The rules could not be saved.</source>
        <translation>Die Regeln konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Open a database first: its tables are what you map.</source>
        <translation>Öffnen Sie zuerst eine Datenbank: Zugeordnet werden ihre Tabellen.</translation>
    </message>
    <message>
        <source>Choose the table and the columns that hold its events.</source>
        <translation>Wählen Sie die Tabelle und die Spalten, die ihre Ereignisse enthalten.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>View “%1” applied.</source>
        <translation>Ansicht „%1“ angewendet.</translation>
    </message>
</context>
<context>
    <name>AuditLens::ManageViewsDialog</name>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Manage Views</source>
        <translation>Ansichten verwalten</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>Rename View</source>
        <translation>Ansicht umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
</context>
<context>
    <name>AuditLens::MappingDialog</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Table or resource</source>
        <translation>Tabelle oder Ressource</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Datensatz-ID</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Old values</source>
        <translation>Alte Werte</translation>
    </message>
    <message>
        <source>New values</source>
        <translation>Neue Werte</translation>
    </message>
    <message>
        <source>Changed field</source>
        <translation>Geändertes Feld</translation>
    </message>
    <message>
        <source>Changes (JSON)</source>
        <translation>Änderungen (JSON)</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Row id</source>
        <translation>Zeilen-ID</translation>
    </message>
    <message>
        <source>Map Columns — %1</source>
        <translation>Spalten zuordnen — %1</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>Columns and sample values</source>
        <translation>Spalten und Beispielwerte</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Beispielwerte</translation>
    </message>
    <message>
        <source>Preview of the first page</source>
        <translation>Vorschau der ersten Seite</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Save as &amp;Profile</source>
        <translation>Als &amp;Profil speichern</translation>
    </message>
    <message>
        <source>Write this mapping to your profiles folder: the table then opens with no dialog</source>
        <translation>Diese Zuordnung in Ihren Profilordner schreiben: Die Tabelle öffnet sich dann ohne Dialog</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Canonical fields</source>
        <translation>Kanonische Felder</translation>
    </message>
    <message>
        <source>Action values</source>
        <translation>Aktionswerte</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>Profil&amp;name:</translation>
    </message>
    <message>
        <source>This database holds no tables.</source>
        <translation>Diese Datenbank enthält keine Tabellen.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 (mapped by hand)</source>
        <translation>%1 (manuell zugeordnet)</translation>
    </message>
    <message>
        <source>Choose the column that holds the time of each event.</source>
        <translation>Wählen Sie die Spalte, die die Zeit jedes Ereignisses enthält.</translation>
    </message>
    <message>
        <source>%1 has no primary key: choose the column that identifies each row (Row id).</source>
        <translation>%1 hat keinen Primärschlüssel: Wählen Sie die Spalte, die jede Zeile kennzeichnet (Zeilen-ID).</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>Saved as %1. AuditLens now opens %2 with this mapping, with no dialog.</source>
        <translation>Gespeichert als %1. AuditLens öffnet %2 jetzt mit dieser Zuordnung, ohne Dialog.</translation>
    </message>
</context>
<context>
    <name>AuditLens::NewEventsBanner</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>New events</source>
        <translation>Neue Ereignisse</translation>
    </message>
    <message>
        <source>Show the new events</source>
        <translation>Die neuen Ereignisse anzeigen</translation>
    </message>
    <message>
        <source>Go to the first page, where the newest events are</source>
        <translation>Zur ersten Seite gehen, auf der die neuesten Ereignisse stehen</translation>
    </message>
    <message>
        <source>1 new event</source>
        <translation>1 neues Ereignis</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new events</source>
        <translation>
            <numerusform>%Ln neues Ereignis</numerusform>
            <numerusform>%Ln neue Ereignisse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLens::PagerWidget</name>
    <message>
        <source>First page (Ctrl+Home)</source>
        <translation>Erste Seite (Strg+Pos1)</translation>
    </message>
    <message>
        <source>Previous page (Ctrl+PgUp)</source>
        <translation>Vorherige Seite (Strg+Bild auf)</translation>
    </message>
    <message>
        <source>Next page (Ctrl+PgDown)</source>
        <translation>Nächste Seite (Strg+Bild ab)</translation>
    </message>
    <message>
        <source>Last page (Ctrl+End)</source>
        <translation>Letzte Seite (Strg+Ende)</translation>
    </message>
    <message>
        <source>Go to page</source>
        <translation>Gehe zu Seite</translation>
    </message>
    <message>
        <source>Type a page number and press Enter</source>
        <translation>Seitenzahl eingeben und Eingabetaste drücken</translation>
    </message>
    <message>
        <source>Go to page:</source>
        <translation>Gehe zu Seite:</translation>
    </message>
    <message>
        <source>No database</source>
        <translation>Keine Datenbank</translation>
    </message>
    <message>
        <source>Page %1 of … (counting)</source>
        <translation>Seite %1 von … (wird gezählt)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop the search (Esc)</source>
        <translation>Suche abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Stop the search</source>
        <translation>Suche abbrechen</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
</context>
<context>
    <name>AuditLens::PdfReportWriter</name>
    <message>
        <source>The PDF could not be started.</source>
        <translation>Das PDF konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <source>No entries match.</source>
        <translation>Keine passenden Einträge.</translation>
    </message>
    <message>
        <source>Generated by %1 on %2 with AuditLens</source>
        <translation>Erstellt von %1 am %2 mit AuditLens</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>none: all entries</source>
        <translation>keine: alle Einträge</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Generated at</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Nach Kategorie</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>Nach Status</translation>
    </message>
    <message>
        <source>Flagged by rule</source>
        <translation>Nach Regel</translation>
    </message>
    <message>
        <source>flag rules were not evaluated</source>
        <translation>Markierungsregeln wurden nicht ausgewertet</translation>
    </message>
    <message>
        <source>no events flagged</source>
        <translation>keine Ereignisse markiert</translation>
    </message>
    <message>
        <source>… and %1 more rules</source>
        <translation>… und %1 weitere Regeln</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>Das PDF konnte nicht fertiggestellt werden.</translation>
    </message>
</context>
<context>
    <name>AuditLens::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Times shown in</source>
        <translation>Zeiten anzeigen in</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Events per page</source>
        <translation>Ereignisse pro Seite</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language changes when AuditLens starts next.</source>
        <translation>Die Sprache ändert sich beim nächsten Start von AuditLens.</translation>
    </message>
    <message>
        <source>Restart note</source>
        <translation>Hinweis zum Neustart</translation>
    </message>
    <message>
        <source>&amp;Times shown in:</source>
        <translation>&amp;Zeiten anzeigen in:</translation>
    </message>
    <message>
        <source>Events per &amp;page:</source>
        <translation>Ereignisse pro &amp;Seite:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <source>Local &amp;store folder:</source>
        <translation>&amp;Lokaler Speicherordner:</translation>
    </message>
    <message>
        <source>Local store folder</source>
        <translation>Lokaler Speicherordner</translation>
    </message>
    <message>
        <source>Where the flags and reviews (flags.sqlite) are kept; never the audit database</source>
        <translation>Hier werden Markierungen und Prüfungen (flags.sqlite) abgelegt, nie die Audit-Datenbank</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>Choose the local store folder</source>
        <translation>Den lokalen Speicherordner wählen</translation>
    </message>
    <message>
        <source>Local Store Folder</source>
        <translation>Lokaler Speicherordner</translation>
    </message>
    <message>
        <source>The language and the local store folder change when AuditLens starts next.</source>
        <translation>Sprache und lokaler Speicherordner ändern sich beim nächsten Start von AuditLens.</translation>
    </message>
    <message>
        <source>The local store is copied to the new folder and used from the next start.</source>
        <translation>Der lokale Speicher wird in den neuen Ordner kopiert und ab dem nächsten Start verwendet.</translation>
    </message>
    <message>
        <source>The local store folder must be a full path.</source>
        <translation>Der lokale Speicherordner muss ein vollständiger Pfad sein.</translation>
    </message>
</context>
<context>
    <name>AuditLens::ProfileWriter</name>
    <message>
        <source>Cannot create the profiles folder %1.</source>
        <translation>Der Profilordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>AuditLens::RelatedEventsView</name>
    <message>
        <source>Related events</source>
        <translation>Verwandte Ereignisse</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Values / summary</source>
        <translation>Werte / Zusammenfassung</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>no record id</source>
        <translation>keine Datensatz-ID</translation>
    </message>
    <message>
        <source>record</source>
        <translation>Datensatz</translation>
    </message>
    <message numerus="yes">
        <source>History of %1 (newest first; events: %n)</source>
        <translation>
            <numerusform>Verlauf von %1 (%n Ereignis, neuestes zuerst)</numerusform>
            <numerusform>Verlauf von %1 (%n Ereignisse, neueste zuerst)</numerusform>
        </translation>
    </message>
    <message>
        <source>No user to follow</source>
        <translation>Kein Benutzer zum Verfolgen</translation>
    </message>
    <message numerus="yes">
        <source>%1 from 30 minutes before to 30 minutes after (events: %n)</source>
        <translation>
            <numerusform>%1 von 30 Minuten davor bis 30 Minuten danach (%n Ereignis)</numerusform>
            <numerusform>%1 von 30 Minuten davor bis 30 Minuten danach (%n Ereignisse)</numerusform>
        </translation>
    </message>
    <message>
        <source>Related events could not be read: %1</source>
        <translation>Verwandte Ereignisse konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The event shown above</source>
        <translation>Das oben gezeigte Ereignis</translation>
    </message>
</context>
<context>
    <name>AuditLens::RulesDialog</name>
    <message>
        <source>Flag Rules</source>
        <translation>Markierungsregeln</translation>
    </message>
    <message>
        <source>Flag rules</source>
        <translation>Markierungsregeln</translation>
    </message>
    <message>
        <source>Events that match an enabled rule get a red dot in the table. Rules are evaluated on this computer; the audit database is never changed.</source>
        <translation>Ereignisse, auf die eine aktivierte Regel zutrifft, erhalten in der Tabelle einen roten Punkt. Die Regeln werden auf diesem Computer ausgewertet; die Audit-Datenbank wird nie verändert.</translation>
    </message>
    <message>
        <source>Save the rules and flag the database again</source>
        <translation>Die Regeln speichern und die Datenbank erneut markieren</translation>
    </message>
    <message>
        <source>%1 (not applicable)</source>
        <translation>%1 (nicht anwendbar)</translation>
    </message>
    <message>
        <source>Rule id: %1</source>
        <translation>Regel-ID: %1</translation>
    </message>
    <message>
        <source>Not applicable to this database: it has no %1 field.</source>
        <translation>Für diese Datenbank nicht anwendbar: Sie hat kein Feld %1.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list of fields</comment>
        <translation>, </translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <source>A comma-separated list</source>
        <translation>Eine durch Kommas getrennte Liste</translation>
    </message>
    <message>
        <source>Large change threshold in percent</source>
        <translation>Schwellenwert für große Änderungen in Prozent</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Monetary field words</source>
        <translation>Wörter für Geldfelder</translation>
    </message>
    <message>
        <source>Change of more than:</source>
        <translation>Änderung um mehr als:</translation>
    </message>
    <message>
        <source>Fields whose name contains:</source>
        <translation>Felder, deren Name enthält:</translation>
    </message>
    <message>
        <source>Bulk operations threshold</source>
        <translation>Schwellenwert für Massenoperationen</translation>
    </message>
    <message>
        <source>Bulk operations window in minutes</source>
        <translation>Zeitfenster für Massenoperationen in Minuten</translation>
    </message>
    <message>
        <source>More than (operations):</source>
        <translation>Mehr als (Operationen):</translation>
    </message>
    <message>
        <source>Within:</source>
        <translation>Innerhalb von:</translation>
    </message>
    <message>
        <source>Off hours start</source>
        <translation>Beginn außerhalb der Arbeitszeit</translation>
    </message>
    <message>
        <source>Off hours end</source>
        <translation>Ende außerhalb der Arbeitszeit</translation>
    </message>
    <message>
        <source>Off hours time zone</source>
        <translation>Zeitzone außerhalb der Arbeitszeit</translation>
    </message>
    <message>
        <source>Excluded users</source>
        <translation>Ausgenommene Benutzer</translation>
    </message>
    <message>
        <source>From (inclusive):</source>
        <translation>Von (einschließlich):</translation>
    </message>
    <message>
        <source>Until (exclusive):</source>
        <translation>Bis (ausschließlich):</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zeitzone:</translation>
    </message>
    <message>
        <source>Except users:</source>
        <translation>Außer Benutzern:</translation>
    </message>
    <message>
        <source>Sensitive tables</source>
        <translation>Sensible Tabellen</translation>
    </message>
    <message>
        <source>Tables:</source>
        <translation>Tabellen:</translation>
    </message>
    <message>
        <source>Rapid edits threshold</source>
        <translation>Schwellenwert für schnelle Änderungen</translation>
    </message>
    <message>
        <source>Rapid edits window in minutes</source>
        <translation>Zeitfenster für schnelle Änderungen in Minuten</translation>
    </message>
    <message>
        <source>At least (edits to one record):</source>
        <translation>Mindestens (Änderungen an einem Datensatz):</translation>
    </message>
    <message>
        <source>Failed logins threshold</source>
        <translation>Schwellenwert für fehlgeschlagene Anmeldungen</translation>
    </message>
    <message>
        <source>Failed logins window in minutes</source>
        <translation>Zeitfenster für fehlgeschlagene Anmeldungen in Minuten</translation>
    </message>
    <message>
        <source>At least (per user or IP):</source>
        <translation>Mindestens (pro Benutzer oder IP):</translation>
    </message>
    <message>
        <source>Earlier logins needed</source>
        <translation>Nötige frühere Anmeldungen</translation>
    </message>
    <message>
        <source>After at least (earlier logins):</source>
        <translation>Nach mindestens (früheren Anmeldungen):</translation>
    </message>
    <message>
        <source>Denied actions</source>
        <translation>Abgelehnte Aktionen</translation>
    </message>
    <message>
        <source>Failed events, and actions:</source>
        <translation>Fehlgeschlagene Ereignisse und Aktionen:</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Count the events the edited rules would flag, without saving</source>
        <translation>Die Ereignisse zählen, die die bearbeiteten Regeln markieren würden, ohne zu speichern</translation>
    </message>
    <message>
        <source>Preview progress</source>
        <translation>Fortschritt der Vorschau</translation>
    </message>
    <message>
        <source>Flagged now: %1</source>
        <translation>Jetzt markiert: %1</translation>
    </message>
    <message>
        <source>Preview result</source>
        <translation>Ergebnis der Vorschau</translation>
    </message>
    <message>
        <source>Flagged now: %1 — press Preview to count with the edited rules</source>
        <translation>Jetzt markiert: %1 — „Vorschau“ drücken, um mit den bearbeiteten Regeln zu zählen</translation>
    </message>
    <message>
        <source>Counting with the edited rules…</source>
        <translation>Zählen mit den bearbeiteten Regeln…</translation>
    </message>
    <message>
        <source>Preview canceled.</source>
        <translation>Vorschau abgebrochen.</translation>
    </message>
    <message>
        <source>Preview failed: %1</source>
        <translation>Vorschau fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>%1 mehr</translation>
    </message>
    <message>
        <source>%1 fewer</source>
        <translation>%1 weniger</translation>
    </message>
    <message>
        <source>With these rules: &lt;b&gt;%1&lt;/b&gt; flagged events — now %2 (%3)</source>
        <translation>Mit diesen Regeln: &lt;b&gt;%1&lt;/b&gt; markierte Ereignisse — jetzt %2 (%3)</translation>
    </message>
</context>
<context>
    <name>AuditLens::SavedViews</name>
    <message>
        <source>&quot;columns&quot; is not a list</source>
        <translation>„columns“ ist keine Liste</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot; (known: %2)</source>
        <translation>unbekannte Spalte „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; has a width of %2 pixels</source>
        <translation>Spalte „%1“ hat eine Breite von %2 Pixeln</translation>
    </message>
    <message>
        <source>a view is not a JSON object</source>
        <translation>eine Ansicht ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>a view has no name, or one longer than %1 characters</source>
        <translation>eine Ansicht hat keinen Namen oder einen mit mehr als %1 Zeichen</translation>
    </message>
    <message>
        <source>view &quot;%1&quot;: &quot;filter&quot; is not an object</source>
        <translation>Ansicht „%1“: „filter“ ist kein Objekt</translation>
    </message>
    <message>
        <source>view &quot;%1&quot;: %2</source>
        <translation>Ansicht „%1“: %2</translation>
    </message>
    <message>
        <source>The saved views in %1 cannot be read: %2</source>
        <translation>Die gespeicherten Ansichten in %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>A view needs a name of 1 to %1 characters.</source>
        <translation>Eine Ansicht braucht einen Namen mit 1 bis %1 Zeichen.</translation>
    </message>
    <message>
        <source>A view named &quot;%1&quot; exists already.</source>
        <translation>Eine Ansicht namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>There is no view named &quot;%1&quot;.</source>
        <translation>Es gibt keine Ansicht namens „%1“.</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at line %2)</source>
        <translation>kein gültiges JSON (%1 in Zeile %2)</translation>
    </message>
    <message>
        <source>not an AuditLens views file (&quot;format&quot; is not &quot;%1&quot;)</source>
        <translation>keine AuditLens-Ansichtendatei („format“ ist nicht „%1“)</translation>
    </message>
    <message>
        <source>views file version %1 is not supported (this AuditLens reads version %2)</source>
        <translation>Version %1 der Ansichtendatei wird nicht unterstützt (dieses AuditLens liest Version %2)</translation>
    </message>
    <message>
        <source>&quot;views&quot; is not a list</source>
        <translation>„views“ ist keine Liste</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the file is larger than 16 MB</source>
        <translation>die Datei ist größer als 16 MB</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 kann nicht importiert werden: %2</translation>
    </message>
</context>
<context>
    <name>AuditLens::SavedViewsController</name>
    <message>
        <source>Vie&amp;ws</source>
        <translation>A&amp;nsichten</translation>
    </message>
    <message>
        <source>&amp;Save Current View…</source>
        <translation>Aktuelle Ansicht &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the current filters and columns under a name</source>
        <translation>Die aktuellen Filter und Spalten unter einem Namen speichern</translation>
    </message>
    <message>
        <source>&amp;Manage Views…</source>
        <translation>Ansichten &amp;verwalten…</translation>
    </message>
    <message>
        <source>Rename or delete saved views</source>
        <translation>Gespeicherte Ansichten umbenennen oder löschen</translation>
    </message>
    <message>
        <source>&amp;Import Views…</source>
        <translation>Ansichten &amp;importieren…</translation>
    </message>
    <message>
        <source>Add the views of a shared JSON file</source>
        <translation>Die Ansichten einer geteilten JSON-Datei hinzufügen</translation>
    </message>
    <message>
        <source>E&amp;xport Views…</source>
        <translation>Ansichten e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write every saved view to a JSON file to share</source>
        <translation>Alle gespeicherten Ansichten zum Teilen in eine JSON-Datei schreiben</translation>
    </message>
    <message>
        <source>A copy of it is kept as views.json.damaged.</source>
        <translation>Eine Kopie davon bleibt als views.json.damaged erhalten.</translation>
    </message>
    <message>
        <source>Apply the saved view “%1”</source>
        <translation>Die gespeicherte Ansicht „%1“ anwenden</translation>
    </message>
    <message>
        <source>Saved Views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>Save Current View</source>
        <translation>Aktuelle Ansicht speichern</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Name der Ansicht:</translation>
    </message>
    <message>
        <source>A view named “%1” exists already. Replace it?</source>
        <translation>Eine Ansicht namens „%1“ gibt es bereits. Ersetzen?</translation>
    </message>
    <message>
        <source>Import Views</source>
        <translation>Ansichten importieren</translation>
    </message>
    <message>
        <source>AuditLens views (*.json);;All files (*)</source>
        <translation>AuditLens-Ansichten (*.json);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Views imported: %n.</source>
        <translation>
            <numerusform>%n Ansicht importiert.</numerusform>
            <numerusform>%n Ansichten importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Views</source>
        <translation>Ansichten exportieren</translation>
    </message>
    <message>
        <source>AuditLens views (*.json)</source>
        <translation>AuditLens-Ansichten (*.json)</translation>
    </message>
</context>
<context>
    <name>AuditLens::SearchIndexIndicator</name>
    <message>
        <source>AuditLens is indexing the events&apos; text on this computer so that searches answer at once. Until it is done, searches scan the table.</source>
        <translation>AuditLens indiziert den Text der Ereignisse auf diesem Computer, damit Suchen sofort antworten. Bis dahin durchsuchen Suchen die ganze Tabelle.</translation>
    </message>
    <message>
        <source>Building search index… %1%</source>
        <translation>Suchindex wird erstellt … %1 %</translation>
    </message>
</context>
<context>
    <name>AuditLens::Settings</name>
    <message>
        <source>The folder %1 cannot be written to.</source>
        <translation>In den Ordner %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The local store cannot be copied to %1.</source>
        <translation>Der lokale Speicher kann nicht nach %1 kopiert werden.</translation>
    </message>
</context>
<context>
    <name>AuditLens::StatisticsBar</name>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Events, last 7 days</source>
        <translation>Ereignisse, 7 Tage</translation>
    </message>
    <message>
        <source>Show the events of the last 7 days</source>
        <translation>Die Ereignisse der letzten 7 Tage zeigen</translation>
    </message>
    <message>
        <source>Flagged, last 7 days</source>
        <translation>Markiert, 7 Tage</translation>
    </message>
    <message>
        <source>Show the flagged events of the last 7 days</source>
        <translation>Die markierten Ereignisse der letzten 7 Tage zeigen</translation>
    </message>
    <message>
        <source>Active users, 7 days</source>
        <translation>Aktive Nutzer, 7 Tage</translation>
    </message>
    <message>
        <source>Events today</source>
        <translation>Ereignisse heute</translation>
    </message>
    <message>
        <source>Show today&apos;s events (UTC)</source>
        <translation>Die heutigen Ereignisse zeigen (UTC)</translation>
    </message>
    <message>
        <source>Successful, 7 days</source>
        <translation>Erfolgreich, 7 Tage</translation>
    </message>
    <message>
        <source>Show the successful operations of the last 7 days</source>
        <translation>Die erfolgreichen Vorgänge der letzten 7 Tage zeigen</translation>
    </message>
    <message>
        <source>Failed, 7 days</source>
        <translation>Fehlgeschlagen, 7 Tage</translation>
    </message>
    <message>
        <source>Show the failed operations of the last 7 days</source>
        <translation>Die fehlgeschlagenen Vorgänge der letzten 7 Tage zeigen</translation>
    </message>
    <message>
        <source>Top actions, 7 days:</source>
        <translation>Top-Aktionen, 7 Tage:</translation>
    </message>
    <message>
        <source>%1
…</source>
        <translation>%1
…</translation>
    </message>
    <message>
        <source>Filter to action %1 (%2 events)</source>
        <translation>Nach Aktion %1 filtern (%2 Ereignisse)</translation>
    </message>
    <message>
        <source>Show only %1 events</source>
        <translation>Nur %1-Ereignisse zeigen</translation>
    </message>
    <message>
        <source>Top actions, 7 days</source>
        <translation>Top-Aktionen, 7 Tage</translation>
    </message>
</context>
<context>
    <name>AuditLens::StatisticsService</name>
    <message>
        <source>The statistics could not be computed.</source>
        <translation>Die Statistik konnte nicht berechnet werden.</translation>
    </message>
    <message>
        <source>The chart data could not be computed.</source>
        <translation>Die Diagrammdaten konnten nicht berechnet werden.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Only SQLite databases have a local search index.</source>
        <translation>Nur SQLite-Datenbanken haben einen lokalen Suchindex.</translation>
    </message>
    <message>
        <source>The table has no columns to search.</source>
        <translation>Die Tabelle hat keine durchsuchbaren Spalten.</translation>
    </message>
    <message>
        <source>The table %1 has no rowid; searches scan it instead.</source>
        <translation>Die Tabelle %1 hat keine rowid; Suchen durchsuchen sie stattdessen vollständig.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Read-only viewer for audit logs.

Commands:
  demo FILE [--rows N] [--seed S] [--end DATE]   write a demo database
  schema DATABASE                                print the detected table and mapping
  flags DATABASE [--json] [FILTERS]              list flagged events in stream order
  export DATABASE --format csv|json|pdf --output FILE [FILTERS]
                                                 export the log
FILTERS: --from T --to T --action A --table T --user U --status S --ip IP
         --search TEXT --flagged-only (T: ISO-8601 date or date-time, UTC;
         a date alone means that whole day)
Run &quot;auditlens COMMAND --help&quot; for a command&apos;s options.</source>
        <translation>Schreibgeschützter Betrachter für Audit-Protokolle.

Befehle:
  demo DATEI [--rows N] [--seed S] [--end DATUM]  eine Demo-Datenbank schreiben
  schema DATENBANK                               die erkannte Tabelle und Zuordnung ausgeben
  flags DATENBANK [--json] [FILTER]              markierte Ereignisse in Stream-Reihenfolge auflisten
  export DATENBANK --format csv|json|pdf --output DATEI [FILTER]
                                                 das Protokoll exportieren
FILTER: --from T --to T --action A --table T --user U --status S --ip IP
        --search TEXT --flagged-only (T: ISO-8601-Datum oder -Zeitangabe, UTC;
        ein Datum allein steht für den ganzen Tag)
„auditlens BEFEHL --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>An SQLite file or a postgresql:// URL.</source>
        <translation>Eine SQLite-Datei oder eine postgresql://-URL.</translation>
    </message>
</context>
</TS>
