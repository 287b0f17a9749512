/**
 * The JSON Schemas magemig publishes for its machine-readable documents, generated from the zod schemas that
 * describe them in code (so the two cannot drift: test/architecture/schemas.test.ts compares). A document
 * names its schema by `kind` and `formatVersion`.
 */
import { z } from 'zod';
import { inspectReportSchema } from '../extractors/inspect/report.ts';
import { REPORT_FORMAT_VERSION, runReportSchema } from '../pipeline/report.ts';
import { VERIFY_FORMAT_VERSION, verifyReportSchema } from '../verify/types.ts';

export const PUBLISHED: Array<{ file: string; title: string; schema: z.ZodType }> = [
  { file: `migrate-report.v${REPORT_FORMAT_VERSION}.schema.json`, title: 'magemig migrate report', schema: runReportSchema },
  { file: `verify-report.v${VERIFY_FORMAT_VERSION}.schema.json`, title: 'magemig verify report', schema: verifyReportSchema },
  { file: 'inspect-report.v1.schema.json', title: 'magemig inspect report', schema: inspectReportSchema },
];

export function jsonSchemaOf(entry: (typeof PUBLISHED)[number]): string {
  const schema = z.toJSONSchema(entry.schema, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  return `${JSON.stringify({ $id: `https://magemig.dev/schemas/${entry.file}`, title: entry.title, ...schema }, null, 2)}\n`;
}
