import { withoutParagraph } from '../../dialogs/lookupOffer';
import nl from '../../locales/nl/faq.json';
import en from '../../locales/en/faq.json';
import de from '../../locales/de/faq.json';
import pl from '../../locales/pl/faq.json';

describe('withoutParagraph: an answer without its lookup offer', () => {
  it('leaves out exactly that paragraph', () => {
    expect(withoutParagraph('A.\n\nOffer? Yes.\n\nB.', 'Offer? Yes.')).toBe('A.\n\nB.');
    expect(withoutParagraph('A.\n\nB.', 'Offer? Yes.')).toBe('A.\n\nB.');
    expect(withoutParagraph('A. Offer? Yes.', 'Offer? Yes.')).toBe('A. Offer? Yes.');
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
});
