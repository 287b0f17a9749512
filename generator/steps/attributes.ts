import type { Profile } from '../profiles.ts';
import { insertRows, rnd, run, type SeedContext } from '../session.ts';
import { STORE_LANGUAGES } from './foundation.ts';

/** First ids of generated metadata (system rows copied from Magento keep their own, lower ids). */
export const FIRST_USER_ATTRIBUTE_ID = 200;
export const FIRST_USER_OPTION_ID = 1000;
export const FIRST_PRODUCT_SET_ID = 9;
/** color / size options (ids after Magento's gender options 1..3), shared by configurable children. */
export const COLORS = ['Black', 'White', 'Red', 'Blue', 'Green', 'Yellow', 'Orange', 'Purple', 'Gray', 'Brown', 'Pink', 'Beige'];
export const SIZES = ['XS', 'S', 'M', 'L', 'XL', 'XXL', '3XL', '4XL'];
export const FIRST_COLOR_OPTION = 4;
export const FIRST_SIZE_OPTION = FIRST_COLOR_OPTION + COLORS.length;
const HEX = ['#000000', '#ffffff', '#ff0000', '#1857f7', '#53a828', '#ffd500', '#eb6703', '#ef3dff', '#8f8f8f', '#945454', '#ff9ecb', '#f5f5dc'];
const COLOR_FR = ['Noir', 'Blanc', 'Rouge', 'Bleu', 'Vert', 'Jaune', 'Orange', 'Violet', 'Gris', 'Marron', 'Rose', 'Beige'];
const COLOR_DE = ['Schwarz', 'Weiß', 'Rot', 'Blau', 'Grün', 'Gelb', 'Orange', 'Lila', 'Grau', 'Braun', 'Rosa', 'Beige'];

/** User-defined attribute kinds by position k in its set: 0 multiselect, 1 text (store scope), 2.. select. */
export type UserAttributeKind = 'multiselect' | 'text' | 'select';
export function userAttributeKind(k: number): UserAttributeKind {
  return k % 5 === 0 ? 'multiselect' : k % 5 === 1 ? 'text' : 'select';
}

export function userAttributeCount(p: Profile): number {
  return p.attributeSets * p.attributesPerSet;
}

/**
 * The performance toolkit's "attribute sets x attributes x values": every generated set has its own user-defined
 * attributes (attribute_code set<S>_attr<K>), selects and multiselects with their own options. A helper table
 * magemig_user_attr lists them for the set-based value generation (dropped at the end).
 */
export async function createUserAttributes(ctx: SeedContext): Promise<void> {
  const p = ctx.profile;
  const S = p.attributeSets, A = p.attributesPerSet, V = p.valuesPerAttribute;
  const pad = (n: number) => String(n).padStart(2, '0');
  const attrs: unknown[][] = [], catalog: unknown[][] = [], helper: unknown[][] = [];
  for (let s = 0; s < S; s++) {
    for (let k = 0; k < A; k++) {
      const id = FIRST_USER_ATTRIBUTE_ID + s * A + k;
      const kind = userAttributeKind(k);
      const code = `set${pad(s + 1)}_attr${pad(k + 1)}`;
      const label = `Set ${s + 1} ${kind === 'text' ? 'Text' : kind === 'select' ? 'Option' : 'Tags'} ${k + 1}`;
      attrs.push([
        id, 4, code, kind === 'text' ? 'varchar' : kind === 'select' ? 'int' : 'varchar', kind,
        label, kind === 'select' ? 'Magento\\Eav\\Model\\Entity\\Attribute\\Source\\Table' : null,
        kind === 'multiselect' ? 'Magento\\Eav\\Model\\Entity\\Attribute\\Backend\\ArrayBackend' : null, 1,
      ]);
      // Filterable selects are global; free text is translated per store view.
      catalog.push([id, kind === 'text' ? 0 : 1, kind === 'text' ? 0 : 1, 1, kind === 'select' ? 1 : 0, 'simple,virtual,configurable']);
      helper.push([id, FIRST_PRODUCT_SET_ID + s, kind, kind === 'text' ? 0 : FIRST_USER_OPTION_ID + (s * A + k) * V, kind === 'text' ? 0 : V]);
    }
  }
  await insertRows(ctx, 'eav_attribute', ['attribute_id', 'entity_type_id', 'attribute_code', 'backend_type', 'frontend_input', 'frontend_label', 'source_model', 'backend_model', 'is_user_defined'], attrs);
  await insertRows(ctx, 'catalog_eav_attribute', ['attribute_id', 'is_global', 'is_searchable', 'is_visible', 'is_filterable', 'apply_to'], catalog);
  await ctx.conn.query(`CREATE TABLE magemig_user_attr (attribute_id SMALLINT UNSIGNED PRIMARY KEY, attribute_set_id SMALLINT UNSIGNED,
    kind VARCHAR(16), first_option INT UNSIGNED, options INT UNSIGNED, KEY (attribute_set_id, kind)) ENGINE=InnoDB`);
  await insertRows(ctx, 'magemig_user_attr', ['attribute_id', 'attribute_set_id', 'kind', 'first_option', 'options'], helper);

  // Options: V per select/multiselect attribute; admin label on store 0, translations on about half the store views.
  await run(ctx, 'eav_attribute_option', `INSERT INTO eav_attribute_option (option_id, attribute_id, sort_order)
    SELECT u.first_option + s.n - 1, u.attribute_id, s.n - 1 FROM magemig_user_attr u JOIN magemig_small s ON s.n <= u.options`);
  await run(ctx, 'eav_attribute_option_value', `INSERT INTO eav_attribute_option_value (option_id, store_id, value)
    SELECT o.option_id, 0, CONCAT('Value ', o.attribute_id, '-', o.sort_order + 1) FROM eav_attribute_option o
    WHERE o.option_id >= ${FIRST_USER_OPTION_ID} ORDER BY o.option_id`);
  await run(ctx, 'eav_attribute_option_value', `INSERT INTO eav_attribute_option_value (option_id, store_id, value)
    SELECT o.option_id, st.store_id, CONCAT('Value ', o.attribute_id, '-', o.sort_order + 1, ' [', st.code, ']')
    FROM eav_attribute_option o JOIN store st ON st.store_id > 0
    WHERE o.option_id >= ${FIRST_USER_OPTION_ID} AND ${rnd(ctx, 'optlabel', ['o.option_id', 'st.store_id'], 2)} = 0
    ORDER BY o.option_id, st.store_id`);
  await createColorAndSizeOptions(ctx);
  await createProductSets(ctx);
}

