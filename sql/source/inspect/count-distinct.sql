-- One subquery of the entity-count statement: distinct entities of a staged (row_id) Commerce table.
(SELECT COUNT(DISTINCT {{id}}) FROM {{table}})
