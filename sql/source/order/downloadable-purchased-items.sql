-- The purchased links' items (link_hash, the secret of the download URL, is not read).
SELECT it.item_id, it.purchased_id, it.order_item_id, it.product_id, it.link_id, it.link_title, it.link_type, it.link_url, it.link_file,
  it.is_shareable, it.number_of_downloads_bought, it.number_of_downloads_used, it.status, it.created_at, it.updated_at
FROM downloadable_link_purchased_item it
WHERE it.purchased_id BETWEEN :lo AND :hi
ORDER BY it.purchased_id, it.item_id
