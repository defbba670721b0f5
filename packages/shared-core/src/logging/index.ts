export { createLogger, type Logger, type LoggerOptions } from './logger.js';
export { REDACTED, SECRET_KEYS, TRUNCATED, redactSecrets } from './redaction.js';
