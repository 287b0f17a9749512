import { createPrivateKey } from 'node:crypto';
import type { Command } from 'commander';
import { MagemigError } from '../../core/errors.ts';
import { signToken, STAFF_ROLES } from '../../services/kit/index.ts';

interface TokenFlags {
  staff?: boolean;
  customer?: string;
  user?: string;
  roles?: string;
  ttl: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A short-lived bearer token for the services, signed with MAGEMIG_AUTH_PRIVATE_KEY (PEM); only the token on stdout. */
export function registerToken(program: Command): void {
  program
    .command('token')
    .description('Sign a short-lived bearer token for the services (key: MAGEMIG_AUTH_PRIVATE_KEY, a PEM private key)')
    .option('--staff', 'a staff token (its roles decide what it may read)')
    .option('--user <uuid>', "the staff user's UUID (default: the nil UUID)")
    .option('--roles <roles>', `comma-separated staff roles (${STAFF_ROLES.join(', ')})`, 'admin')
    .option('--customer <uuid>', "a customer's token: it reads that customer's own records only")
    .option('--ttl <duration>', 'lifetime, e.g. 15m, 1h', '15m')
    .action(async (f: TokenFlags) => {
      if (Boolean(f.staff) === Boolean(f.customer)) throw new MagemigError('USAGE', 'give exactly one of --staff and --customer <uuid>');
      const id = f.customer ?? f.user ?? '00000000-0000-0000-0000-000000000000';
      if (!UUID.test(id)) throw new MagemigError('USAGE', `${f.customer ? '--customer' : '--user'} must be a UUID, got ${JSON.stringify(id)}`);
      if (!/^\d+[smhd]$/.test(f.ttl)) throw new MagemigError('USAGE', `--ttl must read like 15m or 1h, got ${JSON.stringify(f.ttl)}`);
      const pem = process.env.MAGEMIG_AUTH_PRIVATE_KEY;
      if (!pem) throw new MagemigError('USAGE', 'MAGEMIG_AUTH_PRIVATE_KEY (a PEM private key) is not set');
      let key;
      try {
        key = createPrivateKey(pem.replace(/\\n/g, '\n'));
      } catch (err) {
        throw new MagemigError('USAGE', `MAGEMIG_AUTH_PRIVATE_KEY is not a PEM private key (${(err as Error).message})`);
      }
      const roles = (f.roles ?? '').split(',').map((r) => r.trim()).filter(Boolean);
      const token = await signToken(key, { kind: f.staff ? 'staff' : 'customer', id, roles }, f.ttl);
      process.stdout.write(`${token}\n`);
    });
}
