import { I18nLocalizer } from '../../bot/i18n';
import { topicReply } from '../../dialogs/faqAnswer';

describe('I18nLocalizer', () => {
  const localizer = I18nLocalizer.create();

  it('gives list and object texts read-only: a change throws instead of reaching the next citizen', () => {
    const first = localizer.tObject<{ value: string; title: string }[]>('nl', 'faq:topics.how_to_pay.followUps');
    expect(first.length).toBeGreaterThan(0);
    expect(() => {
      (first as { value: string; title: string }[])[0].title = 'changed';
    }).toThrow(TypeError);
    expect(localizer.tObject<{ title: string }[]>('nl', 'faq:topics.how_to_pay.followUps')[0].title).not.toBe('changed');
  });

  it('fills the operator’s values into a topic answer the same way on every call', () => {
    const once = topicReply(localizer, 'en', 'how_to_pay', true);
    const again = topicReply(localizer, 'en', 'how_to_pay', true);
    expect(again).toEqual(once);
    expect(once.text).not.toMatch(/\{\{/);
    // a fresh localizer (no memo yet) gives the same answer
    expect(topicReply(I18nLocalizer.create(), 'en', 'how_to_pay', true)).toEqual(once);
    // the reply's choices are the caller's own
    once.choices!.push({ value: 'x', title: 'x' });
    expect(topicReply(localizer, 'en', 'how_to_pay', true).choices).toEqual(again.choices);
  });

  it('tells whether a text exists in a language itself, the same on every call', () => {
    const fresh = I18nLocalizer.create();
    for (let round = 0; round < 2; round++) {
      expect(fresh.has('nl', 'common:welcome.text')).toBe(true);
      expect(fresh.has('pl', 'common:welcome.text')).toBe(true);
      expect(fresh.has('nl', 'common:no.such.text')).toBe(false);
    }
  });
});
