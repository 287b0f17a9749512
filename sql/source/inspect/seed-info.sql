-- Written by `magemig seed` into the databases it generates (absent from real stores).
SELECT i.profile, i.edition, i.seed, i.generator_version
FROM `magemig_seed_info` i
WHERE i.id = 1
