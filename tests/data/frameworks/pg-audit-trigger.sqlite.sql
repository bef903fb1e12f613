-- The PostgreSQL audit trigger's log (2ndQuadrant/audit-trigger audit.sql) copied into SQLite,
-- the way a dump of audit.logged_actions lands there: SQLite has no schemas, so the table is
-- plain "logged_actions"; hstore, inet and timestamptz become their PostgreSQL text forms
-- ("k"=>"v", "n"=>NULL; 10.0.0.4; ISO text with its offset, 2026-11-23 09:00:00.120431+00:00), booleans 0/1. The same rows as
-- pg-audit-trigger.postgres.sql, beside the audited application tables.
CREATE TABLE products (id integer PRIMARY KEY, name text NOT NULL, price numeric(10,2), stock integer, note text);
CREATE TABLE orders (id integer PRIMARY KEY, total numeric(10,2), status text);
CREATE TABLE logged_actions (event_id integer PRIMARY KEY, schema_name text NOT NULL, table_name text NOT NULL, relid integer NOT NULL, session_user_name text, action_tstamp_tx text NOT NULL, action_tstamp_stm text NOT NULL, action_tstamp_clk text NOT NULL, transaction_id integer, application_name text, client_addr text, client_port integer, client_query text, action text NOT NULL CHECK (action IN ('I','D','U','T')), row_data text, changed_fields text, statement_only boolean NOT NULL);
CREATE INDEX logged_actions_relid_idx ON logged_actions(relid);
CREATE INDEX logged_actions_action_tstamp_tx_stm_idx ON logged_actions(action_tstamp_stm);
CREATE INDEX logged_actions_action_idx ON logged_actions(action);
INSERT INTO logged_actions VALUES
 (1, 'public', 'products', 16439, 'shop_app', '2026-11-23 09:00:00.120431+00:00', '2026-11-23 09:00:00.120431+00:00', '2026-11-23 09:00:00.120502+00:00', 9001, 'shop-api', '10.0.0.4', 51234, 'INSERT INTO products (id, name, price, stock) VALUES (42, ''Desk'', 100.00, 5)', 'I', '"id"=>"42", "name"=>"Desk", "note"=>NULL, "price"=>"100.00", "stock"=>"5"', NULL, 0),
 (2, 'public', 'products', 16439, 'shop_app', '2026-11-23 10:00:00.25+00:00', '2026-11-23 10:00:00.25+00:00', '2026-11-23 10:00:00.250118+00:00', 9002, 'shop-api', '10.0.0.4', 51234, 'UPDATE products SET price = 150.00 WHERE id = 42', 'U', '"id"=>"42", "name"=>"Desk", "note"=>NULL, "price"=>"100.00", "stock"=>"5"', '"price"=>"150.00"', 0),
 (3, 'public', 'products', 16439, 'shop_app', '2026-11-23 10:30:00+00:00', '2026-11-23 10:30:00+00:00', '2026-11-23 10:30:00.000211+00:00', 9003, 'shop-api', '10.0.0.5', 51240, 'UPDATE products SET name = ''Standing desk'', note = ''fits "XL" frames'' WHERE id = 42', 'U', '"id"=>"42", "name"=>"Desk", "note"=>NULL, "price"=>"150.00", "stock"=>"5"', '"name"=>"Standing desk", "note"=>"fits \"XL\" frames"', 0),
 (4, 'public', 'orders', 16450, 'shop_app', '2026-11-24 23:14:05+00:00', '2026-11-24 23:14:05+00:00', '2026-11-24 23:14:05.000098+00:00', 9010, 'shop-api', '10.0.0.5', 51300, 'DELETE FROM orders WHERE id = 7', 'D', '"id"=>"7", "total"=>"80.00", "status"=>"paid"', NULL, 0),
 (5, 'public', 'orders', 16450, 'postgres', '2026-11-24 08:00:00+00:00', '2026-11-24 08:00:00+00:00', '2026-11-24 08:00:00.000301+00:00', 9007, 'psql', NULL, NULL, 'TRUNCATE orders', 'T', NULL, NULL, 1),
 (6, 'public', 'products', 16439, 'alice', '2026-11-24 09:00:00+00:00', '2026-11-24 09:00:00+00:00', '2026-11-24 09:00:00.000120+00:00', 9008, 'psql', '10.0.0.9', 40222, 'UPDATE products SET stock = stock - 1 WHERE id = 42', 'U', '"id"=>"42", "name"=>"Standing desk", "note"=>"fits \"XL\" frames", "price"=>"150.00", "stock"=>"5"', '"stock"=>"4"', 0);
