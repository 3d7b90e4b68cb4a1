/** MongoDB's error code for a write that would duplicate a unique key. */
const DUPLICATE_KEY = 11000;

/**
 * Whether a write failed only because a unique key was taken (an insert racing another, or the same
 * write delivered twice): the callers that expect it decide what that means for them.
 */
export function isDuplicateKey(err: unknown): boolean {
  const e = err as { code?: number; writeErrors?: { code?: number }[] | { code?: number } };
  if (e?.code === DUPLICATE_KEY) return true;
  const writeErrors = Array.isArray(e?.writeErrors) ? e.writeErrors : e?.writeErrors ? [e.writeErrors] : [];
  return writeErrors.length > 0 && writeErrors.every((w) => w.code === DUPLICATE_KEY);
}
