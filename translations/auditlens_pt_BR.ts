<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AuditLens::ActionValueEditor</name>
    <message>
        <source>Action values</source>
        <translation>Valores de ação</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation>Exibido como</translation>
    </message>
    <message>
        <source>Action shown for %1</source>
        <translation>Ação exibida para %1</translation>
    </message>
    <message>
        <source>Empty keeps the value as it is</source>
        <translation>Vazio mantém o valor como está</translation>
    </message>
</context>
<context>
    <name>AuditLens::Actions</name>
    <message>
        <source>auth</source>
        <translation>autenticação</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>exclusão</translation>
    </message>
    <message>
        <source>create</source>
        <translation>criação</translation>
    </message>
    <message>
        <source>update</source>
        <translation>alteração</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>sincronização</translation>
    </message>
    <message>
        <source>read</source>
        <translation>leitura</translation>
    </message>
    <message>
        <source>other</source>
        <translation>outros</translation>
    </message>
    <message>
        <source>success</source>
        <translation>sucesso</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>falha</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erro</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
</context>
<context>
    <name>AuditLens::AuditDatabase</name>
    <message>
        <source>%1 is locked by another program that is writing to it; try again when it has finished.</source>
        <translation>%1 está bloqueado por outro programa que está gravando nele; tente novamente quando ele terminar.</translation>
    </message>
    <message>
        <source>%1 is damaged or is not an SQLite database (%2).</source>
        <translation>%1 está danificado ou não é um banco de dados SQLite (%2).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 não existe.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 não é um arquivo.</translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied.</source>
        <translation>%1 não pode ser lido: permissão negada.</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no database.</source>
        <translation>%1 está vazio: não contém nenhum banco de dados.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 não pode ser aberto: %2</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database.</source>
        <translation>%1 não é um banco de dados SQLite.</translation>
    </message>
    <message>
        <source>%1 is truncated: it is too short to be an SQLite database.</source>
        <translation>%1 está truncado: é curto demais para ser um banco de dados SQLite.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt (libqt6sql6-psql) is not installed.</source>
        <translation>O driver PostgreSQL do Qt (libqt6sql6-psql) não está instalado.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Não é possível conectar a %1: %2</translation>
    </message>
    <message>
        <source>Cannot make the session on %1 read-only: %2</source>
        <translation>Não é possível tornar a sessão em %1 somente leitura: %2</translation>
    </message>
    <message>
        <source>Cannot read the tables of %1: %2</source>
        <translation>Não é possível ler as tabelas de %1: %2</translation>
    </message>
    <message>
        <source>%1 has no table named %2.</source>
        <translation>%1 não tem nenhuma tabela chamada %2.</translation>
    </message>
    <message>
        <source>%1 holds no tables.</source>
        <translation>%1 não contém tabelas.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has no audit log table: none of its %n table(s) has a timestamp and an action column.</source>
        <translation>
            <numerusform>%1 não tem tabela de log de auditoria: a sua %n tabela não tem coluna de data/hora e de ação.</numerusform>
            <numerusform>%1 não tem tabela de log de auditoria: nenhuma das suas %n tabelas tem coluna de data/hora e de ação.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLens::ChangesTable</name>
    <message>
        <source>Before and after values</source>
        <translation>Valores antes e depois</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Depois</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Alteração</translation>
    </message>
</context>
<context>
    <name>AuditLens::ChartsDock</name>
    <message>
        <source>Events by hour of day and weekday (UTC)</source>
        <translation>Eventos por hora do dia e dia da semana (UTC)</translation>
    </message>
    <message>
        <source>Most active users</source>
        <translation>Usuários mais ativos</translation>
    </message>
    <message>
        <source>Auth</source>
        <translation>Autenticação</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Criação</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Alteração</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Exclusão</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronização</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leitura</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outros</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Events per day by category</source>
        <translation>Eventos por dia por categoria</translation>
    </message>
    <message>
        <source>Events per day</source>
        <translation>Eventos por dia</translation>
    </message>
    <message>
        <source>Hour × weekday</source>
        <translation>Hora × dia da semana</translation>
    </message>
    <message>
        <source>Top users</source>
        <translation>Principais usuários</translation>
    </message>
    <message>
        <source>%1 – %2 (UTC); click a day to narrow the range</source>
        <translation>%1 – %2 (UTC); clique em um dia para restringir o período</translation>
    </message>
    <message>
        <source>%1: %2 events, %3 flagged</source>
        <translation>%1: %2 eventos, %3 sinalizados</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Sinalizados</translation>
    </message>
</context>
<context>
    <name>AuditLens::CommandLine</name>
    <message>
        <source>No temporary folder for the flags: %1</source>
        <translation>Nenhuma pasta temporária para as sinalizações: %1</translation>
    </message>
    <message>
        <source>Write a realistic demo database in AuditLens&apos;s native schema.</source>
        <translation>Grava um banco de dados de demonstração realista no esquema nativo do AuditLens.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>O comando.</translation>
    </message>
    <message>
        <source>The SQLite file to write.</source>
        <translation>O arquivo SQLite a gravar.</translation>
    </message>
    <message>
        <source>Number of events (default 20000).</source>
        <translation>Número de eventos (padrão 20000).</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Semente aleatória (padrão 1).</translation>
    </message>
    <message>
        <source>Last day of activity, YYYY-MM-DD (default today, UTC).</source>
        <translation>Último dia de atividade, AAAA-MM-DD (padrão: hoje, UTC).</translation>
    </message>
    <message>
        <source>usage: auditlens demo FILE [--rows N] [--seed S] [--end YYYY-MM-DD]</source>
        <translation>uso: auditlens demo ARQUIVO [--rows N] [--seed S] [--end AAAA-MM-DD]</translation>
    </message>
    <message>
        <source>--rows must be a number from 0 to 100000000, not &quot;%1&quot;.</source>
        <translation>--rows deve ser um número de 0 a 100000000, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--seed must be a non-negative number, not &quot;%1&quot;.</source>
        <translation>--seed deve ser um número não negativo, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--end must be a date like 2026-11-28, not &quot;%1&quot;.</source>
        <translation>--end deve ser uma data como 2026-11-28, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Wrote %1 events to %2 in %3 s</source>
        <translation>%1 eventos gravados em %2 em %3 s</translation>
    </message>
    <message>
        <source>An SQLite file or a postgresql:// URL.</source>
        <translation>Um arquivo SQLite ou uma URL postgresql://.</translation>
    </message>
    <message>
        <source>usage: auditlens schema DATABASE</source>
        <translation>uso: auditlens schema BANCO_DE_DADOS</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>comando desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--flagged-only needs the flag rules: leave out --no-flags.</source>
        <translation>--flagged-only precisa das regras de sinalização: não use --no-flags.</translation>
    </message>
    <message>
        <source>Export the audit log to CSV, JSON or a PDF report.</source>
        <translation>Exporta o log de auditoria para CSV, JSON ou um relatório PDF.</translation>
    </message>
    <message>
        <source>csv, json or pdf.</source>
        <translation>csv, json ou pdf.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>O arquivo a gravar.</translation>
    </message>
    <message>
        <source>JSON Lines: one object a line instead of an array.</source>
        <translation>JSON Lines: um objeto por linha em vez de um array.</translation>
    </message>
    <message>
        <source>CSV without a UTF-8 byte-order mark.</source>
        <translation>CSV sem marca de ordem de bytes UTF-8.</translation>
    </message>
    <message>
        <source>Keep CSV cells that start with = + - @ as they are (formula risk).</source>
        <translation>Manter como estão as células CSV que começam com = + - @ (risco de fórmula).</translation>
    </message>
    <message>
        <source>Do not run the flag rules: faster, with an empty Flags column.</source>
        <translation>Não executar as regras de sinalização: mais rápido, com a coluna Sinalizações vazia.</translation>
    </message>
    <message>
        <source>usage: auditlens export DATABASE --format csv|json|pdf --output FILE [FILTERS]</source>
        <translation>uso: auditlens export BANCO_DE_DADOS --format csv|json|pdf --output ARQUIVO [FILTROS]</translation>
    </message>
    <message>
        <source>--format must be csv, json or pdf, not &quot;%1&quot;.</source>
        <translation>--format deve ser csv, json ou pdf, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The PDF report needs the graphical application object.</source>
        <translation>O relatório PDF precisa do objeto de aplicação gráfica.</translation>
    </message>
    <message>
        <source>Audit log report</source>
        <translation>Relatório do log de auditoria</translation>
    </message>
    <message>
        <source>Exported %1 events to %2</source>
        <translation>%1 eventos exportados para %2</translation>
    </message>
    <message>
        <source>The audit table cannot be read: %1</source>
        <translation>A tabela de auditoria não pode ser lida: %1</translation>
    </message>
    <message>
        <source>%1 flagged events match the filter; %2 flagged of %3 events</source>
        <translation>%1 eventos sinalizados correspondem ao filtro; %2 sinalizados de %3 eventos</translation>
    </message>
    <message>
        <source>%1 flagged of %2 events</source>
        <translation>%1 sinalizados de %2 eventos</translation>
    </message>
    <message>
        <source>not applicable to this schema: %1</source>
        <translation>não aplicável a este esquema: %1</translation>
    </message>
    <message>
        <source>Print the events that the rules of RULES.md flag, in stream order.</source>
        <translation>Imprime os eventos que as regras do RULES.md sinalizam, na ordem do fluxo.</translation>
    </message>
    <message>
        <source>One JSON object a line.</source>
        <translation>Um objeto JSON por linha.</translation>
    </message>
    <message>
        <source>usage: auditlens flags DATABASE [--json] [FILTERS]</source>
        <translation>uso: auditlens flags BANCO_DE_DADOS [--json] [FILTROS]</translation>
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
        <translation>Conectar ao servidor</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>O servidor não respondeu em %n segundo.</numerusform>
            <numerusform>O servidor não respondeu em %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>from PGPASSWORD or ~/.pgpass when empty</source>
        <translation>de PGPASSWORD ou ~/.pgpass quando vazio</translation>
    </message>
    <message>
        <source>detected when empty</source>
        <translation>detectada quando vazio</translation>
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
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Banco de dados:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Banco de dados</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuário:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation>&amp;Modo SSL:</translation>
    </message>
    <message>
        <source>SSL mode</source>
        <translation>Modo SSL</translation>
    </message>
    <message>
        <source>&amp;Table (optional):</source>
        <translation>&amp;Tabela (opcional):</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <source>Connection error</source>
        <translation>Erro de conexão</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>&amp;Remember password in the desktop keychain</source>
        <translation>&amp;Lembrar a senha no chaveiro da área de trabalho</translation>
    </message>
    <message>
        <source>Kept only in the desktop keychain, never in AuditLens&apos;s settings</source>
        <translation>Guardada apenas no chaveiro da área de trabalho, nunca nas configurações do AuditLens</translation>
    </message>
    <message>
        <source>Remember password</source>
        <translation>Lembrar a senha</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Chaveiro</translation>
    </message>
    <message>
        <source>The password comes from the desktop keychain.</source>
        <translation>A senha vem do chaveiro da área de trabalho.</translation>
    </message>
