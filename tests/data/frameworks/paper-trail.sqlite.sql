-- paper_trail's versions table on SQLite, as Rails 7.1 migrates it from the gem's generator
-- templates (paper-trail-gem/paper_trail lib/generators/paper_trail/install/templates/
-- create_versions.rb.erb and add_object_changes_to_versions.rb.erb) with two metadata columns
-- the README suggests (ip, user_agent). object and object_changes are YAML as Psych writes it
-- (PaperTrail.serializer default): "---" documents, a nil side as "- ", BigDecimal tags, times
-- as "… Z", a HashWithIndifferentAccess tag; whodunnit is text (a user id, or NULL from a console).
CREATE TABLE "versions" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "whodunnit" varchar, "created_at" datetime(6), "item_id" bigint NOT NULL, "item_type" varchar NOT NULL, "event" varchar NOT NULL, "object" text(1073741823), "object_changes" text(1073741823), "ip" varchar, "user_agent" varchar);
CREATE INDEX "index_versions_on_item_type_and_item_id" ON "versions" ("item_type", "item_id");
INSERT INTO versions (id, whodunnit, created_at, item_id, item_type, event, object, object_changes, ip, user_agent) VALUES
 (1, '1', '2026-11-23 09:00:00.120431', 42, 'Product', 'create', NULL, '---
id:
- 
- 42
name:
- 
- Desk
price:
- 
- !ruby/object:BigDecimal 18:0.1e3
created_at:
- 
- 2026-11-23 09:00:00.120431000 Z
', '10.0.0.4', 'Mozilla/5.0 (X11; Linux x86_64) Firefox/120.0'),
 (2, '1', '2026-11-23 10:00:00.250000', 42, 'Product', 'update', '---
id: 42
name: Desk
price: !ruby/object:BigDecimal 18:0.1e3
settings: !ruby/hash:ActiveSupport::HashWithIndifferentAccess
  color: oak
  sizes:
  - S
  - M
created_at: 2026-11-23 09:00:00.120431000 Z
updated_at: 2026-11-23 09:00:00.120431000 Z
', '---
price:
- !ruby/object:BigDecimal 18:0.1e3
- !ruby/object:BigDecimal 18:0.15e3
updated_at:
- 2026-11-23 09:00:00.120431000 Z
- 2026-11-23 10:00:00.250000000 Z
', '10.0.0.4', 'Mozilla/5.0 (X11; Linux x86_64) Firefox/120.0'),
 (3, '2', '2026-11-23 10:30:00.000000', 42, 'Product', 'update', '---
id: 42
name: Desk
price: !ruby/object:BigDecimal 18:0.15e3
', '---
name:
- Desk
- Standing desk
', '10.0.0.5', 'Mozilla/5.0 (Macintosh) Safari/605.1.15'),
 (4, '2', '2026-11-24 23:14:05.000000', 7, 'Order', 'destroy', '---
id: 7
total: !ruby/object:BigDecimal 18:0.8e2
status: paid
', '---
id:
- 7
- 
total:
- !ruby/object:BigDecimal 18:0.8e2
- 
status:
- paid
- 
', '10.0.0.5', 'Mozilla/5.0 (Macintosh) Safari/605.1.15'),
 (5, NULL, '2026-11-24 08:00:00.000000', 8, 'Order', 'create', NULL, '---
id:
- 
- 8
status:
- 
- pending
note:
- 
- ''Leave at door: side gate''
', NULL, NULL),
 (6, NULL, '2026-11-24 09:00:00.000000', 42, 'Product', 'update', '---
id: 42
stock: 5
', '---
stock:
- 5
- 4
', NULL, NULL);
