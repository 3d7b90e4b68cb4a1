/**
 * The default recognizer: the linear intent model trained at build time (`npm run build` writes
 * dist/nlu/model.json), plus the domain's entity extraction and language detection. No network.
 */
import { readFileSync } from 'node:fs';
import { detectLanguage } from '../../domain/language/detectLanguage';
import { extractEntities } from '../../domain/language/extractEntities';
import { sharingResolvedDigits } from '../../domain/language/spokenDigits';
import { INTENTS, type IntentId, isIntentId } from '../../domain/language/intents';
import type { Locale } from '../../domain/language/locale';
import type { IntentScore, Recognition, Recognizer } from '../../domain/ports/recognizer';
import { featurize } from './features';
import { LinearModel, type SerializedModel } from './linearModel';

export class LocalRecognizer implements Recognizer {
  constructor(private readonly model: LinearModel) {
    for (const c of model.classes)
      if (!isIntentId(c)) throw new Error(`NLU model has an unknown intent: ${c}`);
  }

  static fromModel(json: SerializedModel): LocalRecognizer {
    return new LocalRecognizer(LinearModel.deserialize(json));
  }

  /** Loads a model written by `scripts/trainNlu.ts`. */
  static load(modelPath: string): LocalRecognizer {
    let json: SerializedModel;
    try {
      json = JSON.parse(readFileSync(modelPath, 'utf8')) as SerializedModel;
    } catch (err) {
      throw new Error(
        `Cannot read the NLU model at ${modelPath} (run \`npm run build\` to train it): ${(err as Error).message}`,
        {
          cause: err,
        },
      );
    }
    return LocalRecognizer.fromModel(json);
  }

  /** Intent scores only, synchronously (used by the evaluation script and benchmarks). */
  classify(text: string): IntentScore[] {
    const { probabilities, known } = this.model.predict(
      featurize(text, this.model.featureOptions, this.model.knowsWord),
    );
    // Nothing the model has ever seen (gibberish, emoji, another script): honestly "none".
    if (known === 0) {
      return [
        { intent: 'none', score: 1 },
        ...INTENTS.filter((i) => i !== 'none').map((intent) => ({ intent, score: 0 })),
      ];
    }
    return this.model.classes
      .map((intent, i) => ({ intent: intent as IntentId, score: Math.round(probabilities[i] * 1e4) / 1e4 }))
      .sort((a, b) => b.score - a.score);
  }

  async recognize(text: string, locale?: Locale): Promise<Recognition> {
    // The model's words and the entities tokenise the same text: once.
    return sharingResolvedDigits(() => {
      const ranked = this.classify(text);
      const language = detectLanguage(text);
      return {
        text,
        intent: ranked[0].intent,
        score: ranked[0].score,
        ranked,
        entities: extractEntities(text, locale ?? language?.locale),
        ...(language ? { language } : {}),
      };
    });
  }
}
