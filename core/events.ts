import { EventEmitter } from 'node:events';

/**
 * Typed events the pipeline emits. Progress bars, logs and reports subscribe; the pipeline never
 * imports any of them.
 */
export interface PipelineEvents {
  'run:start': [{ service: string; dryRun: boolean }];
  'entity:start': [{ service: string; entity: string; total: number | null; resumedRows?: number }];
  'entity:progress': [{ service: string; entity: string; rows: number; rejected: number }];
  'entity:done': [{ service: string; entity: string; loaded: number; rejected: number; seconds: number }];
  /** A row that could not be loaded, with its Magento key (sent once its batch is committed). */
  'reject': [{ service: string; entity: string; sourceKey: string; reason: string; detail?: string }];
  'warning': [{ message: string }];
  'run:done': [{ seconds: number }];
  /** An entity done by an earlier run: nothing to do. */
  'entity:skip': [{ service: string; entity: string; loaded: number; rejected: number }];
  /** A retryable error: the batch is retried on a fresh connection. */
  'entity:retry': [{ service: string; entity: string; attempt: number; reason: string }];
  'service:done': [{ service: string; database: string }];
  /** One key range of an entity (parallel workers); `rows`: processed by this run of the range. */
  'partition:start': [{ service: string; entity: string; partition: string; resumedRows: number }];
  'partition:progress': [{ service: string; entity: string; partition: string; rows: number; rejected: number }];
  'partition:done': [{ service: string; entity: string; partition: string; loaded: number; rejected: number; seconds: number }];
  /** Something a reader of the run's log should know (a resume, rows Postgres refused). */
  'log': [{ message: string; service?: string; entity?: string }];
}

export class PipelineEmitter extends EventEmitter<PipelineEvents> {}
