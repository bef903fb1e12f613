-- spatie/laravel-activitylog's activity_log on PostgreSQL, from the package's three migration
-- stubs (database/migrations/*.php.stub): properties json, subject/causer morphs; the same rows
-- as spatie-activitylog.sqlite.sql.
CREATE TABLE "activity_log" ("id" bigserial not null primary key, "log_name" varchar(255) null, "description" text not null, "subject_type" varchar(255) null, "subject_id" bigint null, "causer_type" varchar(255) null, "causer_id" bigint null, "properties" json null, "created_at" timestamp(0) without time zone null, "updated_at" timestamp(0) without time zone null, "event" varchar(255) null, "batch_uuid" uuid null);
CREATE INDEX "subject" on "activity_log" ("subject_type", "subject_id");
CREATE INDEX "causer" on "activity_log" ("causer_type", "causer_id");
CREATE INDEX "activity_log_log_name_index" on "activity_log" ("log_name");
INSERT INTO activity_log (id, log_name, description, subject_type, subject_id, causer_type, causer_id, properties, created_at, updated_at, event, batch_uuid) VALUES
 (1, 'default', 'created', 'App\Models\Product', 42, 'App\Models\User', 1, '{"attributes":{"name":"Desk","price":100}}', '2026-11-23 09:00:00', '2026-11-23 09:00:00', 'created', NULL),
 (2, 'default', 'updated', 'App\Models\Product', 42, 'App\Models\User', 1, '{"attributes":{"price":150},"old":{"price":100}}', '2026-11-23 10:00:00', '2026-11-23 10:00:00', 'updated', NULL),
 (3, 'default', 'updated', 'App\Models\Product', 42, 'App\Models\User', 2, '{"attributes":{"name":"Standing desk"},"old":{"name":"Desk"}}', '2026-11-23 10:30:00', '2026-11-23 10:30:00', 'updated', '9a1c4c7e-5b0e-4c1e-9a55-0d3c1b2f7e10'),
 (4, 'default', 'deleted', 'App\Models\Order', 7, 'App\Models\User', 2, '{"attributes":{"id":7,"total":80,"status":"paid"}}', '2026-11-24 23:14:05', '2026-11-24 23:14:05', 'deleted', NULL),
 (5, 'auth', 'Look mum, I logged something', NULL, NULL, NULL, NULL, '{"ip":"10.0.0.9"}', '2026-11-24 08:00:00', '2026-11-24 08:00:00', NULL, NULL),
 (6, 'default', 'updated', 'App\Models\Product', 42, NULL, NULL, '{"attributes":{"stock":4},"old":{"stock":5}}', '2026-11-24 09:00:00', '2026-11-24 09:00:00', 'updated', NULL);
SELECT setval(pg_get_serial_sequence('activity_log', 'id'), 6);
