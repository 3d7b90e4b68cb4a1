import pino from 'pino';
import type { Logger } from '../domain/ports/logger';
import type { Config } from './config';
import { redactLogFields, redactLogMessage } from './securityLogRedaction';

/**
 * Structured JSON logs on stdout (pino). Callers log ids and outcomes only, never personal data;
 * as a safety net every line is redacted before it is written (bot/securityLogRedaction.ts).
 */
export function createLogger(level: Config['logLevel'], destination?: pino.DestinationStream): Logger {
  const logger = pino(
    {
      level,
      base: { service: 'cjib-assistant' },
      formatters: { log: (fields) => redactLogFields(fields) },
      hooks: {
        logMethod(args, method) {
          const masked = args.map((arg) => (typeof arg === 'string' ? redactLogMessage(arg) : arg));
          return method.apply(this, masked as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
  return {
    debug: (fields, message) => logger.debug(fields, message),
    info: (fields, message) => logger.info(fields, message),
    warn: (fields, message) => logger.warn(fields, message),
    error: (fields, message) => logger.error(fields, message),
  };
}
