import { MagemigError } from './errors.ts';

export interface ConnectionUrl {
  protocol: 'mysql' | 'postgres';
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
}

/** Parses mysql://user:pass@host:port/db or postgres://user@host:port[/db]; never echoes the password. */
export function parseConnectionUrl(raw: string, expect: 'mysql' | 'postgres'): ConnectionUrl {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new MagemigError('BAD_URL', `not a connection URL: ${redactUrl(raw)}`);
  }
  const scheme = url.protocol.replace(/:$/, '');
  const protocol = scheme === 'mysql' || scheme === 'mariadb' ? 'mysql' : scheme === 'postgres' || scheme === 'postgresql' ? 'postgres' : null;
  if (protocol !== expect) {
    const want = expect === 'mysql' ? 'mysql://USER:PASS@HOST:PORT/DB' : 'postgres://USER@HOST:PORT';
    throw new MagemigError('BAD_URL', `expected ${want}, got a ${scheme}: URL (${redactUrl(raw)})`);
  }
  return {
    protocol,
    host: url.hostname || '127.0.0.1',
    port: url.port ? Number(url.port) : protocol === 'mysql' ? 3306 : 5432,
    user: decodePart(url.username, 'user name') || (protocol === 'mysql' ? 'root' : 'postgres'),
    password: decodePart(url.password, 'password'),
    database: decodePart(url.pathname.replace(/^\//, ''), 'database name'),
  };
}

function decodePart(part: string, what: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    // Never echo the part itself: it may be the password.
    throw new MagemigError('BAD_URL', `the ${what} in the connection URL has a malformed %-escape (percent-encode '%' as %25)`);
  }
}

/** user@host:port/db, with the password replaced: safe for logs, reports and errors. */
export function redactUrl(raw: string): string {
  // Text, not URL parsing: an unencoded '@', '/' or '#' in a password makes a URL parse "successfully" with
  // part of the password as host or path. Everything between the user and the LAST '@' is hidden.
  return raw.replace(/\/\/([^:@/]*):.*@/, '//$1:***@');
}

export function describeConnection(c: ConnectionUrl): string {
  return `${c.user}@${c.host}:${c.port}${c.database ? `/${c.database}` : ''}`;
}

/** Rebuilds a URL for another database on the same server (used for per-service target databases). */
export function withDatabase(c: ConnectionUrl, database: string): ConnectionUrl {
  return { ...c, database };
}
