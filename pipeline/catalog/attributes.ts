/**
 * Catalog attributes (products and categories) with their labels, options, option labels, swatches and the
 * labels of source-model values. Keyset pages on attribute_id; an attribute's options always travel in its
 * batch (an attribute may carry thousands: manufacturer, brand...).
 */
import { readRows } from '../../extractors/query.ts';
import type { SourceContext } from '../../extractors/source.ts';
import { catalogContract as c, productDocuments } from '../../services/catalog/index.ts';
import {
  attributeCount, attributeCountries, attributeLabels, attributeOptions, attributeOptionSwatches, attributeOptionValues, attributes,
  attributeTaxClasses, attributeThemes, type SourceAttribute,
} from '../../sql/source/catalog/index.ts';
import { mapAttributePage, type AttributeDetails } from '../../transforms/catalog/attributes.ts';
import type { SourceOptionLookups } from '../../transforms/catalog/source-model-options.ts';
import { declaredEntity } from '../declared-entity.ts';
import { ENTITY_TYPE_READS, entityTypesOf, STORE_TREE_READS, storeUuidsOf } from './lookups.ts';

const byAttribute = (a: SourceAttribute): number => Number(a.attribute_id);

async function sourceOptionLookups(src: SourceContext): Promise<SourceOptionLookups> {
  const has = (t: string): boolean => src.schema.hasTable(t);
  return {
    taxClasses: has('tax_class') ? (await readRows(src.conn, attributeTaxClasses)).map((t) => ({ class_id: Number(t.class_id), class_name: t.class_name })) : [],
    themes: has('theme') ? (await readRows(src.conn, attributeThemes)).map((t) => ({ theme_id: Number(t.theme_id), theme_title: t.theme_title })) : [],
    countries: has('directory_country') ? (await readRows(src.conn, attributeCountries)).map((r) => r.country_id) : [],
  };
}

export const catalogAttributes = declaredEntity<SourceAttribute, Parameters<typeof mapAttributePage>[2] & { typeIds: number[] }, AttributeDetails>('catalog', {
  entity: 'attributes',
  page: attributes,
  key: { columns: ['a.attribute_id'], of: byAttribute },
  count: attributeCount,
  maxBatch: 100,
  children: {
    labels: { query: attributeLabels, by: byAttribute },
    options: { query: attributeOptions, by: byAttribute },
    optionValues: { query: attributeOptionValues, by: byAttribute },
    swatches: { query: attributeOptionSwatches, by: byAttribute, when: (schema) => schema.hasTable('eav_attribute_option_swatch') },
  },
  lookups: [...ENTITY_TYPE_READS, ...STORE_TREE_READS, attributeTaxClasses, attributeThemes, attributeCountries],
  prepare: async (src) => {
    const types = await entityTypesOf(src);
    return { typeOf: types.byId, typeIds: [...types.byId.keys()], storeUuids: await storeUuidsOf(src), sourceOptions: await sourceOptionLookups(src) };
  },
  contextParams: (_src, ctx) => ({ types: ctx.typeIds }),
  map: (page, ctx) => mapAttributePage(page.rows, page.children, ctx),
  writes: [c.attribute, c.attribute_label, c.attribute_option, c.attribute_option_label, c.attribute_option_swatch, c.attribute_source_option],
  primaryTable: 'attribute',
  // Documents show option labels: those already built (none in a first run) follow.
  project: () => [productDocuments.refreshBuilt()],
});
