export { createLogger, type Logger, type LoggerOptions } from './logger.js';
export { REDACTED, SECRET_KEYS, redactSecrets } from './redaction.js';
