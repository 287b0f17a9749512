SELECT g.gift_message_id, g.sender, g.recipient, g.message
FROM gift_message g
WHERE g.gift_message_id IN (:ids)