</context>
<context>
    <name>AuditLens::ConnectionBanner</name>
    <message>
        <source>Connection status</source>
        <translation>Status da conexão</translation>
    </message>
    <message numerus="yes">
        <source>The connection to %1 was lost. Reconnecting in %n second(s)…</source>
        <translation>
            <numerusform>A conexão com %1 foi perdida. Reconectando em %n segundo…</numerusform>
            <numerusform>A conexão com %1 foi perdida. Reconectando em %n segundos…</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection to %1 was lost. Reconnecting…</source>
        <translation>A conexão com %1 foi perdida. Reconectando…</translation>
    </message>
</context>
<context>
    <name>AuditLens::CredentialStore</name>
    <message>
        <source>The desktop keychain refused access (%1), so the password is not remembered.</source>
        <translation>O chaveiro da área de trabalho recusou o acesso (%1), por isso a senha não é lembrada.</translation>
    </message>
    <message>
        <source>No desktop keychain is available, so the password cannot be remembered. AuditLens still uses PGPASSWORD, ~/.pgpass or the password typed here.</source>
        <translation>Nenhum chaveiro da área de trabalho está disponível, por isso a senha não pode ser lembrada. O AuditLens continua usando PGPASSWORD, ~/.pgpass ou a senha digitada aqui.</translation>
    </message>
</context>
<context>
    <name>AuditLens::DemoGenerator</name>
    <message>
        <source>Cannot write the demo database %1: %2</source>
        <translation>Não é possível gravar o banco de dados de demonstração %1: %2</translation>
    </message>
    <message>
        <source>Cannot move the demo database into place at %1.</source>
        <translation>Não é possível mover o banco de dados de demonstração para %1.</translation>
    </message>
</context>
<context>
    <name>AuditLens::DetailDock</name>
    <message>
        <source>Event Details</source>
        <translation>Detalhes do evento</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Detalhes do evento</translation>
    </message>
    <message>
        <source>Select an event to see everything about it.</source>
        <translation>Selecione um evento para ver tudo sobre ele.</translation>
    </message>
    <message>
        <source>Detail sections</source>
        <translation>Seções de detalhes</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Visão geral</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>All columns</source>
        <translation>Todas as colunas</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Relacionados</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Time in UTC</source>
        <translation>Hora em UTC</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>Copiar JSON</translation>
    </message>
    <message>
        <source>Copy the event as JSON</source>
        <translation>Copiar o evento como JSON</translation>
    </message>
    <message>
        <source>Copy every field of the event as JSON</source>
        <translation>Copiar todos os campos do evento como JSON</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Show only this user&apos;s events</source>
        <translation>Mostrar apenas os eventos deste usuário</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>ID do usuário</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravidade</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Endereço IP</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>User agent</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>ID do evento</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before and after&lt;/b&gt;</source>
        <translation>&lt;b&gt;Antes e depois&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Every column of the row</source>
        <translation>Todas as colunas da linha</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Coluna</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Stored as: %1</source>
        <translation>Armazenado como: %1</translation>
    </message>
    <message>
        <source>No time recorded</source>
        <translation>Nenhuma hora registrada</translation>
    </message>
    <message>
        <source>Unreadable time: %1</source>
        <translation>Hora ilegível: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before and after:&lt;/b&gt; no values recorded</source>
        <translation>&lt;b&gt;Antes e depois:&lt;/b&gt; nenhum valor registrado</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before and after&lt;/b&gt; (changed fields highlighted)</source>
        <translation>&lt;b&gt;Antes e depois&lt;/b&gt; (campos alterados destacados)</translation>
    </message>
    <message>
        <source>JSON of column %1</source>
        <translation>JSON da coluna %1</translation>
    </message>
    <message>
        <source>This event holds no JSON.</source>
        <translation>Este evento não contém JSON.</translation>
    </message>
    <message>
        <source>The row could not be read: %1</source>
        <translation>A linha não pôde ser lida: %1</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>Copiar valor</translation>
    </message>
    <message>
        <source>Copy Event as JSON</source>
        <translation>Copiar evento como JSON</translation>
    </message>
    <message>
        <source>Event overview</source>
        <translation>Visão geral do evento</translation>
    </message>
</context>
<context>
    <name>AuditLens::EntriesModel</name>
    <message>
        <source>The audit table cannot be read: %1</source>
        <translation>A tabela de auditoria não pode ser lida: %1</translation>
    </message>
    <message>
        <source>(no time)</source>
        <translation>(sem hora)</translation>
    </message>
    <message>
        <source>Unreadable time: %1</source>
        <translation>Hora ilegível: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Endereço IP</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Flagged as suspicious</source>
        <translation>Sinalizado como suspeito</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Sinalização</translation>
    </message>
</context>
<context>
    <name>AuditLens::EntriesTable</name>
    <message>
        <source>Audit events</source>
        <translation>Eventos de auditoria</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Redefinir colunas</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Pesquisando…</translation>
    </message>
    <message>
        <source>No events match the current filter.</source>
        <translation>Nenhum evento corresponde ao filtro atual.</translation>
    </message>
    <message>
        <source>Search stopped. Press Search to run it again.</source>
        <translation>Pesquisa interrompida. Clique em Pesquisar para executá-la de novo.</translation>
    </message>
</context>
<context>
    <name>AuditLens::EventDetails</name>
    <message>
        <source>The row is no longer in the table.</source>
        <translation>A linha não está mais na tabela.</translation>
    </message>
