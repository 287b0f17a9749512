SELECT path || '@' || scope || '/' || scope_id AS id, path, scope, scope_id, value FROM config
