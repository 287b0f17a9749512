/**
 * A small semaphore for the expensive work of a login (argon2 at 64 MiB, bcrypt): at most `concurrency` at a
 * time, at most `queue` waiting. Logins beyond that are refused at once (the route answers 503), so a burst
 * of logins can neither eat the memory nor occupy libuv's thread pool that every other route shares.
 */
export class Limiter {
  private active = 0;
  private readonly waiting: Array<() => void> = [];
  readonly concurrency: number;
  readonly queue: number;
  constructor(concurrency: number, queue: number) {
    this.concurrency = concurrency;
    this.queue = queue;
    if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error('concurrency must be a positive integer');
  }

  /** Runs `work` when a slot is free; throws LimiterFull when too many are already waiting. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active >= this.concurrency) {
      if (this.waiting.length >= this.queue) throw new LimiterFull();
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.active++;
    }
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      // The slot passes straight to the next waiter; otherwise it is freed.
      if (next) next();
      else this.active--;
    }
  }

  get stats(): { active: number; waiting: number } {
    return { active: this.active, waiting: this.waiting.length };
  }
}

export class LimiterFull extends Error {
  constructor() {
    super('too many logins in progress');
    this.name = 'LimiterFull';
  }
}