</context>
<context>
    <name>AuditLens::EventFilter</name>
    <message>
        <source>on %1 (UTC)</source>
        <translation>em %1 (UTC)</translation>
    </message>
    <message>
        <source>from %1 to %2 (UTC)</source>
        <translation>de %1 a %2 (UTC)</translation>
    </message>
    <message>
        <source>from %1 to before %2 (UTC)</source>
        <translation>de %1 até antes de %2 (UTC)</translation>
    </message>
    <message>
        <source>from %1 (UTC)</source>
        <translation>a partir de %1 (UTC)</translation>
    </message>
    <message>
        <source>until %1 (UTC)</source>
        <translation>até %1 (UTC)</translation>
    </message>
    <message>
        <source>before %1 (UTC)</source>
        <translation>antes de %1 (UTC)</translation>
    </message>
    <message>
        <source>action %1</source>
        <translation>ação %1</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>categoria %1</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>tabela %1</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>usuário %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>status %1</translation>
    </message>
    <message>
        <source>IP %1</source>
        <translation>IP %1</translation>
    </message>
    <message>
        <source>text contains &quot;%1&quot;</source>
        <translation>texto contém &quot;%1&quot;</translation>
    </message>
    <message>
        <source>flagged events only</source>
        <translation>somente eventos sinalizados</translation>
    </message>
    <message>
        <source>flagged events in review state %1</source>
        <translation>eventos sinalizados no estado de revisão %1</translation>
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
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID do usuário</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Endereço IP</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>User agent</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravidade</translation>
    </message>
    <message>
        <source>Old values</source>
        <translation>Valores antigos</translation>
    </message>
    <message>
        <source>New values</source>
        <translation>Valores novos</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Alterações</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadados</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Sinalizações</translation>
    </message>
</context>
<context>
    <name>AuditLens::ExportController</name>
    <message>
        <source>audit-log-%1</source>
        <translation>log-de-auditoria-%1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>Uma exportação já está em andamento.</translation>
    </message>
    <message>
        <source>Audit log report</source>
        <translation>Relatório do log de auditoria</translation>
    </message>
    <message numerus="yes">
        <source>%n rows selected in the window</source>
        <translation>
            <numerusform>%n linha selecionada na janela</numerusform>
            <numerusform>%n linhas selecionadas na janela</numerusform>
        </translation>
    </message>
    <message>
        <source>the filter set in the window</source>
        <translation>o filtro definido na janela</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando para %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Exported %1 of %2 rows…</source>
        <translation>%1 de %2 linhas exportadas…</translation>
    </message>
    <message>
        <source>The export failed. No file was written.</source>
        <translation>A exportação falhou. Nenhum arquivo foi gravado.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln rows.</source>
        <translation>
            <numerusform>%Ln linha exportada.</numerusform>
            <numerusform>%Ln linhas exportadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Abrir pasta</translation>
    </message>
</context>
<context>
    <name>AuditLens::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln matching rows</source>
        <translation>
            <numerusform>A %Ln linha correspondente</numerusform>
            <numerusform>Todas as %Ln linhas correspondentes</numerusform>
        </translation>
    </message>
    <message>
        <source>All matching rows</source>
        <translation>Todas as linhas correspondentes</translation>
    </message>
    <message numerus="yes">
        <source>Only the %Ln selected rows</source>
        <translation>
            <numerusform>Somente a %Ln linha selecionada</numerusform>
            <numerusform>Somente as %Ln linhas selecionadas</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>&amp;Arquivo:</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Linhas:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opções</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Byte-order mark (for spreadsheet programs)</source>
        <translation>Marca de ordem de bytes (para planilhas)</translation>
    </message>
    <message>
        <source>Neutralise cells a spreadsheet would run as formulas</source>
        <translation>Neutralizar células que uma planilha executaria como fórmulas</translation>
    </message>
    <message>
        <source>Cells starting with = + - @ get a leading &apos; (OWASP advice against CSV injection).</source>
        <translation>Células que começam com = + - @ recebem um &apos; no início (recomendação da OWASP contra injeção de CSV).</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>An array of objects</source>
        <translation>Um array de objetos</translation>
    </message>
    <message>
        <source>JSON Lines (one object a line)</source>
        <translation>JSON Lines (um objeto por linha)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>A4, landscape</source>
        <translation>A4, paisagem</translation>
    </message>
    <message>
        <source>Letter, landscape</source>
        <translation>Carta, paisagem</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar para</translation>
    </message>
</context>
<context>
    <name>AuditLens::ExportOptions</name>
    <message>
        <source>unknown user</source>
        <translation>usuário desconhecido</translation>
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
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json *.jsonl)</source>
        <translation>Arquivos JSON (*.json *.jsonl)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>AuditLens::Exporter</name>
    <message>
        <source>The audit table cannot be read: %1</source>
        <translation>A tabela de auditoria não pode ser lida: %1</translation>
    </message>
    <message>
        <source>The export could not be written.</source>
        <translation>A exportação não pôde ser gravada.</translation>
    </message>
    <message>
        <source>The output file is the audit database itself.</source>
        <translation>O arquivo de saída é o próprio banco de dados de auditoria.</translation>
    </message>
    <message>
        <source>No output file was given.</source>
        <translation>Nenhum arquivo de saída foi informado.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>A exportação foi cancelada.</translation>
    </message>
</context>
<context>
    <name>AuditLens::FilterOptions</name>
    <message>
        <source>--status: &quot;%1&quot; is not one of success, failure, error, unknown.</source>
        <translation>--status: &quot;%1&quot; não é um de success, failure, error, unknown.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not an ISO-8601 date or date-time (e.g. 2026-11-28 or 2026-11-28T09:00:00Z).</source>
        <translation>--%1: &quot;%2&quot; não é uma data ou data e hora ISO-8601 (por exemplo, 2026-11-28 ou 2026-11-28T09:00:00Z).</translation>
    </message>
    <message>
        <source>Events at or after T (ISO-8601 date or date-time, UTC unless it has an offset).</source>
        <translation>Eventos em T ou depois (data ou data e hora ISO-8601, UTC se não tiver deslocamento).</translation>
    </message>
    <message>
        <source>Events before T; a date alone includes that whole day.</source>
        <translation>Eventos antes de T; uma data sozinha inclui o dia inteiro.</translation>
    </message>
    <message>
        <source>Only these actions (repeat or separate with commas).</source>
        <translation>Somente estas ações (repita ou separe com vírgulas).</translation>
    </message>
    <message>
        <source>Only these tables or resource types.</source>
        <translation>Somente estas tabelas ou tipos de recurso.</translation>
    </message>
    <message>
        <source>Only these users.</source>
        <translation>Somente estes usuários.</translation>
    </message>
    <message>
        <source>Only success, failure, error or unknown.</source>
        <translation>Somente success, failure, error ou unknown.</translation>
    </message>
    <message>
        <source>Only this IP address (a trailing * matches a prefix).</source>
        <translation>Somente este endereço IP (um * no final corresponde a um prefixo).</translation>
    </message>
    <message>
        <source>Free text in the summary, values, metadata, ids, user, IP and user agent.</source>
        <translation>Texto livre no resumo, valores, metadados, IDs, usuário, IP e user agent.</translation>
    </message>
    <message>
        <source>Only events the flag rules mark as suspicious.</source>
        <translation>Somente eventos que as regras de sinalização marcam como suspeitos.</translation>
    </message>
    <message>
        <source>--from must be earlier than --to.</source>
        <translation>--from deve ser anterior a --to.</translation>
    </message>
    <message>
        <source>--ip: &quot;%1&quot; is not an IP address or prefix.</source>
        <translation>--ip: &quot;%1&quot; não é um endereço IP ou prefixo.</translation>
    </message>
