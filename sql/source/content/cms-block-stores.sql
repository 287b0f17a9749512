SELECT bs.{{key}} AS k, bs.store_id FROM `cms_block_store` bs WHERE bs.{{key}} BETWEEN :lo AND :hi ORDER BY bs.{{key}}, bs.store_id
