/**
 * The generic table verifier: an entity's verification declared as queries, the loops written once.
 *
 *   tableVerifier({
 *     entity: 'orders',
 *     sourceKeys, targetKeys,            // one row per entity: id (its Magento id) and the key-set columns
 *     keySets: [{ name: 'increment_id per store', key: (r) => `${r.store}/${r.increment_id}` }],
 *     label: (r) => `increment_id=${r.increment_id},store=${r.store}`,
 *     measures: [{ source, target }],    // rows: grp and one column per measure (sums as exact decimals)
 *     fields: [{ source, target }],      // rows: id, optional sub (a store view, a child row), the fields
 *     sampleFrom: 'sales_order',         // the target table the sample of Magento ids is drawn from
 *   })
 *
 * Source queries are MySQL (:ids for the sampled ids, {{raw:current_*}} staging conditions), target queries
 * Postgres ($1: the sampled ids). The source count is the rows of sourceKeys, the loaded count the rows of
 * targetKeys; a key is missing only when no source row holding it survived the run's entity-level rejects.
 */
import type { MysqlConnection } from '../core/mysql.ts';
import { readRows } from '../extractors/query.ts';
import type { SqlQuery } from '../sql/query.ts';
import { rejectKeys, sourceColumns } from '../sql/verify/index.ts';
import type { SchemaColumns, TemplateVars } from '../sql/template.ts';
import { sampleMagentoIds, Verification } from './collect.ts';
import { canonical, canonicalRecord } from './values.ts';
import type { EntityVerifier, VerifyContext } from './types.ts';

export type Row = Record<string, unknown>;

export interface KeySetSpec {
  name: string;
  /** The key of a row (source or target); null: the row holds none (not in the set). */
  key(row: Row): string | null;
  /**
   * Rows of their own (SKU per website: one per pair, `id` the entity's Magento id); default: the keys rows.
   * A source query may use :rejected (the Magento ids the run rejected).
   */
  source?: SqlQuery;
  target?: SqlQuery;
}

/** A source side read by code (a scope resolution), given the Magento ids: the sampled ones, or null for all kept. */
export type SourceReader = (ctx: VerifyContext, ids: number[] | null, rejected: ReadonlySet<string>) => Promise<Row[]>;

export interface MeasureSpec {
  /**
   * Rows: `grp` (a currency, a website, a source code; '' for the whole entity) and one column per measure.
   * The source query leaves out the entities the run rejected: `NOT IN (:rejected)` on their Magento id.
   */
  source: SqlQuery | SourceReader;
  target: SqlQuery;
}

export interface FieldSpec {
  /** Rows: `id` (the entity's Magento id), optional `sub` (a store view code, a child row), the fields compared. */
  source: SqlQuery | SourceReader;
  target: SqlQuery;
}

export interface TableSpec {
  entity: string;
  /** Source tables the entity needs (MSI, Adobe Commerce); absent: the source holds none of it. */
  requires?: readonly string[];
  /** Source tables whose presence means the source holds none of it (MSI's, for the legacy stock). */
  unless?: readonly string[];
  /**
   * When the entity does not apply to this source (requires / unless), the target's rows belong to another
   * entity (a store without MSI: its legacy stock fills the stock table), so none are read as this one's.
   */
  targetOnlyWhenApplies?: boolean;
  sourceKeys: SqlQuery;
  targetKeys: SqlQuery;
  keySets?: readonly KeySetSpec[];
  /** How an entity is named in a difference, from its keys row. */
  label(row: Row): string;
  measures?: readonly MeasureSpec[];
  fields?: readonly FieldSpec[];
  /** The target table whose magento_id column the sample is drawn from. */
  sampleFrom?: string;
  /**
   * How a reject of the entity as a whole names its Magento id (group 1), when its key says more than the id
   * (a carrier secret: "config_id=7,path=carriers/ups/password,scope=default/0"); default: the id alone.
   */
  wholeReject?: RegExp;
  /** Named parameters of every source query beside :ids and :rejected (checkout's :since, the --carts-since day). */
  params?: Record<string, unknown>;
}

export interface SourceTables extends SchemaColumns {
  hasTable(table: string): boolean;
}

