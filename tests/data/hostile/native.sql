CREATE TABLE audit_logs (
  id          INTEGER PRIMARY KEY,
  timestamp   TEXT,
  user_id     INTEGER,
  username    TEXT,
  action      TEXT,
  entity      TEXT,
  entity_id   TEXT,
  summary     TEXT,
  ip_address  TEXT,
  user_agent  TEXT,
  session_id  TEXT,
  status      TEXT,
  severity    TEXT,
  old_values  TEXT,
  new_values  TEXT,
  metadata    TEXT
);
CREATE INDEX idx_audit_logs_timestamp ON audit_logs(timestamp);
CREATE INDEX idx_audit_logs_action    ON audit_logs(action, timestamp)
