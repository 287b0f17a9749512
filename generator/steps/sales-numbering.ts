/**
 * Document numbering as Magento keeps it (Magento_SalesSequence): per store view and document type a row
 * of sales_sequence_meta naming a table sequence_<type>_<store> whose AUTO_INCREMENT issues the values, and
 * an active sales_sequence_profile (prefix, suffix, start 1, step 1). An increment id is
 * sprintf("%s%'.09d%s", prefix, value, suffix) (Magento\SalesSequence\Model\Sequence::DEFAULT_PATTERN).
 * Stores made at install (admin, the default store view) have no prefix; stores added later get their
 * store_id as prefix (Magento\SalesSequence\Observer\SequenceCreatorObserver). Here the last store view also
 * has none (a store set up by an import), so its numbers repeat the default store's: the same increment id
 * in two store views, which Magento allows. The default store's order sequence is one ahead of its orders
 * (a number reserved by a checkout that never completed).
 */
import { insertRows, run, type SeedContext } from '../session.ts';

const TYPES = [
  ['order', 'sales_order'],
  ['invoice', 'sales_invoice'],
  ['creditmemo', 'sales_creditmemo'],
  ['shipment', 'sales_shipment'],
] as const;

/** Store views whose sequences have no prefix: admin, the default store view and (3+ views) the last one. */
export function unprefixedStores(ctx: Pick<SeedContext, 'profile'>): number[] {
  const views = ctx.profile.storeViews;
  return views >= 3 ? [0, 1, views] : [0, 1];
}

/** SQL of the increment id for a store and a sequence value. */
export function incrementIdSql(ctx: Pick<SeedContext, 'profile'>, store: string, value: string): string {
  return `CONCAT(IF(${store} IN (${unprefixedStores(ctx).join(', ')}), '', ${store}), LPAD(${value}, 9, '0'))`;
}

export async function createNumbering(ctx: SeedContext): Promise<void> {
  // Sequence tables are named after the store views: drop those a previous seed left (another profile).
  const [old] = await ctx.conn.query(
    "SELECT table_name AS t FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name REGEXP '^sequence_(order|invoice|creditmemo|shipment)_[0-9]+$'",
  );
  for (const { t } of old as Array<{ t: string }>) await ctx.conn.query(`DROP TABLE \`${t}\``);
  const unprefixed = new Set(unprefixedStores(ctx));
  const meta: unknown[][] = [];
  const profiles: unknown[][] = [];
  let id = 0;
  for (let store = 0; store <= ctx.profile.storeViews; store++) {
    for (const [type, table] of TYPES) {
      id++;
      const seqTable = `sequence_${type}_${store}`;
      meta.push([id, type, store, seqTable]);
      profiles.push([id, id, unprefixed.has(store) ? null : String(store), null, 1, 1, 4294967295, 4294966295, 1]);
      await ctx.conn.query(`CREATE TABLE \`${seqTable}\` (\`sequence_value\` int(10) unsigned NOT NULL AUTO_INCREMENT, PRIMARY KEY (\`sequence_value\`))
        ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci`);
      const reserved = type === 'order' && store === 1 ? 1 : 0;
      await run(ctx, seqTable, `INSERT INTO \`${seqTable}\` (sequence_value)
        SELECT n FROM magemig_seq WHERE n <= (SELECT COUNT(*) FROM ${table} WHERE store_id = ${store}) + ${reserved}`);
    }
  }
  await insertRows(ctx, 'sales_sequence_meta', ['meta_id', 'entity_type', 'store_id', 'sequence_table'], meta);
  await insertRows(ctx, 'sales_sequence_profile', ['profile_id', 'meta_id', 'prefix', 'suffix', 'start_value', 'step', 'max_value', 'warning_value', 'is_active'], profiles);
}
