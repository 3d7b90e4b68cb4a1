import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRecognizer } from '../../adapters/nlu/createRecognizer';
import { LuisRecognizer, toIntentId } from '../../adapters/nlu/LuisRecognizer';
import { type FakeLuis, startFakeLuis } from '../support/fakeLuisServer';
import { recognizerContract } from './recognizerContract';

const recorded = JSON.parse(
  readFileSync(join(__dirname, '..', 'fixtures', 'luis', 'predictions.json'), 'utf8'),
) as Record<string, unknown>;

let luis: FakeLuis;
beforeAll(async () => {
  luis = await startFakeLuis(recorded);
});
afterAll(async () => {
  await luis.close();
});

recognizerContract(
  'LUIS v3 over HTTP',
  () => new LuisRecognizer({ endpoint: luis.endpoint, appId: luis.appId, key: luis.key }),
);

describe('LuisRecognizer', () => {
  it('calls POST {endpoint}/luis/prediction/v3.0/apps/{appId}/slots/{slot}/predict with the key header', async () => {
    const recognizer = await createRecognizer({
      kind: 'luis',
      modelPath: 'unused',
      luis: { endpoint: `${luis.endpoint}/`, appId: luis.appId, key: luis.key, slot: 'production' },
    });
    luis.requests.length = 0;
    await recognizer.recognize('de deurwaarder staat voor de deur');
    expect(luis.requests).toHaveLength(1);
    const [req] = luis.requests;
    expect(req.method).toBe('POST');
    expect(req.path).toBe(`/luis/prediction/v3.0/apps/${luis.appId}/slots/production/predict`);
    expect(req.headers['ocp-apim-subscription-key']).toBe(luis.key);
    expect(req.search.get('show-all-intents')).toBe('true');
    expect(req.body).toEqual({ query: 'de deurwaarder staat voor de deur' });
  });

  it('maps intent names case-insensitively, "None" and unknown names to none', async () => {
    const r = await new LuisRecognizer({
      endpoint: luis.endpoint,
      appId: luis.appId,
      key: luis.key,
    }).recognize('hoe betaal ik');
    expect(r.intent).toBe('how_to_pay');
    expect(r.score).toBeCloseTo(0.4102);
    expect(r.ranked.map((s) => s.intent)).toEqual(['how_to_pay', 'foreign', 'none']);
    expect(toIntentId('None')).toBe('none');
    expect(toIntentId('Payment Arrangement')).toBe('payment_arrangement');
    expect(toIntentId(undefined)).toBe('none');
  });

  it('rejects when the key is wrong', async () => {
    const wrong = new LuisRecognizer({ endpoint: luis.endpoint, appId: luis.appId, key: 'wrong' });
    await expect(wrong.recognize('hallo')).rejects.toBeDefined();
  });

  it('requires LUIS settings when RECOGNIZER=luis', async () => {
    await expect(createRecognizer({ kind: 'luis', modelPath: 'unused' })).rejects.toThrow(/LUIS_ENDPOINT/);
  });
});
