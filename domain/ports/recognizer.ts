import type { Entities } from '../language/entities';
import type { IntentId } from '../language/intents';
import type { Locale } from '../language/locale';

export interface IntentScore {
  intent: IntentId;
  score: number;
}

export interface Recognition {
  text: string;
  /** The best intent; `none` when nothing fits. */
  intent: IntentId;
  /** Score of the best intent, 0..1. */
  score: number;
  /** All candidate intents, best first. */
  ranked: IntentScore[];
  entities: Entities;
  /** The language the utterance is written in, when it can be told. */
  language?: { locale: Locale; confidence: number };
}

/** Understands one citizen utterance. Implementations: local model (default) or LUIS. */
export interface Recognizer {
  recognize(text: string, locale?: Locale): Promise<Recognition>;
}
