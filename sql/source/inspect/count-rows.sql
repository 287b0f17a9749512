-- One subquery of the entity-count statement: rows of one table (InnoDB COUNT(*) walks the smallest index).
(SELECT COUNT(*) FROM {{table}})
