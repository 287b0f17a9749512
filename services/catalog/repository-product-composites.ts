/**
 * What a product owns beyond attributes, as one store view shows it (titles: the store's own from
 * product_store_title, else the default): configurable super attributes, bundle options with their
 * selections, grouped items, downloadable links and samples, custom options. Each key is present only when
 * the product has such parts, so a plain simple product keeps the ten keys.
 */
import type { Queryable, StoreView } from './repository.ts';

export interface CompositeParts {
  configurable_attributes: Array<{ code: string; label: string | null; position: number }>;
  bundle_options: Array<{ id: string; title: string | null; type: string | null; required: boolean; position: number; selections: Array<{ sku: string; position: number; qty: string | null; is_default: boolean; can_change_qty: boolean }> }>;
  grouped_items: Array<{ sku: string; position: number | null; qty: string | null }>;
  downloadable: { links: Array<Record<string, unknown>>; samples: Array<Record<string, unknown>> };
  custom_options: Array<Record<string, unknown> & { values: Array<Record<string, unknown>> }>;
}

/** COALESCE(store title, default title) for a table whose rows product_store_title can retitle. */
const titled = (alias: string, column = 'title') =>
  `COALESCE((SELECT t.title FROM product_store_title t WHERE t.ref_id = ${alias}.id AND t.store_id = $2), ${alias}.${column})`;

async function configurableAttributes(db: Queryable, productId: string, store: StoreView): Promise<CompositeParts['configurable_attributes']> {
  const { rows } = await db.query(
    `SELECT sa.attribute_code AS code,
            COALESCE(${titled('sa', 'label')}, (SELECT l.label FROM attribute_label l WHERE l.attribute_id = a.id AND l.store_id = $2), a.label) AS label,
            sa.position
       FROM product_super_attribute sa LEFT JOIN attribute a ON a.id = sa.attribute_id
      WHERE sa.product_id = $1 ORDER BY sa.position, sa.magento_id`,
    [productId, store.id],
  );
  return rows;
}

async function bundleOptions(db: Queryable, productId: string, store: StoreView): Promise<CompositeParts['bundle_options']> {
  const { rows: options } = await db.query(
    `SELECT o.id, ${titled('o')} AS title, o.type, o.required, o.position
       FROM product_bundle_option o WHERE o.product_id = $1 ORDER BY o.position, o.magento_id`,
    [productId, store.id],
  );
  if (options.length === 0) return [];
  const { rows: selections } = await db.query(
    `SELECT s.option_id, p.sku, s.position, s.qty::text AS qty, s.is_default, s.can_change_qty
       FROM product_bundle_selection s JOIN product p ON p.id = s.child_id
      WHERE s.parent_id = $1 ORDER BY s.position, s.magento_id`,
    [productId],
  );
  return options.map((o) => ({
    ...o,
    selections: selections.filter((s) => s.option_id === o.id).map(({ option_id: _, ...s }) => s),
  }));
}

async function groupedItems(db: Queryable, productId: string): Promise<CompositeParts['grouped_items']> {
  const { rows } = await db.query(
    `SELECT p.sku, g.position, g.qty::text AS qty FROM product_grouped_item g JOIN product p ON p.id = g.child_id
      WHERE g.parent_id = $1 ORDER BY g.position NULLS LAST, p.sku`,
    [productId],
  );
  return rows;
}

async function downloadable(db: Queryable, productId: string, store: StoreView): Promise<CompositeParts['downloadable']> {
  const [links, samples] = await Promise.all([
    db.query(
      `SELECT l.id, ${titled('l')} AS title, l.sort_order, l.number_of_downloads, l.is_shareable, l.link_type, l.link_url, l.link_file,
              l.sample_type, l.sample_url, l.sample_file
         FROM product_downloadable_link l WHERE l.product_id = $1 ORDER BY l.sort_order, l.magento_id`,
      [productId, store.id],
    ),
    db.query(
      `SELECT s.id, ${titled('s')} AS title, s.sort_order, s.sample_type, s.sample_url, s.sample_file
         FROM product_downloadable_sample s WHERE s.product_id = $1 ORDER BY s.sort_order, s.magento_id`,
      [productId, store.id],
    ),
  ]);
  return { links: links.rows, samples: samples.rows };
}

async function customOptions(db: Queryable, productId: string, store: StoreView): Promise<CompositeParts['custom_options']> {
  const { rows: options } = await db.query(
    `SELECT o.id, ${titled('o')} AS title, o.type, o.is_required, o.sku, o.max_characters, o.file_extension,
            o.image_size_x, o.image_size_y, o.sort_order
       FROM product_option o WHERE o.product_id = $1 ORDER BY o.sort_order, o.magento_id`,
    [productId, store.id],
  );
  if (options.length === 0) return [];
  const { rows: values } = await db.query(
    `SELECT v.option_id, v.id, ${titled('v')} AS title, v.sku, v.sort_order
       FROM product_option_value v WHERE v.product_id = $1 ORDER BY v.sort_order, v.magento_id`,
    [productId, store.id],
  );
  return options.map((o) => ({ ...o, values: values.filter((v) => v.option_id === o.id).map(({ option_id: _, ...v }) => v) }));
}

export async function compositeParts(db: Queryable, productId: string, type: string, store: StoreView): Promise<Partial<CompositeParts>> {
  const out: Partial<CompositeParts> = {};
  const [custom, typed] = await Promise.all([
    customOptions(db, productId, store),
    type === 'configurable' ? configurableAttributes(db, productId, store)
      : type === 'bundle' ? bundleOptions(db, productId, store)
        : type === 'grouped' ? groupedItems(db, productId)
          : type === 'downloadable' ? downloadable(db, productId, store)
            : Promise.resolve(null),
  ]);
  if (type === 'configurable') out.configurable_attributes = typed as CompositeParts['configurable_attributes'];
  if (type === 'bundle') out.bundle_options = typed as CompositeParts['bundle_options'];
  if (type === 'grouped') out.grouped_items = typed as CompositeParts['grouped_items'];
  if (type === 'downloadable') out.downloadable = typed as CompositeParts['downloadable'];
  if (custom.length) out.custom_options = custom;
  return out;
}
