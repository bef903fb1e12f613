CREATE TABLE audit_logs (
  id          TEXT,
  timestamp   TEXT,
  username    TEXT,
  action      TEXT,
  entity      TEXT,
  summary     TEXT,
  status      TEXT
);
INSERT INTO audit_logs VALUES ('7', '2026-11-01T10:00:00Z', 'ann', 'LOGIN', 'users', 'first seven', 'success');
INSERT INTO audit_logs VALUES ('7', '2026-11-01T10:00:00Z', 'ann', 'LOGIN', 'users', 'second seven', 'success');
INSERT INTO audit_logs VALUES ('7', '2026-11-01T10:00:00Z', 'bob', 'DELETE', 'orders', 'third seven', 'failure');
INSERT INTO audit_logs VALUES (NULL, '2026-11-01T10:00:00Z', NULL, 'UPDATE', NULL, NULL, NULL);
INSERT INTO audit_logs VALUES (NULL, '2026-11-01T10:00:00Z', NULL, 'UPDATE', NULL, NULL, NULL);
INSERT INTO audit_logs VALUES ('', '2026-11-02T10:00:00Z', 'carl', 'CREATE', 'orders', 'empty id', 'success');
INSERT INTO audit_logs VALUES ('', '2026-11-02T10:00:00Z', 'carl', 'CREATE', 'orders', 'empty id again', 'success')
