/**
 * Which customers load at all, decided the same way by the customer and the address mappings (an address
 * follows its customer): a customer needs a valid e-mail that no earlier customer (lower entity_id) has in
 * the same account sharing scope. A duplicate is a reject, never an overwrite of the first account.
 */
import type { SourceEmailCandidate } from '../../sql/source/customer/index.ts';
import { emailKey, emailProblem, emailScope } from './emails.ts';

export type CustomerVerdict = { ok: true } | { ok: false; reason: 'INVALID_EMAIL' | 'DUPLICATE_EMAIL'; detail: string };

/** entity_id -> entity_id of the customer that keeps the e-mail. */
export type Duplicates = Map<number, number>;

/** From the candidate rows (customers sharing an e-mail key in SQL's eyes), the later ones of each scope and key. */
export function buildDuplicates(candidates: readonly SourceEmailCandidate[], shareScope: 0 | 1): Duplicates {
  const first = new Map<string, number>();
  const out: Duplicates = new Map();
  const rows = [...candidates].sort((a, b) => Number(a.entity_id) - Number(b.entity_id));
  for (const r of rows) {
    if (emailProblem(r.email)) continue;
    const key = `${emailScope(shareScope, r.website_id === null ? null : Number(r.website_id))}\u0000${emailKey(r.email)}`;
    const kept = first.get(key);
    if (kept === undefined) first.set(key, Number(r.entity_id));
    else out.set(Number(r.entity_id), kept);
  }
  return out;
}

export function customerVerdict(entityId: number, email: string | null, duplicates: Duplicates): CustomerVerdict {
  const problem = emailProblem(email);
  if (problem) return { ok: false, reason: 'INVALID_EMAIL', detail: problem };
  const kept = duplicates.get(entityId);
  if (kept !== undefined) return { ok: false, reason: 'DUPLICATE_EMAIL', detail: `the e-mail belongs to entity_id=${kept} in the same account scope` };
  return { ok: true };
}
