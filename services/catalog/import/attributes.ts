/**
 * Entity migration of catalog attributes (products and categories) with their labels, options, option
 * labels and swatches. Keyset pages on attribute_id; an attribute's options always travel in its batch.
 */
import type { EntityMigration, SourceContext } from '../../../pipeline/types.ts';
import {
  catalogEntityTypesOf, countAttributes, hasSwatchTable, readAttributeDetails, readAttributePage,
} from '../../../extractors/catalog/attributes.ts';
import { ATTRIBUTE_COLUMNS, mapAttributes } from '../../../transforms/catalog/attributes.ts';
import { storeUuidsOf } from './stores.ts';

/** Attributes per batch: an attribute may carry thousands of options (manufacturer, brand...). */
const MAX_ATTRIBUTES_PER_BATCH = 100;

export const attributesMigration: EntityMigration = {
  service: 'catalog',
  entity: 'attributes',
  async countSource(src) {
    return countAttributes(src.conn, await catalogEntityTypesOf(src));
  },
  async *batches(src: SourceContext, after) {
    const types = await catalogEntityTypesOf(src);
    const storeUuids = await storeUuidsOf(src);
    const swatches = await src.memo('catalog.hasSwatchTable', () => hasSwatchTable(src.conn));
    const limit = Math.max(1, Math.min(src.options.batchSize, MAX_ATTRIBUTES_PER_BATCH));
    let last = after === null ? 0 : Number(after);
    for (;;) {
      const page = await readAttributePage(src.conn, types, last, limit);
      if (page.length === 0) return;
      const details = await readAttributeDetails(src.conn, page.map((a) => a.attribute_id), swatches);
      const m = mapAttributes(page, details, types.byId, storeUuids);
      last = page[page.length - 1].attribute_id;
      yield {
        lastKey: last,
        sourceRows: page.length,
        loadedRows: m.loaded,
        tables: {
          attribute: { columns: ATTRIBUTE_COLUMNS, rows: m.attributes },
          attribute_label: { columns: ['attribute_id', 'store_id', 'label'], rows: m.labels },
          attribute_option: { columns: ['id', 'magento_id', 'attribute_id', 'sort_order', 'label', 'swatch_type', 'swatch_value'], rows: m.options },
          attribute_option_label: { columns: ['option_id', 'store_id', 'label'], rows: m.optionLabels },
          attribute_option_swatch: { columns: ['option_id', 'store_id', 'swatch_type', 'swatch_value'], rows: m.optionSwatches },
        },
        rejects: m.rejects,
        ids: m.ids,
        stats: m.stats,
        samples: m.attributes.slice(0, 2).map((r) => Object.fromEntries(ATTRIBUTE_COLUMNS.map((c, i) => [c, r[i]]))),
      };
      if (page.length < limit) return;
    }
  },
};
