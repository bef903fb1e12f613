-- django-auditlog's LogEntry on SQLite, as `manage.py migrate` creates it for auditlog 3.x on
-- Django 4.2 (jazzband/django-auditlog auditlog/migrations/0001_squashed_0017.py and later,
-- auditlog/models.py): integer actions (0 create, 1 update, 2 delete, 3 access), changes as
-- {"field": [old, new]} with every value as text ("None" for a missing side), actor_email and
-- cid from 0016/0017. Django's own tables live beside it: django_admin_log must not win.
CREATE TABLE "django_content_type" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "app_label" varchar(100) NOT NULL, "model" varchar(100) NOT NULL);
INSERT INTO django_content_type (id, app_label, model) VALUES (8, 'billing', 'invoice'), (9, 'shop', 'order');
CREATE TABLE "django_admin_log" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "object_id" text NULL, "object_repr" varchar(200) NOT NULL, "action_flag" smallint unsigned NOT NULL CHECK ("action_flag" >= 0), "change_message" text NOT NULL, "content_type_id" integer NULL REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED, "user_id" integer NOT NULL, "action_time" datetime NOT NULL);
INSERT INTO django_admin_log (object_id, object_repr, action_flag, change_message, content_type_id, user_id, action_time) VALUES ('17', 'Invoice 17', 1, '[{"added": {}}]', 8, 4, '2026-11-20 08:00:00.000000');
CREATE TABLE "auditlog_logentry" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "object_pk" varchar(255) NOT NULL, "object_id" bigint NULL, "object_repr" text NOT NULL, "action" smallint unsigned NOT NULL CHECK ("action" >= 0), "changes" text NULL CHECK ((JSON_VALID("changes") OR "changes" IS NULL)), "actor_id" integer NULL, "remote_addr" char(39) NULL, "timestamp" datetime NOT NULL, "additional_data" text NULL CHECK ((JSON_VALID("additional_data") OR "additional_data" IS NULL)), "content_type_id" integer NOT NULL REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED, "serialized_data" text NULL CHECK ((JSON_VALID("serialized_data") OR "serialized_data" IS NULL)), "cid" varchar(255) NULL, "changes_text" text NOT NULL, "actor_email" varchar(254) NULL, "remote_port" integer unsigned NULL CHECK ("remote_port" >= 0));
CREATE INDEX "auditlog_logentry_object_pk_6e3219c0" ON "auditlog_logentry" ("object_pk");
CREATE INDEX "auditlog_logentry_action_229afe39" ON "auditlog_logentry" ("action");
CREATE INDEX "auditlog_logentry_timestamp_37867bb0" ON "auditlog_logentry" ("timestamp");
CREATE INDEX "auditlog_logentry_actor_id_959271d2" ON "auditlog_logentry" ("actor_id");
CREATE INDEX "auditlog_logentry_content_type_id_75830218" ON "auditlog_logentry" ("content_type_id");
INSERT INTO auditlog_logentry (id, object_pk, object_id, object_repr, action, changes, actor_id, remote_addr, timestamp, additional_data, content_type_id, cid, changes_text, actor_email, remote_port) VALUES
 (1, '17', 17, 'Invoice 17', 0, '{"id": ["None", "17"], "total": ["None", "100.00"], "customer": ["None", "Acme"]}', 4, '10.0.0.4', '2026-11-23 09:00:00.120431', NULL, 8, 'c1b7e2', '', 'kim@example.com', 52011),
 (2, '17', 17, 'Invoice 17', 1, '{"total": ["100.00", "150.00"]}', 4, '10.0.0.4', '2026-11-23 10:00:00.250000', NULL, 8, 'c1b7e3', '', 'kim@example.com', 52011),
 (3, '17', 17, 'Invoice 17', 1, '{"customer": ["Acme", "Acme Ltd"]}', 4, '10.0.0.4', '2026-11-23 10:30:00.000000', '{"reason": "typo"}', 8, 'c1b7e4', '', 'kim@example.com', 52012),
 (4, '7', 7, 'Order 7', 2, '{"id": ["7", "None"], "total": ["80.00", "None"]}', 5, '10.0.0.5', '2026-11-24 23:14:05.000000', NULL, 9, NULL, '', 'lee@example.com', 40100),
 (5, '17', 17, 'Invoice 17', 3, NULL, NULL, NULL, '2026-11-24 08:00:00.000000', NULL, 8, NULL, '', NULL, NULL),
 (6, '17', 17, 'Invoice 17', 1, '{"status": ["draft", "sent"]}', NULL, NULL, '2026-11-24 09:00:00.000000', NULL, 8, NULL, '', NULL, NULL);
