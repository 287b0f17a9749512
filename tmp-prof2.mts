import { openRunSource } from './pipeline/source-context.ts';
import { readRows } from './extractors/query.ts';
import { urlRewrites } from './sql/source/content/index.ts';
import { rewriteLookupsOf } from './pipeline/content/lookups.ts';
import { mapUrlRewrites } from './transforms/content/url-rewrites.ts';
const src = await openRunSource('mysql://root@127.0.0.1:3306/content_medium', { batchSize: 5000, nullPolicy: 'explicit', dryRun: true });
const lk = await rewriteLookupsOf(src);
const rows = await readRows(src.conn, urlRewrites, { limit: 100000 }, { raw: { after: 'TRUE' } });
for (let i = 0; i < 3; i++) { const t = performance.now(); mapUrlRewrites(rows, lk, { byPath: [], canonicals: [] }); console.log('map', Math.round(performance.now() - t)); }
const canon = rows.filter((r) => r.redirect_type === 0 && r.entity_type !== 'custom');
let t = performance.now(); mapUrlRewrites(canon, lk, { byPath: [], canonicals: [] }); console.log('canonical only', canon.length, Math.round(performance.now() - t));
const red = rows.filter((r) => !(r.redirect_type === 0 && r.entity_type !== 'custom'));
t = performance.now(); mapUrlRewrites(red, lk, { byPath: [], canonicals: [] }); console.log('redirects only', red.length, Math.round(performance.now() - t));
await src.close();
