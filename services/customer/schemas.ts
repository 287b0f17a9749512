/** What the customer routes answer, as zod schemas: they serialize the answers and document them in OpenAPI. */
import { z } from 'zod';

export const errorSchema = z
  .object({ statusCode: z.number().int(), error: z.string(), code: z.string(), message: z.string() })
  .describe('Error');

const ref = z.object({ id: z.string().uuid(), magento_id: z.number().int(), code: z.string() });
/** An attribute by attribute_code: its value (typed), and for selects the admin label of each option. */
const attributes = z.record(z.string(), z.object({ value: z.unknown(), label: z.string().nullable().optional(), labels: z.array(z.string().nullable()).optional() }));

export const addressSchema = z.object({
  id: z.string().uuid(),
  magento_id: z.number().int(),
  prefix: z.string().nullable(),
  firstname: z.string().nullable(),
  middlename: z.string().nullable(),
  lastname: z.string().nullable(),
  suffix: z.string().nullable(),
  company: z.string().nullable(),
  street: z.array(z.string()),
  city: z.string().nullable(),
  region: z.string().nullable(),
  region_id: z.number().int().nullable(),
  region_code: z.string().nullable(),
  postcode: z.string().nullable(),
  country_id: z.string().nullable(),
  telephone: z.string().nullable(),
  fax: z.string().nullable(),
  vat_id: z.string().nullable(),
  is_active: z.boolean(),
  default_billing: z.boolean(),
  default_shipping: z.boolean(),
  custom_attributes: attributes,
});

export const customerSchema = z.object({
  id: z.string().uuid(),
  magento_id: z.number().int(),
  email: z.string(),
  website: ref.nullable(),
  store: ref.nullable(),
  group: z
    .object({ id: z.string().uuid(), magento_id: z.number().int(), code: z.string(), tax_class: z.object({ magento_id: z.number().int(), name: z.string().nullable() }).nullable() })
    .nullable(),
  increment_id: z.string().nullable(),
  prefix: z.string().nullable(),
  firstname: z.string().nullable(),
  middlename: z.string().nullable(),
  lastname: z.string().nullable(),
  suffix: z.string().nullable(),
  dob: z.string().nullable().describe('YYYY-MM-DD'),
  gender: z.number().int().nullable().describe("the option id of Magento's gender attribute"),
  gender_label: z.string().nullable(),
  taxvat: z.string().nullable(),
  is_active: z.boolean(),
  confirmed: z.boolean(),
  disable_auto_group_change: z.boolean(),
  created_in: z.string().nullable(),
  created_at: z.string().nullable(),
  updated_at: z.string().nullable(),
  custom_attributes: attributes,
  addresses: z.array(addressSchema),
  newsletter: z.array(
    z.object({
      magento_id: z.number().int(),
      store: ref.nullable(),
      website: z.string().nullable(),
      status: z.enum(['subscribed', 'not_activated', 'unsubscribed', 'unconfirmed', 'unknown']),
      status_code: z.number().int(),
      changed_at: z.string().nullable(),
    }),
  ),
  password: z.object({
    algorithm: z.string().nullable().describe('the format of the stored hash, e.g. magento:argon2id13(32,2,67108864); null: no usable password'),
    upgraded_at: z.string().nullable().describe('when the service re-hashed it to argon2id on a login'),
  }),
});

export const loginAnswer = z.object({
  id: z.string().uuid(),
  magento_id: z.number().int(),
  website_magento_id: z.number().int().nullable(),
  password_upgraded: z.boolean().describe('this login replaced a legacy hash by argon2id'),
});
