import { withoutParagraph } from '../../dialogs/lookupOffer';
import nl from '../../locales/nl/faq.json';
import en from '../../locales/en/faq.json';
import de from '../../locales/de/faq.json';
import pl from '../../locales/pl/faq.json';

describe('withoutParagraph: an answer without its lookup offer', () => {
  it('leaves out exactly that paragraph, or that sentence in one', () => {
    expect(withoutParagraph('A.\n\nOffer? Yes.\n\nB.', 'Offer? Yes.')).toBe('A.\n\nB.');
    expect(withoutParagraph('A.\n\nB.', 'Offer? Yes.')).toBe('A.\n\nB.');
    expect(withoutParagraph('A. Offer? Yes.\n\nB.', 'Offer? Yes.')).toBe('A.\n\nB.');
  });

  it.each([
    ['nl', nl],
    ['en', en],
    ['de', de],
    ['pl', pl],
  ])('%s: the payment term answer has its lookup offer as a paragraph of its own', (_, faq) => {
    const topic = faq.topics.payment_deadline as { answer: string; lookupOffer: string };
    expect(topic.answer.split('\n\n')).toContain(topic.lookupOffer);
    expect(withoutParagraph(topic.answer, topic.lookupOffer)).not.toContain(topic.lookupOffer);
  });

  it.each([
    ['nl', nl],
    ['en', en],
    ['de', de],
    ['pl', pl],
  ])('%s: the answer beyond knowledge keeps its first sentences without the offer', (_, faq) => {
    const topic = faq.topics.beyond_knowledge as { answer: string; lookupOffer: string };
    const without = withoutParagraph(topic.answer, topic.lookupOffer);
    expect(topic.answer).toContain(topic.lookupOffer);
    expect(without).not.toContain(topic.lookupOffer);
    expect(without.split('\n\n')).toHaveLength(2);
  });

  it.each([
    ['nl', nl],
    ['en', en],
    ['de', de],
    ['pl', pl],
  ])('%s: the lost letter answer has its lookup offer as a paragraph of its own', (_, faq) => {
    const topic = faq.topics.lost_letter as { answer: string; lookupOffer: string };
    expect(topic.answer.split('\n\n')).toContain(topic.lookupOffer);
  });
});
