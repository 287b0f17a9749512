SELECT '' AS grp, count(*) AS rows_, sum(balance_delta) AS balance_delta FROM gift_card_history
