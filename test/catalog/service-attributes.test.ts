/** The attribute transform: scopes, flags, options with per-store labels and swatches, rows of unknown stores. */
import { describe, expect, it } from 'vitest';
import { entityUuid } from '../../core/ids.ts';
import { catalogContract } from '../../services/catalog/index.ts';
import type { SourceAttribute } from '../../sql/source/catalog/index.ts';
import { mapAttributes, type AttributeDetails } from '../../transforms/catalog/attributes.ts';

const ATTRIBUTE_COLUMNS = catalogContract.attribute.columns;

function attr(id: number, code: string, over: Partial<SourceAttribute> = {}): SourceAttribute {
  return {
    attribute_id: id, entity_type_id: 4, attribute_code: code, backend_type: 'int', frontend_input: 'select', frontend_label: code,
    frontend_class: null, frontend_model: null, backend_model: null, source_model: null, is_required: 0, is_user_defined: 1,
    default_value: null, is_unique: 0, note: null, catalog_row: id, is_global: 0, is_visible: 1, is_searchable: 1, is_filterable: 2,
    is_comparable: 0, is_visible_on_front: 1, is_html_allowed_on_front: 0, is_filterable_in_search: 0, used_in_product_listing: 1,
    used_for_sort_by: 0, is_wysiwyg_enabled: 0, apply_to: 'simple,virtual', position: 3, additional_data: null, ...over,
  };
}

const types = new Map([[3, 'category' as const], [4, 'product' as const]]);
const stores = new Map([[1, entityUuid('store', 1)], [2, entityUuid('store', 2)]]);
const asObject = (row: unknown[]) => Object.fromEntries(ATTRIBUTE_COLUMNS.map((c, i) => [c, row[i]]));

describe('attribute mapping', () => {
  it('maps type, input, scope and flags; a missing catalog_eav_attribute row reads as global', () => {
    const m = mapAttributes(
      [
        attr(93, 'color', { additional_data: '{"swatch_input_type":"visual","update_product_preview_image":"1"}' }),
        attr(150, 'format', { is_global: 2, is_required: 1, is_unique: 1, frontend_input: 'multiselect', backend_type: 'varchar' }),
        attr(160, 'legacy', { catalog_row: null, is_global: null, is_visible: null, apply_to: '', additional_data: '{broken' }),
      ],
      { labels: [], options: [], optionValues: [], swatches: [] },
      types,
      stores,
    );
    const [color, format, legacy] = m.attributes.map(asObject);
    expect(color).toMatchObject({ id: entityUuid('attribute', 93), entity_type: 'product', code: 'color', backend_type: 'int', scope: 'store', swatch_input_type: 'visual', is_filterable: 2, apply_to: ['simple', 'virtual'] });
    expect(format).toMatchObject({ scope: 'website', is_required: true, is_unique: true, frontend_input: 'multiselect', backend_type: 'varchar' });
    expect(legacy).toMatchObject({ scope: 'global', is_visible: true, apply_to: null, additional_data: null });
    expect(m.stats).toEqual({ 'attributes.invalid_additional_data': 1, 'attributes.no_catalog_eav_attribute_row': 1 });
    expect(m.loaded).toBe(3);
  });

  it('rejects an attribute with no code or an unknown backend type', () => {
    const m = mapAttributes([attr(1, ''), attr(2, 'weird', { backend_type: 'blob' })], { labels: [], options: [], optionValues: [], swatches: [] }, types, stores);
    expect(m.rejects.map((r) => [r.sourceKey, r.reason])).toEqual([['attribute_id=1', 'NO_CODE'], ['attribute_id=2,code=weird', 'UNKNOWN_BACKEND_TYPE']]);
    expect(m.loaded).toBe(0);
  });

  it('keeps admin labels and swatches on the option, store ones apart, and ignores rows of unknown stores', () => {
    const details: AttributeDetails = {
      labels: [{ attribute_id: 93, store_id: 1, value: 'Colour' }, { attribute_id: 93, store_id: 7, value: 'Ghost' }, { attribute_id: 93, store_id: 2, value: '' }],
      options: [{ option_id: 49, attribute_id: 93, sort_order: 1 }, { option_id: 50, attribute_id: 93, sort_order: 2 }],
      optionValues: [
        { option_id: 49, store_id: 0, value: 'Black' },
        { option_id: 49, store_id: 2, value: 'Noir (old)' },
        { option_id: 49, store_id: 2, value: 'Noir' }, // duplicate (option, store): the later row wins
        { option_id: 49, store_id: 7, value: 'Ghost' },
        { option_id: 50, store_id: 1, value: 'Only a store label' },
      ],
      swatches: [
        { option_id: 49, store_id: 0, type: 1, value: '#000000' },
        { option_id: 49, store_id: 2, type: 0, value: 'N' },
        { option_id: 50, store_id: 0, type: 9, value: '?' },
      ],
    };
    const m = mapAttributes([attr(93, 'color')], details, types, stores);
    expect(m.labels).toEqual([[entityUuid('attribute', 93), entityUuid('store', 1), 'Colour']]);
    expect(m.options).toEqual([
      [entityUuid('attribute_option', 49), 49, entityUuid('attribute', 93), 1, 'Black', 'color', '#000000'],
      [entityUuid('attribute_option', 50), 50, entityUuid('attribute', 93), 2, null, null, null],
    ]);
    expect(m.optionLabels).toEqual([
      [entityUuid('attribute_option', 49), entityUuid('store', 2), 'Noir'],
      [entityUuid('attribute_option', 50), entityUuid('store', 1), 'Only a store label'],
    ]);
    expect(m.optionSwatches).toEqual([[entityUuid('attribute_option', 49), entityUuid('store', 2), 'text', 'N']]);
    expect(m.stats).toEqual({
      'attribute_labels.unknown_store': 1,
      'attribute_option_labels.unknown_store': 1,
      'attribute_option_swatches.unknown_type': 1,
      'attribute_options.no_admin_label': 1,
    });
  });
});
