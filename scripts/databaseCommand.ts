import type { Config } from '../bot/config';
import { ConfigError, loadConfig } from '../bot/config';

/**
 * The start of every command-line tool that works on a real MongoDB: parse the arguments, load the
 * settings, and insist on MONGODB_URI (the embedded database lives only inside a running assistant).
 * Exits with code 2 and a one-line reason on bad usage.
 */
export function startDatabaseCommand<T>(
  parse: (argv: string[]) => T,
  whyUriIsNeeded: string,
): { request: T; config: Config & { mongodbUri: string } } {
  let request: T;
  let config: Config;
  try {
    request = parse(process.argv.slice(2));
    config = loadConfig();
  } catch (err) {
    console.error(err instanceof ConfigError ? err.message : (err as Error).message);
    process.exit(2);
  }
  if (!config.mongodbUri) {
    console.error(`MONGODB_URI is not set: ${whyUriIsNeeded}`);
    process.exit(2);
  }
  return { request, config: config as Config & { mongodbUri: string } };
}
