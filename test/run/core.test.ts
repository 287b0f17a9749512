import { describe, expect, it } from 'vitest';
import { parseConnectionUrl, redactUrl } from '../../core/connection-url.ts';
import { classifyError, MagemigError } from '../../core/errors.ts';
import { v5 as uuidv5 } from 'uuid';
import { entityUuid, MAGEMIG_NAMESPACE } from '../../core/ids.ts';
import { openSource } from '../../core/mysql.ts';

describe('connection URLs', () => {
  it('parses a MySQL URL and never shows the password when redacted', () => {
    const c = parseConnectionUrl('mysql://magento:s3cret@db.example:3307/shop', 'mysql');
    expect(c).toMatchObject({ host: 'db.example', port: 3307, user: 'magento', password: 's3cret', database: 'shop' });
    expect(redactUrl('mysql://magento:s3cret@db.example:3307/shop')).not.toContain('s3cret');
  });
  it('hides a password that breaks URL parsing, and a malformed %-escape', () => {
    expect(() => parseConnectionUrl('mysql://root:pa/ss@db:3306/shop', 'mysql')).toThrow(/not a connection URL: mysql:\/\/root:\*\*\*@db:3306\/shop/);
    expect(redactUrl('mysql://root:p@ss/w#rd@db:3306/shop')).toBe('mysql://root:***@db:3306/shop');
    const err = (() => {
      try {
        parseConnectionUrl('mysql://root:100%zz@db/shop', 'mysql');
      } catch (e) {
        return e as Error;
      }
    })();
    expect(err?.message).toMatch(/password .* malformed %-escape/);
    expect(err?.message).not.toContain('100%zz');
  });
  it('rejects a Postgres URL where a MySQL one is expected, without echoing the password', () => {
    expect(() => parseConnectionUrl('postgres://u:pw@h/db', 'mysql')).toThrow(/expected mysql:\/\//);
    try {
      parseConnectionUrl('postgres://u:pw@h/db', 'mysql');
    } catch (e) {
      expect((e as Error).message).not.toContain('pw@');
    }
  });
});

describe('error classification', () => {
  it('tells retryable, reject and fatal apart', () => {
    expect(classifyError({ code: '40P01' })).toBe('retryable');
    expect(classifyError({ code: 'ECONNRESET' })).toBe('retryable');
    expect(classifyError({ errno: 1213, code: 'ER_LOCK_DEADLOCK' })).toBe('retryable');
    expect(classifyError({ code: '22021' })).toBe('reject');
    expect(classifyError({ code: '23505' })).toBe('reject');
    expect(classifyError(new MagemigError('X', 'bad', 'fatal'))).toBe('fatal');
    expect(classifyError(new Error('boom'))).toBe('fatal');
  });
});

describe('deterministic ids', () => {
  it('derives the same UUID for the same entity and different ones otherwise', () => {
    expect(entityUuid('product', 42)).toBe(entityUuid('product', '42'));
    expect(entityUuid('product', 42)).not.toBe(entityUuid('category', 42));
    expect(entityUuid('product', 42)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('is RFC 4122 v5 of "<type>:<id>" in the fixed namespace, as the uuid library computes it', () => {
    for (const [type, id] of [['product', 1], ['product_media', 123456], ['store', 0], ['category', 'x:é'], ['attribute', 2 ** 31]] as const) {
      expect(entityUuid(type, id)).toBe(uuidv5(`${type}:${id}`, MAGEMIG_NAMESPACE));
    }
  });
});

describe('source connection errors', () => {
  it('says the server is unreachable in one line, with no password', async () => {
    const err = await openSource('mysql://root:topsecret@127.0.0.1:1/x').catch((e) => e);
    expect(err).toBeInstanceOf(MagemigError);
    expect(err.message).toMatch(/cannot reach MySQL\/MariaDB at 127.0.0.1:1/);
    expect(err.message).not.toContain('topsecret');
  });
  it('says the database does not exist', async () => {
    const err = await openSource('mysql://root@127.0.0.1:3306/no_such_db_magemig').catch((e) => e);
    expect(err.message).toMatch(/database 'no_such_db_magemig' does not exist/);
  });
});
