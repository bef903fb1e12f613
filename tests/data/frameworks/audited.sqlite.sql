-- audited's audits table on SQLite, as Rails 7.1 migrates it from the gem's install template
-- (collectiveidea/audited lib/generators/audited/templates/install.rb, audited 5.x):
-- audited_changes in YAML (the default text column): [old, new] pairs on update, the plain
-- values on create and destroy; username for non-model users; version, comment,
-- remote_address, request_uuid.
CREATE TABLE "audits" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "auditable_id" integer, "auditable_type" varchar, "associated_id" integer, "associated_type" varchar, "user_id" integer, "user_type" varchar, "username" varchar, "action" varchar, "audited_changes" text, "version" integer DEFAULT 0, "comment" varchar, "remote_address" varchar, "request_uuid" varchar, "created_at" datetime(6));
CREATE INDEX "auditable_index" ON "audits" ("auditable_type", "auditable_id", "version");
CREATE INDEX "associated_index" ON "audits" ("associated_type", "associated_id");
CREATE INDEX "user_index" ON "audits" ("user_id", "user_type");
CREATE INDEX "index_audits_on_request_uuid" ON "audits" ("request_uuid");
CREATE INDEX "index_audits_on_created_at" ON "audits" ("created_at");
INSERT INTO audits (id, auditable_id, auditable_type, associated_id, associated_type, user_id, user_type, username, action, audited_changes, version, comment, remote_address, request_uuid, created_at) VALUES
 (1, 42, 'Product', NULL, NULL, 1, 'User', NULL, 'create', '---
name: Desk
price: !ruby/object:BigDecimal 18:0.1e3
tags: [office, wood]
', 1, NULL, '10.0.0.4', '4f9d1c2a-7e11-4b0c-8a2e-1c2d3e4f5a60', '2026-11-23 09:00:00.120431'),
 (2, 42, 'Product', NULL, NULL, 1, 'User', NULL, 'update', '---
price:
- !ruby/object:BigDecimal 18:0.1e3
- !ruby/object:BigDecimal 18:0.15e3
', 2, NULL, '10.0.0.4', '4f9d1c2a-7e11-4b0c-8a2e-1c2d3e4f5a61', '2026-11-23 10:00:00.250000'),
 (3, 42, 'Product', NULL, NULL, 2, 'User', NULL, 'update', '---
name: [Desk, Standing desk]
', 3, 'Renamed for the catalogue', '10.0.0.5', '4f9d1c2a-7e11-4b0c-8a2e-1c2d3e4f5a62', '2026-11-23 10:30:00.000000'),
 (4, 7, 'Order', 3, 'Customer', 2, 'User', NULL, 'destroy', '---
total: !ruby/object:BigDecimal 18:0.8e2
status: paid
', 2, NULL, '10.0.0.5', '4f9d1c2a-7e11-4b0c-8a2e-1c2d3e4f5a63', '2026-11-24 23:14:05.000000'),
 (5, 8, 'Order', 3, 'Customer', NULL, NULL, NULL, 'create', '---
status: pending
note: ''Leave at door: side gate''
', 1, NULL, NULL, NULL, '2026-11-24 08:00:00.000000'),
 (6, 42, 'Product', NULL, NULL, NULL, NULL, 'import-job', 'update', '---
stock:
- 5
- 4
', 4, NULL, NULL, NULL, '2026-11-24 09:00:00.000000');
