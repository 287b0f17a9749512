/**
 * CMS pages and blocks onto the content service's rows: content exactly as stored (widget directives and
 * page-builder markup untouched), active flags, layouts, meta data, and the store views of each (store 0:
 * all store views). Pure.
 *
 * Rejects: NO_IDENTIFIER (Magento routes and loads by identifier: a page without one cannot be shown),
 * NUL_BYTE (Postgres text cannot hold it); value-level ZERO_DATE and INVALID_UTF8.
 */
import type { Mapped, Reject } from '../../core/batch.ts';
import { entityUuid } from '../../core/ids.ts';
import { contentContract as c } from '../../services/content/index.ts';
import type { SourceCmsBlock, SourceCmsPage, SourceStoreLink } from '../../sql/source/content/index.ts';
import { bool, dateValue, intOrNull, invalidUtf8Rejects, nulColumn } from '../values.ts';

const PAGE_TEXT = ['identifier', 'title', 'meta_title', 'meta_keywords', 'meta_description', 'content_heading', 'content', 'layout_update_xml', 'custom_layout_update_xml'];
const BLOCK_TEXT = ['identifier', 'title', 'content'];

function storesByKey(links: readonly SourceStoreLink[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const l of links) {
    const k = Number(l.k);
    let list = out.get(k);
    if (!list) out.set(k, (list = []));
    list.push(Number(l.store_id));
  }
  return out;
}

/** Checks shared by pages and blocks: a reject of the whole row, or null. */
function rowReject(row: Record<string, unknown>, text: readonly string[], key: string): Reject | null {
  if (typeof row.identifier !== 'string' || row.identifier.trim() === '') return { sourceKey: key, reason: 'NO_IDENTIFIER' };
  const nul = nulColumn(row, text);
  if (nul) return { sourceKey: key, reason: 'NUL_BYTE', detail: `column ${nul}` };
  return null;
}

export function mapCmsPages(rows: readonly SourceCmsPage[], links: readonly SourceStoreLink[]): Mapped {
  const stores = storesByKey(links);
  const pages: unknown[][] = [];
  const pageStores: unknown[][] = [];
  const rejects: Reject[] = [];
  const stats: Record<string, number> = {};
  for (const p of rows) {
    const key = `page_id=${p.page_id}`;
    const bad = rowReject(p as unknown as Record<string, unknown>, PAGE_TEXT, key);
    if (bad) {
      rejects.push(bad);
      continue;
    }
    invalidUtf8Rejects(p as unknown as Record<string, unknown>, PAGE_TEXT, key, rejects);
    const id = entityUuid('cms_page', p.page_id);
    pages.push([
      id, Number(p.page_id), intOrNull(p.row_id), intOrNull(p.created_in), intOrNull(p.updated_in), p.identifier, p.title, p.page_layout, p.meta_title,
      p.meta_keywords, p.meta_description, p.content_heading, p.content, bool(p.is_active), Number(p.sort_order ?? 0), p.layout_update_xml, p.custom_theme,
      p.custom_root_template, p.custom_layout_update_xml, p.layout_update_selected,
      dateValue('date', p.custom_theme_from, key, 'custom_theme_from', rejects), dateValue('date', p.custom_theme_to, key, 'custom_theme_to', rejects),
      dateValue('timestamp', p.creation_time, key, 'creation_time', rejects), dateValue('timestamp', p.update_time, key, 'update_time', rejects),
    ]);
    const own = stores.get(Number(p.k)) ?? [];
    // A page on no store view is shown nowhere (Magento's own admin refuses to save one); kept, and counted.
    if (own.length === 0) stats['cms.pages_without_store'] = (stats['cms.pages_without_store'] ?? 0) + 1;
    for (const s of own) pageStores.push([id, s]);
  }
  return {
    loadedRows: pages.length,
    tables: { [c.cms_page.table]: { columns: c.cms_page.columns, rows: pages }, [c.cms_page_store.table]: { columns: c.cms_page_store.columns, rows: pageStores } },
    rejects,
    stats,
    ids: pages.map((r) => ['cms_page', r[1] as number, r[0] as string]),
  };
}

export function mapCmsBlocks(rows: readonly SourceCmsBlock[], links: readonly SourceStoreLink[]): Mapped {
  const stores = storesByKey(links);
  const blocks: unknown[][] = [];
  const blockStores: unknown[][] = [];
  const rejects: Reject[] = [];
  const stats: Record<string, number> = {};
  for (const b of rows) {
    const key = `block_id=${b.block_id}`;
    const bad = rowReject(b as unknown as Record<string, unknown>, BLOCK_TEXT, key);
    if (bad) {
      rejects.push(bad);
      continue;
    }
    invalidUtf8Rejects(b as unknown as Record<string, unknown>, BLOCK_TEXT, key, rejects);
    const id = entityUuid('cms_block', b.block_id);
    blocks.push([
      id, Number(b.block_id), intOrNull(b.row_id), intOrNull(b.created_in), intOrNull(b.updated_in), b.identifier, b.title, b.content, bool(b.is_active),
      dateValue('timestamp', b.creation_time, key, 'creation_time', rejects), dateValue('timestamp', b.update_time, key, 'update_time', rejects),
    ]);
    const own = stores.get(Number(b.k)) ?? [];
    if (own.length === 0) stats['cms.blocks_without_store'] = (stats['cms.blocks_without_store'] ?? 0) + 1;
    for (const s of own) blockStores.push([id, s]);
  }
  return {
    loadedRows: blocks.length,
    tables: { [c.cms_block.table]: { columns: c.cms_block.columns, rows: blocks }, [c.cms_block_store.table]: { columns: c.cms_block_store.columns, rows: blockStores } },
    rejects,
    stats,
    ids: blocks.map((r) => ['cms_block', r[1] as number, r[0] as string]),
  };
}
