/**
 * The recognizer port's contract, run against every implementation (local model, LUIS over HTTP).
 * Utterances are chosen so that every implementation must agree on intent and entities.
 */
import { INTENTS } from '../../domain/language/intents';
import type { Recognizer } from '../../domain/ports/recognizer';

export function recognizerContract(name: string, make: () => Promise<Recognizer> | Recognizer): void {
  describe(`Recognizer contract: ${name}`, () => {
    let recognizer: Recognizer;
    beforeAll(async () => {
      recognizer = await make();
    });

    it('classifies and extracts the CJIB number', async () => {
      const text = 'ik wil een betalingsregeling, mijn nummer is 1062 5421 5704 7959';
      const r = await recognizer.recognize(text);
      expect(r.text).toBe(text);
      expect(r.intent).toBe('payment_arrangement');
      expect(r.entities.cjibNumber).toBe('1062542157047959');
      expect(r.language?.locale).toBe('nl');
    });

    it('extracts amounts, months and e-mail', async () => {
      const r = await recognizer.recognize(
        'I want to pay 50 euro a month for 6 months, mail me at jan@example.com',
      );
      expect(r.intent).toBe('payment_arrangement');
      expect(r.entities).toMatchObject({ amountCents: 5000, months: 6, email: 'jan@example.com' });
      expect(r.language?.locale).toBe('en');
    });

    it('ranks intents best first with scores in 0..1, the top one equal to intent and score', async () => {
      const r = await recognizer.recognize('de deurwaarder staat voor de deur');
      expect(r.intent).toBe('bailiff');
      expect(r.ranked.length).toBeGreaterThanOrEqual(2);
      expect(r.ranked[0]).toEqual({ intent: r.intent, score: r.score });
      for (let i = 1; i < r.ranked.length; i++)
        expect(r.ranked[i - 1].score).toBeGreaterThanOrEqual(r.ranked[i].score);
      for (const s of r.ranked) {
        expect(INTENTS).toContain(s.intent);
        expect(s.score).toBeGreaterThanOrEqual(0);
        expect(s.score).toBeLessThanOrEqual(1);
      }
      expect(new Set(r.ranked.map((s) => s.intent)).size).toBe(r.ranked.length);
    });

    it('answers none for something outside the CJIB', async () => {
      const r = await recognizer.recognize('wat voor weer wordt het morgen');
      expect(r.intent).toBe('none');
    });

    it('fills yes/no for a bare answer', async () => {
      const r = await recognizer.recognize('ja');
      expect(r.entities.yesNo).toBe(true);
    });
  });
}
