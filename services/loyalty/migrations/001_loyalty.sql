-- Reward points (Adobe Commerce Magento_Reward): a balance per customer and website, and its history
-- (action codes as Magento's Magento\Reward\Model\Reward::REWARD_ACTION_*), customers by their UUID.
CREATE TABLE reward (
  id uuid PRIMARY KEY,
  magento_id integer NOT NULL UNIQUE,
  customer_id uuid NOT NULL,
  customer_magento_id integer NOT NULL,
  website_magento_id integer,
  points_balance integer NOT NULL,
  currency text
);
CREATE INDEX reward_customer ON reward (customer_id);
CREATE TABLE reward_history (
  id uuid PRIMARY KEY,
  magento_id integer NOT NULL UNIQUE,
  reward_id uuid NOT NULL,
  website_magento_id integer,
  store_magento_id integer,
  action integer NOT NULL,
  entity integer,
  points_balance integer NOT NULL,
  points_delta integer NOT NULL,
  points_used integer NOT NULL,
  points_voided integer NOT NULL,
  currency_amount numeric(20, 4) NOT NULL,
  currency_delta numeric(20, 4) NOT NULL,
  currency text NOT NULL,
  comment text,
  created_at timestamptz,
  expires_at timestamptz,
  is_expired boolean NOT NULL
);
CREATE INDEX reward_history_reward ON reward_history (reward_id);

-- Store credit (Magento_CustomerBalance): exact amounts in the website's base currency, and their history.
CREATE TABLE store_credit (
  id uuid PRIMARY KEY,
  magento_id integer NOT NULL UNIQUE,
  customer_id uuid NOT NULL,
  customer_magento_id integer NOT NULL,
  website_magento_id integer,
  amount numeric(20, 4) NOT NULL,
  currency text NOT NULL
);
CREATE INDEX store_credit_customer ON store_credit (customer_id);
CREATE TABLE store_credit_history (
  id uuid PRIMARY KEY,
  magento_id integer NOT NULL UNIQUE,
  store_credit_id uuid NOT NULL,
  updated_at timestamptz,
  action integer NOT NULL,
  balance_amount numeric(20, 4) NOT NULL,
  balance_delta numeric(20, 4) NOT NULL,
  additional_info text,
  frontend_comment text,
  is_customer_notified boolean NOT NULL
);
CREATE INDEX store_credit_history_credit ON store_credit_history (store_credit_id);

-- Gift card accounts (Magento_GiftCardAccount): the codes customers hold, balances exact, and their history.
CREATE TABLE gift_card (
  id uuid PRIMARY KEY,
  magento_id integer NOT NULL UNIQUE,
  code text NOT NULL,
  status integer NOT NULL,
  state integer NOT NULL,
  website_magento_id integer NOT NULL,
  balance numeric(12, 4) NOT NULL,
  currency text NOT NULL,
  date_created date,
  date_expires date,
  is_redeemable boolean NOT NULL
);
CREATE INDEX gift_card_code ON gift_card (code);
CREATE TABLE gift_card_history (
  id uuid PRIMARY KEY,
  magento_id integer NOT NULL UNIQUE,
  gift_card_id uuid NOT NULL,
  updated_at timestamptz,
  action integer NOT NULL,
  balance_amount numeric(12, 4) NOT NULL,
  balance_delta numeric(12, 4) NOT NULL,
  additional_info text
);
CREATE INDEX gift_card_history_card ON gift_card_history (gift_card_id);
