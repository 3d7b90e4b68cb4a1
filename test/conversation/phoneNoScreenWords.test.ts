/**
 * On the phone the assistant says nothing a caller cannot do: no web addresses ("cjib.nl/…"), no
 * "hieronder"/"below", no "this chat", no "contact the CJIB" to someone calling it. Whole
 * conversations in every language; chat keeps its links.
 */
import type { Activity } from 'botbuilder';
import { spokenSentences, textOf } from '../support/testApp';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';

type Lang = 'nl' | 'en' | 'de' | 'pl';
const LOCALE: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB', de: 'de-DE', pl: 'pl-PL' };

/** Anything for the eye: a web address, a place on the screen, a click, the chat. */
const FOR_THE_EYE =
  /https?:\/\/|\bcjib\.nl\b|\bhieronder\b|\bbelow\b|\bunten\b|\bponiżej\b|\bklik|\bclick|\bkliknij|\bdeze chat\b|\bthis chat\b|\bdiesem chat\b|\btym czacie\b/i;

describe('nothing for the eye on the phone', () => {
  const assistant = useTestApp(FAST_TYPIST);

  async function conversation(channelId: string, lang: Lang, lines: string[]): Promise<Activity[]> {
    const c = await assistant.open({ channelId, locale: LOCALE[lang] });
    let replies: Activity[] = [];
    for (const line of lines) replies = await c.say(line);
    return replies;
  }

  const heard = (replies: Activity[]): string => spokenSentences(replies).join(' ');

  it.each<[Lang, string, RegExp]>([
    ['nl', 'wat is het telefoonnummer van het cjib', /hangt af van het soort boete/],
    ['en', 'what is the phone number of the cjib', /depends on the kind of fine/],
    ['de', 'wie ist die Telefonnummer des CJIB', /hängt von der Art des Bußgelds ab/],
    ['pl', 'jaki jest numer telefonu cjib', /zależy od rodzaju mandatu/],
  ])('%s: "%s" is answered for a caller, without the web page or "this chat"', async (lang, line, answer) => {
    const said = heard(await conversation('telephony', lang, [line]));
    expect(said).toMatch(answer);
    expect(said).not.toMatch(FOR_THE_EYE);
  });

  it.each<[Lang, string]>([
    ['nl', 'hoe betaal ik'],
    ['en', 'how can I pay'],
    ['de', 'wie kann ich zahlen'],
    ['pl', 'jak mogę zapłacić'],
  ])('%s: a short spoken answer ("%s") does not send the caller to a web site', async (lang, line) => {
    const said = heard(await conversation('telephony', lang, [line]));
    expect(said).toMatch(/iDEAL/);
    expect(said).not.toMatch(FOR_THE_EYE);
  });

  it.each<[Lang, RegExp]>([
    ['nl', /die ik nu noem/],
    ['en', /I read out now/],
    ['de', /die ich jetzt nenne/],
    ['pl', /które teraz wymienię/],
  ])('%s: help asked twice points to the choices read out, not "below"', async (lang, choices) => {
    const said = heard(await conversation('telephony', lang, ['help', 'help']));
    expect(said).toMatch(choices);
    expect(said).not.toMatch(FOR_THE_EYE);
  });

  it.each<[Lang, string, RegExp, RegExp]>([
    [
      'nl',
      'ik heb een termijn gemist, wat nu',
      /contact op met het CJIB/,
      /een medewerker van het CJIB kan dat met u bekijken/,
    ],
    [
      'en',
      'I missed an instalment, what now?',
      /contact the CJIB/,
      /a member of CJIB staff can look at it with you/,
    ],
    [
      'de',
      'Ich habe eine Rate verpasst, was jetzt?',
      /wenden Sie sich an das CJIB/,
      /ein Mitarbeiter des CJIB kann sich das/,
    ],
  ])(
    '%s: a missed instalment does not tell a caller to contact the CJIB they are calling',
    async (lang, line, contact, instead) => {
      // A long answer is heard in parts: "ja" to "Wilt u meer weten?" says the rest (spokenRest.ts).
      const c = await assistant.open({ channelId: 'telephony', locale: LOCALE[lang] });
      const parts = [heard(await c.say(line))];
      const more = /(Wilt u meer weten|Would you like to hear more|Möchten Sie mehr hören)\?$/;
      while (more.test(parts[parts.length - 1]) && parts.length < 6) parts.push(heard(await c.say('ja')));
      const said = parts.join(' ');
      expect(said).not.toMatch(contact);
      expect(said).toMatch(instead);
      expect(textOf(await conversation('webchat', lang, [line]))).toMatch(contact);
    },
  );

  it.each<[Lang, string, RegExp]>([
    ['nl', 'ik bel namens mijn vader, hij heeft een boete', /U belt voor iemand anders/],
    ['en', "I'm calling for my father, he got a fine", /You are calling for someone else/],
    ['de', 'Ich rufe für meinen Vater an, er hat ein Bußgeld', /Sie rufen für jemand anderen an/],
    ['pl', 'dzwonię w imieniu ojca, dostał mandat', /Dzwoni Pan lub Pani w imieniu innej osoby/],
  ])(
    '%s: calling for someone else is said as a call, not as writing with what is "below"',
    async (lang, line, told) => {
      const said = heard(await conversation('telephony', lang, [line]));
      expect(said).toMatch(told);
      expect(said).not.toMatch(FOR_THE_EYE);
      expect(said).not.toMatch(/schrijft|writing|schreiben|Pisze/);
    },
  );

  it('chat keeps the web addresses and the buttons below', async () => {
    expect(textOf(await conversation('webchat', 'nl', ['wat is het telefoonnummer van het cjib']))).toMatch(
      /cjib\.nl\/telefoonnummers/,
    );
    expect(textOf(await conversation('webchat', 'nl', ['help', 'help']))).toMatch(/Of kies hieronder/);
  });
});
