/**
 * What a Magento e-mail or newsletter template reads, from its text (pure). Directives are Magento's
 * (Magento\Framework\Filter\Template::CONSTRUCTION_PATTERN '/{{([a-z]{0,10})(.*?)}}/si' and the directives
 * of Magento\Email\Model\Template\Filter): each {{name ...}} is a directive; {{/name}} closes a block.
 *  - variables: the expressions it reads from the data Magento passes:
 *      {{var order.increment_id|raw}}              -> order.increment_id (modifiers after | dropped)
 *      {{if order_data.is_not_virtual}}, {{depend customer.confirmation}}  -> their expression
 *      {{for item in order.getAllVisibleItems()}}  -> order.getAllVisibleItems() (and item.* inside is the loop's)
 *      any $name.path argument (trans, layout, block, var's own arguments)  -> name.path
 *  - directives: the directive names used (var, trans, template, layout, ...);
 *  - config_paths: {{template config_path="..."}} and {{config path="..."}};
 *  - custom_variables: {{customvar code="..."}} (Magento\Variable).
 */

export interface TemplateReads {
  variables: string[];
  directives: string[];
  config_paths: string[];
  custom_variables: string[];
}

const DIRECTIVE = /{{([a-z]{0,10})(.*?)}}/gis;
const DOLLAR = /\$([A-Za-z_]\w*(?:\.[A-Za-z_]\w*(?:\([^()]*\))?)*)/g;
const PARAM = (name: string): RegExp => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|(\\S+))`, 'i');

/** The expression of var/if/depend without its modifiers (`|raw`, `|escape:...`), outside quotes. */
function expression(body: string): string {
  let quote: string | null = null;
  let depth = 0;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (ch === '|' && depth === 0) return body.slice(0, i).trim();
  }
  return body.trim();
}

export function templateReads(text: string | null | undefined, subject?: string | null): TemplateReads {
  const variables = new Set<string>();
  const directives = new Set<string>();
  const configPaths = new Set<string>();
  const customVariables = new Set<string>();
  const loopVars = new Set<string>();
  const source = `${subject ?? ''}\n${text ?? ''}`;
  const add = (v: string): void => {
    const root = v.split(/[.(]/)[0];
    if (v !== '' && !loopVars.has(root)) variables.add(v);
  };
  for (const m of source.matchAll(DIRECTIVE)) {
    const name = m[1].toLowerCase();
    const body = m[2];
    if (name === '' && body.startsWith('/')) continue; // {{/if}}: the end of a block
    if (name === '') continue;
    directives.add(name);
    const rest = body.trim();
    if (name === 'var' || name === 'if' || name === 'depend') add(expression(rest).replace(/^\$/, ''));
    if (name === 'for') {
      const f = /^([A-Za-z_]\w*)\s+in\s+(.+)$/s.exec(rest);
      if (f) {
        add(f[2].trim().replace(/^\$/, ''));
        loopVars.add(f[1]);
      }
    }
    if (name !== 'var' && name !== 'if' && name !== 'depend' && name !== 'for') for (const d of rest.matchAll(DOLLAR)) add(d[1]);
    else for (const d of expression(rest).matchAll(DOLLAR)) if (d.index! > 0) add(d[1]);
    const param = (p: string): string | undefined => {
      const x = PARAM(p).exec(rest);
      return x ? (x[1] ?? x[2] ?? x[3]) : undefined;
    };
    if (name === 'template') {
      const path = param('config_path');
      if (path) configPaths.add(path);
    }
    if (name === 'config') {
      const path = param('path');
      if (path) configPaths.add(path);
    }
    if (name === 'customvar') {
      const code = param('code');
      if (code) customVariables.add(code);
    }
  }
  const sorted = (s: Set<string>): string[] => [...s].sort();
  return { variables: sorted(variables), directives: sorted(directives), config_paths: sorted(configPaths), custom_variables: sorted(customVariables) };
}
