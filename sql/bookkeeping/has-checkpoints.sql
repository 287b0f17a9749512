SELECT 1 FROM magemig.checkpoint LIMIT 1
