import { paysForeignFineHere } from '../../domain/knowledge/foreignFinePayWhere';
import { normalizeQuestion } from '../../domain/knowledge/normalizeQuestion';

describe('paysForeignFineHere', () => {
  it.each([
    'ik heb een boete gekregen in frankrijk, moet ik die bij jullie betalen',
    'got a speeding ticket in Germany, do I pay it to CJIB?',
    'Strafzettel aus Belgien, zahle ich das beim CJIB?',
    'dostałem mandat we Francji, czy mam go zapłacić w CJIB?',
  ])('another EU country\'s fine, paid here?: "%s"', (text) =>
    expect(paysForeignFineHere(normalizeQuestion(text))).toBe(true),
  );

  it.each([
    'I live in Germany and got a Dutch fine, do I pay it to CJIB?',
    'ik woon in belgie, hoe betaal ik de boete aan het cjib',
    'how do I pay my fine?',
  ])('not that: "%s"', (text) => expect(paysForeignFineHere(normalizeQuestion(text))).toBe(false));
});
