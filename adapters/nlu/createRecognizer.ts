/** Chooses the recognizer from configuration (RECOGNIZER=local | luis). Called by the composition root. */
import type { Recognizer } from '../../domain/ports/recognizer';
import { LocalRecognizer } from './LocalRecognizer';
import { LuisRecognizer, type LuisSettings } from './LuisRecognizer';

export interface RecognizerSettings {
  kind: 'local' | 'luis';
  /** The model written by `npm run build` (dist/nlu/model.json); used when kind is local. */
  modelPath: string;
  luis?: LuisSettings;
}

export function createRecognizer(settings: RecognizerSettings): Recognizer {
  if (settings.kind === 'luis') {
    if (!settings.luis) throw new Error('RECOGNIZER=luis needs LUIS_ENDPOINT, LUIS_APP_ID and LUIS_KEY');
    return new LuisRecognizer(settings.luis);
  }
  return LocalRecognizer.load(settings.modelPath);
}
