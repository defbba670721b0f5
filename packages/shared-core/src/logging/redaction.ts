/**
 * Field names whose values never reach a log line, at any depth we log (payloads, headers, errors).
 * Payment tokens are opaque but still let someone charge a card, so they count as secrets.
 */
export const SECRET_KEYS = [
  'paymentToken',
  'cardNumber',
  'cvc',
  'cvv',
  'password',
  'apiKey',
  'secret',
  'authorization',
  'x-api-key',
  'cookie',
] as const;

/** How deep a secret may sit (event.data.items[0].x is depth 4). */
const MAX_DEPTH = 5;

const keyPath = (key: string): string => (/^[A-Za-z_$][\w$]*$/.test(key) ? key : `["${key}"]`);
const join = (prefix: string, key: string): string => (key.startsWith('[') ? `${prefix}${key}` : `${prefix}.${key}`);

/**
 * pino's redaction (fast-redact) compiles fixed paths, not "any depth", so expand each key to
 * `key`, `*.key`, `*.*.key` ... once at start-up.
 */
export const redactionPaths = (keys: readonly string[] = SECRET_KEYS): string[] =>
  keys.flatMap((key) => {
    const leaf = keyPath(key);
    const paths = [leaf];
    let prefix = '*';
    for (let depth = 1; depth < MAX_DEPTH; depth += 1) {
      paths.push(join(prefix, leaf));
      prefix = `${prefix}.*`;
    }
    return paths;
  });
