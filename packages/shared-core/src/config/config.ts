import { ConfigError } from '../errors/index.js';

/** How to read one environment variable. */
export interface Setting<T> {
  parse(raw: string | undefined, name: string): T;
}

type Problem = string;
class SettingProblem extends Error {}

const fail = (message: Problem): never => {
  throw new SettingProblem(message);
};

/** A required string (or, with a default, an optional one). */
export const text = (options: { default?: string } = {}): Setting<string> => ({
  parse: (raw, name) => raw || options.default || fail(`${name} is required`),
});

/** A whole number within bounds. */
export const integer = (options: { default?: number; min?: number; max?: number } = {}): Setting<number> => ({
  parse: (raw, name) => {
    if (!raw) return options.default ?? fail(`${name} is required`);
    const value = Number(raw);
    if (!Number.isInteger(value)) return fail(`${name} must be a whole number, got "${raw}"`);
    if (options.min !== undefined && value < options.min) return fail(`${name} must be >= ${options.min}`);
    if (options.max !== undefined && value > options.max) return fail(`${name} must be <= ${options.max}`);
    return value;
  },
});

/** One of a fixed set of values. */
export const oneOf = <const T extends string>(values: readonly T[], options: { default?: T } = {}): Setting<T> => ({
  parse: (raw, name) => {
    if (!raw) return options.default ?? fail(`${name} is required (one of ${values.join(', ')})`);
    return (values as readonly string[]).includes(raw)
      ? (raw as T)
      : fail(`${name} must be one of ${values.join(', ')}, got "${raw}"`);
  },
});

export type ConfigOf<S extends Record<string, Setting<unknown>>> = {
  readonly [K in keyof S]: S[K] extends Setting<infer T> ? T : never;
};

/**
 * Reads and checks every setting at once, at module load, and throws one ConfigError naming every
 * variable that is missing or invalid, so a misconfigured function fails its first invocation loudly
 * instead of failing later with an undefined table name.
 *
 * @example
 * export const config = loadConfig({ ORDERS_TABLE: text(), STAGE: text({ default: 'dev' }) });
 */
export function loadConfig<S extends Record<string, Setting<unknown>>>(
  spec: S,
  env: Record<string, string | undefined> = process.env,
): ConfigOf<S> {
  const values: Record<string, unknown> = {};
  const problems: Problem[] = [];
  for (const [name, setting] of Object.entries(spec)) {
    try {
      values[name] = setting.parse(env[name], name);
    } catch (error) {
      if (!(error instanceof SettingProblem)) throw error;
      problems.push(error.message);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze(values) as ConfigOf<S>;
}

/**
 * Declares every setting a service's functions may read, once, and returns the loader each entry
 * point calls at module scope with the names it reads: a function is configured with, and fails
 * its cold start on, only what it uses, and no two services write the picking code twice.
 *
 * @example
 * export const loadSettings = defineSettings({ ORDERS_TABLE: text(), EVENT_BUS_NAME: text() });
 * const config = loadSettings(['ORDERS_TABLE']); // { ORDERS_TABLE: string }
 */
export const defineSettings =
  <S extends Record<string, Setting<unknown>>>(spec: S) =>
  <const K extends keyof S>(
    names: readonly K[],
    env: Record<string, string | undefined> = process.env,
  ): ConfigOf<Pick<S, K>> =>
    loadConfig(Object.fromEntries(names.map((name) => [name, spec[name]])) as Pick<S, K>, env);
