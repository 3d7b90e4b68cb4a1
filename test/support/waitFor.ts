/**
 * Polls `probe` every 25 ms until it gives a value: for what the app does after its reply (an outbox
 * delivering, a handoff case written), which a test cannot await directly.
 */
export async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 25));
  }
}
