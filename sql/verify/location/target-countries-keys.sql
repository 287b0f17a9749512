SELECT code AS id, code FROM country
