/** What the user routes answer, as zod schemas: they serialize the answers and document them in OpenAPI. */
import { z } from 'zod';

export const errorSchema = z.object({ statusCode: z.number().int(), error: z.string(), code: z.string(), message: z.string() }).describe('Error');

const rule = z.object({ resource: z.string(), permission: z.enum(['allow', 'deny']) });
export const roleSchema = z.object({
  id: z.string().uuid(),
  magento_id: z.number().int(),
  name: z.string(),
  parent_id: z.string().uuid().nullable(),
  parent_magento_id: z.number().int().nullable(),
  tree_level: z.number().int(),
  sort_order: z.number().int(),
  rules: z.array(rule).describe("authorization_rule rows: Magento's ACL resources, allowed or denied"),
  users: z.number().int().describe('staff users with this role'),
});

export const userSchema = z.object({
  id: z.string().uuid(),
  magento_id: z.number().int(),
  username: z.string(),
  firstname: z.string().nullable(),
  lastname: z.string().nullable(),
  email: z.string().nullable(),
  is_active: z.boolean(),
  interface_locale: z.string().nullable(),
  created_at: z.string().nullable(),
  modified_at: z.string().nullable(),
  last_login_at: z.string().nullable(),
  login_count: z.number().int(),
  lock: z.object({ failures: z.number().int(), locked_until: z.string().nullable() }),
  password: z.object({ algorithm: z.string().nullable().describe('the hash format (never the hash)'), upgraded_at: z.string().nullable() }),
  roles: z.array(z.object({ id: z.string().uuid(), magento_id: z.number().int(), name: z.string(), path: z.array(z.string()).describe('role names from the root') })),
  resources: z.object({
    all: z.boolean().describe('Magento_Backend::all is allowed: every resource'),
    allowed: z.array(z.string()),
    denied: z.array(z.string()),
  }),
});

export const loginAnswer = z.object({ id: z.string().uuid(), magento_id: z.number().int(), username: z.string(), password_upgraded: z.boolean() });
