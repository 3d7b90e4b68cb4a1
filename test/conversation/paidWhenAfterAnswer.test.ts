/**
 * "Ik heb al betaald maar kreeg toch een aanmaning", then "2 weken geleden overgemaakt": when or how
 * the citizen paid gets the short word on a payment not yet seen (keep the proof, staff can check it),
 * not the list of ways to pay.
 */
import { answersTo, FAST_TYPIST, useTestApp } from '../support/appForTests';

describe('when or how the citizen paid, right after the answer on a payment not seen', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    [
      'nl-NL',
      'ik heb al betaald maar kreeg toch een aanmaning',
      '2 weken geleden overgemaakt',
      /betaalbewijs/,
      /Zo kunt u betalen|U kunt op deze manieren betalen/,
    ],
    [
      'en-GB',
      'I already paid but got a reminder',
      'I paid by bank transfer last week',
      /proof of payment/,
      /You can pay in these ways/,
    ],
    [
      'de-DE',
      'Hallo, ich habe eine Mahnung bekommen aber ich habe schon bezahlt',
      'vor 2 Wochen per Überweisung',
      /Zahlungsbeleg/,
      /So können Sie zahlen/,
    ],
    [
      'pl-PL',
      'zapłaciłem już, ale dostałem upomnienie',
      'tydzień temu przelewem',
      /potwierdzenie przelewu/,
      /Można zapłacić w następujący sposób/,
    ],
  ])('%s: "%s", then "%s"', async (locale, first, detail, proof, waysToPay) => {
    const [, reply] = await answersTo(assistant, locale, first, detail);
    expect(reply).toMatch(proof);
    expect(reply).not.toMatch(waysToPay);
  });
});
