/** `npm run schemas`: (re)writes schemas/*.schema.json from the zod schemas (schemas/published.ts). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemaOf, PUBLISHED } from './published.ts';

for (const entry of PUBLISHED) {
  writeFileSync(join(import.meta.dirname, entry.file), jsonSchemaOf(entry));
  process.stdout.write(`schemas/${entry.file}\n`);
}
