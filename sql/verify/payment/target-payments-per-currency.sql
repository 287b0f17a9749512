SELECT currency AS grp, count(*) AS payments, sum(amount_ordered) AS amount_ordered, sum(amount_authorized) AS amount_authorized,
  sum(amount_paid) AS amount_paid, sum(amount_refunded) AS amount_refunded, sum(amount_canceled) AS amount_canceled
FROM payment GROUP BY currency
