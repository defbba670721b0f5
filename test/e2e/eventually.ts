const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `read` again until `done` holds for what it returns, or throws with the last value seen. */
export const eventually = async <T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  waitMs = 60_000,
): Promise<T> => {
  const deadline = Date.now() + waitMs;
  let last = await read();
  while (!done(last)) {
    if (Date.now() > deadline) throw new Error(`still not there after ${waitMs} ms: ${JSON.stringify(last)}`);
    await pause(250);
    last = await read();
  }
  return last;
};

/**
 * `eventually` for many keys at once, read one request at a time, key after key, until `done`
 * holds for every one: a poll loop per key would swamp `sls offline` on a loaded machine. Resolves
 * to the last value of each key, in the keys' order.
 */
export const eventuallyEach = async <K, T>(
  keys: readonly K[],
  read: (key: K) => Promise<T>,
  done: (value: T) => boolean,
  waitMs = 60_000,
): Promise<T[]> => {
  const deadline = Date.now() + waitMs;
  const last = new Map<K, T>();
  let pending = [...keys];
  for (;;) {
    for (const key of pending) last.set(key, await read(key));
    pending = pending.filter((key) => !done(last.get(key) as T));
    if (pending.length === 0) return keys.map((key) => last.get(key) as T);
    if (Date.now() > deadline) {
      const example = JSON.stringify(last.get(pending[0] as K));
      throw new Error(`${pending.length} of ${keys.length} still not there after ${waitMs} ms, as ${example}`);
    }
    await pause(500);
  }
};
