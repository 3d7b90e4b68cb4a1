import type { Activity } from 'botbuilder';
import type { Recognition, Recognizer } from '../../domain/ports/recognizer';
import { localRecognizer } from '../support/nluModel';
import { STAFF_ALWAYS_IN, useTestApp } from '../support/appForTests';
import { useAppWithMongo } from '../support/appWithMongo';
import { DEMO_CLOCK, DEMO_DEBTORS } from '../support/demoDebtors';
import { oneLine as plain } from '../support/replyText';
import type { TestApp, TestConversation } from '../support/testApp';

/**
 * Whole citizen journeys as they really go: questions in the middle of a flow, bare "ja" and "nee"
 * to offered choices, typos, spoken numbers, other languages, changing one's mind.
 */

const { D01 } = DEMO_DEBTORS;

/** A message the model is unsure of, whatever the training data: the router asks which of two it is. */
const UNSURE = 'ik heb een probleem met mijn boete';

/** A question whose words fit two topics of its intent equally: the FAQ asks which one. */
const TWO_TOPICS = 'waarom is het bedrag hoger en wanneer moet ik betalen';

/** The trained model, except that UNSURE is always unsure between looking up and not being able to pay. */
function recognizerWithUnsureProbe(): Recognizer {
  const model = localRecognizer();
  return {
    async recognize(text, locale): Promise<Recognition> {
      const recognition = await model.recognize(text, locale);
      if (text === TWO_TOPICS) return { ...recognition, intent: 'payment_deadline', score: 0.9 };
      if (text !== UNSURE) return recognition;
      const ranked = [
        { intent: 'fine_status' as const, score: 0.31 },
        { intent: 'cannot_pay' as const, score: 0.18 },
      ];
      return { ...recognition, intent: 'fine_status', score: 0.31, ranked };
    },
  };
}