async function createColorAndSizeOptions(ctx: SeedContext): Promise<void> {
  const [rows] = await ctx.conn.query("SELECT attribute_code, attribute_id FROM eav_attribute WHERE entity_type_id = 4 AND attribute_code IN ('color', 'size')");
  const id = new Map((rows as { attribute_code: string; attribute_id: number }[]).map((r) => [r.attribute_code, r.attribute_id]));
  const options: unknown[][] = [], values: unknown[][] = [], swatches: unknown[][] = [];
  const storeIds = ctx.stores.flat();
  COLORS.forEach((c, i) => {
    const opt = FIRST_COLOR_OPTION + i;
    options.push([opt, id.get('color'), i]);
    values.push([opt, 0, c]);
    for (const s of storeIds) {
      const lang = STORE_LANGUAGES[(s - 1) % STORE_LANGUAGES.length].lang;
      if (lang === 'fr') values.push([opt, s, COLOR_FR[i]]);
      else if (lang === 'de') values.push([opt, s, COLOR_DE[i]]);
    }
    swatches.push([opt, 0, 1, HEX[i]]);
  });
  SIZES.forEach((z, i) => {
    const opt = FIRST_SIZE_OPTION + i;
    options.push([opt, id.get('size'), i]);
    values.push([opt, 0, z]);
    swatches.push([opt, 0, 0, z]);
  });
  await insertRows(ctx, 'eav_attribute_option', ['option_id', 'attribute_id', 'sort_order'], options);
  await insertRows(ctx, 'eav_attribute_option_value', ['option_id', 'store_id', 'value'], values);
  await insertRows(ctx, 'eav_attribute_option_swatch', ['option_id', 'store_id', 'type', 'value'], swatches);
  const labels: unknown[][] = [];
  for (const s of storeIds) {
    const lang = STORE_LANGUAGES[(s - 1) % STORE_LANGUAGES.length].lang;
    if (lang === 'fr') labels.push([id.get('color'), s, 'Couleur'], [id.get('size'), s, 'Taille']);
    if (lang === 'de') labels.push([id.get('color'), s, 'Farbe'], [id.get('size'), s, 'Größe']);
  }
  if (labels.length) await insertRows(ctx, 'eav_attribute_label', ['attribute_id', 'store_id', 'value'], labels);
}

