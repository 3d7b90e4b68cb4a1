import type { TranscriptEntry } from '../domain/ports/transcriptStore';

/** Set on a turn of a conversation queued for or talking to staff: its unmasked words may be kept live. */
export const LIVE_FOR_STAFF = Symbol('handoff.liveForStaff');

const MAX_CASES = 500;
const MAX_PER_CASE = 100;
const KEEP_MS = 4 * 60 * 60 * 1000;

interface LiveCase {
  texts: Map<number, string>;
  touched: number;
}

/**
 * The words as typed (numbers, phone, e-mail unmasked) of conversations that are with staff, by
 * transcript sequence number, in process memory only: the transcript and the logs keep them masked,
 * and only the staff member who claimed the case is shown them (consoleEvents, consoleCaseRoutes).
 * Forgotten when the case is handed back or closed, after a few hours, and beyond a few hundred
 * cases (oldest first). Another process holding the console stream shows the masked text instead.
 */
export class LiveTranscript {
  private readonly cases = new Map<string, LiveCase>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Keeps the text as typed for one stored (masked) entry, when masking changed it. */
  remember(conversationKey: string, entry: Pick<TranscriptEntry, 'seq' | 'text'>, typed: string): void {
    if (typed === entry.text) return;
    this.sweep();
    const live = this.cases.get(conversationKey) ?? { texts: new Map<number, string>(), touched: 0 };
    live.texts.set(entry.seq, typed);
    live.touched = this.now();
    while (live.texts.size > MAX_PER_CASE) live.texts.delete(live.texts.keys().next().value as number);
    // Re-inserted so the map's order is least recently touched first.
    this.cases.delete(conversationKey);
    this.cases.set(conversationKey, live);
    while (this.cases.size > MAX_CASES) this.cases.delete(this.cases.keys().next().value as string);
  }

  /** The entries with the typed text where it is known, marked `live` (shown, never stored). */
  reveal<T extends { seq: number; text: string }>(
    conversationKey: string,
    entries: T[],
  ): (T & { live?: true })[] {
    const live = this.cases.get(conversationKey);
    if (!live || this.now() - live.touched > KEEP_MS) return entries;
    return entries.map((e) => {
      const typed = live.texts.get(e.seq);
      return typed === undefined ? e : { ...e, text: typed, live: true as const };
    });
  }

  forget(conversationKey: string): void {
    this.cases.delete(conversationKey);
  }

  /** How many cases are held (for tests). */
  get size(): number {
    return this.cases.size;
  }

  private sweep(): void {
    const cutoff = this.now() - KEEP_MS;
    for (const [key, live] of this.cases) if (live.touched < cutoff) this.cases.delete(key);
  }
}
