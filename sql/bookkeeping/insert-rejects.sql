-- A batch's rejects, as arrays: one round trip whatever their number.
INSERT INTO magemig.rejects (service, entity, source_key, reason, detail, run_id)
SELECT $1, $2, k, r, d, $3 FROM unnest($4::text[], $5::text[], $6::text[]) AS u(k, r, d)
