-- Seed 001 (FastAPI, SQLAlchemy on SQLite): UUID id, action_type, resource_type, metadata JSON.
CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(255));
CREATE TABLE audit_logs (
  id CHAR(36) NOT NULL,
  timestamp DATETIME NOT NULL,
  user_id INTEGER,
  action_type VARCHAR(50) NOT NULL,
  resource_type VARCHAR(50),
  resource_id VARCHAR(255),
  description TEXT,
  ip_address VARCHAR(45),
  user_agent VARCHAR(500),
  status VARCHAR(20) NOT NULL,
  metadata JSON,
  PRIMARY KEY (id),
  FOREIGN KEY(user_id) REFERENCES users (id)
);
CREATE INDEX ix_audit_logs_timestamp ON audit_logs (timestamp);
CREATE INDEX ix_audit_logs_user_id ON audit_logs (user_id);
CREATE INDEX ix_audit_logs_action_type ON audit_logs (action_type);
INSERT INTO audit_logs VALUES ('6f1c0a7e-1d2b-4c3a-9e8f-0a1b2c3d4e5f', '2026-11-20 09:00:00.000000', 3, 'login', 'user', '3', 'User logged in', '10.1.1.1', 'Mozilla/5.0', 'success', '{"method": "password"}');
INSERT INTO audit_logs VALUES ('7a2d1b8f-2e3c-4d4b-8f90-1b2c3d4e5f60', '2026-11-20 09:05:00.250000', 3, 'update', 'role', '12', 'Role permissions changed', '10.1.1.1', 'Mozilla/5.0', 'success', '{"added": ["export"]}');
INSERT INTO audit_logs VALUES ('8b3e2c90-3f4d-4e5c-9012-2c3d4e5f6071', '2026-11-20 09:07:00.000000', NULL, 'error', 'data_upload', NULL, 'Unhandled exception in import', '10.1.1.2', 'python-requests/2.31', 'error', '{"severity": "ERROR", "stack": "Traceback..."}');
