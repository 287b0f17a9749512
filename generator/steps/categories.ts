import { writeValues } from '../eav-values.ts';
import { BASE_DATE, insertRows, rnd, run, type SeedContext } from '../session.ts';
import { VERSION_PATTERNS, rndTs, versionPatternTs, versionSuffixSql } from '../versions.ts';

const WORDS = ['Men', 'Women', 'Kids', 'Gear', 'Bags', 'Shoes', 'Tops', 'Bottoms', 'Jackets', 'Sale', 'New', 'Outdoor',
  'Fitness', 'Yoga', 'Running', 'Home', 'Kitchen', 'Garden', 'Office', 'Travel'];

interface Category {
  id: number;
  parent: number;
  path: string;
  level: number;
  position: number;
  children: number;
  name: string;
  urlKey: string;
  urlPath: string;
}

/**
 * The tree: 1 "Root Catalog" (level 0), 2 "Default Category" (level 1, every store group's root), then the profile's
 * categories under it: a few top-level ones, the rest in a breadth-first tree with about five children each.
 */
export function categoryTree(count: number, seed: number): Category[] {
  const top = Math.min(count, 3 + Math.floor(count / 400));
  const cats: Category[] = [
    { id: 1, parent: 0, path: '1', level: 0, position: 0, children: 0, name: 'Root Catalog', urlKey: 'root-catalog', urlPath: '' },
    { id: 2, parent: 1, path: '1/2', level: 1, position: 1, children: 0, name: 'Default Category', urlKey: 'default-category', urlPath: '' },
  ];
  const byId = new Map(cats.map((c) => [c.id, c]));
  const siblings = new Map<number, number>();
  for (let k = 1; k <= count; k++) {
    const id = k + 2;
    const parentId = k <= top ? 2 : Math.floor((k - top - 1) / 5) + 3;
    const parent = byId.get(parentId)!;
    const position = (siblings.get(parentId) ?? 0) + 1;
    siblings.set(parentId, position);
    const word = WORDS[rndTs(seed, 'catname', [id], WORDS.length)];
    const name = `${word} ${id}`;
    const urlKey = `${word.toLowerCase()}-${id}`;
    const c: Category = {
      id, parent: parentId, path: `${parent.path}/${id}`, level: parent.level + 1, position, children: 0, name, urlKey,
      urlPath: parent.level >= 2 ? `${parent.urlPath}/${urlKey}` : urlKey,
    };
    cats.push(c);
    byId.set(id, c);
  }
  // children_count is the number of all descendants in Magento, not only direct children.
  for (const c of cats) for (const anc of c.path.split('/').slice(0, -1)) byId.get(Number(anc))!.children++;
  return cats;
}

export async function createCategories(ctx: SeedContext): Promise<void> {
  const cats = categoryTree(ctx.profile.categories, ctx.seed);
  await ctx.conn.query(`CREATE TABLE magemig_category (entity_id INT UNSIGNED PRIMARY KEY, name VARCHAR(255), url_key VARCHAR(255),
    url_path VARCHAR(255), level INT) ENGINE=InnoDB`);
  await insertRows(ctx, 'magemig_category', ['entity_id', 'name', 'url_key', 'url_path', 'level'], cats.map((c) => [c.id, c.name, c.urlKey, c.urlPath, c.level]));
  const created = (c: Category) => `${BASE_DATE.slice(0, 10)} ${String(c.id % 24).padStart(2, '0')}:00:00`;
  const rows: unknown[][] = [];
  let rowId = 0;
  for (const c of cats) {
    const base = [c.id, 3, c.parent, created(c), created(c), c.path, c.position, c.level, c.children];
    if (!ctx.commerce) rows.push(base);
    else {
      // The two roots stay single-versioned; other categories get staged versions now and then.
      const pattern = c.id <= 2 ? 0 : versionPatternTs(ctx.seed, 'catver', c.id);
      for (const [from, to] of VERSION_PATTERNS[pattern]) rows.push([...base, ++rowId, from, to]);
    }
  }
  const columns = ['entity_id', 'attribute_set_id', 'parent_id', 'created_at', 'updated_at', 'path', 'position', 'level', 'children_count'];
  if (ctx.commerce) {
    await insertRows(ctx, 'sequence_catalog_category', ['sequence_value'], cats.map((c) => [c.id]));
    columns.push('row_id', 'created_in', 'updated_in');
  }
  await insertRows(ctx, 'catalog_category_entity', columns, rows);

  const m = 'JOIN magemig_category m ON m.entity_id = p.entity_id';
  const ver = versionSuffixSql(ctx);
  const notRoot = 'p.entity_id > 1';
  // Store rows only for categories under the tree (the root catalog has none in Magento).
  const storeJoin = 'JOIN store st ON st.store_id > 0 AND p.entity_id > 2';
  await writeValues(ctx, { prefix: 'catalog_category', entityTypeId: 3, join: m, storeJoin }, [
    {
      code: 'name', table: 'varchar', value: `CONCAT(m.name, ${ver})`,
      store: { share: 400, value: "CONCAT(m.name, ' [', st.code, ']')" },
    },
    { code: 'url_key', table: 'varchar', where: notRoot, value: 'm.url_key', store: { share: 200, value: "CONCAT(m.url_key, '-', st.code)" } },
    { code: 'url_path', table: 'varchar', where: 'p.entity_id > 2', value: 'm.url_path' },
    { code: 'display_mode', table: 'varchar', where: notRoot, value: "'PRODUCTS'" },
    { code: 'is_active', table: 'int', value: `IF(${rnd(ctx, 'catactive', 'p.entity_id', 20)} = 0, 0, 1)`, store: { share: 50, value: '0' } },
    { code: 'include_in_menu', table: 'int', value: '1' },
    { code: 'is_anchor', table: 'int', value: "IF(m.level <= 2, 1, 0)" },
    {
      code: 'description', table: 'text', where: 'p.entity_id > 2', share: 500, value: "CONCAT('<p>All about ', m.name, '.</p>')",
      store: { share: 150, value: "CONCAT('<p>', m.name, ' [', st.code, ']</p>')", nullShare: 100 },
    },
    { code: 'meta_title', table: 'varchar', where: 'p.entity_id > 2', share: 300, value: "CONCAT(m.name, ' | Shop')" },
  ]);
}
