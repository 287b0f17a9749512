-- The catalog facts cart rules test, copied here (the service never asks another one): SKU, attribute set,
-- categories (direct and anchor ancestors, as Magento's category product index has them), weight and the
-- default-scope values of the attributes used for promo rules.
CREATE TABLE product (
  id uuid PRIMARY KEY,
  magento_id integer NOT NULL UNIQUE,
  sku text NOT NULL UNIQUE,
  type_id text NOT NULL,
  attribute_set_id integer NOT NULL,
  category_ids integer[] NOT NULL,
  weight numeric(12, 4),
  attributes jsonb NOT NULL
);
