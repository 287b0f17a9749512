/**
 * A structured log of a run: every pipeline event as one JSON line (pino), for CI artefacts and for
 * answering "what happened in the run that was killed at 3 am". Like the progress bars it only
 * subscribes to events; the pipeline does not know it exists.
 */
import pino from 'pino';
import type { PipelineEmitter, PipelineEvents } from '../../core/events.ts';

const LOGGED: Array<keyof PipelineEvents> = [
  'run:start', 'entity:start', 'entity:progress', 'entity:done', 'entity:skip', 'entity:retry',
  'reject', 'warning', 'service:done', 'run:done', 'log',
];

const LEVEL: Partial<Record<keyof PipelineEvents, 'info' | 'warn' | 'debug'>> = {
  'entity:progress': 'debug',
  reject: 'debug',
  warning: 'warn',
  'entity:retry': 'warn',
};

export interface EventLog {
  /** Flushes the file; call before exiting. */
  close(): Promise<void>;
}

/** Writes the run's events to `file` as JSON lines (appending: a resumed run continues the same log). */
export function attachEventLog(events: PipelineEmitter, file: string, level: 'info' | 'debug' = 'debug'): EventLog {
  const destination = pino.destination({ dest: file, append: true, mkdir: true, sync: false });
  const logger = pino({ level, base: { pid: process.pid } }, destination);
  for (const name of LOGGED) {
    events.on(name, ((payload: object) => logger[LEVEL[name] ?? 'info']({ event: name, ...payload })) as never);
  }
  return {
    close: () =>
      new Promise<void>((resolve) => {
        // end() flushes what is buffered, and waits for the file to open when the run was shorter than that.
        destination.on('close', () => resolve());
        destination.on('error', () => resolve());
        destination.end();
      }),
  };
}
