/**
 * After a lookup, follow-up questions about the citizen's own fines are answered from them: a running
 * arrangement instead of the letter's old due date (card and phone), instalments left, the monthly
 * amount, what is left to pay, and what the amount is made of. Also: "ok bedankt" with nothing asked
 * is thanks, and a letter the citizen does not understand gets the offer to look it up.
 */
import { FAST_TYPIST, useTestApp } from '../support/appForTests';
import { DEMO_DEBTORS, type Identification } from '../support/demoDebtors';
import { startAndIdentify } from '../support/identify';
import { heardSentences } from '../support/replyText';
import { textOf, type TestConversation } from '../support/testApp';

/** In a running arrangement (D07); open, no increase (D01); a reminder with an increase, and an open fine (D02). */
const { D07, D01, D02 } = DEMO_DEBTORS;

const ASK: Record<string, string> = {
  'nl-NL': 'mijn boete opzoeken',
  'en-GB': 'look up my fine',
  'de-DE': 'Mein Bußgeld nachsehen',
  'pl-PL': 'Sprawdź mój mandat',
};

describe('follow-ups to a lookup', () => {
  const assistant = useTestApp(FAST_TYPIST);

  async function lookedUp(
    locale: string,
    debtor: Identification,
    channelId = 'webchat',
  ): Promise<{ c: TestConversation; found: string; spoken: string }> {
    const c = assistant.app.conversation({ locale, channelId });
    const replies = await startAndIdentify(c, ASK[locale] as string, debtor);
    return { c, found: textOf(replies), spoken: heardSentences(replies) };
  }

  describe('a claim in a running arrangement shows the arrangement, not the letter’s due date', () => {
    it.each([
      ['nl-NL', /€ 39,90 per maand, 5 van 9 termijnen betaald/, /15 mei 2026|Uiterste betaaldatum/],
      ['en-GB', /€39\.90 a month/, /15 May 2026|Due date/i],
      ['de-DE', /39,90 € pro Monat/, /15\. Mai 2026|Zahlungsfrist/],
      ['pl-PL', /39,90 € miesięcznie/, /15 maja 2026/],
    ])('%s: the card', async (locale, arrangement, dueDate) => {
      const { found } = await lookedUp(locale, D07);
      expect(found).toMatch(arrangement);
      expect(found).toMatch(/BR-2026-000417/);
      expect(found).not.toMatch(dueDate);
      // Nothing new to arrange: no offer to pay in instalments.
      expect(found).not.toMatch(/Betalen in termijnen|Pay in instalments|In Raten zahlen|Płatność w ratach/);
    });

    it.each([
      ['nl-NL', /39 euro en 90 cent per maand/, /5 van de 9 termijnen/, /15 mei/],
      ['en-GB', /a month/, /5 of the 9 instalments/, /15 May|May 15/],
    ])('%s: the phone says the arrangement', async (locale, monthly, paid, dueDate) => {
      const { spoken } = await lookedUp(locale, D07, 'telephony');
      expect(spoken).toMatch(monthly);
      expect(spoken).toMatch(paid);
      expect(spoken).toMatch(/BR/);
      expect(spoken).not.toMatch(dueDate);
    });
  });

  describe('questions about the running arrangement are answered from it', () => {
    it.each([
      ['nl-NL', 'hoeveel termijnen moet ik nog?', /U moet nog 4 van de 9 termijnen betalen/],
      ['nl-NL', 'hoeveel moet ik nog betalen?', /U moet nog € 159,50 betalen/],
      ['nl-NL', 'wat is mijn maandbedrag ook alweer?', /U betaalt € 39,90 per maand/],
      ['en-GB', 'how many instalments are left?', /4 of the 9 instalments to pay/],
      ['de-DE', 'wie viele Raten noch?', /noch 4 von 9 Raten/],
      ['pl-PL', 'ile rat mi zostało?', /zostało jeszcze 4 z 9 rat/],
    ])('%s: "%s"', async (locale, question, answer) => {
      const { c } = await lookedUp(locale, D07);
      const reply = textOf(await c.say(question));
      expect(reply).toMatch(answer);
      expect(reply).toMatch(/BR-2026-000417/);
      // Not the whole overview again, not the arrangement flow, not a made-up next due date.
      expect(reply).not.toMatch(
        /Dit heb ik voor u gevonden|This is what I found|Das habe ich|already have a payment arrangement|bereits eine Ratenzahlung|al een betalingsregeling/,
      );
      expect(reply).not.toMatch(/\b20\d\d\b(?!-)/);
      // And what next.
      expect(reply).toMatch(
        /Wat wilt u nu doen|What would you like to do now|Was möchten Sie jetzt tun|Co chce Pan\/Pani teraz zrobić/,
      );
    });

    it('nl: asked before any lookup, answered once the fines are found', async () => {
      const c = assistant.app.conversation({ locale: 'nl-NL' });
      await c.start();
      expect(textOf(await c.say('hoeveel termijnen moet ik nog?'))).toMatch(/CJIB-nummer nodig/);
      await c.say(D07.number);
      const reply = textOf(await c.say(D07.postcode));
      expect(reply).toMatch(/U moet nog 4 van de 9 termijnen betalen/);
      expect(reply).not.toMatch(/Dit heb ik voor u gevonden/);
    });

    it('nl, phone: the instalments left are spoken', async () => {
      const { c } = await lookedUp('nl-NL', D07, 'telephony');
      const spoken = heardSentences(await c.say('hoeveel termijnen moet ik nog'));
      expect(spoken).toMatch(/U moet nog 4 van de 9 termijnen betalen/);
      expect(spoken).toMatch(/39 euro en 90 cent per maand/);
    });

    it('nl: the monthly amount without a running arrangement is the citizen’s own schedule', async () => {
      const { c } = await lookedUp('nl-NL', D01);
      const reply = textOf(await c.say('hoeveel betaal ik per maand?'));
      expect(reply).toMatch(/€ 21,50 per maand/);
      expect(reply).toMatch(/Wilt u deze betalingsregeling aanvragen/);
    });
  });

  describe('why the amount is what it is, from the citizen’s own claims', () => {
    it.each([
      ['nl-NL', D07, 'waarom is het zo duur?', [/Boete: € 350,00/, /Al betaald: € 199,50/, /geen verhoging/]],
      [
        'nl-NL',
        D01,
        'waar bestaat dit bedrag uit?',
        [/Boete: € 120,00/, /Administratiekosten: € 9,00/, /geen verhoging/],
      ],
      [
        'nl-NL',
        D01,
        'waarom is het meer dan de boete?',
        [/Administratiekosten: € 9,00/, /één keer administratiekosten/],
      ],
      ['de-DE', D01, 'warum ist es so teuer?', [/Geldbuße: 120,00 €/, /keine Erhöhung/]],
      ['pl-PL', D07, 'dlaczego tak drogo?', [/Mandat: 350,00 €/, /Nie doliczono żadnej podwyżki/]],
    ])('%s: no increase, no general rule about reminders', async (locale, debtor, question, expected) => {
      const { c } = await lookedUp(locale, debtor);
      const reply = textOf(await c.say(question));
      for (const e of expected) expect(reply).toMatch(e);
      expect(reply).not.toMatch(/1,5 keer|aanmaning|Mahnung|upomnieni/);
    });

    it('en: with an increase, the increase and why', async () => {
      const { c } = await lookedUp('en-GB', D02);
      const reply = textOf(await c.say('why is it more than the fine?'));
      expect(reply).toMatch(/Fine: €169\.00/);
      expect(reply).toMatch(/Increase: €84\.50/);
      expect(reply).toMatch(/Still to pay: €262\.50/);
      expect(reply).toMatch(/not paid on time/);
      expect(reply).toMatch(/half of the fine/);
      // The rule said matches DOMAIN.md §2.3 (1.5 times, then 3 times the fine), not "the whole fine again".
      expect(reply).toMatch(/3 times the original fine/);
      expect(reply).not.toMatch(/whole fine again/);
    });

    it.each([
      ['pl-PL', 'czemu tak duzo', /Podwyżka: 84,50 €/],
      ['en-GB', 'why so much', /Increase: €84\.50/],
      ['de-DE', 'wieso muss ich mehr zahlen', /Erhöhung: 84,50 €/],
    ])('%s: informal "%s" gets the breakdown of the own fines', async (locale, question, increase) => {
      const { c } = await lookedUp(locale, D02);
      expect(textOf(await c.say(question))).toMatch(increase);
    });

    it('nl, phone: the breakdown is spoken', async () => {
      const { c } = await lookedUp('nl-NL', D02, 'telephony');
      const spoken = heardSentences(await c.say('waarom is het zo duur'));
      expect(spoken).toMatch(/Verhoging: 84 euro en 50 cent/);
      expect(spoken).toMatch(/niet op tijd is betaald/);
    });

    it('nl: without a lookup the general answer stays', async () => {
      const c = assistant.app.conversation({ locale: 'nl-NL' });
      await c.start();
      expect(textOf(await c.say('waarom is het zo duur?'))).toMatch(/1,5 keer de oorspronkelijke boete/);
    });
  });

  describe('thanks with an okay, when nothing is asked', () => {
    it.each([
      ['nl-NL', 'hallo', 'ok bedankt', /Graag gedaan/],
      ['nl-NL', 'hallo', 'oke dank je wel', /Graag gedaan/],
      ['de-DE', 'hallo', 'ok danke', /Gern geschehen/],
      ['en-GB', 'hello', 'ok thanks', /You're welcome|You’re welcome/],
    ])('%s: "%s" then "%s"', async (locale, hello, thanks, reply) => {
      const c = assistant.app.conversation({ locale });
      await c.start();
      await c.say(hello);
      const answer = textOf(await c.say(thanks));
      expect(answer).toMatch(reply);
      expect(answer).not.toMatch(/Waarmee kan ik u helpen|Wie kann ich Ihnen helfen|How can I help/);
    });

    it('nl: after the lookup’s choices too', async () => {
      const { c } = await lookedUp('nl-NL', D01);
      expect(textOf(await c.say('ok bedankt'))).toMatch(/Graag gedaan/);
    });

    it('nl: to "did this answer help?" it stays positive feedback', async () => {
      const c = assistant.app.conversation({ locale: 'nl-NL' });
      await c.start();
      expect(textOf(await c.say('waarom is mijn boete verhoogd?'))).toMatch(/Heeft dit antwoord u geholpen/);
      expect(textOf(await c.say('ok bedankt'))).toMatch(/Dank u wel voor uw reactie/);
    });
  });

  describe('a letter the citizen does not understand', () => {
    it.each([
      ['nl-NL', 'ik snap de brief niet die ik kreeg', /CJIB-nummer/, /Medewerker spreken/],
      ['nl-NL', 'ik begrijp niet wat ik moet doen met deze brief', /CJIB-nummer/, /Medewerker spreken/],
      ['nl-NL', 'wat betekent deze brief?', /CJIB-nummer/, /Medewerker spreken/],
      ['en-GB', "I don't understand the letter I got", /CJIB number/, /Talk to a person/],
      ['de-DE', 'ich verstehe den Brief nicht', /CJIB-Nummer/, /Mitarbeiter/],
      ['pl-PL', 'nie rozumiem tego pisma', /numeru CJIB/, /pracownikiem/],
    ])('%s: "%s"', async (locale, message, number, person) => {
      const c = assistant.app.conversation({ locale });
      await c.start();
      const reply = textOf(await c.say(message));
      expect(reply).toMatch(number);
      expect(reply).toMatch(/postcode|Postleitzahl|kodu pocztowego/);
      expect(reply).toMatch(person);
      expect(reply).toMatch(/Mijn boete opzoeken|Look up my fine|Mein Bußgeld nachsehen|Sprawdź mój mandat/);
      expect(reply).toMatch(/strafbeschikking|punitive order|Strafbefehl|nakaz karny/i);
      // Not the lost letter, not the list of what the assistant can do.
      expect(reply).not.toMatch(/kwijt|lost|verloren|zgubi/i);
    });

    it('nl: picking the lookup asks for the number', async () => {
      const c = assistant.app.conversation({ locale: 'nl-NL' });
      await c.start();
      await c.say('ik snap de brief niet');
      expect(textOf(await c.say('Mijn boete opzoeken'))).toMatch(/CJIB-nummer nodig/);
    });

    it('nl: picking the higher amount explains the reminders', async () => {
      const c = assistant.app.conversation({ locale: 'nl-NL' });
      await c.start();
      await c.say('ik snap de brief niet');
      expect(textOf(await c.say('Waarom is het bedrag hoger'))).toMatch(/aanmaning/);
    });

    it('nl: after a lookup, the fines are shown again without asking the number', async () => {
      const { c } = await lookedUp('nl-NL', D01);
      const reply = textOf(await c.say('ik snap de brief niet'));
      expect(reply).toMatch(/boetes nog eens laten zien/);
      expect(reply).not.toMatch(/CJIB-nummer/);
      const again = textOf(await c.say('Mijn boete opzoeken'));
      expect(again).toMatch(/Snelheidsovertreding van 14 km\/u/);
      expect(again).not.toMatch(/CJIB-nummer nodig|postcode van het adres/);
    });

    it('nl, phone: spoken with the choices', async () => {
      const c = assistant.app.conversation({ locale: 'nl-NL', channelId: 'telephony' });
      await c.start();
      const spoken = heardSentences(await c.say('ik snap de brief niet'));
      expect(spoken).toMatch(/CJIB-nummer en uw postcode/);
      expect(spoken).toMatch(/Medewerker spreken/);
      expect(spoken).not.toMatch(/rechtsboven/);
    });
  });
});
