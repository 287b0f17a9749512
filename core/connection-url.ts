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
    user: decodeURIComponent(url.username) || (protocol === 'mysql' ? 'root' : 'postgres'),
    password: decodeURIComponent(url.password),
    database: decodeURIComponent(url.pathname.replace(/^\//, '')),
  };
}

/** user@host:port/db, with the password replaced: safe for logs, reports and errors. */
export function redactUrl(raw: string): string {
  try {
    const url = new URL(raw);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return raw.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');
  }
}

export function describeConnection(c: ConnectionUrl): string {
  return `${c.user}@${c.host}:${c.port}${c.database ? `/${c.database}` : ''}`;
}

/** Rebuilds a URL for another database on the same server (used for per-service target databases). */
export function withDatabase(c: ConnectionUrl, database: string): ConnectionUrl {
  return { ...c, database };
}
