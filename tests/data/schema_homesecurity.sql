-- Seed 002 (home-security app, SQLAlchemy on SQLite): actor, resource_type, details JSON.
CREATE TABLE audit_logs (
  id INTEGER NOT NULL,
  timestamp DATETIME NOT NULL,
  action VARCHAR(50) NOT NULL,
  resource_type VARCHAR(50) NOT NULL,
  resource_id VARCHAR(255),
  actor VARCHAR(255) NOT NULL,
  ip_address VARCHAR(45),
  user_agent TEXT,
  details JSON,
  status VARCHAR(20) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT ck_audit_logs_status CHECK (status IN ('success', 'failure'))
);
CREATE INDEX idx_audit_logs_timestamp ON audit_logs (timestamp);
CREATE INDEX idx_audit_logs_action ON audit_logs (action);
CREATE INDEX idx_audit_logs_actor ON audit_logs (actor);
CREATE INDEX idx_audit_logs_status ON audit_logs (status);
CREATE INDEX idx_audit_logs_resource ON audit_logs (resource_type, resource_id);
INSERT INTO audit_logs VALUES (1, '2026-11-21 10:00:00.000000+00:00', 'settings_changed', 'settings', 'batch_window_seconds', 'ip:192.168.1.1', '192.168.1.1', 'curl/8.0', '{"old": 30, "new": 90}', 'success');
INSERT INTO audit_logs VALUES (2, '2026-11-21 10:01:00.000000+00:00', 'camera_deleted', 'camera', 'front_door', 'api_key:abc12345...', '192.168.1.2', NULL, '{"name": "Front door"}', 'success');
INSERT INTO audit_logs VALUES (3, '2026-11-21 10:02:00.000000+00:00', 'rate_limit_exceeded', 'security', NULL, 'ip:203.0.113.7', '203.0.113.7', NULL, '{"limit": 100}', 'failure');
