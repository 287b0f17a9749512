/**
 * The template vars and parameters of the catalog's product and category queries, per edition: {{key}} is
 * entity_id (Open Source) or row_id (Adobe Commerce, whose value and link tables join on row_id), and
 * {{raw:current*}} restricts a staged table to the version current at the run's staging version (:version).
 */
import type { Params } from '../query.ts';
import type { SourceContext } from '../source.ts';
import type { TemplateVars } from '../../sql/template.ts';

const CURRENT = (alias: string): string => `AND ${alias}.created_in <= :version AND ${alias}.updated_in > :version`;

export function isStaged(src: Pick<SourceContext, 'edition'>): boolean {
  return src.edition === 'commerce';
}

export function catalogVars(src: Pick<SourceContext, 'edition' | 'schema'>): TemplateVars {
  const staged = isStaged(src);
  return {
    schema: src.schema,
    idents: { key: staged ? 'row_id' : 'entity_id' },
    raw: {
      current: staged ? CURRENT('p') : '',
      current_q: staged ? CURRENT('q') : '',
      current_e: staged ? CURRENT('e') : '',
    },
  };
}

export function catalogParams(src: Pick<SourceContext, 'options'>): Params {
  return { version: src.options.stagingVersion };
}
