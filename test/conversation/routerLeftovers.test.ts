import { textOf } from '../support/testApp';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';

// Whole conversations left over from a sweep of the router, in nl, en, de and pl: what the citizen
// owes, a visitor's fine, a second thought after "nothing requested", "fine, yes", and wanting the
// collection to stop after the noodstop answer. Asserted on what the citizen notices.
jest.setTimeout(120_000);

const LOCALE = { nl: 'nl-NL', en: 'en-GB', de: 'de-DE', pl: 'pl-PL' } as const;
type Lng = keyof typeof LOCALE;
const NUMBER_ASKED = {
  nl: /CJIB-nummer nodig/,
  en: /need the CJIB number/,
  de: /brauche ich die CJIB-Nummer/,
  pl: /potrzebuję numeru CJIB/,
};
const WAYS_TO_PAY = /iDEAL/;
const NOT_UNDERSTOOD =
  /niet zeker wat u bedoelt|not sure what you mean|nicht sicher, was Sie meinen|nie jestem pewien/i;
/** "Nothing running that I can stop": the stop of a flow, not of the collection. */
const NOTHING_TO_STOP = /nothing running|loopt op dit moment niets|läuft nichts|nie ma nic do przerwania/;
const SCHEDULE_ASKED = {
  nl: /Wilt u deze betalingsregeling aanvragen\?/,
  de: /Möchten Sie diese Ratenzahlung beantragen\?/,
};
const DECLINED = { nl: /ik heb niets aangevraagd/, de: /ich habe nichts beantragt/ };

describe('router leftovers', () => {
  const assistant = useTestApp(FAST_TYPIST);

  const conversation = (lng: Lng) => assistant.app.conversation({ locale: LOCALE[lng] });

  describe('"I just want to know what I have to pay" starts the lookup, not the ways to pay', () => {
    const lines: Record<Lng, string> = {
      nl: 'ik wil gewoon weten wat ik moet betalen',
      en: 'I just want to know what I have to pay',
      de: 'ich will nur wissen, was ich zahlen muss',
      pl: 'chcę tylko wiedzieć, ile mam zapłacić',
    };
    it.each(Object.keys(lines) as Lng[])('%s', async (lng) => {
      const c = conversation(lng);
      const reply = textOf(await c.say(lines[lng]));
      expect(reply).toMatch(NUMBER_ASKED[lng]);
      expect(reply).not.toMatch(WAYS_TO_PAY);
    });
  });

  it('en: "hi i got a fine while on holiday in amsterdam" gets the answer for a fine from abroad', async () => {
    const reply = textOf(await conversation('en').say('hi i got a fine while on holiday in amsterdam'));
    expect(reply).not.toMatch(NOT_UNDERSTOOD);
    expect(reply).toMatch(/live outside the Netherlands/);
    expect(reply).toMatch(/from abroad/);
  });

  describe('a second thought after "nothing requested" takes the arrangement after all, like "toch wel"', () => {
    const lines: [string, 'nl' | 'de', string, string, string][] = [
      ['nl', 'nl', 'ik wil betalen in termijnen', 'nee', 'eigenlijk wel'],
      ['nl, toch wel', 'nl', 'ik wil betalen in termijnen', 'nee', 'toch wel'],
      ['de', 'de', 'ich möchte in Raten zahlen', 'nein', 'doch, ich möchte sie'],
    ];
    it.each(lines)('%s', async (_name, lng, start, no, again) => {
      const c = conversation(lng);
      await c.say(start);
      await c.say('9698948614580658');
      expect(textOf(await c.say('8911 AB'))).toMatch(SCHEDULE_ASKED[lng]);
      expect(textOf(await c.say(no))).toMatch(DECLINED[lng]);
      const back = textOf(await c.say(again));
      expect(back).not.toMatch(/Sorry|Entschuldigung/);
      expect(back).toMatch(/€/);
      expect(back).toMatch(SCHEDULE_ASKED[lng]);
    });
  });

  describe('"fine, yes" to the schedule is a yes: the contact is asked', () => {
    const lines: [Lng, string, string, RegExp][] = [
      ['nl', 'ik wil betalen in termijnen', 'prima, ja', /e-mailadres of telefoonnummer/],
      ['en', 'i want to pay in instalments', 'fine, yes', /e-mail address or phone number/],
      ['de', 'ich möchte in Raten zahlen', 'na gut, ja', /E-Mail-Adresse oder Telefonnummer/],
    ];
    it.each(lines)('%s', async (lng, start, yes, contactAsked) => {
      const c = conversation(lng);
      await c.say(start);
      await c.say('9698948614580658');
      expect(textOf(await c.say('8911 AB'))).toMatch(/€/);
      expect(textOf(await c.say(yes))).toMatch(contactAsked);
    });
  });

  describe('"I just want it to stop" after the noodstop answer stays with the noodstop, with a person offered', () => {
    const lines: Record<Lng, [string, string, RegExp]> = {
      nl: ['wat is de noodstop', 'ik wil gewoon dat het stopt', /noodstop.*Wilt u een medewerker spreken\?/s],
      en: [
        'what is the noodstop',
        'i just want it to stop',
        /noodstop.*Would you like to talk to a member of staff\?/s,
      ],
      de: [
        'was ist der Noodstop',
        'ich will nur, dass es aufhört',
        /Notstopp.*Möchten Sie mit einem Mitarbeiter sprechen\?/s,
      ],
      pl: [
        'co to jest noodstop',
        'chcę tylko, żeby to się skończyło',
        /noodstop.*porozmawiać z pracownikiem\?/s,
      ],
    };
    it.each(Object.keys(lines) as Lng[])('%s', async (lng) => {
      const c = conversation(lng);
      const [ask, stop, kind] = lines[lng];
      expect(textOf(await c.say(ask))).toMatch(/4/);
      const reply = textOf(await c.say(stop));
      expect(reply).toMatch(kind);
      expect(reply).not.toMatch(NOT_UNDERSTOOD);
      expect(reply).not.toMatch(NOTHING_TO_STOP);
    });
  });
});
