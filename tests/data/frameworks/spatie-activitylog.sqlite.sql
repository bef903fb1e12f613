-- spatie/laravel-activitylog's activity_log on SQLite, as `php artisan migrate` creates it from
-- the package's three stubs (spatie/laravel-activitylog database/migrations/
-- create_activity_log_table.php.stub, add_event_column_to_activity_log_table.php.stub,
-- add_batch_uuid_column_to_activity_log_table.php.stub). Model events log properties
-- {"attributes": {...}, "old": {...}} (old only on updates; a deleted model's values under
-- "attributes"); activity()->log() rows have a free description, no subject and event NULL.
CREATE TABLE "activity_log" ("id" integer primary key autoincrement not null, "log_name" varchar, "description" text not null, "subject_type" varchar, "subject_id" integer, "causer_type" varchar, "causer_id" integer, "properties" text, "created_at" datetime, "updated_at" datetime, "event" varchar, "batch_uuid" varchar);
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