describe('citizen journeys through POST /api/messages', () => {
  const assistant = useAppWithMongo(
    { MONGODB_DB: `journeys_${Date.now()}`, RATE_LIMIT_CONVERSATION_BURST: '100' },
    { clock: DEMO_CLOCK, recognizer: recognizerWithUnsureProbe() },
  );

  async function started(options?: Parameters<TestApp['conversation']>[0]): Promise<TestConversation> {
    return assistant.open(options);
  }

  it('answers "wat is eigenlijk een cjib nummer?" while asking the postcode, then asks the postcode again', async () => {
    const c = await started();
    await c.say('ik wil mijn boete opzoeken');
    expect(plain(await c.say(D01.number))).toMatch(/postcode/);
    const answer = plain(await c.say('wat is eigenlijk een cjib nummer?'));
    expect(answer).toMatch(/16 cijfers/);
    expect(answer).not.toMatch(/herken ik niet als postcode/);
    expect(answer).toMatch(/Wat is de postcode/);
    // Asked again without thanking for a number the citizen did not just give.
    expect(answer).not.toMatch(/Dank u/);
    expect(plain(await c.say(D01.postcode))).toMatch(/€ 129,00/);
  });

  it('"ja graag" to "Wat wilt u nu doen?" after the lookup asks which one, with the same choices', async () => {
    const c = await started();
    await c.say('ik wil mijn boete opzoeken');
    await c.say(D01.number);
    expect(plain(await c.say(D01.postcode))).toMatch(/Wat wilt u nu doen\?/);
    const which = plain(await c.say('ja graag'));
    expect(which).not.toMatch(/niet mee helpen/);
    expect(which).toMatch(/Welke van deze bedoelt u/);
    expect(which).toMatch(/Betalen in termijnen/);
    // The choice still works afterwards.
    expect(plain(await c.say('Betalen in termijnen'))).toMatch(/maanden|termijn/i);
  });

  it('a bare "ja" to a clarifying question offers the choices again; "nee" asks for other words', async () => {
    const c = await started();
    expect(plain(await c.say(UNSURE))).toMatch(/Gaat het om een van deze onderwerpen/);
    const again = plain(await c.say('ja'));
    expect(again).not.toMatch(/lukt mij niet goed/);
    expect(again).toMatch(/Welke van deze bedoelt u.*Mijn boete opzoeken.*Ik kan niet betalen.*Iets anders/);
    expect(plain(await c.say('nee'))).toMatch(/andere vraag/);
    expect(plain(await c.say('Hoe lang heb ik om te betalen?'))).toMatch(/8 weken/);

    const other = await started();
    await other.say(UNSURE);
    expect(plain(await other.say('Iets anders'))).toMatch(/andere vraag/);
  });

  it('"ik kan het niet in 1x betalen" leads to paying in instalments, not to "niet betalen"', async () => {
    const c = await started();
    const answer = plain(await c.say('hoi, ik heb een boete gekregen maar ik kan het niet in 1x betalen'));
    expect(answer).toMatch(/betalingsregeling/i);
    expect(answer).not.toMatch(/lukt mij niet goed/);
  });

  it('changing the language mid-flow continues the same flow in the new language', async () => {
    const c = await started();
    await c.say('ik wil een betalingsregeling');
    await c.say('3338082450532785');
    expect(plain(await c.say('3512KL'))).toMatch(/Wilt u deze betalingsregeling aanvragen/);
    const german = plain(await c.say('Können wir auf Deutsch sprechen?'));
    expect(german).toMatch(/Ich fahre auf Deutsch fort/);
    expect(german).toMatch(/45,95 € pro Monat.*Möchten Sie diese Ratenzahlung beantragen/);
    expect(plain(await c.say('ja gerne'))).toMatch(/E-Mail-Adresse oder Telefonnummer/);

    const lookup = await started();
    await lookup.say('ik wil mijn boete opzoeken');
    const english = plain(await lookup.say('can we speak english please?'));
    expect(english).toMatch(/I will continue in English.*CJIB number/);
    expect(english).not.toMatch(/does not look like a CJIB number/);
  });

  it('the arrangement says why it asks for the CJIB number, and answers "wat als ik een termijn mis?" at the schedule', async () => {
    const c = await started();
    expect(plain(await c.say('ik wil een betalingsregeling'))).toMatch(
      /Om een betalingsregeling voor u aan te vragen/,
    );
    await c.say('3338082450532785');
    await c.say('3512 kl');
    const answer = plain(await c.say('wat als ik een termijn mis?'));
    expect(answer).toMatch(/Heeft u een termijn van uw betalingsregeling gemist/);
    expect(answer).toMatch(/Wilt u deze betalingsregeling aanvragen/);
  });

  it('at the confirmation a new contact replaces the old one, and "nee, het nummer klopt niet" asks it again', async () => {
    const c = await started();
    await c.say('ik wil een betalingsregeling');
    await c.say(D01.number);
    await c.say(D01.postcode);
    await c.say('ja doe maar');
    expect(plain(await c.say('0612345678'))).toMatch(/via 0612345678\. Zal ik de aanvraag nu versturen/);
    expect(plain(await c.say('nee wacht, mijn mailadres is Piet@Gmail.com'))).toMatch(
      /via piet@gmail\.com\. Zal ik de aanvraag nu versturen/,
    );
    expect(plain(await c.say('nee het mailadres klopt niet'))).toMatch(
      /Op welk e-mailadres of telefoonnummer/,
    );
    expect(plain(await c.say('06-87654321'))).toMatch(/via 0687654321/);
    expect(plain(await c.say('ja'))).toMatch(/referentienummer is \*\*BR-/);
  });

  it('a question at the confirmation is answered or said to be unknown, and the request is still there', async () => {
    const c = await started({ locale: 'en-GB' });
    await c.say('I would like to set up a payment plan');
    await c.say('2342145524857394');
    await c.say('1071dj');
    await c.say('yes please');
    expect(plain(await c.say('my email is J.Smith@Mail.com'))).toMatch(/j\.smith@mail\.com\. Shall I send/);
    const missed = plain(await c.say('what happens if I miss a payment?'));
    expect(missed).toMatch(/Did you miss an instalment.*Shall I send the request now/);
    const nl = await started();
    await nl.say('ik wil een betalingsregeling');
    await nl.say('3338082450532785');
    await nl.say('3512 KL');
    await nl.say('ja');
    await nl.say('0612345678');
    const unknown = plain(await nl.say('kan ik de regeling later nog aanpassen?'));
    expect(unknown).toMatch(/geen precies antwoord.*Zal ik de aanvraag nu versturen/);
    expect(plain(await nl.say('ja'))).toMatch(/referentienummer is \*\*BR-/);
  });

  it('a first "hallo" on SMS gets the welcome and one question, not a second hello; on the phone only the welcome', async () => {
    const sms = assistant.app.conversation({ channelId: 'sms' });
    const replies = plain(await sms.say('hallo'));
    expect(replies).toMatch(/digitale assistent van het CJIB/);
    expect(replies).toMatch(/Waarmee kan ik u helpen\?$/);
    expect(replies).not.toMatch(/Goedendag/);
    const phone = assistant.app.conversation({ channelId: 'telephony', locale: 'de-DE' });
    const spoken = await phone.say('Guten Tag');
    expect(plain(spoken)).toMatch(/digitalen Assistenten des CJIB/);
    expect(plain(spoken)).not.toMatch(/Guten Tag!/);
  });

  it('takes a CJIB number spoken in groups with commas on the phone, and typed with commas', async () => {
    const phone = assistant.app.conversation({ channelId: 'telephony' });
    await phone.say('boete opzoeken');
    const spoken =
      'eh mijn nummer is negen zes negen acht, negen vier acht zes, een vier vijf acht, nul zes vijf acht';
    expect(plain(await phone.say(spoken))).toMatch(/Wat is de postcode/);
    expect(plain(await phone.say('acht negen een een, a, b'))).toMatch(/129 euro/);

    const typed = await started();
    await typed.say('boete opzoeken');
    expect(plain(await typed.say('9698, 9486, 1458, 0658'))).toMatch(/Wat is de postcode/);
  });

  it('"nee" or "ja" to "Kan ik nog iets anders voor u doen?" closes kindly or asks what, never "Sorry"', async () => {
    for (const [no, locale, closing] of [
      ['nee', 'nl-NL', /Tot ziens!/],
      ['nee dank je wel', 'nl-NL', /Tot ziens!/],
      ['nee hoor, dat was het', 'nl-NL', /Tot ziens!/],
      ["no that's all", 'en-GB', /Goodbye!/],
      ['nie, dziękuję', 'pl-PL', /Do widzenia!/],
    ] as const) {
      const c = await started({ locale });
      await c.say(locale === 'nl-NL' ? 'bedankt' : locale === 'en-GB' ? 'thanks' : 'dziękuję');
      const reply = plain(await c.say(no));
      expect({ no, reply }).toEqual({ no, reply: expect.stringMatching(closing) });
      expect(reply).not.toMatch(/Sorry|niet mee helpen|cannot help/);
    }
    const yes = await started();
    await yes.say('bedankt');
    expect(plain(await yes.say('ja'))).toMatch(/Waarmee kan ik u helpen\?.*Mijn boete opzoeken/);
  });

  it('"waar vind ik dat nummer?" or "ik weet het niet" at the number question says where it is, not "that is no number"', async () => {
    const c = await started();
    await c.say('mijn boete opzoeken');
    const where = plain(await c.say('waar vind ik dat nummer?'));
    expect(where).toMatch(/rechtsboven op de brief/);
    expect(where).not.toMatch(/lijkt geen CJIB-nummer/);
    expect(plain(await c.say('ik weet het niet'))).toMatch(/brief kwijt/);
    expect(plain(await c.say(D01.number))).toMatch(/postcode/);
  });

  it('"ja graag" after an answer that offers something accepts the offer; a plain "ja" rates it', async () => {
    const c = await started();
    expect(plain(await c.say('kan ik in termijnen betalen?'))).toMatch(/Heeft dit antwoord u geholpen/);
    expect(plain(await c.say('ja graag'))).toMatch(/Om een betalingsregeling voor u aan te vragen/);

    const two = await started();
    await two.say('wat als ik een termijn heb gemist?');
    expect(plain(await two.say('ja graag'))).toMatch(
      /Waarmee wilt u verder\?.*Mijn boete opzoeken.*Medewerker spreken/,
    );

    const rating = await started();
    await rating.say('hoe lang heb ik om te betalen?');
    expect(plain(await rating.say('ja'))).toMatch(/Dank u wel voor uw reactie/);
  });

  it('a whole arrangement in Polish, with the e-mail typed with spaces around the "@"', async () => {
    const c = await started({ locale: 'pl-PL' });
    expect(plain(await c.say('Dzień dobry, chcę rozłożyć mandat na raty'))).toMatch(/numeru CJIB/);
    await c.say('1624 6896 3032 3359');
    expect(plain(await c.say('61-001'))).toMatch(/Czy chce Pan\/Pani złożyć wniosek/);
    expect(plain(await c.say('tak, poproszę'))).toMatch(/adresem e-mail lub numerem telefonu/);
    expect(plain(await c.say('Jan.Kowalski @ wp.pl'))).toMatch(/jan\.kowalski@wp\.pl\. Czy mam teraz wysłać/);
    expect(plain(await c.say('tak'))).toMatch(/numer referencyjny to \*\*BR-/);
    expect(plain(await c.say('dziękuję, do widzenia'))).toMatch(/Do widzenia/);
  });

  it('changing one\'s mind mid-flow ("eigenlijk wil ik een betalingsregeling") switches flows and keeps the number', async () => {
    const c = await started();
    await c.say('mijn boete opzoeken');
    await c.say('2342145524857394');
    const switched = plain(await c.say('eigenlijk wil ik liever een betalingsregeling aanvragen'));
    expect(switched).toMatch(/Goed, dan vraag ik een betalingsregeling voor u aan.*postcode/);
    expect(switched).not.toMatch(/herken ik niet als postcode/);
    expect(plain(await c.say('1071 DJ'))).toMatch(/Wilt u deze betalingsregeling aanvragen/);
    const back = plain(await c.say('ik wil eerst mijn boete opzoeken'));
    expect(back).toMatch(
      /Goed, dan zoek ik eerst uw boete op.*Dit heb ik voor u gevonden.*Wat wilt u nu doen/,
    );
  });

  it('on the phone a whole arrangement reads the phone number and the reference digit by digit', async () => {
    const phone = assistant.app.conversation({ channelId: 'telephony' });
    const speak = (replies: Partial<Activity>[]): string => replies.map((a) => a.speak ?? '').join(' ');
    await phone.say('ik wil in termijnen betalen');
    await phone.say('nul vijf vier drie zeven negen drie nul vijf acht een vijf vijf vijf twee drie');
    expect(plain(await phone.say('47533'))).toMatch(/Wilt u deze betalingsregeling aanvragen/);
    await phone.say('ja');
    const confirm = speak(await phone.say('nul zes een twee drie vier vijf zes zeven acht'));
    expect(confirm).toMatch(/via 0 6, 1 2 3 4, 5 6 7 8\./); // a Dutch mobile number as 06 1234 5678
    expect(speak(await phone.say('ja'))).toMatch(
      /referentienummer is BR, 2026, \d \d \d \d, \d \d \d \d\./, // no "minus" read out
    );
  });

  it('"ja graag" to the welcome\'s "Wilt u liever een medewerker spreken?" means a person; "nee, ik wil …" is routed', async () => {
    const yes = await started();
    expect(plain(await yes.say('ja graag'))).toMatch(/terugbelt|wachtrij/);
    const no = await started();
    expect(plain(await no.say('nee, ik wil een betalingsregeling'))).toMatch(
      /Om een betalingsregeling voor u aan te vragen/,
    );
  });

  it('"why do you need my postcode?" at the postcode question says why, then the postcode is taken', async () => {
    const c = await started({ locale: 'en-GB' });
    await c.say('look up my fine');
    await c.say('2342145524857394');
    const why = plain(await c.say('why do you need my postcode?'));
    expect(why).toMatch(/check that the fine is yours/);
    expect(why).not.toMatch(/do not recognise that as a postcode/);
    expect(plain(await c.say('1071 dj'))).toMatch(/What would you like to do now/);
  });

  it('"waarom heeft u dat nodig?" and "ik heb geen email" at the contact question say why and that a phone will do', async () => {
    const c = await started({ locale: 'de-DE' });
    await c.say('Ich möchte in Raten zahlen');
    await c.say('1852906095141302');
    await c.say('7511 JE');
    expect(plain(await c.say('ja'))).toMatch(/E-Mail-Adresse oder Telefonnummer/);
    const why = plain(await c.say('Wozu brauchen Sie das?'));
    expect(why).toMatch(/Telefonnummer in Ordnung/);
    expect(plain(await c.say('ich habe keine E-Mail'))).toMatch(/Telefonnummer in Ordnung/);
    expect(plain(await c.say('+49 170 1234567'))).toMatch(
      /\+491701234567\. Soll ich den Antrag jetzt absenden/,
    );
  });

  it('"ik heb schulden, ik kan echt niet betalen" mid-flow explains the noodstop and offers a person instead of asking on', async () => {
    const c = await started();
    await c.say('mijn boete opzoeken');
    const reply = plain(await c.say('ik heb zoveel schulden, ik kan echt niet betalen'));
    expect(reply).toMatch(/noodstop.*Wilt u met een medewerker spreken\?/);
    expect(reply).not.toMatch(/CJIB-nummer nodig/);
    expect(plain(await c.say('ja, graag'))).toMatch(/terugbelt|wachtrij/);
  });

  it('takes a postcode said as numbers on the phone ("negenentachtig elf a b")', async () => {
    const phone = assistant.app.conversation({ channelId: 'telephony' });
    await phone.say('boete opzoeken');
    await phone.say('negen zes negen acht negen vier acht zes een vier vijf acht nul zes vijf acht');
    expect(plain(await phone.say('negenentachtig elf a b'))).toMatch(/129 euro/);
    const again = assistant.app.conversation({ channelId: 'telephony' });
    await again.say('boete opzoeken');
    await again.say('9698948614580658');
    expect(plain(await again.say('acht negen elf a b'))).toMatch(/129 euro/);
  });

  it('understands yes and no in more forms ("neej", "jo", "natuurlijk niet")', async () => {
    const c = await started();
    await c.say('mijn boete opzoeken');
    expect(plain(await c.say('3338 0824 5078 2785'))).toMatch(/Klopt het nummer\?/);
    expect(plain(await c.say('neej'))).toMatch(/Wat is het juiste CJIB-nummer/);
    expect(plain(await c.say('3338 0824 5078 2785'))).toMatch(/Klopt het nummer\?/);
    expect(plain(await c.say('jo'))).toMatch(/postcode/);
  });

  it('a bare "ja" to the knowledge base\'s "Waar gaat uw vraag over?" offers the topics again', async () => {
    const c = await started();
    expect(plain(await c.say(TWO_TOPICS))).toMatch(/Waar gaat uw vraag over\?/);
    const again = plain(await c.say('ja'));
    expect(again).toMatch(/Welke van deze bedoelt u/);
    expect(again).not.toMatch(/lukt mij niet goed|niet mee helpen/);
    expect(plain(await c.say('2'))).toMatch(/aanmaning/);
  });
});

