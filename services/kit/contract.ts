/**
 * A service's contract with whatever fills it: the tables (and their columns) it accepts from an import.
 * The migration writes rows in exactly these columns (the runner checks every batch against them), and
 * test/architecture/contracts.test.ts checks every contract against the service's own migrations.
 *
 *   export const product = table('product', ['id', 'magento_id', 'sku', ...], ['id']);
 *   export const catalogContract = contractOf(product, productWebsite, ...);   // catalogContract.product.columns
 */

export interface TableContract<N extends string = string, C extends readonly string[] = readonly string[]> {
  /** The table, schema-qualified when not in public. */
  readonly table: N;
  /** The columns an import writes, in the order of its rows' values. */
  readonly columns: C;
  /** The columns that identify a row (its primary or unique key): an upsert conflicts on them. */
  readonly key: readonly string[];
}

export function table<const N extends string, const C extends readonly string[]>(name: N, columns: C, key: readonly C[number][]): TableContract<N, C> {
  for (const k of key) if (!columns.includes(k)) throw new Error(`contract ${name}: key column ${k} is not among its columns`);
  return { table: name, columns, key };
}

export type ServiceContract = Readonly<Record<string, TableContract>>;

/** The contract of a service: its tables by name. */
export function contractOf<const T extends readonly TableContract[]>(...tables: T): { readonly [K in T[number] as K['table']]: K } {
  return Object.fromEntries(tables.map((t) => [t.table, t])) as { readonly [K in T[number] as K['table']]: K };
}
