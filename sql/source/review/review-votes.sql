-- The votes of the page's reviews (a vote without a review is never read: Magento's summaries ignore it too).
SELECT v.vote_id, v.review_id, v.option_id, v.rating_id, v.entity_pk_value, v.customer_id, v.percent, v.value
FROM `rating_option_vote` v WHERE v.review_id BETWEEN :lo AND :hi ORDER BY v.review_id, v.vote_id
