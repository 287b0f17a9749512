import { openRunSource } from './pipeline/source-context.ts';
import { urlRewritesEntity } from './pipeline/content/url-rewrites.ts';
const src = await openRunSource('mysql://root@127.0.0.1:3306/content_medium', { batchSize: 5000, nullPolicy: 'explicit', dryRun: true });
let t = performance.now(); let n = 0;
for await (const b of urlRewritesEntity.batches(src, null)) { n += b.sourceRows; }
console.log('read+map', n, Math.round(performance.now() - t), 'ms');
await src.close();
