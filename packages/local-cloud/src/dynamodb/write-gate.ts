/** Ends a hold on the gate; calling it again does nothing. */
export type Release = () => void;

type Mode = 'shared' | 'exclusive';

interface Waiter {
  readonly mode: Mode;
  readonly grant: (release: Release) => void;
}

/**
 * A fair shared/exclusive lock over all of dynalite's data. Plain requests hold it shared, so they
 * still run side by side as on DynamoDB (dynalite serialises writes to one item itself);
 * transactions hold it exclusively while they check, apply and, if cancelled, restore.
 * Waiters are granted in arrival order, so a stream of plain writes cannot starve a transaction.
 */
export class WriteGate {
  #shared = 0;
  #exclusive = false;
  readonly #queue: Waiter[] = [];

  shared(): Promise<Release> {
    return this.#acquire('shared');
  }

  exclusive(): Promise<Release> {
    return this.#acquire('exclusive');
  }

  /** Runs `work` holding the gate in `mode`, releasing it however `work` ends. */
  async run<T>(mode: Mode, work: () => Promise<T>): Promise<T> {
    const release = await this.#acquire(mode);
    try {
      return await work();
    } finally {
      release();
    }
  }

  #acquire(mode: Mode): Promise<Release> {
    return new Promise((grant) => {
      this.#queue.push({ mode, grant });
      this.#drain();
    });
  }

  #canGrant(mode: Mode): boolean {
    return mode === 'shared' ? !this.#exclusive : !this.#exclusive && this.#shared === 0;
  }

  #drain(): void {
    for (let next = this.#queue[0]; next && this.#canGrant(next.mode); next = this.#queue[0]) {
      this.#queue.shift();
      if (next.mode === 'shared') this.#shared += 1;
      else this.#exclusive = true;
      next.grant(this.#releaseFor(next.mode));
    }
  }

  #releaseFor(mode: Mode): Release {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      if (mode === 'shared') this.#shared -= 1;
      else this.#exclusive = false;
      this.#drain();
    };
  }
}
