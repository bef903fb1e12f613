-- Seed 004 (Backstitch Inventory, SQLAlchemy model quoted in the seed).
CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR);
CREATE TABLE audit_logs (
  id INTEGER NOT NULL,
  timestamp DATETIME,
  user_id INTEGER,
  username VARCHAR NOT NULL,
  action VARCHAR NOT NULL,
  entity VARCHAR NOT NULL,
  entity_id INTEGER NOT NULL,
  field_changed VARCHAR,
  old_value VARCHAR,
  new_value VARCHAR,
  PRIMARY KEY (id),
  FOREIGN KEY(user_id) REFERENCES users (id)
);
CREATE INDEX ix_audit_logs_id ON audit_logs (id);
INSERT INTO audit_logs VALUES (1, '2026-11-22 08:00:00.123456', 0, 'eve@example.com', 'LOGIN_FAILED', 'User', 0, NULL, NULL, 'Login failed: user not found');
INSERT INTO audit_logs VALUES (2, '2026-11-22 08:01:00.000000', 5, 'ann@example.com', 'LOGIN', 'User', 5, NULL, NULL, 'User logged in');
INSERT INTO audit_logs VALUES (3, '2026-11-22 08:02:00.000000', 5, 'ann@example.com', 'UPDATE', 'Product', 42, 'price', '100', '130');
INSERT INTO audit_logs VALUES (4, '2026-11-22 08:03:00.000000', 5, 'ann@example.com', 'PRODUCT_CREATE', 'Product', 43, NULL, NULL, '{"id": 43, "name": "Thread", "price": 2.5}');
INSERT INTO audit_logs VALUES (5, '2026-11-22 08:04:00.000000', NULL, 'system', 'DELETE', 'Order', 9, NULL, '{"id": 9}', NULL);
