/**
 * Newsletter and transactional e-mail templates onto the notification service as stored (pure), each with
 * what it reads (template-variables.ts). Rejects: NO_CODE (entity): a template without a code cannot be
 * chosen in any configuration; NUL_BYTE (entity): text Postgres cannot hold.
 */
import type { Mapped, Reject } from '../../core/batch.ts';
import { entityUuid } from '../../core/ids.ts';
import { notificationContract as c } from '../../services/notification/index.ts';
import type { SourceTemplate } from '../../sql/source/notification/index.ts';
import { dateValue, hasNul } from '../values.ts';
import { templateReads } from './template-variables.ts';

export function mapTemplates(kind: 'newsletter' | 'email', rows: readonly SourceTemplate[]): Mapped {
  const out: unknown[][] = [];
  const rejects: Reject[] = [];
  const stats: Record<string, number> = {};
  for (const r of rows) {
    const id = Number(r.template_id);
    const key = `template_id=${id}`;
    if (!r.template_code) {
      rejects.push({ sourceKey: key, reason: 'NO_CODE', detail: 'a template without a code' });
      continue;
    }
    if ([r.template_text, r.template_subject, r.template_styles, r.template_code].some(hasNul)) {
      rejects.push({ sourceKey: key, reason: 'NUL_BYTE', detail: 'Postgres text cannot hold NUL' });
      continue;
    }
    const reads = templateReads(r.template_text, r.template_subject);
    stats[`templates.variables`] = (stats['templates.variables'] ?? 0) + reads.variables.length;
    out.push([
      entityUuid(`${kind}_template`, id), kind, id, r.template_code, r.template_subject, r.template_text, r.template_styles, r.template_type === null ? null : Number(r.template_type),
      r.template_sender_name, r.template_sender_email, r.template_actual === undefined || r.template_actual === null ? null : Number(r.template_actual) === 1, Number(r.is_legacy ?? 0) === 1,
      r.orig_template_code ?? null, r.orig_template_variables ?? null, dateValue('timestamp', r.added_at, key, 'added_at', rejects), dateValue('timestamp', r.modified_at, key, 'modified_at', rejects),
      reads.variables, reads.directives, reads.config_paths, reads.custom_variables,
    ]);
  }
  return { loadedRows: out.length, tables: { [c.mail_template.table]: { columns: c.mail_template.columns, rows: out } }, rejects, stats, ids: out.map((r) => [`${kind}_template`, r[2] as number, r[0] as string]) };
}
