/**
 * E-mail addresses: what a valid one is, how two are compared, and in which scope they must be unique.
 *
 * Magento validates with Magento\Framework\Validator\EmailAddress (Laminas EmailAddress with hostname checks)
 * on save; data imported around it can hold anything. magemig takes the shape every mail system agrees on:
 * one '@', a local part of 1..64 characters without whitespace, quotes or the specials ( ) , : ; < > [ \ ],
 * a domain of dot-separated labels (letters of any script, digits, '-', not at a label's ends) with at least two,
 * 254 characters in all, no NUL and no U+FFFD.
 */

const LOCAL = /^[^\s@"(),:;<>[\\\]\u0000\uFFFD]{1,64}$/u;
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;

/** Why an e-mail is not usable as an account's login, or null when it is. */
export function emailProblem(email: string | null | undefined): string | null {
  if (email === null || email === undefined || email.trim() === '') return 'no e-mail';
  const e = email.trim();
  if (e.length > 254) return 'longer than 254 characters';
  const at = e.lastIndexOf('@');
  if (at <= 0 || e.indexOf('@') !== at) return 'not one @';
  if (!LOCAL.test(e.slice(0, at)) || e.startsWith('.') || e.slice(0, at).endsWith('.') || e.includes('..')) return 'invalid local part';
  const labels = e.slice(at + 1).split('.');
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l))) return 'invalid domain';
  return null;
}

/** How e-mails compare (the service's customer.email_key; Magento's utf8_general_ci compares case-insensitively). */
export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * The scope an e-mail is unique in (Magento\Customer\Model\Config\Share): the website's id when accounts are
 * shared per website (SHARE_WEBSITE = 1; no website: -1), 0 for all when they are global (SHARE_GLOBAL = 0).
 */
export function emailScope(shareScope: 0 | 1, websiteId: number | null): number {
  return shareScope === 1 ? (websiteId ?? -1) : 0;
}

/** customer/account_share/scope as stored: '0' global, anything else (the default 1) per website. */
export function shareScopeOf(value: string | null | undefined): 0 | 1 {
  return value !== null && value !== undefined && value.trim() === '0' ? 0 : 1;
}
