import { FAST_TYPIST, useTestApp } from '../support/appForTests';
import { textOf } from '../support/testApp';

/**
 * Questions at the proposed schedule of a payment arrangement: "kan ik ook bezwaar maken?" is whether
 * to appeal instead (no arrangement while an appeal runs, DOMAIN.md §1.8), and "wnr moet ik de eerste
 * keer betalen" in WhatsApp Dutch is the first due date of the schedule; then the same question again.
 */
const D13 = ['2342145524857394', '1071 DJ'] as const;
const ASK_AGAIN =
  /Wilt u deze (betalings)?regeling aanvragen|Would you like to request this|Möchten Sie diese Ratenzahlung beantragen|Czy chce Pan\/Pani złożyć wniosek/;
const NO_ARRANGEMENT_WHILE_APPEALING =
  /Vraag dan geen betalingsregeling aan|do not request a payment arrangement|beantragen Sie keine Ratenzahlung|nie należy (składać wniosku|wnioskować)|nie składać wniosku/;

describe('questions at the schedule of a payment arrangement', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['nl-NL', 'betalingsregeling', 'kan ik ook bezwaar maken?'],
    ['en-GB', 'I want a payment plan', 'can I appeal instead?'],
    ['de-DE', 'Ratenzahlung', 'kann ich auch Einspruch einlegen?'],
    ['pl-PL', 'raty', 'czy mogę się odwołać?'],
  ])(
    '%s: "%s", then "%s" → an appeal means no arrangement now, then the question again',
    async (locale, ask, question) => {
      const c = await assistant.open({ locale });
      await c.say(ask);
      await c.say(D13[0]);
      await c.say(D13[1]);
      const reply = textOf(await c.say(question));
      expect(reply).toMatch(/16/);
      expect(reply).toMatch(ASK_AGAIN);
      expect(reply).toMatch(NO_ARRANGEMENT_WHILE_APPEALING);
    },
  );

  it('"wnr moet ik de eerste keer betalen" is the first due date of the schedule', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    await c.say('betalingsregeling');
    await c.say('9698948614580658');
    await c.say('8911 AB');
    const reply = textOf(await c.say('wnr moet ik de eerste keer betalen'));
    expect(reply).toMatch(/De eerste termijn betaalt u uiterlijk 1 januari 2027/);
    expect(reply).not.toMatch(/QR-code/);
  });

  it.each([
    ['nl-NL', 'betalingsregeling', 'hoe lang duurt de beoordeling?', /niet precies zeggen/],
    ['en-GB', 'payment plan', 'how long does the assessment take?', /cannot say exactly/],
    ['de-DE', 'Ratenzahlung', 'wie lange dauert die Bearbeitung?', /nicht genau sagen/],
    ['pl-PL', 'raty', 'jak długo trwa weryfikacja?', /[Nn]ie mogę (dokładnie )?powiedzieć/],
  ])(
    '%s at the confirmation: "%s" → how long the assessment takes, not how long the arrangement runs',
    async (locale, ask, question, honest) => {
      const c = await assistant.open({ locale });
      await c.say(ask);
      await c.say('3338082450532785');
      await c.say('3512 KL');
      await c.say({ nl: 'ja', en: 'yes', de: 'ja', pl: 'tak' }[locale.slice(0, 2)] as string);
      await c.say('jan@example.nl');
      const reply = textOf(await c.say(question));
      expect(reply).toMatch(honest);
      expect(reply).not.toMatch(/1 december 2027|1 December 2027|1\. Dezember 2027|1 grudnia 2027/);
    },
  );

  it.each([
    [
      'nl-NL',
      'betalingsregeling',
      'is het maandbedrag elke maand hetzelfde?',
      /elke maand € 78,88; alleen de laatste termijn is € 79,04/,
    ],
    [
      'en-GB',
      'payment plan',
      'is the monthly amount fixed?',
      /€78\.88 every month; only the last instalment is €79\.04/,
    ],
    ['de-DE', 'Ratenzahlung', 'bleibt die Rate immer gleich?', /jeden Monat 78,88 €; nur die letzte Rate/],
    [
      'pl-PL',
      'raty',
      'czy rata jest stała?',
      /Co miesiąc płaci Pan\/Pani 78,88 €; tylko ostatnia rata wynosi 79,04 €/,
    ],
  ])(
    '%s at the schedule: "%s" → yes, the same every month, only the last rounded',
    async (locale, ask, question, same) => {
      const c = await assistant.open({ locale });
      await c.say(ask);
      await c.say(D13[0]);
      await c.say(D13[1]);
      const reply = textOf(await c.say(question));
      expect(reply).toMatch(same);
      expect(reply).toMatch(ASK_AGAIN);
    },
  );
});
