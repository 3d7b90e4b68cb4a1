/**
 * Silence and "uhm" on the phone, and the operator key "0", through the HTTP endpoint: what the
 * caller hears. A filler is no question; silence after silence does not read the menu for ever but
 * offers a person and then says goodbye; "0" reaches a person as "medewerker" does, also as the
 * whole answer to the CJIB-number question (a number that starts with 0 comes with more digits).
 */
import type { Activity } from 'botbuilder';
import { useStaffedApp, useTestApp, FAST_TYPIST, STAFF_NEVER_IN } from '../support/appForTests';
import { DEMO_DEBTORS } from '../support/demoDebtors';
import { heardSentences as heard } from '../support/replyText';
import { textOf } from '../support/testApp';

const { D01 } = DEMO_DEBTORS;

describe('quiet turns on the phone', () => {
  const assistant = useStaffedApp();
  const caller = (locale = 'nl-NL') => assistant.open({ channelId: 'telephony', locale });

  it.each(['uhm', 'eh', 'euh', 'hmm', 'ehm'])(
    'nl: "%s" at the welcome is no question: take your time, and the menu',
    async (filler) => {
      const c = await caller();
      const answer = heard(await c.say(filler));
      expect(answer).toMatch(/rustig de tijd/);
      expect(answer).toMatch(/Mijn boete opzoeken/);
      expect(answer).not.toMatch(/iDEAL|geholpen|Ik weet niet zeker/);
    },
  );

  it('nl: silence three times at the welcome: the prompt again, a person offered, then goodbye', async () => {
    const c = await caller();
    const first = heard(await c.say(''));
    expect(first).toMatch(/nog geen antwoord/);
    const second = heard(await c.say(''));
    expect(second).toMatch(/Wilt u een medewerker spreken/);
    expect(second).not.toMatch(/Mijn boete opzoeken/);
    const third = await c.say('');
    expect(heard(third)).toMatch(/Tot ziens/);
    expect(third.some((a) => a.type === 'endOfConversation')).toBe(true);
  });

  it('nl: silence and "euh" during the CJIB number, then "nee": the number asked again; an answer resets the count', async () => {
    const c = await caller();
    await c.say('1');
    expect(heard(await c.say(''))).toMatch(/nog geen antwoord.*CJIB-nummer/);
    expect(heard(await c.say('euh'))).toMatch(/medewerker spreken/);
    expect(heard(await c.say('nee'))).toMatch(/verder.*CJIB-nummer/);
    expect(heard(await c.say(D01.number))).toMatch(/postcode/);
    // The count started again: one silence is the question again, not a person.
    expect(heard(await c.say(''))).toMatch(/nog geen antwoord.*postcode/);
  });

  it('en: "yes" to the person offered after the silences queues the caller', async () => {
    const c = await caller('en-US');
    await c.say('');
    expect(heard(await c.say('uh'))).toMatch(/talk to a member of staff/);
    expect(heard(await c.say('yes'))).toMatch(/queue/);
  });

  it('nl: "0" after the lookup reaches a person, as "medewerker" does', async () => {
    const c = await caller();
    await c.say('1');
    await c.say(D01.number);
    expect(heard(await c.say(D01.postcode))).toMatch(/Wat wilt u nu doen/);
    const zero = heard(await c.post({ type: 'event', name: 'dtmf', value: '0' } as Partial<Activity>));
    expect(zero).toMatch(/wachtrij/);
    expect(zero).not.toMatch(/geen keuze open/);
  });

  it.each([
    ['nl-NL', 'nul', /wachtrij/],
    ['de-DE', 'null', /Warteschlange/],
    ['de-DE', 'Null bitte', /Warteschlange/],
    ['en-GB', 'zero', /in the queue for a member of CJIB staff/],
    ['pl-PL', 'zero', /w kolejce/],
  ])(
    '%s: "%s" alone at the CJIB-number question asks for a person, as the key 0 does',
    async (locale, zero, queued) => {
      const c = await caller(locale);
      await c.say('1');
      expect(heard(await c.say(zero))).toMatch(queued);
      const keyed = await caller(locale);
      await keyed.say('1');
      const key = heard(await keyed.post({ type: 'event', name: 'dtmf', value: '0' } as Partial<Activity>));
      expect(key).toMatch(queued);
    },
  );

  it.each([
    [
      'nl-NL',
      ['negen zes negen acht', 'negen vier acht zes', 'een vier vijf acht', 'nul', 'zes vijf acht'],
      /Ik heb genoteerd: 9 6 9 8, 9 4 8 6, 1 4 5 8, 0 6 5 8\./,
    ],
    [
      'en-GB',
      ['nine six nine eight', 'nine four eight six', 'one four five eight', 'zero', 'six five eight'],
      /9 6 9 8, 9 4 8 6, 1 4 5 8, 0 6 5 8\./,
    ],
    [
      'de-DE',
      ['neun sechs neun acht', 'neun vier acht sechs', 'eins vier fünf acht', 'null', 'sechs fünf acht'],
      /9 6 9 8, 9 4 8 6, 1 4 5 8, 0 6 5 8\./,
    ],
    [
      'pl-PL',
      [
        'dziewięć sześć dziewięć osiem',
        'dziewięć cztery osiem sześć',
        'jeden cztery pięć osiem',
        'zero',
        'sześć pięć osiem',
      ],
      /9 6 9 8, 9 4 8 6, 1 4 5 8, 0 6 5 8\./,
    ],
  ])(
    '%s: a "0" alone after the first digits of the number said in parts goes on with them',
    async (locale, parts, readBack) => {
      const c = await caller(locale);
      await c.say('1');
      let last = '';
      for (const part of parts) last = heard(await c.say(part));
      expect(last).toMatch(readBack);
    },
  );

  it('nl: a number said from its first digit "nul" on is taken as digits, not as a postcode or a person', async () => {
    const c = await caller();
    await c.say('1');
    const part = heard(await c.say('nul negen zes negen acht'));
    expect(part).toMatch(/Ik heb nu 5 cijfers/);
    expect(part).not.toMatch(/postcode|wachtrij/);
  });

  it('de: "null" said at the welcome reaches a person', async () => {
    const c = await caller('de-DE');
    expect(heard(await c.say('null'))).toMatch(/Warteschlange/);
  });

  it('nl web chat: "uhm" typed is no question either', async () => {
    const c = await assistant.open({ channelId: 'webchat' });
    const answer = textOf(await c.say('uhm'));
    expect(answer).toMatch(/rustig de tijd/);
    expect(answer).not.toMatch(/Ik zie geen tekst|iDEAL/);
  });
});

describe('quiet turns on the phone outside office hours', () => {
  const assistant = useTestApp({ ...FAST_TYPIST, ...STAFF_NEVER_IN });

  it('nl: the second silence leads to the callback offer', async () => {
    const c = await assistant.open({ channelId: 'telephony', locale: 'nl-NL' });
    await c.say('');
    const second = heard(await c.say(''));
    expect(second).toMatch(/hoor u nog steeds niet/);
    expect(second).toMatch(/terugbelt/);
  });
});
