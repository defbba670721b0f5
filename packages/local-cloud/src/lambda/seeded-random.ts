/** A source of numbers in [0, 1), like Math.random, but repeatable from its seed. */
export type Random = () => number;

/**
 * mulberry32 (https://gist.github.com/tommyettinger/46a874533244883189143505d203312c): a tiny
 * 32-bit PRNG, plenty for shuffling test deliveries, and the same sequence for the same seed on
 * every machine, so a failing chaos run can be repeated.
 *
 * @internal
 */
export const seededRandom = (seed: number): Random => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
};

/**
 * A seed of its own for each name (FNV-1a of the name mixed into `seed`), so two mappings started
 * with one seed do not shuffle in lockstep.
 *
 * @internal
 */
export const seedFor = (seed: number, name: string): number => {
  let hash = 0x811c9dc5 ^ (seed >>> 0);
  for (let index = 0; index < name.length; index += 1) {
    hash = Math.imul(hash ^ name.charCodeAt(index), 0x01000193);
  }
  return hash >>> 0;
};

/** A new array of `items` in an order drawn from `random` (Fisher–Yates). @internal */
export const shuffled = <T>(items: readonly T[], random: Random): T[] => {
  const result = [...items];
  for (let index = result.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [result[index], result[other]] = [result[other] as T, result[index] as T];
  }
  return result;
};
