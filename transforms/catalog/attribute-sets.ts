/**
 * Maps attribute sets, groups and set membership. A membership row whose group is not in its set, or whose
 * attribute is not a loaded attribute of the set's entity type, is dropped and counted (Magento's
 * foreign keys do not tie a group to the set of the membership row).
 */
import type { Mapped, Reject } from '../../core/batch.ts';
import { entityUuid } from '../../core/ids.ts';
import { catalogContract as c } from '../../services/catalog/index.ts';
import type { SourceAttributeGroup, SourceAttributeSet, SourceSetAttribute } from '../../sql/source/catalog/index.ts';
import type { CatalogEntityType, CatalogEntityTypes } from './entity-types.ts';

export interface AttributeSetPageContext {
  types: CatalogEntityTypes;
  /** attribute_id -> the entity type of the catalog attributes the attributes entity loads. */
  attributeTypes: Map<number, CatalogEntityType>;
}

/** A page of attribute sets with their groups and members -> the catalog's attribute set tables. */
export function mapAttributeSetPage(
  page: SourceAttributeSet[],
  children: { groups: SourceAttributeGroup[]; members: SourceSetAttribute[] },
  ctx: AttributeSetPageContext,
): Mapped {
  const sets = page.map((s) => ({ ...s, attribute_set_id: Number(s.attribute_set_id), entity_type_id: Number(s.entity_type_id) }));
  const groups = children.groups.map((g) => ({ ...g, attribute_group_id: Number(g.attribute_group_id), attribute_set_id: Number(g.attribute_set_id) }));
  const members = children.members.map((m) => ({
    ...m, attribute_set_id: Number(m.attribute_set_id), attribute_group_id: Number(m.attribute_group_id), attribute_id: Number(m.attribute_id),
  }));
  const m = mapAttributeSets(sets, groups, members, ctx.types.byId, ctx.types.defaultSetIds, ctx.attributeTypes);
  return {
    loadedRows: m.loaded,
    tables: {
      attribute_set: { columns: c.attribute_set.columns, rows: m.sets },
      attribute_group: { columns: c.attribute_group.columns, rows: m.groups },
      attribute_set_attribute: { columns: c.attribute_set_attribute.columns, rows: m.members },
    },
    rejects: m.rejects,
    ids: m.ids,
    stats: m.stats,
  };
}

export interface MappedAttributeSets {
  sets: unknown[][];
  groups: unknown[][];
  members: unknown[][];
  rejects: Reject[];
  ids: Array<[string, number, string]>;
  stats: Record<string, number>;
  loaded: number;
}

/** Magento 2.0 has no attribute_group_code: derive it the way Magento 2.1's upgrade did (lowercased, dashed). */
function groupCode(g: SourceAttributeGroup): string {
  if (g.attribute_group_code) return g.attribute_group_code;
  return (g.attribute_group_name ?? `group-${g.attribute_group_id}`).trim().toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

export function mapAttributeSets(
  sets: SourceAttributeSet[],
  groups: SourceAttributeGroup[],
  members: SourceSetAttribute[],
  typeOf: Map<number, CatalogEntityType>,
  defaultSetIds: Set<number>,
  /** attribute_id -> entity type, for the loaded attributes. */
  attributeTypes: Map<number, CatalogEntityType>,
): MappedAttributeSets {
  const out: MappedAttributeSets = { sets: [], groups: [], members: [], rejects: [], ids: [], stats: {}, loaded: 0 };
  const count = (k: string): void => {
    out.stats[k] = (out.stats[k] ?? 0) + 1;
  };
  const setType = new Map<number, CatalogEntityType>();
  for (const s of sets) {
    if (!s.attribute_set_name || s.attribute_set_name.trim() === '') {
      out.rejects.push({ sourceKey: `attribute_set_id=${s.attribute_set_id}`, reason: 'NO_NAME', detail: 'attribute_set_name is empty' });
      continue;
    }
    const id = entityUuid('attribute_set', s.attribute_set_id);
    const type = typeOf.get(s.entity_type_id)!;
    out.sets.push([id, s.attribute_set_id, type, s.attribute_set_name, Number(s.sort_order), defaultSetIds.has(s.attribute_set_id)]);
    out.ids.push(['attribute_set', s.attribute_set_id, id]);
    setType.set(s.attribute_set_id, type);
    out.loaded++;
  }
  const groupSet = new Map<number, number>();
  for (const g of groups) {
    if (!setType.has(g.attribute_set_id)) continue;
    const id = entityUuid('attribute_group', g.attribute_group_id);
    out.groups.push([
      id, g.attribute_group_id, entityUuid('attribute_set', g.attribute_set_id), g.attribute_group_name ?? groupCode(g), groupCode(g),
      g.tab_group_code ?? null, Number(g.sort_order), Number(g.default_id ?? 0) === 1,
    ]);
    out.ids.push(['attribute_group', g.attribute_group_id, id]);
    groupSet.set(g.attribute_group_id, g.attribute_set_id);
  }
  for (const m of members) {
    const type = setType.get(m.attribute_set_id);
    if (!type) continue;
    if (groupSet.get(m.attribute_group_id) !== m.attribute_set_id) {
      count('attribute_set_attributes.group_outside_set');
      continue;
    }
    if (attributeTypes.get(m.attribute_id) !== type) {
      count('attribute_set_attributes.unknown_attribute');
      continue;
    }
    out.members.push([
      entityUuid('attribute_set', m.attribute_set_id), entityUuid('attribute_group', m.attribute_group_id),
      entityUuid('attribute', m.attribute_id), Number(m.sort_order),
    ]);
  }
  return out;
}
