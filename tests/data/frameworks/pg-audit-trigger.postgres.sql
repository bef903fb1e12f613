-- The PostgreSQL audit trigger 91plus (2ndQuadrant/audit-trigger audit.sql): schema audit,
-- table audit.logged_actions with hstore row_data (the old row for U and D, the new row for I)
-- and changed_fields (the new values of the changed fields, U only); action I, U, D or T
-- (T from the FOR EACH STATEMENT trigger, with statement_only and no row data). The rows are
-- those audit.if_modified_func() writes for the statements in client_query.
CREATE EXTENSION IF NOT EXISTS hstore;
CREATE TABLE products (id integer PRIMARY KEY, name text NOT NULL, price numeric(10,2), stock integer, note text);
CREATE TABLE orders (id integer PRIMARY KEY, total numeric(10,2), status text);
CREATE SCHEMA audit;
REVOKE ALL ON SCHEMA audit FROM public;
CREATE TABLE audit.logged_actions (
    event_id bigserial primary key,
    schema_name text not null,
    table_name text not null,
    relid oid not null,
    session_user_name text,
    action_tstamp_tx TIMESTAMP WITH TIME ZONE NOT NULL,
    action_tstamp_stm TIMESTAMP WITH TIME ZONE NOT NULL,
    action_tstamp_clk TIMESTAMP WITH TIME ZONE NOT NULL,
    transaction_id bigint,
    application_name text,
    client_addr inet,
    client_port integer,
    client_query text,
    action TEXT NOT NULL CHECK (action IN ('I','D','U', 'T')),
    row_data hstore,
    changed_fields hstore,
    statement_only boolean not null
);
REVOKE ALL ON audit.logged_actions FROM public;
CREATE INDEX logged_actions_relid_idx ON audit.logged_actions(relid);
CREATE INDEX logged_actions_action_tstamp_tx_stm_idx ON audit.logged_actions(action_tstamp_stm);
CREATE INDEX logged_actions_action_idx ON audit.logged_actions(action);
INSERT INTO audit.logged_actions VALUES
 (1, 'public', 'products', 16439, 'shop_app', '2026-11-23 09:00:00.120431+00', '2026-11-23 09:00:00.120431+00', '2026-11-23 09:00:00.120502+00', 9001, 'shop-api', '10.0.0.4', 51234, 'INSERT INTO products (id, name, price, stock) VALUES (42, ''Desk'', 100.00, 5)', 'I', '"id"=>"42", "name"=>"Desk", "note"=>NULL, "price"=>"100.00", "stock"=>"5"', NULL, 'f'),
 (2, 'public', 'products', 16439, 'shop_app', '2026-11-23 10:00:00.25+00', '2026-11-23 10:00:00.25+00', '2026-11-23 10:00:00.250118+00', 9002, 'shop-api', '10.0.0.4', 51234, 'UPDATE products SET price = 150.00 WHERE id = 42', 'U', '"id"=>"42", "name"=>"Desk", "note"=>NULL, "price"=>"100.00", "stock"=>"5"', '"price"=>"150.00"', 'f'),
 (3, 'public', 'products', 16439, 'shop_app', '2026-11-23 10:30:00+00', '2026-11-23 10:30:00+00', '2026-11-23 10:30:00.000211+00', 9003, 'shop-api', '10.0.0.5', 51240, 'UPDATE products SET name = ''Standing desk'', note = ''fits "XL" frames'' WHERE id = 42', 'U', '"id"=>"42", "name"=>"Desk", "note"=>NULL, "price"=>"150.00", "stock"=>"5"', '"name"=>"Standing desk", "note"=>"fits \"XL\" frames"', 'f'),
 (4, 'public', 'orders', 16450, 'shop_app', '2026-11-24 23:14:05+00', '2026-11-24 23:14:05+00', '2026-11-24 23:14:05.000098+00', 9010, 'shop-api', '10.0.0.5', 51300, 'DELETE FROM orders WHERE id = 7', 'D', '"id"=>"7", "total"=>"80.00", "status"=>"paid"', NULL, 'f'),
 (5, 'public', 'orders', 16450, 'postgres', '2026-11-24 08:00:00+00', '2026-11-24 08:00:00+00', '2026-11-24 08:00:00.000301+00', 9007, 'psql', NULL, NULL, 'TRUNCATE orders', 'T', NULL, NULL, 't'),
 (6, 'public', 'products', 16439, 'alice', '2026-11-24 09:00:00+00', '2026-11-24 09:00:00+00', '2026-11-24 09:00:00.000120+00', 9008, 'psql', '10.0.0.9', 40222, 'UPDATE products SET stock = stock - 1 WHERE id = 42', 'U', '"id"=>"42", "name"=>"Standing desk", "note"=>"fits \"XL\" frames", "price"=>"150.00", "stock"=>"5"', '"stock"=>"4"', 'f');
SELECT setval('audit.logged_actions_event_id_seq', 6);
