-- audited's audits table on PostgreSQL, from collectiveidea/audited
-- lib/generators/audited/templates/install.rb with --audited-changes-column-type jsonb: the
-- same rows as audited.sqlite.sql, with BigDecimal values as JSON strings.
CREATE TABLE "audits" ("id" bigserial primary key, "auditable_id" integer, "auditable_type" character varying, "associated_id" integer, "associated_type" character varying, "user_id" integer, "user_type" character varying, "username" character varying, "action" character varying, "audited_changes" jsonb, "version" integer DEFAULT 0, "comment" character varying, "remote_address" character varying, "request_uuid" character varying, "created_at" timestamp(6) without time zone);
CREATE INDEX "auditable_index" ON "audits" ("auditable_type", "auditable_id", "version");
CREATE INDEX "associated_index" ON "audits" ("associated_type", "associated_id");
CREATE INDEX "user_index" ON "audits" ("user_id", "user_type");
CREATE INDEX "index_audits_on_request_uuid" ON "audits" ("request_uuid");
CREATE INDEX "index_audits_on_created_at" ON "audits" ("created_at");
INSERT INTO audits (id, auditable_id, auditable_type, associated_id, associated_type, user_id, user_type, username, action, audited_changes, version, comment, remote_address, request_uuid, created_at) VALUES
 (1, 42, 'Product', NULL, NULL, 1, 'User', NULL, 'create', '{"name": "Desk", "price": "100.0", "tags": ["office", "wood"]}', 1, NULL, '10.0.0.4', '4f9d1c2a-7e11-4b0c-8a2e-1c2d3e4f5a60', '2026-11-23 09:00:00.120431'),
 (2, 42, 'Product', NULL, NULL, 1, 'User', NULL, 'update', '{"price": ["100.0", "150.0"]}', 2, NULL, '10.0.0.4', '4f9d1c2a-7e11-4b0c-8a2e-1c2d3e4f5a61', '2026-11-23 10:00:00.25'),
 (3, 42, 'Product', NULL, NULL, 2, 'User', NULL, 'update', '{"name": ["Desk", "Standing desk"]}', 3, 'Renamed for the catalogue', '10.0.0.5', '4f9d1c2a-7e11-4b0c-8a2e-1c2d3e4f5a62', '2026-11-23 10:30:00'),
 (4, 7, 'Order', 3, 'Customer', 2, 'User', NULL, 'destroy', '{"total": "80.0", "status": "paid"}', 2, NULL, '10.0.0.5', '4f9d1c2a-7e11-4b0c-8a2e-1c2d3e4f5a63', '2026-11-24 23:14:05'),
 (5, 8, 'Order', 3, 'Customer', NULL, NULL, NULL, 'create', '{"status": "pending", "note": "Leave at door: side gate"}', 1, NULL, NULL, NULL, '2026-11-24 08:00:00'),
 (6, 42, 'Product', NULL, NULL, NULL, NULL, 'import-job', 'update', '{"stock": [5, 4]}', 4, NULL, NULL, NULL, '2026-11-24 09:00:00');
SELECT setval(pg_get_serial_sequence('audits', 'id'), 6);
