/**
 * The published JSON Schemas (schemas/*.schema.json) are the zod schemas the code uses, written out by
 * `npm run schemas`; real documents validate against the published files with a JSON Schema validator (ajv).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { emptyEntityReport } from '../../pipeline/report.ts';
import { runMigration } from '../../pipeline/run-migration.ts';
import { jsonSchemaOf, PUBLISHED } from '../../schemas/published.ts';
import { runVerify } from '../../verify/run-verify.ts';
import { createWidgetsSource, widgetsService } from '../fixtures/widgets-service.ts';
import { createTestDatabases } from '../support/databases.ts';

const SCHEMAS = join(import.meta.dirname, '..', '..', 'schemas');
const published = (file: string): Record<string, unknown> => JSON.parse(readFileSync(join(SCHEMAS, file), 'utf8')) as Record<string, unknown>;

function validator(file: string) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  return ajv.compile(published(file));
}

describe('published JSON Schemas', () => {
  it.each(PUBLISHED.map((p) => p.file))('%s is up to date with the code (npm run schemas)', (file) => {
    expect(readFileSync(join(SCHEMAS, file), 'utf8')).toBe(jsonSchemaOf(PUBLISHED.find((p) => p.file === file)!));
  });

  it('a real migrate report and a verify report validate against them; a wrong one does not', async () => {
    const dbs = await createTestDatabases('schemas');
    try {
      await createWidgetsSource(dbs.mysqlUrl, 20);
      const report = await runMigration({ source: dbs.mysqlUrl, target: dbs.pgUrl, dbPrefix: dbs.pgPrefix, contexts: [widgetsService()], batchSize: 6, requireMagento: false });
      const migrate = validator('migrate-report.v1.schema.json');
      expect(migrate(JSON.parse(JSON.stringify(report))), JSON.stringify(migrate.errors)).toBe(true);
      expect(migrate({ ...report, services: [{ entities: [emptyEntityReport('x', 'y')] }] })).toBe(false);
      // A verification that cannot reach its service database is a valid report saying so.
      const verify = await runVerify({ source: dbs.mysqlUrl, target: dbs.pgUrl, dbPrefix: `${dbs.pgPrefix}_none`, contexts: [{ name: 'catalog', verify: { entities: [] } }] });
      expect(verify.status).toBe('failed');
      const check = validator('verify-report.v1.schema.json');
      expect(check(JSON.parse(JSON.stringify(verify))), JSON.stringify(check.errors)).toBe(true);
    } finally {
      await dbs.cleanup();
    }
  });
});
