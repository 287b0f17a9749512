/**
 * Runs the verification of each context: the Magento source opened read-only, each service database read in one
 * read-only, repeatable-read transaction (one consistent snapshot while nothing writes it), the settings it was
 * migrated with taken from its bookkeeping. Never throws for a failed check: the report says what failed.
 */
import { redactUrl, withDatabase } from '../core/connection-url.ts';
import type { Edition, NullPolicy } from '../core/batch.ts';
import { describeError } from '../core/errors.ts';
import { openSource } from '../core/mysql.ts';
import { connectPg, parseTarget, pgDatabaseExists, type PgClient } from '../core/postgres.ts';
import { runSettings } from '../sql/verify/index.ts';
import { VERIFY_FORMAT_VERSION, type ContextVerify, type VerifyContext, type VerifyReport } from './types.ts';

export interface VerifyOptions {
  source: string;
  target: string;
  dbPrefix: string;
  contexts: ReadonlyArray<{ name: string; verify: ContextVerify }>;
  /** Entities sampled per entity type (default 1,000), or 'full'. */
  sample?: number | 'full';
  seed?: number;
}

export const DEFAULT_SAMPLE = 1000;

export async function runVerify(opts: VerifyOptions): Promise<VerifyReport> {
  const started = performance.now();
  const report: VerifyReport = {
    formatVersion: VERIFY_FORMAT_VERSION,
    kind: 'verify',
    status: 'agrees',
    startedAt: new Date().toISOString(),
    seconds: 0,
    source: redactUrl(opts.source),
    target: redactUrl(opts.target),
    dbPrefix: opts.dbPrefix,
    sample: opts.sample ?? DEFAULT_SAMPLE,
    services: [],
    differenceCount: 0,
  };
  let source: Awaited<ReturnType<typeof openSource>>['conn'] | null = null;
  try {
    source = (await openSource(opts.source, { readOnly: true })).conn;
    const server = parseTarget(opts.target);
    for (const c of opts.contexts) {
      const database = `${opts.dbPrefix}_${c.name}`;
      if (!(await pgDatabaseExists(server, database))) throw new Error(`database '${database}' does not exist: migrate ${c.name} first (or check --db-prefix)`);
      const target = await connectPg(withDatabase(server, database));
      const service = { service: c.name, database, entities: [] as VerifyReport['services'][number]['entities'] };
      report.services.push(service);
      try {
        await target.query('BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
        const ctx: VerifyContext = { service: c.name, source, target, ...(await settingsOf(target)), sample: report.sample, seed: opts.seed ?? 1 };
        for (const e of c.verify.entities) {
          try {
            service.entities.push(await e.verify(ctx));
          } catch (err) {
            throw new Error(`${c.name}/${e.entity}: ${describeError(err)}`);
          }
        }
      } finally {
        await target.query('ROLLBACK').catch(() => undefined);
        await target.end().catch(() => undefined);
      }
    }
    report.differenceCount = report.services.flatMap((s) => s.entities).reduce((n, e) => n + e.differenceCount + (e.agrees || e.differenceCount ? 0 : 1), 0);
    report.status = report.services.every((s) => s.entities.every((e) => e.agrees)) ? 'agrees' : 'differs';
  } catch (err) {
    report.status = 'failed';
    report.error = describeError(err);
  } finally {
    await source?.end().catch(() => undefined);
  }
  report.seconds = (performance.now() - started) / 1000;
  return report;
}

async function settingsOf(target: PgClient): Promise<{ edition: Edition; stagingVersion: number; nullPolicy: NullPolicy }> {
  const { rows } = await target.query<{ edition: Edition; null_policy: NullPolicy; staging_version: string | null }>(runSettings.text);
  const r = rows[0];
  if (!r) throw new Error('the service database holds no migration (magemig.run_settings is empty)');
  return { edition: r.edition, nullPolicy: r.null_policy, stagingVersion: Number(r.staging_version ?? 0) };
}