const schemas = new WeakMap<MysqlConnection, Promise<SourceTables>>();

async function probe(conn: MysqlConnection): Promise<SourceTables> {
  const rows = await readRows<{ table_name: string; column_name: string }>(conn, sourceColumns);
  const byTable = new Map<string, Set<string>>();
  for (const r of rows) {
    const t = String(r.table_name);
    let cols = byTable.get(t);
    if (!cols) byTable.set(t, (cols = new Set()));
    cols.add(String(r.column_name));
  }
  return { hasTable: (t) => byTable.has(t), hasColumn: (t, c) => byTable.get(t)?.has(c) ?? false };
}

/** The source's tables and columns, probed once per verify run (verify's own probe: sql/verify/source-columns). */
export function sourceSchema(ctx: VerifyContext): Promise<SourceTables> {
  let s = schemas.get(ctx.source);
  if (!s) schemas.set(ctx.source, (s = probe(ctx.source)));
  return s;
}

/**
 * The template vars of every verify source query: the edition's key columns ({{key}}, {{rule_key}},
 * {{page_key}}, {{block_key}}: row_id in Adobe Commerce) and, for its staged tables, the condition "the version
 * current at the staging version the target was read at" for the aliases e, r, p ({{raw:current_e}}...),
 * empty in Open Source.
 */
export async function sourceVars(ctx: VerifyContext): Promise<TemplateVars> {
  const commerce = ctx.edition === 'commerce';
  const current = (a: string): string => (commerce ? `AND ${a}.created_in <= ${Number(ctx.stagingVersion)} AND ${a}.updated_in > ${Number(ctx.stagingVersion)}` : '');
  const key = (openSource: string): string => (commerce ? 'row_id' : openSource);
  return {
    idents: { key: key('entity_id'), rule_key: key('rule_id'), page_key: key('page_id'), block_key: key('block_id') },
    raw: { current_e: current('e'), current_r: current('r'), current_p: current('p') },
    schema: await sourceSchema(ctx),
  };
}

// "field=" / "attribute=" / "column=" rejects are values of a kept entity, not the entity.
const WHOLE_ENTITY = /^(?:[a-z_]+\.)?[a-z_]+=(-?\d+)(?:,row_id=\d+)?$/;

/** Magento ids the run's rejects name alone ("entity_id=42"): entities rejected as a whole, or a value of one. */
export async function rejectedIds(ctx: VerifyContext, entity: string, pattern: RegExp = WHOLE_ENTITY): Promise<Set<string>> {
  const { rows } = await ctx.target.query<{ source_key: string }>(rejectKeys.text, [entity]);
  const out = new Set<string>();
  for (const r of rows) {
    const m = pattern.exec(r.source_key);
    if (m) out.add(m[1]);
  }
  return out;
}

const rejectedParam = (rejected: ReadonlySet<string>): Record<string, unknown> => ({ rejected: rejected.size ? [...rejected].map(Number) : [-1] });

export async function sourceRows(ctx: VerifyContext, q: SqlQuery, params: Record<string, unknown> = {}): Promise<Row[]> {
  return readRows<Row>(ctx.source, q, params, await sourceVars(ctx));
}

async function targetRows(ctx: VerifyContext, q: SqlQuery, params: unknown[] = []): Promise<Row[]> {
  return (await ctx.target.query<Row>(q.text, params)).rows;
}