</context>
<context>
    <name>AuditLens::FilterPanel</name>
    <message>
        <source>Authentication</source>
        <translation>Autenticação</translation>
    </message>
    <message>
        <source>Data: create</source>
        <translation>Dados: criação</translation>
    </message>
    <message>
        <source>Data: update</source>
        <translation>Dados: alteração</translation>
    </message>
    <message>
        <source>Data: delete</source>
        <translation>Dados: exclusão</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Sincronização</translation>
    </message>
    <message>
        <source>Read and export</source>
        <translation>Leitura e exportação</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outros</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Sucesso</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Falha</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Tipo de evento</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Todos os usuários</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos os status</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Endereço IP</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10 or 10.0.*</source>
        <translation>ex.: 192.168.1.10 ou 10.0.*</translation>
    </message>
    <message>
        <source>&amp;Event type</source>
        <translation>Tipo de &amp;evento</translation>
    </message>
    <message>
        <source>T&amp;able</source>
        <translation>T&amp;abela</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Usuário</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;IP address</source>
        <translation>Endereço &amp;IP</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mês</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo o período</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>From (UTC)</source>
        <translation>De (UTC)</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Qualquer hora</translation>
    </message>
    <message>
        <source>To (UTC)</source>
        <translation>Até (UTC)</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Agora</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Texto da pesquisa</translation>
    </message>
    <message>
        <source>Summary, values, record id, user, IP, user agent…</source>
        <translation>Resumo, valores, ID do registro, usuário, IP, user agent…</translation>
    </message>
    <message>
        <source>&amp;Flagged only</source>
        <translation>Somente si&amp;nalizados</translation>
    </message>
    <message>
        <source>Flagged only</source>
        <translation>Somente sinalizados</translation>
    </message>
    <message>
        <source>&amp;Date range</source>
        <translation>&amp;Período</translation>
    </message>
    <message>
        <source>F&amp;rom (UTC)</source>
        <translation>&amp;De (UTC)</translation>
    </message>
    <message>
        <source>T&amp;o (UTC)</source>
        <translation>A&amp;té (UTC)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>Pes&amp;quisar</translation>
    </message>
    <message>
        <source>Quick filters:</source>
        <translation>Filtros rápidos:</translation>
    </message>
    <message>
        <source>Today&apos;s activity</source>
        <translation>Atividade de hoje</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Failed logins</source>
        <translation>Logins com falha</translation>
    </message>
    <message>
        <source>Data changes only</source>
        <translation>Alterações de dados</translation>
    </message>
    <message>
        <source>Active filters</source>
        <translation>Filtros ativos</translation>
    </message>
    <message>
        <source>C&amp;lear all</source>
        <translation>&amp;Limpar tudo</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Limpar todos os filtros</translation>
    </message>
    <message>
        <source>Searc&amp;h</source>
        <translation>Pesquisa&amp;r</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <source>All event types</source>
        <translation>Todos os tipos de evento</translation>
    </message>
    <message>
        <source>%1 (all)</source>
        <translation>%1 (todos)</translation>
    </message>
    <message>
        <source>All tables</source>
        <translation>Todas as tabelas</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>Remover o filtro %1</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Remover este filtro</translation>
    </message>
    <message>
        <source>No active filters</source>
        <translation>Nenhum filtro ativo</translation>
    </message>
    <message numerus="yes">
        <source>%n active filter(s):</source>
        <translation>
            <numerusform>%n filtro ativo:</numerusform>
            <numerusform>%n filtros ativos:</numerusform>
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
        <translation>desde %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Data: %1</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Ação: %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <source>Table: %1</source>
        <translation>Tabela: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Usuário: %1</translation>
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
        <translation>Texto: “%1”</translation>
    </message>
    <message>
        <source>Remove this filter: %1</source>
        <translation>Remover este filtro: %1</translation>
    </message>
</context>
<context>
    <name>AuditLens::Flags</name>
    <message>
        <source>Cannot open the flag store %1: %2</source>
        <translation>Não é possível abrir o armazenamento de sinalizações %1: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the flag store %1: %2</source>
        <translation>Não é possível preparar o armazenamento de sinalizações %1: %2</translation>
    </message>
    <message>
        <source>Large value change</source>
        <translation>Grande alteração de valor</translation>
    </message>
    <message>
        <source>Bulk operations</source>
        <translation>Operações em massa</translation>
    </message>
    <message>
        <source>Off-hours activity</source>
        <translation>Atividade fora do horário</translation>
    </message>
    <message>
        <source>Delete from a sensitive table</source>
        <translation>Exclusão em uma tabela sensível</translation>
    </message>
    <message>
        <source>Rapid edits to one record</source>
        <translation>Edições rápidas em um registro</translation>
    </message>
    <message>
        <source>Repeated failed logins</source>
        <translation>Logins com falha repetidos</translation>
    </message>
    <message>
        <source>Login from a new IP address</source>
        <translation>Login de um novo endereço IP</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Acesso negado</translation>
    </message>
    <message>
        <source>Cannot read the flag store %1: %2</source>
        <translation>Não é possível ler o armazenamento de sinalizações %1: %2</translation>
    </message>
    <message>
        <source>The flag store %1 was written by a newer version of AuditLens (store version %2, this version knows %3); it is left as it is.</source>
        <translation>O armazenamento de sinalizações %1 foi gravado por uma versão mais recente do AuditLens (versão do armazenamento %2, esta versão conhece %3); ele é mantido como está.</translation>
    </message>
</context>
<context>
    <name>AuditLens::Flags::FlagEngine</name>
    <message>
        <source>%1 changed from %2 to %3</source>
        <translation>%1 alterado de %2 para %3</translation>
    </message>
    <message>
        <source>%1 changed by %2%3% (%4 → %5)</source>
        <translation>%1 alterado em %2%3% (%4 → %5)</translation>
    </message>
    <message>
        <source>%1 operations by %2 within %3</source>
        <translation>%1 operações de %2 em %3</translation>
    </message>
    <message>
        <source>activity at %1:%2 %3</source>
        <translation>atividade às %1:%2 %3</translation>
    </message>
    <message>
        <source>deleted a record from %1</source>
        <translation>excluiu um registro de %1</translation>
    </message>
    <message>
        <source>%1 edits to %2 #%3 within %4</source>
        <translation>%1 edições em %2 #%3 em %4</translation>
    </message>
    <message>
        <source>%1 failed logins for %2 within %3</source>
        <translation>%1 logins com falha de %2 em %3</translation>
    </message>
    <message>
        <source>%1 failed logins from %2 within %3</source>
        <translation>%1 logins com falha a partir de %2 em %3</translation>
    </message>
    <message>
        <source>first login by %1 from %2</source>
        <translation>primeiro login de %1 a partir de %2</translation>
    </message>
    <message>
        <source>request rejected: %1</source>
        <translation>solicitação rejeitada: %1</translation>
    </message>
    <message>
        <source>request rejected: %1 (%2)</source>
        <translation>solicitação rejeitada: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>AuditLens::Flags::FlagRunner</name>
    <message>
        <source>Cannot write to the flag store.</source>
        <translation>Não é possível gravar no armazenamento de sinalizações.</translation>
    </message>
    <message>
        <source>Cannot read the audit table: %1</source>
        <translation>Não é possível ler a tabela de auditoria: %1</translation>
    </message>
</context>
<context>
    <name>AuditLens::FlagsPanel</name>
    <message>
        <source>Flagged as suspicious</source>
        <translation>Sinalizado como suspeito</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>Salvar revisão</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>Estado da revisão</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Não revisado</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Reconhecido</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>Falso positivo</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Nota da revisão</translation>
    </message>
    <message>
        <source>Why this event is or is not a problem…</source>
        <translation>Por que este evento é ou não é um problema…</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Revisão:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Reviewed by %1 on %2</source>
        <translation>Revisado por %1 em %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
</context>
<context>
    <name>AuditLens::JsonView</name>
    <message>
        <source>JSON tree</source>
        <translation>Árvore JSON</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Too large to show as a tree (%1): shown as text.</source>
        <translation>Grande demais para mostrar como árvore (%1): mostrado como texto.</translation>
    </message>
    <message>
        <source>⚠ Not valid JSON (%1 at character %2): shown as stored.</source>
        <translation>⚠ JSON inválido (%1 no caractere %2): mostrado como armazenado.</translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n value(s) are shown.</source>
        <translation>
            <numerusform>Somente %n valor é mostrado.</numerusform>
            <numerusform>Somente os primeiros %n valores são mostrados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n chave}</numerusform>
            <numerusform>{%n chaves}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n itens]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLens::LongTextView</name>
    <message>
        <source>Show all</source>
        <translation>Mostrar tudo</translation>
    </message>
    <message>
        <source>Show the whole value</source>
        <translation>Mostrar o valor inteiro</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2.</source>
        <translation>Mostrando os primeiros %1 de %2.</translation>
    </message>
