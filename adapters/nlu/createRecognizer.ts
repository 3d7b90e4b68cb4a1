/** Chooses the recognizer from configuration (RECOGNIZER=local | luis). Called by the composition root. */
import type { Recognizer } from '../../domain/ports/recognizer';
import { LocalRecognizer } from './LocalRecognizer';
import type { LuisSettings } from './LuisRecognizer';

export interface RecognizerSettings {
  kind: 'local' | 'luis';
  /** The model written by `npm run build` (dist/nlu/model.json); used when kind is local. */
  modelPath: string;
  luis?: LuisSettings;
}

export async function createRecognizer(settings: RecognizerSettings): Promise<Recognizer> {
  if (settings.kind === 'luis') {
    if (!settings.luis) throw new Error('RECOGNIZER=luis needs LUIS_ENDPOINT, LUIS_APP_ID and LUIS_KEY');
    // The LUIS client and its HTTP stack take a tenth of the start-up: loaded only when configured.
    const { LuisRecognizer } = await import('./LuisRecognizer');
    return new LuisRecognizer(settings.luis);
  }
  return LocalRecognizer.load(settings.modelPath);
}
