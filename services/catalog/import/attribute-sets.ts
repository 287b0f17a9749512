/** Entity migration of attribute sets (products and categories) with their groups and attributes. */
import type { EntityMigration } from '../../../pipeline/types.ts';
import { catalogEntityTypesOf, type CatalogEntityType } from '../../../extractors/catalog/attributes.ts';
import { countAttributeSets, readAttributeIndex, readAttributeSetPage } from '../../../extractors/catalog/attribute-sets.ts';
import { mapAttributeSets } from '../../../transforms/catalog/attribute-sets.ts';

const MAX_SETS_PER_BATCH = 200;

export const attributeSetsMigration: EntityMigration = {
  service: 'catalog',
  entity: 'attribute_sets',
  async countSource(src) {
    return countAttributeSets(src.conn, await catalogEntityTypesOf(src));
  },
  async *batches(src, after) {
    const types = await catalogEntityTypesOf(src);
    const index = await src.memo('catalog.attributeIndex', () => readAttributeIndex(src.conn, types));
    const attributeTypes = new Map<number, CatalogEntityType>();
    for (const [attributeId, typeId] of index) attributeTypes.set(attributeId, types.byId.get(typeId)!);
    const limit = Math.max(1, Math.min(src.options.batchSize, MAX_SETS_PER_BATCH));
    let last = after === null ? 0 : Number(after);
    for (;;) {
      const { sets, groups, members } = await readAttributeSetPage(src.conn, types, last, limit);
      if (sets.length === 0) return;
      const m = mapAttributeSets(sets, groups, members, types.byId, types.defaultSetIds, attributeTypes);
      last = sets[sets.length - 1].attribute_set_id;
      yield {
        lastKey: last,
        sourceRows: sets.length,
        loadedRows: m.loaded,
        tables: {
          attribute_set: { columns: ['id', 'magento_id', 'entity_type', 'name', 'sort_order', 'is_default'], rows: m.sets },
          attribute_group: { columns: ['id', 'magento_id', 'attribute_set_id', 'name', 'code', 'tab_group_code', 'sort_order', 'is_default'], rows: m.groups },
          attribute_set_attribute: { columns: ['attribute_set_id', 'attribute_group_id', 'attribute_id', 'sort_order'], rows: m.members },
        },
        rejects: m.rejects,
        ids: m.ids,
        stats: m.stats,
      };
      if (sets.length < limit) return;
    }
  },
};
