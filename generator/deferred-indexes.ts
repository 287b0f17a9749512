/**
 * Bulk loading into tables with many secondary indexes is random I/O once the tables outgrow the buffer pool (large:
 * 4 GB of data against MariaDB's default 128 MB pool). For the biggest tables the generator creates them without their
 * non-unique indexes and foreign keys, and adds them back at the end (a sorted index build per table). The unique keys
 * stay: inserts follow them in order and later statements join through them. The final tables match the DDL files.
 */
const DEFERRED = new Set([
  'catalog_product_entity_datetime', 'catalog_product_entity_decimal', 'catalog_product_entity_int',
  'catalog_product_entity_text', 'catalog_product_entity_varchar', 'url_rewrite',
  'catalog_product_entity_media_gallery_value', 'catalog_product_entity_media_gallery_value_to_entity',
]);

export interface DeferredSchema {
  /** CREATE TABLE statements to run now */
  statements: string[];
  /** ALTER TABLE statements that restore what was left out */
  restore: string[];
}

/** url_rewrite's unique key is on request_path (random order): deferred too; nothing joins through it while loading. */
const DEFER_UNIQUE = new Set(['url_rewrite']);

export function deferIndexes(statements: string[]): DeferredSchema {
  const out: DeferredSchema = { statements: [], restore: [] };
  for (const statement of statements) {
    const table = /CREATE TABLE `([^`]+)`/.exec(statement)?.[1] ?? '';
    if (!DEFERRED.has(table)) {
      out.statements.push(statement);
      continue;
    }
    const lines = statement.split('\n');
    const keep: string[] = [];
    const later: string[] = [];
    for (const line of lines) {
      const body = line.trim().replace(/,$/, '');
      const deferred = /^(KEY|FULLTEXT KEY|CONSTRAINT) /.test(body) || (DEFER_UNIQUE.has(table) && /^UNIQUE KEY /.test(body));
      if (deferred) later.push(body);
      else keep.push(line);
    }
    // The last kept definition line must not end with a comma before ") ENGINE".
    const end = keep.findIndex((l) => l.startsWith(')'));
    if (end > 0) keep[end - 1] = keep[end - 1].replace(/,$/, '');
    out.statements.push(keep.join('\n'));
    if (later.length) out.restore.push(`ALTER TABLE \`${table}\` ${later.map((d) => `ADD ${d}`).join(', ')}`);
  }
  return out;
}
