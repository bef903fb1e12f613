-- A hand-made table no profile names: found by its column names.
CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT);
CREATE TABLE activity_history (
  event_id INTEGER PRIMARY KEY,
  created_at INTEGER NOT NULL,
  performed_by TEXT,
  event_type TEXT,
  target_type TEXT,
  target_id TEXT,
  message TEXT,
  client_ip TEXT
);
INSERT INTO activity_history VALUES (1, 1764320400, 'ops', 'EXPORT', 'report', 'r1', 'Exported the monthly report', '10.9.9.9');
INSERT INTO activity_history VALUES (2, 1764320460000, 'ops', 'DELETE', 'report', 'r1', 'Deleted the report', '10.9.9.9');