/** Generated product sets copy the Default set's groups and attributes, then add their own attributes, color and size. */
async function createProductSets(ctx: SeedContext): Promise<void> {
  const S = ctx.profile.attributeSets;
  await run(ctx, 'eav_attribute_set', `INSERT INTO eav_attribute_set (attribute_set_id, entity_type_id, attribute_set_name, sort_order)
    SELECT ${FIRST_PRODUCT_SET_ID} + s.n - 1, 4, CONCAT('Attribute Set ', LPAD(s.n, 3, '0')), 0 FROM magemig_seq s WHERE s.n <= ${S}`);
  await run(ctx, 'eav_attribute_group', `INSERT INTO eav_attribute_group (attribute_set_id, attribute_group_name, sort_order, default_id, attribute_group_code, tab_group_code)
    SELECT st.attribute_set_id, g.attribute_group_name, g.sort_order, g.default_id, g.attribute_group_code, g.tab_group_code
    FROM eav_attribute_set st JOIN eav_attribute_group g ON g.attribute_set_id = 4
    WHERE st.attribute_set_id >= ${FIRST_PRODUCT_SET_ID} ORDER BY st.attribute_set_id, g.attribute_group_id`);
  await run(ctx, 'eav_entity_attribute', `INSERT INTO eav_entity_attribute (entity_type_id, attribute_set_id, attribute_group_id, attribute_id, sort_order)
    SELECT 4, ng.attribute_set_id, ng.attribute_group_id, ea.attribute_id, ea.sort_order
    FROM eav_entity_attribute ea
    JOIN eav_attribute_group og ON og.attribute_group_id = ea.attribute_group_id
    JOIN eav_attribute_group ng ON ng.attribute_group_code = og.attribute_group_code AND ng.attribute_set_id >= ${FIRST_PRODUCT_SET_ID}
    WHERE ea.attribute_set_id = 4 ORDER BY ng.attribute_set_id, ea.entity_attribute_id`);
  await run(ctx, 'eav_entity_attribute', `INSERT IGNORE INTO eav_entity_attribute (entity_type_id, attribute_set_id, attribute_group_id, attribute_id, sort_order)
    SELECT 4, g.attribute_set_id, g.attribute_group_id, a.attribute_id, 100 + a.attribute_id
    FROM eav_attribute_group g JOIN eav_attribute a ON a.entity_type_id = 4 AND a.attribute_code IN ('color', 'size')
    WHERE g.attribute_group_code = 'product-details' ORDER BY g.attribute_set_id, a.attribute_id`);
  await run(ctx, 'eav_entity_attribute', `INSERT INTO eav_entity_attribute (entity_type_id, attribute_set_id, attribute_group_id, attribute_id, sort_order)
    SELECT 4, u.attribute_set_id, g.attribute_group_id, u.attribute_id, 200 + u.attribute_id - ${FIRST_USER_ATTRIBUTE_ID}
    FROM magemig_user_attr u JOIN eav_attribute_group g ON g.attribute_set_id = u.attribute_set_id AND g.attribute_group_code = 'product-details'
    ORDER BY u.attribute_id`);
}

/** A user-defined customer attribute (loyalty tier, int select) and address attribute (delivery note, varchar). */
export const LOYALTY_TIERS = ['Bronze', 'Silver', 'Gold'];
export const LOYALTY_FIRST_OPTION = FIRST_SIZE_OPTION + SIZES.length;
export const CUSTOMER_ATTRIBUTE_IDS = { loyalty_tier: 190, delivery_note: 191 } as const;

export async function createCustomerAttributes(ctx: SeedContext): Promise<void> {
  const { loyalty_tier, delivery_note } = CUSTOMER_ATTRIBUTE_IDS;
  await insertRows(ctx, 'eav_attribute', ['attribute_id', 'entity_type_id', 'attribute_code', 'backend_type', 'frontend_input', 'frontend_label', 'source_model', 'is_user_defined', 'is_required'], [
    [loyalty_tier, 1, 'loyalty_tier', 'int', 'select', 'Loyalty Tier', 'Magento\\Eav\\Model\\Entity\\Attribute\\Source\\Table', 1, 0],
    [delivery_note, 2, 'delivery_note', 'varchar', 'text', 'Delivery Note', null, 1, 0],
  ]);
  await insertRows(ctx, 'customer_eav_attribute', ['attribute_id', 'is_visible', 'input_filter', 'multiline_count', 'validate_rules', 'is_system', 'sort_order', 'is_used_in_grid', 'is_visible_in_grid', 'is_filterable_in_grid'], [
    [loyalty_tier, 1, null, 1, '[]', 0, 200, 1, 1, 1],
    [delivery_note, 1, 'trim', 1, '{"max_text_length":255}', 0, 200, 0, 0, 0],
  ]);
  await insertRows(ctx, 'eav_entity_attribute', ['entity_type_id', 'attribute_set_id', 'attribute_group_id', 'attribute_id', 'sort_order'], [
    [1, 1, 1, loyalty_tier, 200],
    [2, 2, 2, delivery_note, 200],
  ]);
  await insertRows(ctx, 'eav_attribute_option', ['option_id', 'attribute_id', 'sort_order'], LOYALTY_TIERS.map((_, i) => [LOYALTY_FIRST_OPTION + i, loyalty_tier, i]));
  await insertRows(ctx, 'eav_attribute_option_value', ['option_id', 'store_id', 'value'], LOYALTY_TIERS.map((t, i) => [LOYALTY_FIRST_OPTION + i, 0, t]));
}
