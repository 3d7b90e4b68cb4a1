/**
 * A pure text function with its most recent results kept. One message is normalised by dozens of
 * conversation rules in the same turn; the first computes, the rest look it up. The cache is
 * small and cleared when full, so it holds only the texts of the last few turns and never grows.
 */
export function withRecentResults<T>(compute: (text: string) => T, capacity = 64): (text: string) => T {
  const recent = new Map<string, T>();
  return (text: string): T => {
    // has(), not get(): most rules answer "no" (undefined or false), and those are worth keeping too.
    if (recent.has(text)) return recent.get(text) as T;
    const result = compute(text);
    if (recent.size >= capacity) recent.clear();
    recent.set(text, result);
    return result;
  };
}
