-- supabase/supa_audit's audit.record_version (supa_audit--0.3.1.sql, in a Supabase project with
-- auth_uid / auth_role) copied into SQLite: no schemas, so the table is plain "record_version".
-- jsonb, uuid and the operation enum become their PostgreSQL text forms, timestamptz ISO text
-- with its offset (2026-11-23 09:00:00.120431+00:00). The same
-- rows as supa-audit.postgres.sql, beside the audited application tables.
CREATE TABLE products (id integer PRIMARY KEY, name text NOT NULL, price numeric(10,2), stock integer);
CREATE TABLE orders (id integer PRIMARY KEY, total numeric(10,2), status text);
CREATE TABLE record_version (id integer PRIMARY KEY, record_id text, old_record_id text, op text NOT NULL CHECK (op IN ('INSERT', 'UPDATE', 'DELETE', 'TRUNCATE')), ts text NOT NULL, table_oid integer NOT NULL, table_schema text NOT NULL, table_name text NOT NULL, record text, old_record text, auth_uid text, auth_role text);
CREATE INDEX record_version_record_id ON record_version(record_id) WHERE record_id IS NOT NULL;
CREATE INDEX record_version_old_record_id ON record_version(old_record_id) WHERE old_record_id IS NOT NULL;
CREATE INDEX record_version_ts ON record_version(ts);
CREATE INDEX record_version_table_oid ON record_version(table_oid);
INSERT INTO record_version (id, record_id, old_record_id, op, ts, table_oid, table_schema, table_name, record, old_record, auth_uid, auth_role) VALUES
 (1, '57ca384e-f24c-5af5-b361-a057aeac506c', NULL, 'INSERT', '2026-11-23 09:00:00.120431+00:00', 16439, 'public', 'products', '{"id": 42, "name": "Desk", "price": 100.00, "stock": 5}', NULL, '6f1d0c5e-2b7a-4e8e-9a43-5b1c7d2e9f01', 'authenticated'),
 (2, '57ca384e-f24c-5af5-b361-a057aeac506c', '57ca384e-f24c-5af5-b361-a057aeac506c', 'UPDATE', '2026-11-23 10:00:00.25+00:00', 16439, 'public', 'products', '{"id": 42, "name": "Desk", "price": 150.00, "stock": 5}', '{"id": 42, "name": "Desk", "price": 100.00, "stock": 5}', '6f1d0c5e-2b7a-4e8e-9a43-5b1c7d2e9f01', 'authenticated'),
 (3, '57ca384e-f24c-5af5-b361-a057aeac506c', '57ca384e-f24c-5af5-b361-a057aeac506c', 'UPDATE', '2026-11-23 10:30:00+00:00', 16439, 'public', 'products', '{"id": 42, "name": "Standing desk", "price": 150.00, "stock": 5}', '{"id": 42, "name": "Desk", "price": 150.00, "stock": 5}', '0b3e8f7a-9c1d-4a2b-8e5f-3d4c5b6a7e02', 'authenticated'),
 (4, NULL, 'c7a1e0f2-3b4d-5e6f-8a9b-0c1d2e3f4a5b', 'DELETE', '2026-11-24 23:14:05+00:00', 16450, 'public', 'orders', NULL, '{"id": 7, "total": 80.00, "status": "paid"}', '0b3e8f7a-9c1d-4a2b-8e5f-3d4c5b6a7e02', 'authenticated'),
 (5, NULL, NULL, 'TRUNCATE', '2026-11-24 08:00:00+00:00', 16450, 'public', 'orders', NULL, NULL, NULL, 'service_role'),
 (6, '57ca384e-f24c-5af5-b361-a057aeac506c', '57ca384e-f24c-5af5-b361-a057aeac506c', 'UPDATE', '2026-11-24 09:00:00+00:00', 16439, 'public', 'products', '{"id": 42, "name": "Standing desk", "price": 150.00, "stock": 4}', '{"id": 42, "name": "Standing desk", "price": 150.00, "stock": 5}', NULL, 'service_role');
