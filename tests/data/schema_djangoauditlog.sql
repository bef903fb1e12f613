-- django-auditlog's LogEntry on SQLite: integer action codes, changes as {"field": [old, new]}.
CREATE TABLE auditlog_logentry (
  id integer NOT NULL PRIMARY KEY AUTOINCREMENT,
  object_pk varchar(255) NOT NULL,
  object_id bigint NULL,
  object_repr text NOT NULL,
  action smallint unsigned NOT NULL CHECK (action >= 0),
  changes text NULL,
  actor_id integer NULL,
  remote_addr char(39) NULL,
  timestamp datetime NOT NULL,
  content_type_id integer NOT NULL,
  additional_data text NULL,
  cid varchar(255) NULL,
  changes_text text NOT NULL DEFAULT '',
  actor_email varchar(254) NULL,
  serialized_data text NULL
);
CREATE INDEX auditlog_logentry_timestamp ON auditlog_logentry (timestamp);
INSERT INTO auditlog_logentry (object_pk, object_id, object_repr, action, changes, actor_id, remote_addr, timestamp, content_type_id, actor_email) VALUES ('17', 17, 'Invoice 17', 1, '{"total": ["100.00", "150.00"]}', 4, '10.0.0.4', '2026-11-23 12:00:00', 8, 'kim@example.com');
INSERT INTO auditlog_logentry (object_pk, object_id, object_repr, action, changes, actor_id, remote_addr, timestamp, content_type_id, actor_email) VALUES ('18', 18, 'Invoice 18', 2, '{}', 4, '10.0.0.4', '2026-11-23 12:01:00', 8, 'kim@example.com');
