-- paper_trail's versions table on PostgreSQL with the json columns its README recommends there
-- (paper-trail-gem/paper_trail README "PostgreSQL JSON column support"; create_versions.rb.erb
-- with object/object_changes as jsonb): the same rows as paper-trail.sqlite.sql, with
-- BigDecimal values as JSON strings, the way ActiveSupport encodes them.
CREATE TABLE "versions" ("id" bigserial primary key, "whodunnit" character varying, "created_at" timestamp(6) without time zone, "item_id" bigint NOT NULL, "item_type" character varying NOT NULL, "event" character varying NOT NULL, "object" jsonb, "object_changes" jsonb, "ip" character varying, "user_agent" character varying);
CREATE INDEX "index_versions_on_item_type_and_item_id" ON "versions" ("item_type", "item_id");
INSERT INTO versions (id, whodunnit, created_at, item_id, item_type, event, object, object_changes, ip, user_agent) VALUES
 (1, '1', '2026-11-23 09:00:00.120431', 42, 'Product', 'create', NULL, '{"id": [null, 42], "name": [null, "Desk"], "price": [null, "100.0"], "created_at": [null, "2026-11-23T09:00:00.120Z"]}', '10.0.0.4', 'Mozilla/5.0 (X11; Linux x86_64) Firefox/120.0'),
 (2, '1', '2026-11-23 10:00:00.25', 42, 'Product', 'update', '{"id": 42, "name": "Desk", "price": "100.0", "settings": {"color": "oak", "sizes": ["S", "M"]}, "created_at": "2026-11-23T09:00:00.120Z", "updated_at": "2026-11-23T09:00:00.120Z"}', '{"price": ["100.0", "150.0"], "updated_at": ["2026-11-23T09:00:00.120Z", "2026-11-23T10:00:00.250Z"]}', '10.0.0.4', 'Mozilla/5.0 (X11; Linux x86_64) Firefox/120.0'),
 (3, '2', '2026-11-23 10:30:00', 42, 'Product', 'update', '{"id": 42, "name": "Desk", "price": "150.0"}', '{"name": ["Desk", "Standing desk"]}', '10.0.0.5', 'Mozilla/5.0 (Macintosh) Safari/605.1.15'),
 (4, '2', '2026-11-24 23:14:05', 7, 'Order', 'destroy', '{"id": 7, "total": "80.0", "status": "paid"}', '{"id": [7, null], "total": ["80.0", null], "status": ["paid", null]}', '10.0.0.5', 'Mozilla/5.0 (Macintosh) Safari/605.1.15'),
 (5, NULL, '2026-11-24 08:00:00', 8, 'Order', 'create', NULL, '{"id": [null, 8], "status": [null, "pending"], "note": [null, "Leave at door: side gate"]}', NULL, NULL),
 (6, NULL, '2026-11-24 09:00:00', 42, 'Product', 'update', '{"id": 42, "stock": 5}', '{"stock": [5, 4]}', NULL, NULL);
SELECT setval(pg_get_serial_sequence('versions', 'id'), 6);
