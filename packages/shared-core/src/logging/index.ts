export { createLogger, type Logger, type LoggerOptions } from './logger.js';
export { SECRET_KEYS, redactionPaths } from './redaction.js';
