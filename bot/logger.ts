import pino from 'pino';
import type { Logger } from '../domain/ports/logger';
import type { Config } from './config';

/** Structured JSON logs on stdout (pino). Callers log ids and outcomes only, never personal data. */
export function createLogger(level: Config['logLevel'], destination?: pino.DestinationStream): Logger {
  const logger = pino({ level, base: { service: 'cjib-assistant' } }, destination);
  return {
    debug: (fields, message) => logger.debug(fields, message),
    info: (fields, message) => logger.info(fields, message),
    warn: (fields, message) => logger.warn(fields, message),
    error: (fields, message) => logger.error(fields, message),
  };
}
