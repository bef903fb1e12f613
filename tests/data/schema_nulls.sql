-- An audit table with NULL in every column of every row, and unparseable times.
CREATE TABLE audit_logs (id INTEGER PRIMARY KEY, timestamp TEXT, username TEXT, action TEXT, entity TEXT, entity_id TEXT, summary TEXT, ip_address TEXT, user_agent TEXT, session_id TEXT, status TEXT, severity TEXT, old_values TEXT, new_values TEXT, metadata TEXT);
INSERT INTO audit_logs VALUES (NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO audit_logs (timestamp, username, action) VALUES ('yesterday', 'amy', 'LOGIN');
INSERT INTO audit_logs (timestamp, username, action) VALUES ('', 'amy', 'LOGOUT');
INSERT INTO audit_logs (timestamp, username, action) VALUES ('2026-11-24T10:00:00Z', 'amy', 'UPDATE');
INSERT INTO audit_logs (timestamp, username, action) VALUES ('2026-02-30T10:00:00Z', 'amy', 'DELETE');
INSERT INTO audit_logs (timestamp, username, action, old_values, new_values) VALUES ('2026-11-24T11:00:00Z', 'amy', 'UPDATE', '{broken', 'not json');
