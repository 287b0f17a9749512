/** Attribute sets (products and categories) with their groups and attributes: keyset pages on attribute_set_id. */
import type { SourceContext } from '../../extractors/source.ts';
import { readAttributeIndex } from '../../extractors/catalog/lookups.ts';
import { catalogContract as c } from '../../services/catalog/index.ts';
import {
  attributeGroups, attributeIndex, attributeSetAttributes, attributeSetCount, attributeSets,
  type SourceAttributeGroup, type SourceAttributeSet, type SourceSetAttribute,
} from '../../sql/source/catalog/index.ts';
import { mapAttributeSetPage, type AttributeSetPageContext } from '../../transforms/catalog/attribute-sets.ts';
import type { CatalogEntityType } from '../../transforms/catalog/entity-types.ts';
import { declaredEntity } from '../declared-entity.ts';
import { ENTITY_TYPE_READS, entityTypesOf } from './lookups.ts';

const bySet = (s: SourceAttributeSet): number => Number(s.attribute_set_id);

async function attributeSetContext(src: SourceContext): Promise<AttributeSetPageContext & { typeIds: number[] }> {
  const types = await entityTypesOf(src);
  const index = await src.memo('catalog.attributeIndex', () => readAttributeIndex(src.conn, [...types.byId.keys()]));
  const attributeTypes = new Map<number, CatalogEntityType>();
  for (const [attributeId, typeId] of index) attributeTypes.set(attributeId, types.byId.get(typeId)!);
  return { types, attributeTypes, typeIds: [...types.byId.keys()] };
}

export const catalogAttributeSets = declaredEntity<SourceAttributeSet, Awaited<ReturnType<typeof attributeSetContext>>, { groups: SourceAttributeGroup[]; members: SourceSetAttribute[] }>('catalog', {
  entity: 'attribute_sets',
  page: attributeSets,
  key: { columns: ['s.attribute_set_id'], of: bySet },
  count: attributeSetCount,
  maxBatch: 200,
  children: {
    groups: { query: attributeGroups, by: bySet },
    members: { query: attributeSetAttributes, by: bySet },
  },
  lookups: [...ENTITY_TYPE_READS, attributeIndex],
  prepare: attributeSetContext,
  contextParams: (_src, ctx) => ({ types: ctx.typeIds }),
  map: (page, ctx) => mapAttributeSetPage(page.rows, page.children, ctx),
  writes: [c.attribute_set, c.attribute_group, c.attribute_set_attribute],
  primaryTable: 'attribute_set',
});
