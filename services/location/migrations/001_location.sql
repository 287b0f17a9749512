-- The location service: countries, their regions with localized names, address formats, currency rates,
-- and the address settings per scope (allowed countries, required regions, optional postcodes).
-- Every row carries its Magento key beside its UUID.

CREATE TABLE store (
  id uuid PRIMARY KEY,
  magento_id integer NOT NULL UNIQUE,
  code text NOT NULL UNIQUE,
  name text,
  website_magento_id integer NOT NULL,
  website_code text,
  is_active boolean NOT NULL
);

CREATE TABLE country (
  id uuid PRIMARY KEY,
  -- directory_country.country_id (ISO 3166-1 alpha-2)
  code text NOT NULL UNIQUE,
  iso2_code text,
  iso3_code text
);

CREATE TABLE country_format (
  country_code text NOT NULL REFERENCES country (code),
  magento_id integer NOT NULL UNIQUE,
  type text NOT NULL,
  format text NOT NULL,
  PRIMARY KEY (country_code, type)
);

CREATE TABLE region (
  id uuid PRIMARY KEY,
  magento_id integer NOT NULL UNIQUE,
  country_code text NOT NULL REFERENCES country (code),
  code text,
  default_name text
);
CREATE INDEX region_country ON region (country_code);

CREATE TABLE region_name (
  region_id uuid NOT NULL REFERENCES region (id),
  locale text NOT NULL,
  name text,
  PRIMARY KEY (region_id, locale)
);

-- directory_currency_rate: exact decimals (numeric(24,12) as Magento's decimal(24,12)).
CREATE TABLE currency_rate (
  currency_from text NOT NULL,
  currency_to text NOT NULL,
  rate numeric(24, 12) NOT NULL,
  PRIMARY KEY (currency_from, currency_to)
);

-- general/country/allow, general/region/state_required, ... at default, websites and stores scope; an
-- absent path means Magento's config.xml default (services/location/settings.ts).
CREATE TABLE location_setting (
  path text NOT NULL,
  scope text NOT NULL,
  scope_id integer NOT NULL,
  value text,
  PRIMARY KEY (path, scope, scope_id)
);
