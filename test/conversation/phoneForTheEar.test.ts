/**
 * Knowledge answers on the phone, through the HTTP endpoint, as a caller hears them: no web address
 * read out, no "this chat", phone numbers digit by digit in short groups; one question per turn
 * and at most three choices, none to phone the CJIB to someone already on the line.
 */
import { useStaffedApp } from '../support/appForTests';
import { DEMO_DEBTORS } from '../support/demoDebtors';
import { heardSentences as heard } from '../support/replyText';

const { D01 } = DEMO_DEBTORS;

const WEB = /https?:|www\.|\b[a-z0-9-]+\.(?:nl|com|eu|de|pl|org)\b/i;
const CHAT = /\bchat\b|\bczacie\b/i;

describe('knowledge answers for the ear', () => {
  const assistant = useStaffedApp();
  const caller = (locale = 'nl-NL') => assistant.open({ channelId: 'telephony', locale });

  it.each<[string, string, string]>([
    ['nl-NL', 'telefoonnummer cjib', 'meer'],
    ['nl-NL', 'ik wil een klacht indienen', 'meer'],
    ['nl-NL', 'ik woon in het buitenland hoe betaal ik', 'meer'],
    ['en-US', 'how do I contact you', 'more'],
    ['de-DE', 'Wie kann ich das CJIB anrufen?', 'mehr'],
    ['pl-PL', 'Jak mogę skontaktować się z CJIB?', 'więcej'],
  ])('%s "%s", "%s": no web address, no chat, no number read as hundreds', async (locale, question, more) => {
    const c = await caller(locale);
    for (const said of [heard(await c.say(question)), heard(await c.say(more))]) {
      expect(said).not.toMatch(WEB);
      expect(said).not.toMatch(CHAT);
      // "plus 31, 58, 234": a voice reads 234 as two hundred and thirty-four.
      expect(said).not.toMatch(/\d{3}/);
    }
  });

  it('nl: the phone numbers are said digit by digit, the website by whose it is', async () => {
    const c = await caller();
    await c.say('telefoonnummer cjib');
    const all = heard(await c.say('meer'));
    expect(all).toMatch(/plus 3 1, 5 8, 2 3 4, 2 0, 4 7/);
    expect(all).toMatch(/op de website van het CJIB/);
  });

  it('nl: the contact answer asks nothing itself, so "ja" answers "did this help?"', async () => {
    const c = await caller();
    const answer = heard(await c.say('telefoonnummer cjib'));
    expect(answer.match(/\?/g)?.length).toBe(1);
    expect(answer).toMatch(/geholpen\?/);
    expect(heard(await c.say('ja'))).toMatch(/Dank u wel voor uw reactie/);
  });

  it.each([
    'telefoonnummer cjib',
    'ik wil een klacht indienen',
    'hoe kan ik betalen',
    'wat is een aanmaning',
  ])('nl "%s": at most three choices, none to phone the CJIB', async (question) => {
    const c = await caller();
    const answer = heard(await c.say(question));
    expect(answer).toMatch(/1: Ja\. 2: Nee\./);
    expect(answer).not.toMatch(/4: /);
    expect(answer).not.toMatch(/Telefoonnummers van het CJIB|Contact met het CJIB/);
  });

  it('nl: after a lookup at most three choices are read out, a person by "medewerker" or the key 0', async () => {
    const c = await caller();
    await c.say('1');
    await c.say(D01.number);
    const menu = heard(await c.say(D01.postcode));
    expect(menu).toMatch(
      /1: Hoe betaal ik\. 2: Betalen in termijnen\. 3: Bezwaar maken\. Voor een medewerker zegt u 'medewerker', of toetst u 0\./,
    );
    expect(menu).not.toMatch(/4: /);
    expect(heard(await c.say('0'))).toMatch(/wachtrij/);
  });
});
