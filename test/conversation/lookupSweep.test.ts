/**
 * Conversations from a blind sweep of the lookup: questions about the citizen's own record after a
 * lookup (its due dates, the amount, why so much, a reminder for a paid fine), questions asked while
 * the lookup waits for the number or the postcode, a fine of someone who died, and a number of the
 * wrong length at the start.
 */
import { FAST_TYPIST, useTestApp } from '../support/appForTests';
import { DEMO_DEBTORS, type Identification } from '../support/demoDebtors';
import { startAndIdentify } from '../support/identify';
import { textOf, type TestConversation } from '../support/testApp';

const { D01 } = DEMO_DEBTORS; // open, € 129,00
const PAID = DEMO_DEBTORS.D08; // everything paid
const PASSED = DEMO_DEBTORS.D06; // open, due 13 November 2026
const TWO_OPEN = DEMO_DEBTORS.D13; // two open fines
const POLISH = { ...DEMO_DEBTORS.D12, postcode: '61001' }; // open, due 22 December 2026; postcode without its dash
const INCREASED = DEMO_DEBTORS.D02; // a reminder with an increase

const ASK: Record<string, string> = {
  'nl-NL': 'mijn boete opzoeken',
  'en-GB': 'look up my fine',
  'de-DE': 'Mein Bußgeld nachsehen',
  'pl-PL': 'chcę sprawdzić mandat',
};

