/**
 * Magento's serialized columns (sales_order_payment.additional_information, sales_order_item.product_options,
 * sales_payment_transaction.additional_information): JSON since 2.2 (Magento\Framework\Serialize\Serializer\Json,
 * converted by the 2.2 upgrade's SerializedToJson), PHP serialize() before it and wherever that upgrade
 * skipped a row. Read JSON first, then PHP (php-serialize, not a hand-written parser).
 *
 * JSON text is passed through as text (Postgres parses it into jsonb): parsing it here would cost a parse and
 * a stringify per row for nothing. It is parsed only when card data must be taken out of it.
 */
import { isSerialized, unserialize } from 'php-serialize';

export type Decoded = { value: string | object | null; format: 'json' | 'php' | 'text' | null; error?: string };

const PHP_START = /^(?:[aOsidbC]:|N;)/;

export function decodeSerialized(raw: string | Buffer | null | undefined): Decoded {
  if (raw === null || raw === undefined) return { value: null, format: null };
  const text = typeof raw === 'string' ? raw : raw.toString('utf8');
  const t = text.trimStart();
  if (t === '') return { value: null, format: null };
  const c = t.charCodeAt(0);
  // '{' or '[': JSON (Magento writes objects and lists only). One that does not end as it began was cut
  // (2.1's text columns hold 64 KB): kept as text rather than refused by Postgres with its row.
  if (c === 123 || c === 91) {
    const last = t.trimEnd().charCodeAt(t.trimEnd().length - 1);
    if (last === c + 2) return { value: text, format: 'json' };
    return { value: { text }, format: 'text', error: 'truncated JSON' };
  }
  if (PHP_START.test(t) && isSerialized(t)) {
    try {
      return { value: toPlain(unserialize(t, {}, { strict: false })), format: 'php' };
    } catch (err) {
      return { value: { text }, format: 'text', error: (err as Error).message };
    }
  }
  // Anything else (a bare scalar, free text): kept as a JSON string so nothing is lost.
  return { value: JSON.stringify(text), format: 'text' };
}

/** PHP objects unserialized without their class become plain objects; keep only JSON-able values. */
function toPlain(v: unknown): object {
  const out = JSON.parse(JSON.stringify(v ?? null));
  return out !== null && typeof out === 'object' ? out : { value: out };
}

/**
 * Keys of payment information that hold card data beyond type and last four (card number, CID/CVV, expiry,
 * owner, Maestro/Solo start and issue): never copied. Magento itself keeps such keys only in old or
 * third-party gateways' rows, but a migration must not carry them on.
 */
const CARD_KEY = /^(?:cc_(?:number|number_enc|cid|cvv|exp_month|exp_year|owner|ss_issue|ss_start_month|ss_start_year)|card_?number|cvv2?|cvc)$/i;
const CARD_HINT = /cc_(?:number|cid|cvv|exp|owner|ss_)|card_?number|cvv|cvc/i;

/** additional_information without card keys, and how many keys were left out. */
export function paymentInformation(raw: string | Buffer | null | undefined): { value: string | object | null; removed: number; decoded: Decoded } {
  const decoded = decodeSerialized(raw);
  if (decoded.value === null) return { value: null, removed: 0, decoded };
  const text = typeof decoded.value === 'string' ? decoded.value : null;
  if (text !== null && !CARD_HINT.test(text)) return { value: decoded.value, removed: 0, decoded };
  let obj: unknown;
  try {
    obj = text !== null ? JSON.parse(text) : decoded.value;
  } catch {
    return { value: { text: '(not valid JSON: left out)' }, removed: 1, decoded };
  }
  const counter = { removed: 0 };
  return { value: stripCardKeys(obj, counter) as object, removed: counter.removed, decoded };
}

function stripCardKeys(v: unknown, counter: { removed: number }): unknown {
  if (Array.isArray(v)) return v.map((x) => stripCardKeys(x, counter));
  if (v === null || typeof v !== 'object') return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) {
    if (CARD_KEY.test(k)) {
      if (x !== null && x !== '') counter.removed++;
      continue;
    }
    out[k] = stripCardKeys(x, counter);
  }
  return out;
}
