/**
 * Progress of a run, from the pipeline's events: a cli-progress bar per entity on a terminal (rows, rows/s,
 * ETA from the source count), plain lines otherwise (pipes, CI logs). Everything goes to stderr, so
 * stdout carries only the summary.
 */
import cliProgress from 'cli-progress';
import type { PipelineEmitter } from '../../core/events.ts';
import { fmtInt, fmtSeconds } from './format.ts';

export interface ProgressUi {
  stop(): void;
}

export interface ProgressOptions {
  /** Bars when true; plain lines when false. Default: stderr is a TTY and CI is not set. */
  tty?: boolean;
  stream?: NodeJS.WriteStream;
  /** Plain mode: at most one progress line per entity per this many ms. */
  lineIntervalMs?: number;
}

export function useBars(stream: NodeJS.WriteStream = process.stderr): boolean {
  return Boolean(stream.isTTY) && !process.env.CI;
}

export function attachProgress(events: PipelineEmitter, opts: ProgressOptions = {}): ProgressUi {
  const stream = opts.stream ?? process.stderr;
  return (opts.tty ?? useBars(stream)) ? attachBars(events, stream) : attachLines(events, stream, opts.lineIntervalMs ?? 2000);
}

interface Tracked {
  started: number;
  startRows: number;
  total: number | null;
}

function rate(t: Tracked, rows: number): number {
  const s = (performance.now() - t.started) / 1000;
  return s > 0 ? (rows - t.startRows) / s : 0;
}

function attachBars(events: PipelineEmitter, stream: NodeJS.WriteStream): ProgressUi {
  const multi = new cliProgress.MultiBar(
    {
      stream,
      // Fits 80 columns with the longest entity names; rejects are in the summary.
      format: '{name} |{bar}| {value}/{total} | {rate} rows/s | ETA {eta_formatted}',
      barsize: 16,
      barCompleteChar: '\u2588',
      barIncompleteChar: '\u2591',
      hideCursor: true,
      clearOnComplete: false,
      stopOnComplete: false,
      etaBuffer: 20,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  const bars = new Map<string, { bar: cliProgress.SingleBar; t: Tracked }>();
  const key = (s: string, e: string): string => `${s}/${e}`;
  // MultiBar.log() prints on the next redraw, which never comes while no bar exists.
  const log = (line: string): void => {
    if (bars.size > 0) multi.log(`${line}\n`);
    else stream.write(`${line}\n`);
  };
  events.on('entity:start', ({ service, entity, total, resumedRows }) => {
    const start = resumedRows ?? 0;
    const bar = multi.create(total ?? start, start, { name: key(service, entity).padEnd(22), rate: '0' });
    bars.set(key(service, entity), { bar, t: { started: performance.now(), startRows: start, total } });
  });
  events.on('entity:progress', ({ service, entity, rows }) => {
    const b = bars.get(key(service, entity));
    if (!b) return;
    if (b.t.total === null || rows > b.t.total) b.bar.setTotal(rows);
    b.bar.update(rows, { rate: fmtInt(rate(b.t, rows)) });
  });
  events.on('entity:done', ({ service, entity }) => {
    bars.get(key(service, entity))?.bar.stop();
  });
  events.on('entity:skip', ({ service, entity, loaded, rejected }) => {
    log(`${key(service, entity)}: already done (${fmtInt(loaded)} loaded, ${fmtInt(rejected)} rejected)`);
  });
  events.on('entity:retry', ({ service, entity, attempt, reason }) => {
    log(`${key(service, entity)}: retry ${attempt}: ${reason}`);
  });
  events.on('warning', ({ message }) => log(`warning: ${message}`));
  return { stop: () => multi.stop() };
}

function attachLines(events: PipelineEmitter, stream: NodeJS.WriteStream, intervalMs: number): ProgressUi {
  const tracked = new Map<string, Tracked & { lastLine: number }>();
  const key = (s: string, e: string): string => `${s}/${e}`;
  const say = (line: string): void => {
    stream.write(`${line}\n`);
  };
  events.on('run:start', ({ service, dryRun }) => say(`${service}: ${dryRun ? 'dry run (nothing is written)' : 'migrating'}`));
  events.on('entity:start', ({ service, entity, total, resumedRows }) => {
    const start = resumedRows ?? 0;
    tracked.set(key(service, entity), { started: performance.now(), startRows: start, total, lastLine: performance.now() });
    const resumed = start > 0 ? `, resuming after ${fmtInt(start)}` : '';
    say(`${key(service, entity)}: ${fmtInt(total)} source rows${resumed}`);
  });
  events.on('entity:progress', ({ service, entity, rows, rejected }) => {
    const t = tracked.get(key(service, entity));
    if (!t) return;
    const now = performance.now();
    if (now - t.lastLine < intervalMs) return;
    t.lastLine = now;
    const r = rate(t, rows);
    const pct = t.total ? ` (${Math.min(100, Math.floor((rows / t.total) * 100))}%)` : '';
    const eta = t.total && r > 0 ? `, ETA ${fmtSeconds(Math.max(0, t.total - rows) / r)}` : '';
    say(`${key(service, entity)}: ${fmtInt(rows)}/${fmtInt(t.total)} rows${pct}, ${fmtInt(r)} rows/s${eta}, ${fmtInt(rejected)} rejected`);
  });
  events.on('entity:done', ({ service, entity, loaded, rejected, seconds }) => {
    say(`${key(service, entity)}: done, ${fmtInt(loaded)} loaded, ${fmtInt(rejected)} rejected in ${fmtSeconds(seconds)}`);
  });
  events.on('entity:skip', ({ service, entity, loaded, rejected }) => {
    say(`${key(service, entity)}: already done (${fmtInt(loaded)} loaded, ${fmtInt(rejected)} rejected)`);
  });
  events.on('entity:retry', ({ service, entity, attempt, reason }) => say(`${key(service, entity)}: retry ${attempt}: ${reason}`));
  events.on('partition:done', ({ service, entity, partition, loaded, rejected }) =>
    say(`${key(service, entity)} ${partition}: done, ${fmtInt(loaded)} loaded, ${fmtInt(rejected)} rejected`));
  events.on('warning', ({ message }) => say(`warning: ${message}`));
  return { stop: () => undefined };
}
