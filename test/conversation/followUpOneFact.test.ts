/**
 * A follow-up asks one fact: it gets that fact from what was just said, not "Dat staat in mijn
 * antwoord. Hier is het nog eens:" and the whole answer again. The verzet after a punitive order, when
 * the victim's advance comes, what a noodstop is, Saturday after the opening hours, paying first at the
 * kantonrechter, not asking for a noodstop, the time left once a car was taken, "ik was het niet" after
 * the appeal; two questions in one message both answered.
 */
import { FAST_TYPIST, useTestApp } from '../support/appForTests';
import { textOf } from '../support/testApp';

const ONCE_MORE = /staat in mijn antwoord|in my answer|in meiner Antwort|w mojej odpowiedzi/;
const NOT_UNDERSTOOD = /weet niet zeker wat u bedoelt|not sure what you mean|nicht sicher, was Sie meinen|nie jestem pewien/;

describe('a follow-up gets the one fact it asks', () => {
  const assistant = useTestApp({ ...FAST_TYPIST, OFFICE_HOURS: 'mon-fri 08:00-17:00' });

  async function after(locale: string, first: string, then: string, channelId = 'webchat'): Promise<string> {
    const c = await assistant.open({ channelId, locale });
    await c.say(first);
    return textOf(await c.say(then)).replace(/\s+/g, ' ');
  }

  it.each([
    ['nl-NL', 'ik heb een strafbeschikking gekregen voor rijden onder invloed wat nu', 'kan ik daar ook bezwaar tegen maken', /14 dagen.*verzetschrift/],
    ['en-GB', 'I got a punitive order for drink driving', 'can I also object to it?', /14 days/],
    ['de-DE', 'Ich habe einen Strafbefehl bekommen', 'kann ich dagegen auch Einspruch einlegen?', /14 Tagen/],
  ])('%s: the verzet after a punitive order, not the whole order again', async (locale, first, then, fact) => {
    const answer = await after(locale, first, then);
    expect(answer).toMatch(fact);
    expect(answer).not.toMatch(/aanmaning|reminder|Mahnung/);
    expect(answer).not.toMatch(/Openbaar Ministerie.*Openbaar Ministerie|taakstraf|community service|Arbeitsstrafe/);
  });

  it('nl: "wanneer krijg ik dat voorschot dan" after the compensation: 8 months, not the whole answer', async () => {
    const answer = await after(
      'nl-NL',
      'ik ben overvallen en de dader moet mij geld betalen maar ik heb nog niks gekregen',
      'wanneer krijg ik dat voorschot dan',
    );
    expect(answer).toMatch(/8 maanden.*voorschot/);
    expect(answer).not.toMatch(ONCE_MORE);
    expect(answer).not.toMatch(/Elke betaling van de dader|incassobureau/);
  });

  it('nl: "wat is een noodstop" after the noodstop: what it is, not how to ask for it again', async () => {
    const answer = await after('nl-NL', 'ik heb schulden en kan niks betalen', 'wat is een noodstop');
    expect(answer).toMatch(/4 maanden uitstel/);
    expect(answer).not.toMatch(ONCE_MORE);
    expect(answer).not.toMatch(/Tijdens de noodstop komen er/);
  });

  it.each([
    ['nl-NL', 'hoe laat zijn jullie open', 'en op zaterdag?', /Op zaterdag zijn er geen medewerkers bereikbaar/],
    ['en-GB', 'what are your phone numbers', 'and on Saturday?', /On Saturday no staff are available/],
    ['pl-PL', 'jaki jest numer telefonu CJIB?', 'a w sobotę?', /W sobotę pracownicy są niedostępni/],
  ])('%s: "%s", then "%s": that day from the office hours', async (locale, first, then, says) => {
    const answer = await after(locale, first, then);
    expect(answer).toMatch(says);
    expect(answer).not.toMatch(NOT_UNDERSTOOD);
  });

  it.each([
    ['nl-NL', 'bezwaar afgewezen door officier wat nu', 'moet ik dan eerst betalen?', /Ja\. Voordat de kantonrechter/],
    ['en-GB', 'the prosecutor rejected my appeal, what now', 'do I have to pay first?', /Yes\. Before the subdistrict court/],
  ])('%s: paying first at the kantonrechter: yes, the security', async (locale, first, then, says) => {
    const answer = await after(locale, first, then);
    expect(answer).toMatch(says);
    expect(answer).not.toMatch(NOT_UNDERSTOOD);
  });

  it('nl: "en als ik dat niet doe?" after the noodstop: collection goes on, not what follows a noodstop', async () => {
    const answer = await after('nl-NL', 'ik heb schulden en kan niks betalen', 'en als ik dat niet doe?');
    expect(answer).toMatch(/Vraagt u geen noodstop aan/);
    expect(answer).not.toMatch(/Na de noodstop betaalt u/);
  });

  it('nl: "hoeveel tijd heb ik" once the car was taken: up to 4 weeks, not the 8 weeks to pay', async () => {
    const answer = await after(
      'nl-NL',
      'mijn auto is weggehaald door domeinen hoe krijg ik hem terug',
      'hoeveel tijd heb ik',
    );
    expect(answer).toMatch(/tot 4 weken.*verkocht/);
    expect(answer).not.toMatch(/8 weken/);
  });

  it.each([
    ['sms', 'nl-NL', 'bezwaar maken', 'ik was het niet, ik stond daar niet', /Bekijk eerst de foto.*machtiging/],
    ['webchat', 'en-GB', 'how do I object to a fine?', "that wasn't me, I wasn't there", /First look at the photo/],
  ])('%s %s: "%s", then "%s": what fits not having been there', async (channelId, locale, first, then, says) => {
    const answer = await after(locale, first, then, channelId);
    expect(answer).toMatch(says);
    expect(answer).not.toMatch(ONCE_MORE);
  });
});

describe('two questions in one message', () => {
  const assistant = useTestApp(FAST_TYPIST);

  async function ask(locale: string, text: string): Promise<string> {
    const c = await assistant.open({ locale });
    return textOf(await c.say(text)).replace(/\s+/g, ' ');
  }

  it('nl: the appeal and the phone number: both answered', async () => {
    const answer = await ask('nl-NL', 'ik wil bezwaar maken en ook wil ik weten wat jullie telefoonnummer is');
    expect(answer).toMatch(/cjib\.nl\/telefoonnummers/);
    expect(answer).toMatch(/binnen 6 weken/);
  });

  it.each([
    ['nl-NL', 'ik wil de foto zien en ook een betalingsregeling', /Digitaal Loket.*ook om een betalingsregeling.*Betalingsregeling aanvragen/],
    ['en-GB', 'I want to see the photo and also a payment plan', /Digitaal Loket.*also asked for a payment arrangement.*Apply for a payment arrangement/],
  ])('%s: the photo and an arrangement: the photo, then the arrangement offered', async (locale, text, says) => {
    expect(await ask(locale, text)).toMatch(says);
  });

  it('nl: paid twice, "krijg ik dat terug en hoe lang duurt dat": not the payment term, honestly unknown', async () => {
    const answer = await ask('nl-NL', 'heb 2x betaald per ongeluk krijg ik dat terug en hoe lang duurt dat');
    expect(answer).toMatch(/twee keer betaald/);
    expect(answer).toMatch(/Hoe lang dat duurt, kan ik u niet zeggen/);
    expect(answer).not.toMatch(/8 weken/);
  });
});
