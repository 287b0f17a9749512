/**
 * The lookups the products' transform writes plain product documents with (transforms/catalog/document-lookups.ts):
 * the rows the attributes and categories entities map, gathered once per run by walking those entities' own
 * batches over the source (a few hundred to a few thousand rows), and the store tree. Reading the source, not
 * the target: a dry run builds the same documents without a target.
 */
import type { SourceContext } from '../../extractors/source.ts';
import { buildDocumentLookups, type GatheredTables } from '../../transforms/catalog/document-lookups.ts';
import type { DocumentLookups } from '../../transforms/catalog/product-documents.ts';
import type { EntityMigration } from '../types.ts';
import { catalogAttributes } from './attributes.ts';
import { catalogCategories } from './categories.ts';
import { catalogStoresOf } from './lookups.ts';

async function gathered(src: SourceContext, entity: EntityMigration): Promise<GatheredTables> {
  const out: GatheredTables = {};
  for await (const batch of entity.batches(src, null)) {
    for (const [name, t] of Object.entries(batch.tables)) {
      const g = (out[name] ??= { columns: t.columns, rows: [] });
      for (const r of t.rows) g.rows.push(r);
    }
  }
  return out;
}

export function documentLookupsOf(src: SourceContext): Promise<DocumentLookups> {
  return src.memo('catalog.documentLookups', async () =>
    buildDocumentLookups(await gathered(src, catalogAttributes), await gathered(src, catalogCategories), await catalogStoresOf(src)));
}