</context>
<context>
    <name>AuditLens::MainActions</name>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open an audit database</source>
        <translation>Abrir um banco de dados de auditoria</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>&amp;Conectar ao servidor…</translation>
    </message>
    <message>
        <source>Open an audit log on a PostgreSQL server</source>
        <translation>Abrir um log de auditoria em um servidor PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Quit AuditLens</source>
        <translation>Sair do AuditLens</translation>
    </message>
    <message>
        <source>&amp;About AuditLens</source>
        <translation>&amp;Sobre o AuditLens</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Versão e licença</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Filtros</translation>
    </message>
    <message>
        <source>Show or hide the filter panel</source>
        <translation>Mostrar ou ocultar o painel de filtros</translation>
    </message>
    <message>
        <source>First Page</source>
        <translation>Primeira página</translation>
    </message>
    <message>
        <source>Go to the newest events</source>
        <translation>Ir para os eventos mais recentes</translation>
    </message>
    <message>
        <source>Previous Page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Go to the previous page</source>
        <translation>Ir para a página anterior</translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation>Próxima página</translation>
    </message>
    <message>
        <source>Go to the next page</source>
        <translation>Ir para a próxima página</translation>
    </message>
    <message>
        <source>Last Page</source>
        <translation>Última página</translation>
    </message>
    <message>
        <source>Go to the oldest events</source>
        <translation>Ir para os eventos mais antigos</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recarregar</translation>
    </message>
    <message>
        <source>Read the current page again</source>
        <translation>Ler a página atual novamente</translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation>&amp;CSV…</translation>
    </message>
    <message>
        <source>Export the matching entries to a CSV file</source>
        <translation>Exportar as entradas correspondentes para um arquivo CSV</translation>
    </message>
    <message>
        <source>&amp;JSON…</source>
        <translation>&amp;JSON…</translation>
    </message>
    <message>
        <source>Export the matching entries to a JSON file</source>
        <translation>Exportar as entradas correspondentes para um arquivo JSON</translation>
    </message>
    <message>
        <source>&amp;PDF Report…</source>
        <translation>Relatório &amp;PDF…</translation>
    </message>
    <message>
        <source>Export the matching entries as a PDF compliance report</source>
        <translation>Exportar as entradas correspondentes como relatório de conformidade em PDF</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export the matching entries to CSV, JSON or PDF</source>
        <translation>Exportar as entradas correspondentes para CSV, JSON ou PDF</translation>
    </message>
    <message>
        <source>&amp;Map Columns…</source>
        <translation>&amp;Mapear colunas…</translation>
    </message>
    <message>
        <source>Choose which columns of a table hold each part of an event</source>
        <translation>Escolher quais colunas de uma tabela contêm cada parte de um evento</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Localizar…</translation>
    </message>
    <message>
        <source>Search the events&apos; text in the filter panel</source>
        <translation>Pesquisar o texto dos eventos no painel de filtros</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <source>Time zone, page size, theme, language and the local store folder</source>
        <translation>Fuso horário, tamanho da página, tema, idioma e a pasta do armazenamento local</translation>
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
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recente</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Log de auditoria</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Nenhum banco de dados aberto</translation>
    </message>
    <message>
        <source>Event &amp;Details</source>
        <translation>&amp;Detalhes do evento</translation>
    </message>
    <message>
        <source>Show or hide the details of the selected event</source>
        <translation>Mostrar ou ocultar os detalhes do evento selecionado</translation>
    </message>
    <message>
        <source>That event is hidden by the current filter.</source>
        <translation>Esse evento está oculto pelo filtro atual.</translation>
    </message>
    <message>
        <source>%1 — AuditLens</source>
        <translation>%1 — AuditLens</translation>
    </message>
    <message>
        <source>Open Audit Database</source>
        <translation>Abrir banco de dados de auditoria</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3 *.db3);;All files (*)</source>
        <translation>Bancos de dados SQLite (*.db *.sqlite *.sqlite3 *.db3);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Limpar lista</translation>
    </message>
    <message>
        <source>%1 — table %2 (%3), read-only</source>
        <translation>%1 — tabela %2 (%3), somente leitura</translation>
    </message>
    <message>
        <source>Counting events…</source>
        <translation>Contando eventos…</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message>
        <source>About AuditLens</source>
        <translation>Sobre o AuditLens</translation>
    </message>
    <message>
        <source>&lt;h3&gt;AuditLens %1&lt;/h3&gt;&lt;p&gt;A read-only desktop viewer for the audit logs of your business systems.&lt;/p&gt;&lt;p&gt;It never writes to the audit database.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;AuditLens %1&lt;/h3&gt;&lt;p&gt;Um visualizador de desktop somente leitura para os logs de auditoria dos seus sistemas de negócio.&lt;/p&gt;&lt;p&gt;Ele nunca grava no banco de dados de auditoria.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Gráficos</translation>
    </message>
    <message>
        <source>Show or hide the charts</source>
        <translation>Mostrar ou ocultar os gráficos</translation>
    </message>
    <message>
        <source>&amp;Next Unreviewed Flag</source>
        <translation>&amp;Próxima sinalização não revisada</translation>
    </message>
    <message>
        <source>Go to the next flagged event that has not been reviewed</source>
        <translation>Ir para o próximo evento sinalizado que ainda não foi revisado</translation>
    </message>
    <message>
        <source>&amp;Run Flagging Again</source>
        <translation>Executar a sinalização &amp;novamente</translation>
    </message>
    <message>
        <source>Evaluate every rule over the whole database again</source>
        <translation>Avaliar todas as regras de novo sobre o banco de dados inteiro</translation>
    </message>
    <message>
        <source>Show &amp;Unreviewed Flags</source>
        <translation>Mostrar sinalizações não &amp;revisadas</translation>
    </message>
    <message>
        <source>Show only the flagged events that have not been reviewed</source>
        <translation>Mostrar apenas os eventos sinalizados que ainda não foram revisados</translation>
    </message>
    <message>
        <source>R&amp;ules…</source>
        <translation>Re&amp;gras…</translation>
    </message>
    <message>
        <source>Choose the rules that flag events and their thresholds</source>
        <translation>Escolher as regras que sinalizam eventos e seus limites</translation>
    </message>
    <message>
        <source>Fla&amp;gs</source>
        <translation>&amp;Sinalizações</translation>
    </message>
    <message>
        <source>The review could not be saved.</source>
        <translation>A revisão não pôde ser salva.</translation>
    </message>
    <message>
        <source>Flagging…</source>
        <translation>Sinalizando…</translation>
    </message>
    <message>
        <source>Flagging progress</source>
        <translation>Progresso da sinalização</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel flagging</source>
        <translation>Cancelar a sinalização</translation>
    </message>
    <message>
        <source>Stop flagging; the flags stored before stay</source>
        <translation>Parar a sinalização; as sinalizações já armazenadas permanecem</translation>
    </message>
    <message>
        <source>Flags are not available: %1</source>
        <translation>As sinalizações não estão disponíveis: %1</translation>
    </message>
    <message>
        <source>%1: this database has no %2 field</source>
        <translation>%1: este banco de dados não tem o campo %2</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n rule(s) not applicable</source>
        <translation>
            <numerusform>⚠ %n regra não aplicável</numerusform>
            <numerusform>⚠ %n regras não aplicáveis</numerusform>
        </translation>
    </message>
    <message>
        <source>Flagging canceled; the flags stored before are kept.</source>
        <translation>Sinalização cancelada; as sinalizações já armazenadas foram mantidas.</translation>
    </message>
    <message>
        <source>Flagging failed: %1</source>
        <translation>A sinalização falhou: %1</translation>
    </message>
    <message>
        <source>Flagging done: %1 flagged events (%2 events read).</source>
        <translation>Sinalização concluída: %1 eventos sinalizados (%2 eventos lidos).</translation>
    </message>
    <message>
        <source>Every flagged event has been reviewed.</source>
        <translation>Todos os eventos sinalizados foram revisados.</translation>
    </message>
    <message>
        <source>The unreviewed flagged events are hidden by the current filter.</source>
        <translation>Os eventos sinalizados não revisados estão ocultos pelo filtro atual.</translation>
    </message>
    <message>
        <source>The rules could not be saved.</source>
        <translation>As regras não puderam ser salvas.</translation>
    </message>
    <message>
        <source>Open a database first: its tables are what you map.</source>
        <translation>Abra primeiro um banco de dados: são as tabelas dele que você mapeia.</translation>
    </message>
    <message>
        <source>Choose the table and the columns that hold its events.</source>
        <translation>Escolha a tabela e as colunas que contêm os eventos dela.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>View “%1” applied.</source>
        <translation>Visualização “%1” aplicada.</translation>
    </message>
