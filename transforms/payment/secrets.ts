/**
 * What never leaves Magento from a payment: card data columns (counted by the source query, never read) and
 * the keys of additional_information that hold card data or gateway secrets (card number, CID/CVV, expiry,
 * owner, Maestro issue data, tokens, passwords). Pure.
 */
import { decodeSerialized } from '../order/payload.ts';

const SECRET_KEY = /^(?:cc_(?:number|number_enc|cid|cid_enc|cvv|exp_month|exp_year|owner|ss_issue|ss_start_month|ss_start_year)|card_?number|cvv2?|cvc|pan)$|token|password|secret|signature/i;

/** additional_information as JSON with its secret keys (at any depth) left out, and the keys left out. */
export function cleanInformation(raw: string | Buffer | null): { value: unknown; dropped: string[]; error?: string } {
  const decoded = decodeSerialized(raw);
  if (decoded.value === null) return { value: null, dropped: [] };
  let value: unknown = decoded.value;
  if (typeof value === 'string' && decoded.format === 'json') {
    try {
      value = JSON.parse(value);
    } catch {
      return { value: { text: '(not JSON: left out)' }, dropped: [], error: 'not JSON' };
    }
  } else if (typeof value === 'string') {
    value = JSON.parse(value);
  }
  const dropped: string[] = [];
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v === null || typeof v !== 'object') return v;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      if (SECRET_KEY.test(k)) dropped.push(k);
      else out[k] = walk(x);
    }
    return out;
  };
  return { value: walk(value), dropped, error: decoded.error };
}
