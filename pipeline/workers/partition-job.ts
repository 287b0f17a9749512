/**
 * One partition of one entity, as a job: what a worker needs to load it (no secret: the source URL comes from
 * the worker's own environment), and the work itself, the same entity runner a single process uses, on the
 * partition's key range and checkpoint.
 */
import type { NullPolicy } from '../../core/batch.ts';
import type { ConnectionUrl } from '../../core/connection-url.ts';
import { MagemigError } from '../../core/errors.ts';
import type { PipelineEmitter } from '../../core/events.ts';
import type { Partition } from '../../loaders/partitions.ts';
import { DEFAULT_RETRY } from '../../loaders/retry.ts';
import { ServiceTarget } from '../../loaders/service-target.ts';
import { runEntity } from '../entity-runner.ts';
import { CONTEXTS } from '../registry.ts';
import { emptyEntityReport } from '../report.ts';
import { openRunSource, type RunSource } from '../source-context.ts';
import type { ContextMigration } from '../types.ts';

export interface PartitionJob {
  runId: string;
  dbPrefix: string;
  context: string;
  entity: string;
  partition: Partition;
  settings: { batchSize: number; nullPolicy: NullPolicy; stagingVersion: number };
  sampleLimit: number;
}

export interface WorkerEnv {
  /** The Magento source (from the worker's --source or MAGEMIG_SOURCE: never carried by the job). */
  source: string;
  server: ConnectionUrl;
  events: PipelineEmitter;
  /** Contexts the worker knows (default: the registry's). */
  contexts?: readonly ContextMigration[];
  /** Who loaded a partition, in its checkpoint's run_id: "<run id>/<worker>". */
  workerName: string;
  /**
   * Sources kept open between jobs of the same run and settings: their lookups (attributes, store tree, SKU
   * verdicts) are read once per worker, not once per partition. The worker closes them when it leaves.
   */
  sources?: Map<string, Promise<RunSource>>;
}

export async function runPartitionJob(job: PartitionJob, env: WorkerEnv): Promise<{ loaded: number; rejected: number }> {
  const context = (env.contexts ?? CONTEXTS).find((c) => c.name === job.context);
  const entity = context?.entities.find((e) => e.entity === job.entity);
  if (!context || !entity) throw new MagemigError('UNKNOWN_ENTITY', `this worker does not know ${job.context}/${job.entity} (another magemig version?)`);
  const key = `${job.runId}|${job.context}|${JSON.stringify(job.settings)}`;
  const open = (): Promise<RunSource> =>
    openRunSource(env.source, { batchSize: job.settings.batchSize, nullPolicy: job.settings.nullPolicy, dryRun: false, stagingVersion: job.settings.stagingVersion });
  let pending = env.sources?.get(key);
  if (!pending) {
    pending = open();
    env.sources?.set(key, pending);
    pending.catch(() => env.sources?.delete(key));
  }
  const src = await pending;
  const target = new ServiceTarget(env.server, job.dbPrefix, job.context);
  try {
    await target.attach(`${job.entity}:${job.partition.name}`);
    const report = await runEntity(
      { entity, partition: job.partition, src, target, runId: `${job.runId}/${env.workerName}`, events: env.events, sampleLimit: job.sampleLimit, retry: DEFAULT_RETRY },
      emptyEntityReport(job.context, job.entity),
    );
    return { loaded: report.loaded, rejected: report.rejected };
  } finally {
    await target.close();
    if (!env.sources) await src.close();
  }
}
