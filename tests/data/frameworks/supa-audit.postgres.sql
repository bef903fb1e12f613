-- supabase/supa_audit (supa_audit--0.3.1.sql) in a Supabase project: schema audit, enum
-- audit.operation, table audit.record_version with jsonb record / old_record, the uuid
-- record_id / old_record_id, and the auth_uid / auth_role columns the extension adds when
-- auth.uid() and auth.role() exist. The rows are those audit.insert_update_delete_trigger()
-- and audit.truncate_trigger() write.
CREATE TABLE products (id integer PRIMARY KEY, name text NOT NULL, price numeric(10,2), stock integer);
CREATE TABLE orders (id integer PRIMARY KEY, total numeric(10,2), status text);
CREATE SCHEMA IF NOT EXISTS audit;
CREATE TYPE audit.operation AS ENUM ('INSERT', 'UPDATE', 'DELETE', 'TRUNCATE');
CREATE TABLE audit.record_version(
    id             bigserial primary key,
    record_id      uuid,
    old_record_id  uuid,
    op             audit.operation not null,
    ts             timestamptz not null default (now()),
    table_oid      oid not null,
    table_schema   name not null,
    table_name     name not null,
    record         jsonb,
    old_record     jsonb,
    check (coalesce(record_id, old_record_id) is not null or op = 'TRUNCATE'),
    check (op in ('INSERT', 'UPDATE') = (record_id is not null)),
    check (op in ('INSERT', 'UPDATE') = (record is not null)),
    check (op in ('UPDATE', 'DELETE') = (old_record_id is not null)),
    check (op in ('UPDATE', 'DELETE') = (old_record is not null))
);
ALTER TABLE audit.record_version ADD COLUMN auth_uid uuid;
ALTER TABLE audit.record_version ADD COLUMN auth_role text;
CREATE INDEX record_version_record_id ON audit.record_version(record_id) WHERE record_id IS NOT NULL;
CREATE INDEX record_version_old_record_id ON audit.record_version(old_record_id) WHERE old_record_id IS NOT NULL;
CREATE INDEX record_version_ts ON audit.record_version USING brin(ts);
CREATE INDEX record_version_table_oid ON audit.record_version(table_oid);
INSERT INTO audit.record_version (id, record_id, old_record_id, op, ts, table_oid, table_schema, table_name, record, old_record, auth_uid, auth_role) VALUES
 (1, '57ca384e-f24c-5af5-b361-a057aeac506c', NULL, 'INSERT', '2026-11-23 09:00:00.120431+00', 16439, 'public', 'products', '{"id": 42, "name": "Desk", "price": 100.00, "stock": 5}', NULL, '6f1d0c5e-2b7a-4e8e-9a43-5b1c7d2e9f01', 'authenticated'),
 (2, '57ca384e-f24c-5af5-b361-a057aeac506c', '57ca384e-f24c-5af5-b361-a057aeac506c', 'UPDATE', '2026-11-23 10:00:00.25+00', 16439, 'public', 'products', '{"id": 42, "name": "Desk", "price": 150.00, "stock": 5}', '{"id": 42, "name": "Desk", "price": 100.00, "stock": 5}', '6f1d0c5e-2b7a-4e8e-9a43-5b1c7d2e9f01', 'authenticated'),
 (3, '57ca384e-f24c-5af5-b361-a057aeac506c', '57ca384e-f24c-5af5-b361-a057aeac506c', 'UPDATE', '2026-11-23 10:30:00+00', 16439, 'public', 'products', '{"id": 42, "name": "Standing desk", "price": 150.00, "stock": 5}', '{"id": 42, "name": "Desk", "price": 150.00, "stock": 5}', '0b3e8f7a-9c1d-4a2b-8e5f-3d4c5b6a7e02', 'authenticated'),
 (4, NULL, 'c7a1e0f2-3b4d-5e6f-8a9b-0c1d2e3f4a5b', 'DELETE', '2026-11-24 23:14:05+00', 16450, 'public', 'orders', NULL, '{"id": 7, "total": 80.00, "status": "paid"}', '0b3e8f7a-9c1d-4a2b-8e5f-3d4c5b6a7e02', 'authenticated'),
 (5, NULL, NULL, 'TRUNCATE', '2026-11-24 08:00:00+00', 16450, 'public', 'orders', NULL, NULL, NULL, 'service_role'),
 (6, '57ca384e-f24c-5af5-b361-a057aeac506c', '57ca384e-f24c-5af5-b361-a057aeac506c', 'UPDATE', '2026-11-24 09:00:00+00', 16439, 'public', 'products', '{"id": 42, "name": "Standing desk", "price": 150.00, "stock": 4}', '{"id": 42, "name": "Standing desk", "price": 150.00, "stock": 5}', NULL, 'service_role');
SELECT setval('audit.record_version_id_seq', 6);
