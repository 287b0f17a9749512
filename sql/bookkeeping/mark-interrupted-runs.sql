-- Runs still 'running' while this run holds the database's run lock were killed: no process runs them.
UPDATE magemig.runs SET status = 'interrupted' WHERE status = 'running' AND run_id <> $1
