/**
 * Recognizer backed by a LUIS v3 prediction endpoint through @azure/cognitiveservices-luis-runtime.
 * Microsoft retired the LUIS cloud service; this adapter serves any LUIS-v3-compatible endpoint
 * (a self-hosted or migrated service answering the same JSON). The app's intent names are the
 * project's intent ids (case-insensitive, "None" → none); unknown names map to none.
 * Entities come from the prediction where the app defines them and from the domain's extraction
 * otherwise, so dialogs see the same `Entities` whichever recognizer runs.
 */
import { ApiKeyCredentials } from '@azure/ms-rest-js';
import { LUISRuntimeClient } from '@azure/cognitiveservices-luis-runtime';
import { detectLanguage } from '../../domain/language/detectLanguage';
import type { Entities } from '../../domain/language/entities';
import { extractEntities } from '../../domain/language/extractEntities';
import { type IntentId, INTENTS, isIntentId } from '../../domain/language/intents';
import type { Locale } from '../../domain/language/locale';
import type { IntentScore, Recognition, Recognizer } from '../../domain/ports/recognizer';

export interface LuisSettings {
  /** e.g. https://westeurope.api.cognitive.microsoft.com or http://127.0.0.1:8080 */
  endpoint: string;
  appId: string;
  key: string;
  /** Publishing slot; default "production". */
  slot?: string;
}

/** The subset of a LUIS v3 prediction this adapter reads. */
interface LuisPrediction {
  topIntent?: string;
  intents?: Record<string, { score?: number }>;
  entities?: Record<string, unknown>;
}

export function toIntentId(name: string | undefined): IntentId {
  const id = (name ?? '')
    .trim()
    .toLowerCase()
    .replace(/[\s.-]+/g, '_');
  return isIntentId(id) ? id : 'none';
}

/** First value of a LUIS v3 entity list: strings, numbers or objects such as `{ number, units }`. */
function first(entities: Record<string, unknown>, ...names: string[]): unknown {
  for (const name of names) {
    const key = Object.keys(entities).find((k) => k.toLowerCase() === name.toLowerCase());
    const list = key === undefined ? undefined : entities[key];
    if (Array.isArray(list) && list.length) return list[0];
  }
  return undefined;
}

function asString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0]; // list entities: [["canonical"]]
  return undefined;
}

/** Maps the app's entities onto the port's; the domain's extraction fills what the app lacks. */
export function mapLuisEntities(raw: Record<string, unknown>, text: string, locale?: Locale): Entities {
  const entities = extractEntities(text, locale);
  const cjib = asString(first(raw, 'cjibNumber', 'cjib_number'))?.replace(/\D/g, '');
  if (cjib && (cjib.length === 16 || cjib.length === 9)) entities.cjibNumber = cjib;
  const email = asString(first(raw, 'email'));
  if (email) entities.email = email.toLowerCase();
  const phone = asString(first(raw, 'phonenumber', 'phoneNumber', 'phone'));
  if (phone) entities.phone = phone.replace(/[^\d+]/g, '');
  const money = first(raw, 'money', 'amount');
  if (money && typeof money === 'object' && typeof (money as { number?: unknown }).number === 'number') {
    entities.amountCents = Math.round((money as { number: number }).number * 100);
  }
  const months = first(raw, 'months');
  if (typeof months === 'number') entities.months = months;
  const plate = asString(first(raw, 'licencePlate', 'licensePlate', 'kenteken'));
  if (plate) entities.licencePlate = plate.toUpperCase();
  const yesNo = asString(first(raw, 'yesNo', 'confirmation'));
  if (yesNo) entities.yesNo = /^(yes|ja|true|tak)$/i.test(yesNo);
  return entities;
}

export class LuisRecognizer implements Recognizer {
  private readonly client: LUISRuntimeClient;
  private readonly appId: string;
  private readonly slot: string;

  constructor(settings: LuisSettings) {
    const credentials = new ApiKeyCredentials({ inHeader: { 'Ocp-Apim-Subscription-Key': settings.key } });
    this.client = new LUISRuntimeClient(credentials, settings.endpoint.replace(/\/+$/, ''));
    this.appId = settings.appId;
    this.slot = settings.slot ?? 'production';
  }

  async recognize(text: string, locale?: Locale): Promise<Recognition> {
    const response = await this.client.prediction.getSlotPrediction(
      this.appId,
      this.slot,
      { query: text },
      { showAllIntents: true, verbose: false },
    );
    const prediction = response.prediction as LuisPrediction;
    const scores = new Map<IntentId, number>();
    for (const [name, intent] of Object.entries(prediction.intents ?? {})) {
      const id = toIntentId(name);
      scores.set(id, Math.max(scores.get(id) ?? 0, intent.score ?? 0));
    }
    const top = toIntentId(prediction.topIntent);
    if (!scores.has(top)) scores.set(top, 0);
    const ranked: IntentScore[] = INTENTS.filter((i) => scores.has(i))
      .map((intent) => ({ intent, score: scores.get(intent) ?? 0 }))
      .sort((a, b) => b.score - a.score || (a.intent === top ? -1 : b.intent === top ? 1 : 0));
    const language = detectLanguage(text);
    return {
      text,
      intent: ranked[0].intent,
      score: ranked[0].score,
      ranked,
      entities: mapLuisEntities(prediction.entities ?? {}, text, locale ?? language?.locale),
      ...(language ? { language } : {}),
    };
  }
}
