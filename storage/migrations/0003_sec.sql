-- 0003 was reserved for SEC ingestion, which landed without a schema change (it stores figures
-- through the foundation tables). Kept as an empty step so migration numbers stay 1..N.
SELECT 1;
