-- Django's admin LogEntry on SQLite, as `manage.py migrate` creates it on Django 4.2
-- (django/django django/contrib/admin/models.py, contrib/admin/migrations/0001..0003):
-- action_flag 1 ADDITION, 2 CHANGE, 3 DELETION; change_message a JSON list
-- ([{"added": {}}], [{"changed": {"fields": [...]}}], [{"deleted": {...}}]), an empty text for
-- a deletion made from the change list, or plain text from Django before 1.10.
CREATE TABLE "django_content_type" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "app_label" varchar(100) NOT NULL, "model" varchar(100) NOT NULL);
INSERT INTO django_content_type (id, app_label, model) VALUES (7, 'shop', 'product'), (9, 'shop', 'order');
CREATE TABLE "django_admin_log" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "object_id" text NULL, "object_repr" varchar(200) NOT NULL, "action_flag" smallint unsigned NOT NULL CHECK ("action_flag" >= 0), "change_message" text NOT NULL, "content_type_id" integer NULL REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED, "user_id" integer NOT NULL, "action_time" datetime NOT NULL);
CREATE INDEX "django_admin_log_content_type_id_c4bce8eb" ON "django_admin_log" ("content_type_id");
CREATE INDEX "django_admin_log_user_id_c564eba6" ON "django_admin_log" ("user_id");
INSERT INTO django_admin_log (id, object_id, object_repr, action_flag, change_message, content_type_id, user_id, action_time) VALUES
 (1, '42', 'Desk', 1, '[{"added": {}}]', 7, 1, '2026-11-23 09:00:00.120431'),
 (2, '42', 'Desk', 2, '[{"changed": {"fields": ["Price", "Stock"]}}]', 7, 1, '2026-11-23 10:00:00.250000'),
 (3, '42', 'Standing desk', 2, '[{"changed": {"fields": ["Name"]}}, {"changed": {"name": "variant", "object": "Red / XL", "fields": ["Sku"]}}]', 7, 2, '2026-11-23 10:30:00.000000'),
 (4, '7', 'Order 7', 3, '', 9, 2, '2026-11-24 23:14:05.000000'),
 (5, '42', 'Standing desk', 2, 'Changed price.', 7, 1, '2026-11-24 08:00:00.000000'),
 (6, NULL, 'Standing desk', 2, '[]', NULL, 1, '2026-11-24 09:00:00.000000');
