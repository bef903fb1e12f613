-- A home-grown journal that no schema profile fits: its time and action columns have names the
-- heuristic profile does not know, and its actions are one-letter codes (N new, M modified, X removed).
CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT, email TEXT);
INSERT INTO customers VALUES (1, 'Ann', 'ann@example.com');
CREATE TABLE journal (entry_no INTEGER PRIMARY KEY, happened TEXT NOT NULL, who TEXT, op_code TEXT NOT NULL,
                      target TEXT, target_key TEXT, note TEXT);
INSERT INTO journal (happened, who, op_code, target, target_key, note)
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 45)
SELECT strftime('%Y-%m-%dT%H:%M:%SZ', '2026-11-01 08:00:00', '+' || (i * 37) || ' minutes'),
       CASE i % 3 WHEN 0 THEN 'ann' WHEN 1 THEN 'bob' ELSE 'carla' END,
       CASE i % 4 WHEN 2 THEN 'N' WHEN 3 THEN 'X' ELSE 'M' END,
       'orders', CAST(i AS TEXT), 'journal entry ' || i
FROM n;
