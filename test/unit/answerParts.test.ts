import path from 'node:path';
import { allAnswerParts, answerPart, isAnswerPart } from '../../domain/knowledge/answerParts';
import { secondFollowUp } from '../../domain/knowledge/secondQuestion';
import { directAnswer } from '../../domain/knowledge/directAnswer';
import { followUpTopic } from '../../domain/knowledge/followUpTopic';
import { SUPPORTED_LOCALES } from '../../domain/language/locale';
import { loadLocaleResources } from '../../bot/i18n';

describe('answerParts: a follow-up answered by one part of the answer just given', () => {
  it.each([
    ['objection', 'en waar stuur ik dat heen?', 'faqParts:objection.apply'],
    ['objection', 'where do I send it?', 'faqParts:objection.apply'],
    ['objection', 'und wohin schicke ich den?', 'faqParts:objection.apply'],
    ['objection', 'gdzie to wysłać?', 'faqParts:objection.apply'],
    ['court_appeal', 'hoe doe ik dat', 'faqParts:court_appeal.apply'],
    ['strafbeschikking', 'en als ik dat niet doe?', 'faqParts:strafbeschikking.consequence'],
    ['strafbeschikking', 'and if I dont?', 'faqParts:strafbeschikking.consequence'],
    ['european_fine', 'und wenn ich das nicht mache?', 'faqParts:european_fine.consequence'],
    ['detention', 'a jeśli tego nie zrobię?', 'faqParts:detention.consequence'],
    ['how_to_pay', 'waar stuur ik het heen', 'faqParts:how_to_pay.apply'],
    ['bank_debit', 'wohin schicke ich das?', 'faqParts:bank_debit.apply'],
    ['strafbeschikking', 'en hoeveel is dat dan?', 'faqParts:strafbeschikking.cost'],
    ['court_appeal', 'what does that cost?', 'faqParts:court_appeal.cost'],
  ] as const)('%s + "%s" → %s', (topic, text, part) => {
    expect(directAnswer(topic, text)).toBe(part);
    expect(followUpTopic(topic, text)).toBe(topic);
  });

  it('keeps the short answers that were there before it', () => {
    expect(directAnswer('late_payment', 'en hoeveel is dat dan?')).toBe('lateCost');
    expect(directAnswer('late_payment', 'wie viel ist das?')).toBe('lateCost');
    expect(directAnswer('objection', 'en als ik dat niet doe?')).toBe('objectionSkipped');
    expect(directAnswer('noodstop', 'hoe vraag ik die aan?')).toBe('noodstopApply');
    expect(directAnswer('photo', 'en hoe vraag ik die op')).toBe('photoApply');
  });

  it('leaves a follow-up that leads to the next topic to that topic', () => {
    // "And if I don't pay?" after paying or the increases: the increases, then enforcement, in full.
    expect(followUpTopic('how_to_pay', 'en als ik niet betaal?')).toBe('late_payment');
    expect(followUpTopic('late_payment', 'en als ik niet betaal?')).toBe('enforcement');
    expect(answerPart('late_payment', 'consequence', 'en als ik niet betaal?')).toBeUndefined();
    expect(answerPart('objection', 'cost', 'wat kost dat?')).toBeUndefined();
    // The number to quote: "and if I don't pay?" is not paying at all, "and if I don't?" leaving the advice be.
    expect(followUpTopic('cjib_number', 'en als ik niet betaal?')).toBeUndefined();
    expect(answerPart('cjib_number', 'consequence', 'and if I dont?')).toBe(
      'faqParts:cjib_number.consequence',
    );
  });

  it('is not said again after the whole answer of a two-question message', () => {
    expect(secondFollowUp('hoe maak ik bezwaar en waar stuur ik dat heen?', 'objection')).toBeUndefined();
    expect(isAnswerPart('faqParts:objection.apply')).toBe(true);
    expect(isAnswerPart('objectionDeadline')).toBe(false);
  });

  it('has every part in every language', () => {
    const resources = loadLocaleResources(path.resolve(__dirname, '..', '..', 'locales'));
    for (const locale of SUPPORTED_LOCALES)
      for (const id of allAnswerParts()) {
        const [topic, kind] = id.slice('faqParts:'.length).split('.');
        const parts = resources[locale]?.faqParts as Record<string, Record<string, string>> | undefined;
        expect([locale, id, (parts?.[topic]?.[kind]?.length ?? 0) > 0]).toEqual([locale, id, true]);
      }
  });
});