</context>
<context>
    <name>AuditLens::ManageViewsDialog</name>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renomear…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <source>Manage Views</source>
        <translation>Gerenciar visualizações</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Visualizações salvas</translation>
    </message>
    <message>
        <source>Rename View</source>
        <translation>Renomear visualização</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Novo nome:</translation>
    </message>
</context>
<context>
    <name>AuditLens::MappingDialog</name>
    <message>
        <source>Time</source>
        <translation>Horário</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>ID do usuário</translation>
    </message>
    <message>
        <source>Table or resource</source>
        <translation>Tabela ou recurso</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>ID do registro</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravidade</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Endereço IP</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>User agent</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <source>Old values</source>
        <translation>Valores antigos</translation>
    </message>
    <message>
        <source>New values</source>
        <translation>Valores novos</translation>
    </message>
    <message>
        <source>Changed field</source>
        <translation>Campo alterado</translation>
    </message>
    <message>
        <source>Changes (JSON)</source>
        <translation>Alterações (JSON)</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadados</translation>
    </message>
    <message>
        <source>Row id</source>
        <translation>ID da linha</translation>
    </message>
    <message>
        <source>Map Columns — %1</source>
        <translation>Mapear colunas — %1</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabelas</translation>
    </message>
    <message>
        <source>Columns and sample values</source>
        <translation>Colunas e valores de exemplo</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Coluna</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Valores de exemplo</translation>
    </message>
    <message>
        <source>Preview of the first page</source>
        <translation>Prévia da primeira página</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nome do perfil</translation>
    </message>
    <message>
        <source>Save as &amp;Profile</source>
        <translation>Salvar como &amp;perfil</translation>
    </message>
    <message>
        <source>Write this mapping to your profiles folder: the table then opens with no dialog</source>
        <translation>Gravar este mapeamento na sua pasta de perfis: a tabela passa a abrir sem diálogo</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <source>Canonical fields</source>
        <translation>Campos canônicos</translation>
    </message>
    <message>
        <source>Action values</source>
        <translation>Valores de ação</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Prévia</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>&amp;Nome do perfil:</translation>
    </message>
    <message>
        <source>This database holds no tables.</source>
        <translation>Este banco de dados não contém tabelas.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhuma)</translation>
    </message>
    <message>
        <source>%1 (mapped by hand)</source>
        <translation>%1 (mapeada manualmente)</translation>
    </message>
    <message>
        <source>Choose the column that holds the time of each event.</source>
        <translation>Escolha a coluna que contém o horário de cada evento.</translation>
    </message>
    <message>
        <source>%1 has no primary key: choose the column that identifies each row (Row id).</source>
        <translation>%1 não tem chave primária: escolha a coluna que identifica cada linha (ID da linha).</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Dê um nome ao perfil.</translation>
    </message>
    <message>
        <source>Saved as %1. AuditLens now opens %2 with this mapping, with no dialog.</source>
        <translation>Salvo como %1. O AuditLens agora abre %2 com este mapeamento, sem diálogo.</translation>
    </message>