export function tableVerifier(spec: TableSpec): EntityVerifier {
  return {
    entity: spec.entity,
    async verify(ctx) {
      const v = new Verification(ctx.service, spec.entity);
      const schema = await sourceSchema(ctx);
      const present = (spec.requires ?? []).every((t) => schema.hasTable(t)) && !(spec.unless ?? []).some((t) => schema.hasTable(t));
      const extra = spec.params ?? {};
      const src = present ? await sourceRows(ctx, spec.sourceKeys, extra) : [];
      const tgt = present || !spec.targetOnlyWhenApplies ? await targetRows(ctx, spec.targetKeys) : [];
      await v.counts(ctx, src.length, tgt.length);
      // A reject keyed by the id alone may still be a value of a loaded entity (a refused quantity): only an
      // id the target does not hold was rejected as a whole.
      const loadedIds = new Set(tgt.map((r) => String(r.id)));
      const rejected = new Set([...(await rejectedIds(ctx, spec.entity, spec.wholeReject))].filter((id) => !loadedIds.has(id)));
      const labels = new Map<string, string>();
      for (const r of [...tgt, ...src]) labels.set(String(r.id), spec.label(r));

      for (const ks of spec.keySets ?? []) {
        const sRows = ks.source ? (present ? await sourceRows(ctx, ks.source, { ...extra, ...rejectedParam(rejected) }) : []) : src;
        const tRows = !ks.target ? tgt : present || !spec.targetOnlyWhenApplies ? await targetRows(ctx, ks.target) : [];
        const kept = new Set(sRows.filter((r) => !rejected.has(String(r.id))).map(ks.key));
        const all = sRows.map(ks.key).filter((k): k is string => k !== null);
        v.keySet(ks.name, all, tRows.map(ks.key).filter((k): k is string => k !== null), new Set(all.filter((k) => !kept.has(k))));
      }

      for (const m of spec.measures ?? []) await compareMeasures(ctx, v, m, present, rejected, extra);

      if (spec.fields?.length && spec.sampleFrom && present) {
        const ids = await sampleMagentoIds(ctx.target, spec.sampleFrom, ctx.sample, ctx.seed);
        v.result.sampled = ids.length;
        for (let i = 0; i < ids.length; i += 500) {
          const chunk = ids.slice(i, i + 500);
          for (const f of spec.fields) await compareFields(ctx, v, f, chunk, present, (id) => labels.get(id) ?? `magento_id=${id}`, extra);
        }
      }
      return v.done();
    },
  };
}

/** Each measure column of each group, both sides; a group one side lacks sums to 0 there. */
async function compareMeasures(ctx: VerifyContext, v: Verification, m: MeasureSpec, present: boolean, rejected: ReadonlySet<string>, extra: Record<string, unknown>): Promise<void> {
  // The source sums leave out what the run rejected as a whole (:rejected, never empty for IN).
  const src = !present ? [] : typeof m.source === 'function' ? await m.source(ctx, null, rejected) : await sourceRows(ctx, m.source, { ...extra, ...rejectedParam(rejected) });
  const tgt = await targetRows(ctx, m.target);
  const index = (rows: Row[]): Map<string, Row> => new Map(rows.map((r) => [String(r.grp ?? ''), r]));
  const s = index(src);
  const t = index(tgt);
  const columns = [...new Set([...src, ...tgt].flatMap((r) => Object.keys(r)).filter((c) => c !== 'grp'))];
  for (const grp of [...new Set([...s.keys(), ...t.keys()])].sort()) {
    for (const c of columns) v.measure({ measure: c, group: grp, source: canonical(s.get(grp)?.[c]) ?? '0', target: canonical(t.get(grp)?.[c]) ?? '0' });
  }
}

/** The sampled entities' rows (per sub) field by field; a row one side lacks is a '(row)' difference. */
async function compareFields(ctx: VerifyContext, v: Verification, f: FieldSpec, ids: number[], present: boolean, label: (id: string) => string, extra: Record<string, unknown>): Promise<void> {
  const rowKey = (r: Row): string => `${String(r.id)}\u0000${r.sub === undefined || r.sub === null ? '' : String(r.sub)}`;
  const index = (rows: Row[]): Map<string, Row> => new Map(rows.map((r) => [rowKey(r), r]));
  const s = index(!present ? [] : typeof f.source === 'function' ? await f.source(ctx, ids, new Set()) : await sourceRows(ctx, f.source, { ...extra, ids }));
  const t = index(await targetRows(ctx, f.target, [ids]));
  for (const k of [...new Set([...s.keys(), ...t.keys()])].sort()) {
    const [id, sub] = k.split('\u0000');
    const key = sub ? `${label(id)},${sub}` : label(id);
    const a = s.get(k);
    const b = t.get(k);
    if (!a || !b) {
      v.field(key, '(row)', a ? 'present' : null, b ? 'present' : null);
      continue;
    }
    const strip = ({ id: _i, sub: _s, ...rest }: Row): Row => rest;
    v.record(key, canonicalRecord(strip(a)), canonicalRecord(strip(b)));
  }
}