describe('journeys while staff are at work', () => {
  const assistant = useTestApp(STAFF_ALWAYS_IN);

  it('"hoe lang moet ik nog wachten?" in the queue tells the place in the queue, not a payment deadline', async () => {
    const c = assistant.app.conversation();
    await c.start();
    await c.say('ik wil mijn boete opzoeken');
    expect(plain(await c.say('kan ik iemand spreken?'))).toMatch(/wachtrij/);
    const waiting = plain(await c.say('hoe lang moet ik nog wachten?'));
    expect(waiting).toMatch(/U staat al in de wachtrij.*nummer \d+ in de rij/);
    expect(waiting).not.toMatch(/8 weken/);
    const german = assistant.app.conversation({ locale: 'de-DE' });
    await german.say('Ich möchte mit einem Mitarbeiter sprechen');
    expect(plain(await german.say('Wie lange muss ich noch warten?'))).toMatch(/Warteschlange/);
  });

  it('a flow started from an answer\'s follow-up still hands over: "te hoog" then "ja graag" queues for a person', async () => {
    const c = assistant.app.conversation();
    await c.start();
    await c.say('kan ik in termijnen betalen?');
    expect(plain(await c.say('Betalingsregeling aanvragen'))).toMatch(/CJIB-nummer/);
    await c.say(D01.number);
    expect(plain(await c.say(D01.postcode))).toMatch(/Wilt u deze betalingsregeling aanvragen/);
    expect(plain(await c.say('Het maandbedrag is te hoog'))).toMatch(/medewerker/);
    expect(plain(await c.say('ja graag'))).toMatch(/wachtrij/);
  });
});
