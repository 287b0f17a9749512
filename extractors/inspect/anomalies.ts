/**
 * The dirt real Magento databases hold, found with a handful of set-based statements: one pass per
 * product value table and one statement for the rest. No row is looked at in Node.
 */
import type { MysqlConnection } from '../../core/mysql.ts';
import type { AnomalyKind, Anomalies } from './report.ts';
import * as inspect from '../../sql/source/inspect/index.ts';
import { renderSql } from '../../sql/template.ts';

/** The per-table value check: fixed SQL fragments (never data) over the alias `v`. */
const VALUE_CHECKS: Record<string, { kind: AnomalyKind; sql: string } | null> = {
  // Zero month or day covers 0000-00-00 00:00:00 and partial zero dates; Postgres rejects both.
  catalog_product_entity_datetime: { kind: 'zeroDates', sql: 'MONTH(v.value) = 0 OR DAYOFMONTH(v.value) = 0' },
  catalog_product_entity_decimal: null,
  catalog_product_entity_int: null,
  // Binary search for the byte, so the column's charset (utf8mb3 or utf8mb4) does not matter.
  catalog_product_entity_text: { kind: 'nulBytes', sql: "INSTR(CAST(v.value AS BINARY), X'00') > 0" },
  catalog_product_entity_varchar: { kind: 'nulBytes', sql: "INSTR(CAST(v.value AS BINARY), X'00') > 0" },
};

type Row = Record<string, unknown>;

export async function readAnomalies(conn: MysqlConnection): Promise<Anomalies> {
  const breakdown: Anomalies['breakdown'] = [];
  const add = (kind: AnomalyKind, table: string, n: unknown) => {
    const count = Number(n ?? 0);
    if (count > 0) breakdown.push({ kind, table, count });
  };

  for (const [table, check] of Object.entries(VALUE_CHECKS)) {
    const sql = renderSql(inspect.productValueAnomalies, { idents: { table }, raw: { value_check: check?.sql ?? '0' } });
    const [[r]] = (await conn.query(sql)) as unknown as [Row[]];
    add('orphanAttributeValues', table, r.orphan_attribute);
    add('orphanStoreValues', table, r.orphan_store);
    add('globalStoreValues', table, r.global_store);
    if (check) add(check.kind, table, r.bad_value);
  }

  const [[e]] = (await conn.query(renderSql(inspect.entityAnomalies))) as unknown as [Row[]];
  add('zeroDates', 'customer_entity.dob', e.zero_dob);
  add('productsWithoutSku', 'catalog_product_entity', e.without_sku);
  add('duplicateSkuProducts', 'catalog_product_entity', e.duplicate_sku);
  add('orphanOrderItems', 'sales_order_item', e.orphan_items);

  const total = (kind: AnomalyKind) => breakdown.filter((b) => b.kind === kind).reduce((s, b) => s + b.count, 0);
  return {
    zeroDates: total('zeroDates'),
    nulBytes: total('nulBytes'),
    orphanAttributeValues: total('orphanAttributeValues'),
    orphanStoreValues: total('orphanStoreValues'),
    globalStoreValues: total('globalStoreValues'),
    productsWithoutSku: total('productsWithoutSku'),
    duplicateSkuProducts: total('duplicateSkuProducts'),
    orphanOrderItems: total('orphanOrderItems'),
    breakdown,
  };
}
