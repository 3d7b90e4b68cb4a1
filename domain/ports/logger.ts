/**
 * Structured log sink (pino-compatible). Callers log ids and outcomes only: never names, numbers,
 * postcodes, e-mail addresses, phone numbers or message text.
 */
export interface Logger {
  debug(fields: Record<string, unknown>, message: string): void;
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
