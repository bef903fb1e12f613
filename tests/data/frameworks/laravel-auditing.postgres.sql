-- laravel-auditing's audits table on PostgreSQL, as `php artisan migrate` creates it from
-- owen-it/laravel-auditing database/migrations/audits.stub (v13); the same rows as
-- laravel-auditing.sqlite.sql. Laravel's timestamps are "timestamp(0) without time zone".
CREATE TABLE "audits" ("id" bigserial not null primary key, "user_type" varchar(255) null, "user_id" bigint null, "event" varchar(255) not null, "auditable_type" varchar(255) not null, "auditable_id" bigint not null, "old_values" text null, "new_values" text null, "url" text null, "ip_address" inet null, "user_agent" varchar(1023) null, "tags" varchar(255) null, "created_at" timestamp(0) without time zone null, "updated_at" timestamp(0) without time zone null);
CREATE INDEX "audits_auditable_type_auditable_id_index" on "audits" ("auditable_type", "auditable_id");
CREATE INDEX "audits_user_id_user_type_index" on "audits" ("user_id", "user_type");
INSERT INTO audits (id, user_type, user_id, event, auditable_type, auditable_id, old_values, new_values, url, ip_address, user_agent, tags, created_at, updated_at) VALUES
 (1, 'App\Models\User', 1, 'created', 'App\Models\Product', 42, '[]', '{"name":"Desk","price":"100.00","id":42}', 'https://shop.test/admin/products', '10.0.0.4', 'Mozilla/5.0 (X11; Linux x86_64) Firefox/120.0', NULL, '2026-11-23 09:00:00', '2026-11-23 09:00:00'),
 (2, 'App\Models\User', 1, 'updated', 'App\Models\Product', 42, '{"price":"100.00"}', '{"price":"150.00"}', 'https://shop.test/admin/products/42', '10.0.0.4', 'Mozilla/5.0 (X11; Linux x86_64) Firefox/120.0', NULL, '2026-11-23 10:00:00', '2026-11-23 10:00:00'),
 (3, 'App\Models\User', 2, 'updated', 'App\Models\Product', 42, '{"name":"Desk"}', '{"name":"Standing desk"}', 'https://shop.test/admin/products/42', '10.0.0.5', 'Mozilla/5.0 (Macintosh) Safari/605.1.15', NULL, '2026-11-23 10:30:00', '2026-11-23 10:30:00'),
 (4, 'App\Models\User', 2, 'deleted', 'App\Models\Order', 7, '{"id":7,"total":"80.00","status":"paid"}', '[]', 'https://shop.test/admin/orders/7', '10.0.0.5', 'Mozilla/5.0 (Macintosh) Safari/605.1.15', NULL, '2026-11-24 23:14:05', '2026-11-24 23:14:05'),
 (5, NULL, NULL, 'updated', 'App\Models\Product', 42, '{"stock":5}', '{"stock":4}', 'console', '127.0.0.1', 'Symfony', 'import,nightly', '2026-11-24 09:00:00', '2026-11-24 09:00:00'),
 (6, NULL, NULL, 'restored', 'App\Models\Order', 7, '{"deleted_at":"2026-11-24 23:14:05"}', '{"deleted_at":null}', 'console', '127.0.0.1', 'Symfony', NULL, '2026-11-25 08:00:00', '2026-11-25 08:00:00');
SELECT setval(pg_get_serial_sequence('audits', 'id'), 6);