describe('lookup sweep', () => {
  const assistant = useTestApp(FAST_TYPIST);

  async function lookedUp(locale: string, debtor: Identification): Promise<TestConversation> {
    const c = assistant.app.conversation({ locale, channelId: 'webchat' });
    await startAndIdentify(c, ASK[locale] as string, debtor);
    return c;
  }

  describe('after a lookup, the record answers', () => {
    it.each([
      ['pl-PL', 'ile mam czasu na zapłatę', POLISH, [/22 grudnia 2026/]],
      ['en-GB', 'what is the due date', TWO_OPEN, [/1 December 2026/, /10 December 2026/]],
      ['nl-NL', 'wanneer moet ik betalen', TWO_OPEN, [/1 december 2026/, /10 december 2026/]],
      ['nl-NL', 'tot wanneer', TWO_OPEN, [/1 december 2026/]],
      ['de-DE', 'bis wann muss ich zahlen?', TWO_OPEN, [/1\. Dezember 2026/]],
    ])('%s "%s": the due dates of the record', async (locale, question, debtor, dates) => {
      const c = await lookedUp(locale, debtor);
      const reply = textOf(await c.say(question));
      for (const date of dates) expect(reply).toMatch(date);
      // Not the general payment term, nor only the amount.
      expect(reply).not.toMatch(/8 weeks|8 weken|8 Wochen|8 tygodni/);
      expect(reply).not.toMatch(/Pozostało do zapłaty/);
    });

    it('"waarom is de betaaldatum al voorbij": the passed date, kindly, and what can still be done', async () => {
      const c = await lookedUp('nl-NL', PASSED);
      const reply = textOf(await c.say('waarom is de betaaldatum al voorbij'));
      expect(reply).toMatch(/13 november 2026/);
      expect(reply).toMatch(/voorbij/);
      expect(reply).toMatch(/u kunt het nog steeds regelen/);
      expect(reply).toMatch(/betalingsregeling/);
    });

    it('"wat was ook alweer het bedrag": the amount, not an arrangement offer', async () => {
      const c = await lookedUp('nl-NL', D01);
      const reply = textOf(await c.say('wat was ook alweer het bedrag'));
      expect(reply).toMatch(/U moet nog € 129,00 betalen/);
      expect(reply).not.toMatch(/Wilt u deze betalingsregeling aanvragen|per maand/);
    });

    it('"waarom is het zo veel" in Dutch: the breakdown, as German "warum so viel?"', async () => {
      const c = assistant.app.conversation({ locale: 'nl-NL', channelId: 'webchat' });
      await c.start();
      await c.say(`mijn cjib nummer is ${INCREASED.number} postcode 3512KL`);
      const reply = textOf(await c.say('waarom is het zo veel'));
      expect(reply).toMatch(/Zo is het bedrag opgebouwd/);
      expect(reply).toMatch(/Verhoging: € 84,50/);
    });

    it('"maar ik heb een aanmaning gekregen" for a paid fine: paid, and payment and reminder may have crossed', async () => {
      const c = assistant.app.conversation({ locale: 'nl-NL', channelId: 'webchat' });
      await c.start();
      await c.say(PAID.number);
      await c.say(PAID.postcode);
      const reply = textOf(await c.say('maar ik heb een aanmaning gekregen'));
      expect(reply).toMatch(/Volgens onze gegevens is dit betaald/);
      expect(reply).toMatch(/kruisten uw betaling en de aanmaning elkaar/);
    });

    it('en: a reminder for a paid fine', async () => {
      const c = await lookedUp('en-GB', PAID);
      const reply = textOf(await c.say('I got a reminder though'));
      expect(reply).toMatch(/According to our records this is paid/);
      expect(reply).toMatch(/crossed/);
    });
  });

  describe('a question while the lookup waits is answered, and the question asked again', () => {
    it('"wacht wat is een cjib nummer eigenlijk" at the postcode', async () => {
      const c = assistant.app.conversation({ locale: 'nl-NL', channelId: 'webchat' });
      await c.start();
      await c.say('ik wil mijn boete opzoeken');
      await c.say('5320466536506279');
      const reply = textOf(await c.say('wacht wat is een cjib nummer eigenlijk'));
      expect(reply).toMatch(/16 cijfers/);
      expect(reply).toMatch(/Wat is de postcode/);
      expect(reply).not.toMatch(/Dat herken ik niet als postcode/);
    });

    it('"ok en hoe kan ik dat voorkomen" at the number', async () => {
      const c = assistant.app.conversation({ locale: 'nl-NL', channelId: 'webchat' });
      await c.start();
      await c.say('klopt het dat ik naar de gevangenis moet als ik niet betaal??? ik ben echt bang');
      await c.say('ik heb een verkeersboete');
      const reply = textOf(await c.say('ok en hoe kan ik dat voorkomen'));
      expect(reply).toMatch(/Door op tijd te betalen/);
      expect(reply).toMatch(/CJIB-nummer/);
      expect(reply).not.toMatch(/Dat lijkt geen CJIB-nummer/);
    });

    it('"wat is mijn postcode ook alweer, ik woon in utrecht": on the letter, not the abroad text', async () => {
      const c = assistant.app.conversation({ locale: 'nl-NL', channelId: 'webchat' });
      await c.start();
      await c.say('ik wil mijn boete opzoeken');
      await c.say('5320466536506279');
      const reply = textOf(await c.say('wat is mijn postcode ook alweer, ik woon in utrecht'));
      expect(reply).toMatch(/in het adres op de brief/);
      expect(reply).toMatch(/Wat is die postcode/);
      expect(reply).not.toMatch(/buitenland/i);
    });

    it.each([
      ['en-GB', 'what is my postcode again?', /address on the letter/],
      ['de-DE', 'wie ist meine Postleitzahl nochmal?', /Adresse auf dem Brief/],
      ['pl-PL', 'nie pamiętam kodu pocztowego', /adresie na liście/],
    ])('%s "%s": on the letter', async (locale, message, expected) => {
      const c = assistant.app.conversation({ locale, channelId: 'webchat' });
      await c.start();
      await c.say(ASK[locale] as string);
      await c.say('5320466536506279');
      expect(textOf(await c.say(message))).toMatch(expected);
    });
  });

  it('"my husband got a fine but he passed away": kindness and the honest answer, not the lookup', async () => {
    const c = assistant.app.conversation({ locale: 'en-GB', channelId: 'webchat' });
    await c.start();
    const reply = textOf(await c.say('my husband got a fine but he passed away, what do we do'));
    expect(reply).toMatch(/sorry for your loss/);
    expect(reply).toMatch(/fines of someone who has died/);
    expect(reply).toMatch(/member of staff/);
    expect(reply).not.toMatch(/I need the CJIB number/);
  });

  it.each([
    ['123456789012345', /Ik telde 15 cijfers/],
    ['12345678901234567', /Ik telde 17 cijfers/],
  ])('"%s" to start with: the digits counted', async (number, expected) => {
    const c = assistant.app.conversation({ locale: 'nl-NL', channelId: 'webchat' });
    await c.start();
    expect(textOf(await c.say(number))).toMatch(expected);
  });

  it('15 digits at the number question: counted, as 8 and 17', async () => {
    const c = assistant.app.conversation({ locale: 'nl-NL', channelId: 'webchat' });
    await c.start();
    await c.say('mijn boete opzoeken');
    expect(textOf(await c.say('123456789012345'))).toMatch(/15 cijfers/);
  });
});
