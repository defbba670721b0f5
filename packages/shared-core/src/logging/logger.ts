import {
  destination as fileDestination,
  pino,
  stdSerializers,
  stdTimeFunctions,
  type DestinationStream,
  type Logger,
} from 'pino';
import { redactSecrets } from './redaction.js';

export type { Logger } from 'pino';

export interface LoggerOptions {
  /** The owning service, on every line. */
  service: string;
  /** Defaults to LOG_LEVEL, else `info`. */
  level?: string;
  /** Defaults to a synchronous stdout writer; tests pass a stream to read the lines. */
  destination?: DestinationStream;
}

/**
 * A pino logger writing one JSON line per entry, with `service` and `function` on every line and
 * secrets (payment tokens, card data, credentials) redacted wherever they sit.
 *
 * Writes are synchronous: Lambda may freeze the process as soon as the handler returns, and lines
 * still queued in an async buffer would be lost or show up in a later invocation.
 *
 * @example
 * const log = createLogger({ service: 'orders' });
 * log.child({ correlationId }).info({ orderId }, 'order placed');
 */
/**
 * pino's error serialiser, then redaction (pino serialises `err` after formatters.log). Its result
 * keeps type, message and stack on a prototype, so they are copied out before the walk.
 */
const serializeError = (error: Error) => {
  const serialized = stdSerializers.err(error);
  return redactSecrets({ ...serialized, type: serialized.type, message: serialized.message, stack: serialized.stack });
};

export const createLogger = ({ service, level, destination }: LoggerOptions): Logger => {
  const logger = pino(
    {
      level: level ?? process.env['LOG_LEVEL'] ?? 'info',
      base: { service, function: process.env['AWS_LAMBDA_FUNCTION_NAME'] },
      messageKey: 'message',
      timestamp: stdTimeFunctions.isoTime,
      formatters: {
        level: (label) => ({ level: label }),
        // Every line's own fields pass through one walk (see redaction.ts).
        log: redactSecrets,
      },
      serializers: { err: serializeError },
    },
    destination ?? fileDestination({ dest: 1, sync: true }),
  );
  // pino does not run formatters over child bindings, so redact them on the way in. Children are
  // created with Object.create(parent), so every descendant inherits this child().
  const child = logger.child;
  logger.child = function redactedChild(this: Logger, bindings, options) {
    return child.call(this, redactSecrets(bindings), options);
  } as Logger['child'];
  return logger;
};
