SELECT reason, count(*) AS n FROM magemig.rejects WHERE entity = $1 GROUP BY reason ORDER BY reason
