/**
 * What a speech recogniser makes of a caller's words, through the HTTP endpoint on the phone:
 * "mijn boot op zoeken" is the lookup, a postcode said as whole numbers with its letters as
 * sounds ("duizend zeventien cee iks") or a German one in two numbers ("siebenundvierzig
 * fünfhundertdreiunddreißig") finds the fine, and so does one said as one whole number
 * ("siebenundvierzigtausendfünfhundertdreiunddreißig", "forty seven thousand five hundred thirty three").
 * Number words alone at the postcode are that answer, not a wish for an arrangement ("sześćdziesiąt
 * jeden tysiąc jeden" got "I can file such a request right after").
 */
import { useStaffedApp } from '../support/appForTests';
import { DEMO_DEBTORS } from '../support/demoDebtors';
import { heardSentences as heard } from '../support/replyText';

const { D03, D11, D12, D13 } = DEMO_DEBTORS;

describe('speech-recognition gaps on the phone', () => {
  const assistant = useStaffedApp();
  const caller = (locale = 'nl-NL') => assistant.open({ channelId: 'telephony', locale });

  it.each(['mijn boot op zoeken', 'ik wil mijn boot opzoeken', 'hoeveel boeten heb ik openstaan'])(
    'nl "%s" starts the lookup',
    async (said) => {
      const c = await caller();
      const answer = heard(await c.say(said));
      expect(answer).toMatch(/CJIB-nummer/);
      expect(answer).not.toMatch(/niet mee helpen/);
    },
  );

  it('nl: "duizend zeventien cee iks" is postcode 1017 CX', async () => {
    const c = await caller();
    await c.say('1');
    await c.say(D03.number);
    expect(heard(await c.say('duizend zeventien cee iks'))).toMatch(/gevonden/);
  });

  it('en: "one thousand seventy one dee jay" is postcode 1071 DJ', async () => {
    const c = await caller('en-US');
    await c.say('look up my fine');
    await c.say(D13.number);
    expect(heard(await c.say('one thousand seventy one dee jay'))).toMatch(/You have 2 fines/);
  });

  it('de: "siebenundvierzig fünfhundertdreiunddreißig" is postcode 47533', async () => {
    const c = await caller('de-DE');
    await c.say('Bußgeld nachsehen');
    await c.say(D11.number);
    const found = heard(await c.say('Siebenundvierzig, fünfhundertdreiunddreißig.'));
    expect(found).toMatch(/Das habe ich für Sie gefunden/);
    expect(found).not.toMatch(/nicht als Postleitzahl/);
  });

  it.each([
    [
      'de-DE',
      'Bußgeld nachsehen',
      'Siebenundvierzigtausendfünfhundertdreiunddreißig.',
      /Das habe ich für Sie gefunden/,
    ],
    [
      'en-US',
      'look up my fine',
      'forty seven thousand five hundred thirty three',
      /This is what I found for you/,
    ],
    ['pl-PL', 'sprawdzić mandat', 'czterdzieści siedem tysięcy pięćset trzydzieści trzy', /Oto co znalazłem/],
  ])(
    '%s: a postcode abroad said as one whole number finds the fine',
    async (locale, start, postcode, found) => {
      const c = await caller(locale);
      await c.say(start);
      await c.say(D11.number);
      const answer = heard(await c.say(postcode));
      expect(answer).toMatch(found);
      expect(answer).toMatch(/4359/);
    },
  );

  it.each(['sześćdziesiąt jeden tysiąc jeden', 'sześćdziesiąt jeden tysięcy jeden'])(
    'pl: "%s" at the postcode is 61001, not a wish for an arrangement',
    async (postcode) => {
      const c = await caller('pl-PL');
      await c.say('sprawdzić mandat');
      await c.say(D12.number);
      const answer = heard(await c.say(postcode));
      expect(answer).toMatch(/Oto co znalazłem/);
      expect(answer).not.toMatch(/wniosek/);
    },
  );
});