</context>
<context>
    <name>AuditLens::NewEventsBanner</name>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>New events</source>
        <translation>Novos eventos</translation>
    </message>
    <message>
        <source>Show the new events</source>
        <translation>Mostrar os novos eventos</translation>
    </message>
    <message>
        <source>Go to the first page, where the newest events are</source>
        <translation>Ir para a primeira página, onde estão os eventos mais recentes</translation>
    </message>
    <message>
        <source>1 new event</source>
        <translation>1 novo evento</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new events</source>
        <translation>
            <numerusform>%Ln novo evento</numerusform>
            <numerusform>%Ln novos eventos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLens::PagerWidget</name>
    <message>
        <source>First page (Ctrl+Home)</source>
        <translation>Primeira página (Ctrl+Home)</translation>
    </message>
    <message>
        <source>Previous page (Ctrl+PgUp)</source>
        <translation>Página anterior (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Next page (Ctrl+PgDown)</source>
        <translation>Próxima página (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>Last page (Ctrl+End)</source>
        <translation>Última página (Ctrl+End)</translation>
    </message>
    <message>
        <source>Go to page</source>
        <translation>Ir para a página</translation>
    </message>
    <message>
        <source>Type a page number and press Enter</source>
        <translation>Digite um número de página e pressione Enter</translation>
    </message>
    <message>
        <source>Go to page:</source>
        <translation>Ir para a página:</translation>
    </message>
    <message>
        <source>No database</source>
        <translation>Nenhum banco de dados</translation>
    </message>
    <message>
        <source>Page %1 of … (counting)</source>
        <translation>Página %1 de … (contando)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop the search (Esc)</source>
        <translation>Parar a pesquisa (Esc)</translation>
    </message>
    <message>
        <source>Stop the search</source>
        <translation>Parar a pesquisa</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Pesquisando…</translation>
    </message>
</context>
<context>
    <name>AuditLens::PdfReportWriter</name>
    <message>
        <source>The PDF could not be started.</source>
        <translation>O PDF não pôde ser iniciado.</translation>
    </message>
    <message>
        <source>No entries match.</source>
        <translation>Nenhuma entrada corresponde.</translation>
    </message>
    <message>
        <source>Generated by %1 on %2 with AuditLens</source>
        <translation>Gerado por %1 em %2 com o AuditLens</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>página %1 de %2</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Banco de dados</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>none: all entries</source>
        <translation>nenhum: todas as entradas</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>Gerado por</translation>
    </message>
    <message>
        <source>Generated at</source>
        <translation>Gerado em</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Por categoria</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>Por status</translation>
    </message>
    <message>
        <source>Flagged by rule</source>
        <translation>Por regra</translation>
    </message>
    <message>
        <source>flag rules were not evaluated</source>
        <translation>as regras de sinalização não foram avaliadas</translation>
    </message>
    <message>
        <source>no events flagged</source>
        <translation>nenhum evento sinalizado</translation>
    </message>
    <message>
        <source>… and %1 more rules</source>
        <translation>… e mais %1 regras</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>O PDF não pôde ser concluído.</translation>
    </message>
</context>
<context>
    <name>AuditLens::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>Times shown in</source>
        <translation>Horários exibidos em</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Horário local</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Events per page</source>
        <translation>Eventos por página</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language changes when AuditLens starts next.</source>
        <translation>O idioma muda na próxima vez que o AuditLens for iniciado.</translation>
    </message>
    <message>
        <source>Restart note</source>
        <translation>Aviso de reinício</translation>
    </message>
    <message>
        <source>&amp;Times shown in:</source>
        <translation>&amp;Horários exibidos em:</translation>
    </message>
    <message>
        <source>Events per &amp;page:</source>
        <translation>Eventos por &amp;página:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Local &amp;store folder:</source>
        <translation>Pasta do &amp;armazenamento local:</translation>
    </message>
    <message>
        <source>Local store folder</source>
        <translation>Pasta do armazenamento local</translation>
    </message>
    <message>
        <source>Where the flags and reviews (flags.sqlite) are kept; never the audit database</source>
        <translation>Onde as sinalizações e revisões (flags.sqlite) são guardadas; nunca o banco de dados de auditoria</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Procu&amp;rar…</translation>
    </message>
    <message>
        <source>Choose the local store folder</source>
        <translation>Escolher a pasta do armazenamento local</translation>
    </message>
    <message>
        <source>Local Store Folder</source>
        <translation>Pasta do armazenamento local</translation>
    </message>
    <message>
        <source>The language and the local store folder change when AuditLens starts next.</source>
        <translation>O idioma e a pasta do armazenamento local mudam na próxima vez que o AuditLens for iniciado.</translation>
    </message>
    <message>
        <source>The local store is copied to the new folder and used from the next start.</source>
        <translation>O armazenamento local é copiado para a nova pasta e usado a partir da próxima inicialização.</translation>
    </message>
    <message>
        <source>The local store folder must be a full path.</source>
        <translation>A pasta do armazenamento local deve ser um caminho completo.</translation>
    </message>
</context>
<context>
    <name>AuditLens::ProfileWriter</name>
    <message>
        <source>Cannot create the profiles folder %1.</source>
        <translation>Não é possível criar a pasta de perfis %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>AuditLens::RelatedEventsView</name>
    <message>
        <source>Related events</source>
        <translation>Eventos relacionados</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Values / summary</source>
        <translation>Valores / resumo</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>no record id</source>
        <translation>sem ID de registro</translation>
    </message>
    <message>
        <source>record</source>
        <translation>registro</translation>
    </message>
    <message numerus="yes">
        <source>History of %1 (newest first; events: %n)</source>
        <translation>
            <numerusform>Histórico de %1 (%n evento, mais recente primeiro)</numerusform>
            <numerusform>Histórico de %1 (%n eventos, mais recentes primeiro)</numerusform>
        </translation>
    </message>
    <message>
        <source>No user to follow</source>
        <translation>Nenhum usuário para acompanhar</translation>
    </message>
    <message numerus="yes">
        <source>%1 from 30 minutes before to 30 minutes after (events: %n)</source>
        <translation>
            <numerusform>%1 de 30 minutos antes a 30 minutos depois (%n evento)</numerusform>
            <numerusform>%1 de 30 minutos antes a 30 minutos depois (%n eventos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Related events could not be read: %1</source>
        <translation>Não foi possível ler os eventos relacionados: %1</translation>
    </message>
    <message>
        <source>The event shown above</source>
        <translation>O evento mostrado acima</translation>
    </message>
</context>
<context>
    <name>AuditLens::RulesDialog</name>
    <message>
        <source>Flag Rules</source>
        <translation>Regras de sinalização</translation>
    </message>
    <message>
        <source>Flag rules</source>
        <translation>Regras de sinalização</translation>
    </message>
    <message>
        <source>Events that match an enabled rule get a red dot in the table. Rules are evaluated on this computer; the audit database is never changed.</source>
        <translation>Eventos que correspondem a uma regra ativada recebem um ponto vermelho na tabela. As regras são avaliadas neste computador; o banco de dados de auditoria nunca é alterado.</translation>
    </message>
    <message>
        <source>Save the rules and flag the database again</source>
        <translation>Salvar as regras e sinalizar o banco de dados novamente</translation>
    </message>
    <message>
        <source>%1 (not applicable)</source>
        <translation>%1 (não aplicável)</translation>
    </message>
    <message>
        <source>Rule id: %1</source>
        <translation>ID da regra: %1</translation>
    </message>
    <message>
        <source>Not applicable to this database: it has no %1 field.</source>
        <translation>Não aplicável a este banco de dados: ele não tem o campo %1.</translation>
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
        <translation>separados por vírgulas</translation>
    </message>
    <message>
        <source>A comma-separated list</source>
        <translation>Uma lista separada por vírgulas</translation>
    </message>
    <message>
        <source>Large change threshold in percent</source>
        <translation>Limite de grande alteração em porcentagem</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Monetary field words</source>
        <translation>Palavras de campos monetários</translation>
    </message>
    <message>
        <source>Change of more than:</source>
        <translation>Alteração de mais de:</translation>
    </message>
    <message>
        <source>Fields whose name contains:</source>
        <translation>Campos cujo nome contém:</translation>
    </message>
    <message>
        <source>Bulk operations threshold</source>
        <translation>Limite de operações em massa</translation>
    </message>
    <message>
        <source>Bulk operations window in minutes</source>
        <translation>Janela de operações em massa em minutos</translation>
    </message>
    <message>
        <source>More than (operations):</source>
        <translation>Mais de (operações):</translation>
    </message>
    <message>
        <source>Within:</source>
        <translation>Dentro de:</translation>
    </message>
    <message>
        <source>Off hours start</source>
        <translation>Início fora do horário</translation>
    </message>
    <message>
        <source>Off hours end</source>
        <translation>Fim fora do horário</translation>
    </message>
    <message>
        <source>Off hours time zone</source>
        <translation>Fuso horário fora do horário</translation>
    </message>
    <message>
        <source>Excluded users</source>
        <translation>Usuários excluídos</translation>
    </message>
    <message>
        <source>From (inclusive):</source>
        <translation>De (inclusive):</translation>
    </message>
    <message>
        <source>Until (exclusive):</source>
        <translation>Até (exclusive):</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Fuso horário:</translation>
    </message>
    <message>
        <source>Except users:</source>
        <translation>Exceto usuários:</translation>
    </message>
    <message>
        <source>Sensitive tables</source>
        <translation>Tabelas sensíveis</translation>
    </message>
    <message>
        <source>Tables:</source>
        <translation>Tabelas:</translation>
    </message>
    <message>
        <source>Rapid edits threshold</source>
        <translation>Limite de edições rápidas</translation>
    </message>
    <message>
        <source>Rapid edits window in minutes</source>
        <translation>Janela de edições rápidas em minutos</translation>
    </message>
    <message>
        <source>At least (edits to one record):</source>
        <translation>Pelo menos (edições em um registro):</translation>
    </message>
    <message>
        <source>Failed logins threshold</source>
        <translation>Limite de logins com falha</translation>
    </message>
    <message>
        <source>Failed logins window in minutes</source>
        <translation>Janela de logins com falha em minutos</translation>
    </message>
    <message>
        <source>At least (per user or IP):</source>
        <translation>Pelo menos (por usuário ou IP):</translation>
    </message>
    <message>
        <source>Earlier logins needed</source>
        <translation>Logins anteriores necessários</translation>
    </message>
    <message>
        <source>After at least (earlier logins):</source>
        <translation>Após pelo menos (logins anteriores):</translation>
    </message>
    <message>
        <source>Denied actions</source>
        <translation>Ações negadas</translation>
    </message>
    <message>
        <source>Failed events, and actions:</source>
        <translation>Eventos com falha e ações:</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Pré-visualizar</translation>
    </message>
    <message>
        <source>Count the events the edited rules would flag, without saving</source>
        <translation>Contar os eventos que as regras editadas sinalizariam, sem salvar</translation>
    </message>
    <message>
        <source>Preview progress</source>
        <translation>Progresso da pré-visualização</translation>
    </message>
    <message>
        <source>Flagged now: %1</source>
        <translation>Sinalizados agora: %1</translation>
    </message>
    <message>
        <source>Preview result</source>
        <translation>Resultado da pré-visualização</translation>
    </message>
    <message>
        <source>Flagged now: %1 — press Preview to count with the edited rules</source>
        <translation>Sinalizados agora: %1 — clique em Pré-visualizar para contar com as regras editadas</translation>
    </message>
    <message>
        <source>Counting with the edited rules…</source>
        <translation>Contando com as regras editadas…</translation>
    </message>
    <message>
        <source>Preview canceled.</source>
        <translation>Pré-visualização cancelada.</translation>
    </message>
    <message>
        <source>Preview failed: %1</source>
        <translation>A pré-visualização falhou: %1</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sem alteração</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>%1 a mais</translation>
    </message>
    <message>
        <source>%1 fewer</source>
        <translation>%1 a menos</translation>
    </message>
    <message>
        <source>With these rules: &lt;b&gt;%1&lt;/b&gt; flagged events — now %2 (%3)</source>
        <translation>Com estas regras: &lt;b&gt;%1&lt;/b&gt; eventos sinalizados — agora %2 (%3)</translation>
    </message>
</context>
<context>
    <name>AuditLens::SavedViews</name>
    <message>
        <source>&quot;columns&quot; is not a list</source>
        <translation>&quot;columns&quot; não é uma lista</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot; (known: %2)</source>
        <translation>coluna desconhecida &quot;%1&quot; (conhecidas: %2)</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; has a width of %2 pixels</source>
        <translation>a coluna &quot;%1&quot; tem largura de %2 pixels</translation>
    </message>
    <message>
        <source>a view is not a JSON object</source>
        <translation>uma visualização não é um objeto JSON</translation>
    </message>
    <message>
        <source>a view has no name, or one longer than %1 characters</source>
        <translation>uma visualização não tem nome, ou tem um com mais de %1 caracteres</translation>
    </message>
    <message>
        <source>view &quot;%1&quot;: &quot;filter&quot; is not an object</source>
        <translation>visualização &quot;%1&quot;: &quot;filter&quot; não é um objeto</translation>
    </message>
    <message>
        <source>view &quot;%1&quot;: %2</source>
        <translation>visualização &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The saved views in %1 cannot be read: %2</source>
        <translation>As visualizações salvas em %1 não podem ser lidas: %2</translation>
    </message>
    <message>
        <source>A view needs a name of 1 to %1 characters.</source>
        <translation>Uma visualização precisa de um nome de 1 a %1 caracteres.</translation>
    </message>
    <message>
        <source>A view named &quot;%1&quot; exists already.</source>
        <translation>Já existe uma visualização chamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no view named &quot;%1&quot;.</source>
        <translation>Não há visualização chamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at line %2)</source>
        <translation>JSON inválido (%1 na linha %2)</translation>
    </message>
    <message>
        <source>not an AuditLens views file (&quot;format&quot; is not &quot;%1&quot;)</source>
        <translation>não é um arquivo de visualizações do AuditLens (&quot;format&quot; não é &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>views file version %1 is not supported (this AuditLens reads version %2)</source>
        <translation>a versão %1 do arquivo de visualizações não é suportada (este AuditLens lê a versão %2)</translation>
    </message>
    <message>
        <source>&quot;views&quot; is not a list</source>
        <translation>&quot;views&quot; não é uma lista</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>the file is larger than 16 MB</source>
        <translation>o arquivo é maior que 16 MB</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 não pode ser importado: %2</translation>
    </message>
</context>
<context>
    <name>AuditLens::SavedViewsController</name>
    <message>
        <source>Vie&amp;ws</source>
        <translation>&amp;Visualizações</translation>
    </message>
    <message>
        <source>&amp;Save Current View…</source>
        <translation>&amp;Salvar visualização atual…</translation>
    </message>
    <message>
        <source>Save the current filters and columns under a name</source>
        <translation>Salvar os filtros e as colunas atuais com um nome</translation>
    </message>
    <message>
        <source>&amp;Manage Views…</source>
        <translation>&amp;Gerenciar visualizações…</translation>
    </message>
    <message>
        <source>Rename or delete saved views</source>
        <translation>Renomear ou excluir visualizações salvas</translation>
    </message>
    <message>
        <source>&amp;Import Views…</source>
        <translation>&amp;Importar visualizações…</translation>
    </message>
    <message>
        <source>Add the views of a shared JSON file</source>
        <translation>Adicionar as visualizações de um arquivo JSON compartilhado</translation>
    </message>
    <message>
        <source>E&amp;xport Views…</source>
        <translation>E&amp;xportar visualizações…</translation>
    </message>
    <message>
        <source>Write every saved view to a JSON file to share</source>
        <translation>Gravar todas as visualizações salvas em um arquivo JSON para compartilhar</translation>
    </message>
    <message>
        <source>A copy of it is kept as views.json.damaged.</source>
        <translation>Uma cópia dele é mantida como views.json.damaged.</translation>
    </message>
    <message>
        <source>Apply the saved view “%1”</source>
        <translation>Aplicar a visualização salva “%1”</translation>
    </message>
    <message>
        <source>Saved Views</source>
        <translation>Visualizações salvas</translation>
    </message>
    <message>
        <source>Save Current View</source>
        <translation>Salvar visualização atual</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Nome da visualização:</translation>
    </message>
    <message>
        <source>A view named “%1” exists already. Replace it?</source>
        <translation>Já existe uma visualização chamada “%1”. Substituí-la?</translation>
    </message>
    <message>
        <source>Import Views</source>
        <translation>Importar visualizações</translation>
    </message>
    <message>
        <source>AuditLens views (*.json);;All files (*)</source>
        <translation>Visualizações do AuditLens (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Views imported: %n.</source>
        <translation>
            <numerusform>%n visualização importada.</numerusform>
            <numerusform>%n visualizações importadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Views</source>
        <translation>Exportar visualizações</translation>
    </message>
    <message>
        <source>AuditLens views (*.json)</source>
        <translation>Visualizações do AuditLens (*.json)</translation>
    </message>
</context>
<context>
    <name>AuditLens::SearchIndexIndicator</name>
    <message>
        <source>AuditLens is indexing the events&apos; text on this computer so that searches answer at once. Until it is done, searches scan the table.</source>
        <translation>O AuditLens está indexando o texto dos eventos neste computador para que as pesquisas respondam na hora. Até terminar, as pesquisas percorrem a tabela.</translation>
    </message>
    <message>
        <source>Building search index… %1%</source>
        <translation>Criando o índice de pesquisa… %1%</translation>
    </message>
</context>
<context>
    <name>AuditLens::Settings</name>
    <message>
        <source>The folder %1 cannot be written to.</source>
        <translation>Não é possível gravar na pasta %1.</translation>
    </message>
    <message>
        <source>The local store cannot be copied to %1.</source>
        <translation>O armazenamento local não pode ser copiado para %1.</translation>
    </message>
</context>
<context>
    <name>AuditLens::StatisticsBar</name>
    <message>
        <source>Statistics</source>
        <translation>Estatísticas</translation>
    </message>
    <message>
        <source>Events, last 7 days</source>
        <translation>Eventos, 7 dias</translation>
    </message>
    <message>
        <source>Show the events of the last 7 days</source>
        <translation>Mostrar os eventos dos últimos 7 dias</translation>
    </message>
    <message>
        <source>Flagged, last 7 days</source>
        <translation>Sinalizados, 7 dias</translation>
    </message>
    <message>
        <source>Show the flagged events of the last 7 days</source>
        <translation>Mostrar os eventos sinalizados dos últimos 7 dias</translation>
    </message>
    <message>
        <source>Active users, 7 days</source>
        <translation>Usuários ativos, 7 dias</translation>
    </message>
    <message>
        <source>Events today</source>
        <translation>Eventos hoje</translation>
    </message>
    <message>
        <source>Show today&apos;s events (UTC)</source>
        <translation>Mostrar os eventos de hoje (UTC)</translation>
    </message>
    <message>
        <source>Successful, 7 days</source>
        <translation>Com sucesso, 7 dias</translation>
    </message>
    <message>
        <source>Show the successful operations of the last 7 days</source>
        <translation>Mostrar as operações bem-sucedidas dos últimos 7 dias</translation>
    </message>
    <message>
        <source>Failed, 7 days</source>
        <translation>Com falha, 7 dias</translation>
    </message>
    <message>
        <source>Show the failed operations of the last 7 days</source>
        <translation>Mostrar as operações com falha dos últimos 7 dias</translation>
    </message>
    <message>
        <source>Top actions, 7 days:</source>
        <translation>Principais ações, 7 dias:</translation>
    </message>
    <message>
        <source>%1
…</source>
        <translation>%1
…</translation>
    </message>
    <message>
        <source>Filter to action %1 (%2 events)</source>
        <translation>Filtrar pela ação %1 (%2 eventos)</translation>
    </message>
    <message>
        <source>Show only %1 events</source>
        <translation>Mostrar apenas eventos %1</translation>
    </message>
    <message>
        <source>Top actions, 7 days</source>
        <translation>Principais ações, 7 dias</translation>
    </message>
</context>
<context>
    <name>AuditLens::StatisticsService</name>
    <message>
        <source>The statistics could not be computed.</source>
        <translation>As estatísticas não puderam ser calculadas.</translation>
    </message>
    <message>
        <source>The chart data could not be computed.</source>
        <translation>Os dados dos gráficos não puderam ser calculados.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Only SQLite databases have a local search index.</source>
        <translation>Apenas bancos de dados SQLite têm um índice de pesquisa local.</translation>
    </message>
    <message>
        <source>The table has no columns to search.</source>
        <translation>A tabela não tem colunas para pesquisar.</translation>
    </message>
    <message>
        <source>The table %1 has no rowid; searches scan it instead.</source>
        <translation>A tabela %1 não tem rowid; as pesquisas a percorrem por inteiro.</translation>
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
        <translation>Visualizador somente leitura de logs de auditoria.

Comandos:
  demo ARQUIVO [--rows N] [--seed S] [--end DATA]   grava um banco de dados de demonstração
  schema BANCO                                      imprime a tabela e o mapeamento detectados
  flags BANCO [--json] [FILTROS]                    lista os eventos sinalizados na ordem do fluxo
  export BANCO --format csv|json|pdf --output ARQUIVO [FILTROS]
                                                    exporta o log
FILTROS: --from T --to T --action A --table T --user U --status S --ip IP
         --search TEXTO --flagged-only (T: data ou data e hora ISO-8601, UTC;
         uma data sozinha significa o dia inteiro)
Execute &quot;auditlens COMANDO --help&quot; para ver as opções de um comando.</translation>
    </message>
    <message>
        <source>An SQLite file or a postgresql:// URL.</source>
        <translation>Um arquivo SQLite ou uma URL postgresql://.</translation>
    </message>
</context>
</TS>
