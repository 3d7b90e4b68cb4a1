import type { Activity } from 'botbuilder';
import { type ConsoleClient, loggedInStaff } from '../support/consoleClient';
import { useHandoffDesk } from '../support/handoffDesk';
import { LOCALE, type Lang as Lng } from '../support/languages';
import { startTestApp, textOf, type TestApp, type TestConversation } from '../support/testApp';

// Whole conversations of worried, angry and impatient citizens who want (or are offered) a person,
// in nl, en, de and pl, inside and outside office hours; asserted on what the citizen notices.
jest.setTimeout(120_000);

interface QueueBody {
  cases: { id: string; status: string; reason: string; position: number | null }[];
}
interface CaseBody {
  case: { status: string; summary: { lastMessages: { role: string; text: string }[] } };
  transcript: { role: string; text: string }[];
}

/** What a cold "I don't understand" looks like in any of the four languages. */
const COLD = /begrijp (ik )?(het|u) niet|did not understand|don.t understand|nicht verstanden|nie rozumiem/i;
/** A person is offered or the citizen is queued, per language. */
const PERSON = {
  nl: /medewerker/,
  en: /member of (CJIB )?staff/,
  de: /Mitarbeiter/,
  pl: /pracownik/,
};
const QUEUED = {
  nl: /wachtrij.*nummer \d/s,
  en: /queue.*number \d/s,
  de: /Warteschlange.*Nummer \d/s,
  pl: /kolejk.*numerem \d/s,
};
/** Two ways of asking for a person, per language. */
const ASK_STAFF: Record<Lng, string> = {
  nl: 'medewerker',
  en: 'talk to a person',
  de: 'Mitarbeiter bitte',
  pl: 'chcę rozmawiać z konsultantem',
};
const ASK_HUMAN: Record<Lng, string> = {
  nl: 'mag ik een mens',
  en: 'real person please',
  de: 'ich will mit jemandem sprechen',
  pl: 'chcę rozmawiać z konsultantem',
};

describe('handoff journeys inside office hours', () => {
  const desk = useHandoffDesk('kim');

  function citizen(lng: Lng): TestConversation {
    return desk.app.conversation({
      locale: LOCALE[lng],
      extra: { serviceUrl: desk.channel.serviceUrl } as Partial<Activity>,
    });
  }

  /** A new citizen who asked for a person in their language (`ask`), and so waits in the queue. */
  async function queuedCitizen(lng: Lng, ask: Record<Lng, string>): Promise<TestConversation> {
    const c = citizen(lng);
    await c.start();
    await c.say(ask[lng]);
    return c;
  }

  async function queuedCase(): Promise<QueueBody['cases'][number] | undefined> {
    return (await desk.agent.get<QueueBody>('/console/api/queue')).body.cases.find(
      (x) => x.status === 'queued',
    );
  }

  it.each<[Lng, string]>([
    ['nl', 'mag ik een mens'],
    ['nl', 'kan ik iemand spreken?'],
    ['nl', 'Ik wil iemand aan de lijn'],
    ['en', 'real person please'],
    ['en', 'can I talk to a human'],
    ['en', 'I want to speak to an agent'],
    ['de', 'ich will mit jemandem sprechen'],
    ['de', 'Kann ich mit einem Menschen reden?'],
    ['pl', 'chcę rozmawiać z konsultantem'],
    ['pl', 'Proszę o kontakt z pracownikiem'],
  ])('%s: "%s" puts the citizen in the queue with their place in line', async (lng, ask) => {
    const c = citizen(lng);
    await c.start();
    const replies = await c.say(ask);
    expect(textOf(replies)).toMatch(QUEUED[lng]);
    expect(textOf(replies)).not.toMatch(COLD);
    expect((await queuedCase())?.reason).toBe('citizen_request');
    await c.say('cancel_queue');
  });

  it.each<[Lng, string, string]>([
    ['nl', 'ik zie het niet meer zitten', 'ja'],
    ['en', "I can't sleep because of these debts", 'yes'],
    ['de', 'ich weiß nicht mehr weiter', 'ja'],
    ['pl', 'nie mam już siły', 'tak'],
    ['en', 'I feel hopeless, I cannot cope with these fines anymore', 'yes please'],
    ['nl', 'ik lig er wakker van, ik weet niet meer wat ik moet doen', 'ja graag'],
    ['de', 'Ich habe solche Angst wegen der Schulden, ich kann nicht mehr schlafen', 'ja bitte'],
    ['pl', 'Nie wiem już co robić, nie mogę spać przez te długi', 'tak'],
  ])('%s: distress "%s" gets kindness, debt help and a person', async (lng, worry, yes) => {
    const c = citizen(lng);
    await c.start();
    const offer = textOf(await c.say(worry));
    expect(offer).not.toMatch(COLD);
    expect(offer).toMatch(/113|0800/);
    expect(offer).toMatch(
      /noodstop|emergency stop|Notstopp|wstrzymani|schuldhulp|debt help|Schuldnerberatung|zadłużen|gemeente|municipality|Gemeinde|gmin/i,
    );
    expect(offer).toMatch(PERSON[lng]);
    const queued = textOf(await c.say(yes));
    expect(queued).toMatch(QUEUED[lng]);
    expect((await queuedCase())?.reason).toBe('distress');
    await c.say('cancel_queue');
  });

  it.each<[Lng, string, RegExp]>([
    ['nl', 'hoe lang duurt het nog?', /nummer 1/],
    ['en', 'how long will it take?', /number 1/],
    ['de', 'Wie lange dauert das noch?', /Nummer 1/],
    ['pl', 'Jak długo jeszcze muszę czekać?', /numerem 1/],
  ])(
    '%s: asked while queued, "%s" tells the place in line, then the citizen changes their mind',
    async (lng, howLong, place) => {
      const c = await queuedCitizen(lng, ASK_STAFF);
      const told = textOf(await c.say(howLong));
      expect(told).toMatch(place);
      expect(told).not.toMatch(COLD);
      const left = textOf(
        await c.say(
          {
            nl: 'laat maar, ik wacht niet meer',
            en: "never mind, I don't want to wait",
            de: 'ich will nicht mehr warten',
            pl: 'nie chcę już czekać',
          }[lng],
        ),
      );
      expect(left).toMatch(
        /niet meer in de wachtrij|no longer in the queue|nicht mehr in der Warteschlange|nie jest Pan\/Pani już w kolejce|już w kolejce|kolejki/,
      );
      expect(await queuedCase()).toBeUndefined();
    },
  );

  it.each<[Lng, string, RegExp]>([
    ['nl', 'ik zie het niet meer zitten', /nummer 1/],
    ['en', "I can't cope with this anymore", /number 1/],
    ['de', 'ich weiß nicht mehr weiter', /Nummer 1/],
    ['pl', 'nie mam już siły', /numerem 1/],
  ])(
    '%s: distress while queued ("%s") keeps the citizen in the queue, with kindness and 113',
    async (lng, worry, place) => {
      const c = await queuedCitizen(lng, ASK_STAFF);
      const told = textOf(await c.say(worry));
      expect(told).toMatch(place);
      expect(told).toMatch(/113/);
      expect(told).not.toMatch(
        /niet meer in de wachtrij|no longer in the queue|nicht mehr in der Warteschlange|już w kolejce/,
      );
      expect(await queuedCase()).toBeDefined();
      await c.say('cancel_queue');
    },
  );

  it.each<[Lng, string]>([
    ['nl', 'Dit is belachelijk!!! Ik wil NU een echte medewerker spreken'],
    ['nl', 'Waarom duurt het zo lang?! Ik wil een mens'],
    ['en', 'this bot is useless, get me a human'],
    ['de', 'Das ist doch lächerlich, verbinden Sie mich mit einem Mitarbeiter!'],
    ['pl', 'To jest skandal, chcę rozmawiać z człowiekiem'],
  ])('%s: an angry "%s" is queued, not answered with a topic', async (lng, angry) => {
    const c = citizen(lng);
    await c.start();
    expect(textOf(await c.say(angry))).toMatch(QUEUED[lng]);
    await c.say('cancel_queue');
  });

  it('a citizen who first declines the offered person and then wants one after all is queued', async () => {
    const c = citizen('en');
    await c.start();
    expect(textOf(await c.say('I feel hopeless'))).toMatch(/113/);
    expect(textOf(await c.say('no thanks'))).not.toMatch(COLD);
    const queued = textOf(await c.say('actually yes I want a person'));
    await c.say('Stop waiting');
    expect(queued).toMatch(QUEUED.en);
  });

  it.each<[Lng, string, RegExp]>([
    ['nl', 'is daar iemand?', /nummer 1/],
    ['en', 'hello? is anyone there', /number 1/],
    ['de', 'Ist da jemand?', /Nummer 1/],
    ['pl', 'czy ktoś tam jest?', /numerem 1/],
  ])('%s: "%s" while queued hears the place in line', async (lng, anyone, place) => {
    const c = await queuedCitizen(lng, ASK_HUMAN);
    expect(textOf(await c.say(anyone))).toMatch(place);
    await c.say('cancel_queue');
  });

  it('a citizen who left the queue can join it again', async () => {
    const c = citizen('nl');
    await c.start();
    await c.say('medewerker');
    expect(textOf(await c.say('Stop met wachten'))).toMatch(/niet meer in de wachtrij/);
    expect(textOf(await c.say('toch wel een medewerker graag'))).toMatch(QUEUED.nl);
    await c.say('Stop met wachten');
  });

  it.each<[Lng, string, RegExp]>([
    ['nl', 'hoeveel mensen staan er nog voor mij?', /nummer 1/],
    ['en', 'how many people are ahead of me?', /number 1/],
    ['de', 'wie viele sind vor mir?', /Nummer 1/],
    ['pl', 'ile osób jest przede mną?', /numerem 1/],
  ])('%s: "%s" while queued tells the place in line', async (lng, question, place) => {
    const c = await queuedCitizen(lng, ASK_HUMAN);
    expect(textOf(await c.say(question))).toMatch(place);
    await c.say('cancel_queue');
  });

  it.each<[Lng, string, RegExp]>([
    ['nl', 'waarom duurt het zo lang?', /Sorry dat u moet wachten.*nummer 1/s],
    ['en', "I've been waiting for ages", /sorry you have to wait.*number 1/s],
    ['de', 'Warum dauert das so lange?', /tut mir leid.*Nummer 1/s],
    ['pl', 'dlaczego to tak długo trwa?', /Przepraszam.*numerem 1/s],
  ])('%s: impatience while queued ("%s") gets an apology and the place in line', async (lng, said, reply) => {
    const c = await queuedCitizen(lng, ASK_HUMAN);
    expect(textOf(await c.say(said))).toMatch(reply);
    await c.say('cancel_queue');
  });

  it('while an agent owns the conversation the assistant is silent and every message reaches the agent', async () => {
    const c = citizen('en');
    await c.start();
    await c.say('my CJIB number is 1062 5421 5704 7959');
    expect(textOf(await c.say('real person please'))).toMatch(QUEUED.en);
    // Written while queued: answered by the assistant, and kept for the agent.
    expect((await c.say('how do I pay?')).length).toBeGreaterThan(0);
    const row = (await queuedCase())!;
    expect((await desk.agent.post(`/console/api/cases/${row.id}/claim`)).status).toBe(200);
    await desk.channel.waitFor((t) => /taking over the conversation/.test(t));
    for (const line of [
      'hello? are you there',
      'I cannot pay it all at once',
      'help',
      'stop',
      'I want a person',
    ])
      expect(await c.say(line)).toEqual([]);
    const detail = await desk.agent.get<CaseBody>(`/console/api/cases/${row.id}`);
    const said = detail.body.transcript.filter((t) => t.role === 'citizen').map((t) => t.text);
    expect(said).toEqual(
      expect.arrayContaining(['how do I pay?', 'hello? are you there', 'I want a person']),
    );
    expect(JSON.stringify(detail.body.case.summary)).not.toContain('1062 5421');
    expect(
      (await desk.agent.post(`/console/api/cases/${row.id}/handback`, { note: 'explained' })).status,
    ).toBe(200);
    await desk.channel.waitFor((t) => /handed the conversation back/.test(t));
    expect(textOf(await c.say('how do I pay?'))).not.toMatch(COLD);
  });

  it('a distress signal while an agent owns the conversation goes to the agent, not the assistant', async () => {
    const c = citizen('de');
    await c.start();
    await c.say('ich will mit jemandem sprechen');
    const row = (await queuedCase())!;
    expect((await desk.agent.post(`/console/api/cases/${row.id}/claim`)).status).toBe(200);
    expect(await c.say('ich weiß nicht mehr weiter')).toEqual([]);
    expect((await desk.agent.post(`/console/api/cases/${row.id}/close`)).status).toBe(200);
  });

  it('two misunderstandings in a row offer a person in English, never a third cold answer', async () => {
    const c = citizen('en');
    await c.start();
    await c.say('blorp zinga frobnicate');
    const second = textOf(await c.say('wibble wobble quux'));
    expect(second).toMatch(PERSON.en);
    expect(textOf(await c.say('yes'))).toMatch(QUEUED.en);
    await c.say('Stop waiting');
  });
});

describe('handoff journeys outside office hours', () => {
  let app: TestApp;
  let sue: ConsoleClient;
  beforeAll(async () => {
    app = await startTestApp({
      OFFICE_HOURS: 'sun 03:00-03:01',
      HANDOFF_POLL_MS: '100',
      RATE_LIMIT_CONVERSATION_BURST: '100',
    });
    sue = await loggedInStaff(app, 'sue', 'supervisor');
  });
  afterAll(async () => {
    await app?.close();
  });

  async function callbacks(): Promise<{ phone: string; partOfDay: string }[]> {
    return (await sue.get<{ callbacks: { phone: string; partOfDay: string }[] }>('/console/api/callbacks'))
      .body.callbacks;
  }

  it.each<[Lng, string, string, string, string, string, string]>([
    [
      'nl',
      'mag ik een mens',
      'ja',
      'mijn nummer is 06 - 12 34 56 78',
      '0612345678',
      "'s ochtends graag",
      'morning',
    ],
    [
      'en',
      'real person please',
      'yes please',
      '+31 (0)20 123 4567',
      '+31201234567',
      'afternoon',
      'afternoon',
    ],
    [
      'de',
      'ich will mit jemandem sprechen',
      'ja',
      '+49 151 2345 6789',
      '+4915123456789',
      'am Vormittag',
      'morning',
    ],
    [
      'pl',
      'chcę rozmawiać z konsultantem',
      'tak',
      '+48 601-234-567',
      '+48601234567',
      'po południu',
      'afternoon',
    ],
  ])(
    '%s: "%s" gets a callback offer, a validated number and a time',
    async (lng, ask, yes, phone, stored, part, partOfDay) => {
      const c = app.conversation({ locale: LOCALE[lng] });
      await c.start();
      const offer = textOf(await c.say(ask));
      expect(offer).toMatch(/terugbelt|call you back|zurückruft|oddzwonił/);
      expect(offer).not.toMatch(QUEUED[lng]);
      expect(textOf(await c.say(yes))).toMatch(/telefoonnummer|phone number|Telefonnummer|numer telefonu/);
      // A number that is not a phone number is refused kindly, with an example.
      expect(textOf(await c.say('12'))).toMatch(/06 12345678/);
      expect(textOf(await c.say(phone))).toMatch(/Wanneer|When|Wann|Kiedy/);
      expect(textOf(await c.say(part))).toMatch(
        /ochtend|middag|morning|afternoon|Vormittag|Nachmittag|rano|południ/i,
      );
      expect(await callbacks()).toEqual(
        expect.arrayContaining([expect.objectContaining({ phone: stored, partOfDay })]),
      );
    },
  );

  it('a citizen in distress outside office hours hears kindness, 113 and gets a callback offer', async () => {
    const c = app.conversation({ locale: 'nl-NL' });
    await c.start();
    const offer = textOf(await c.say('ik zie het niet meer zitten, ik kan mijn boetes niet betalen'));
    expect(offer).toMatch(/113/);
    expect(offer).not.toMatch(COLD);
    expect(textOf(await c.say('ja'))).toMatch(/terugbelt/);
    expect(textOf(await c.say('ja'))).toMatch(/telefoonnummer/);
  });

  it('a citizen with no preferred time and a foreign number without country code is helped to a callback', async () => {
    const c = app.conversation({ locale: 'pl-PL' });
    await c.start();
    await c.say('konsultant');
    await c.say('tak');
    expect(textOf(await c.say('601 234 567'))).toMatch(/\+48 601 234 567/);
    expect(textOf(await c.say('0048 601 234 567'))).toMatch(/Kiedy/);
    expect(textOf(await c.say('wszystko jedno'))).toMatch(/Dziękuję/);
    expect(await callbacks()).toEqual(
      expect.arrayContaining([expect.objectContaining({ phone: '+48601234567' })]),
    );
  });

  it('"maakt niet uit" for the time of the callback is the first part of the day', async () => {
    const c = app.conversation({ locale: 'nl-NL' });
    await c.start();
    await c.say('kunt u mij terugbellen?');
    const asked = textOf(await c.say('ja'));
    if (!/telefoonnummer/.test(asked)) expect(asked).toMatch(/telefoonnummer/);
    expect(textOf(await c.say('+31 6 87654321'))).toMatch(/Wanneer/);
    expect(textOf(await c.say('maakt niet uit'))).toMatch(/ochtend/);
    expect(await callbacks()).toEqual(
      expect.arrayContaining([expect.objectContaining({ phone: '+31687654321', partOfDay: 'morning' })]),
    );
  });

  it.each<[Lng, string, string, string, RegExp]>([
    ['nl', 'medewerker', 'ja', 'hoe lang duurt het voordat jullie bellen?', /werkdag/],
    ['en', 'speak to a human', 'yes', 'when will you call me?', /working day/],
    ['de', 'Mitarbeiter bitte', 'ja', 'Wann rufen Sie mich an?', /Werktag/],
    ['pl', 'konsultant', 'tak', 'Kiedy zadzwonicie?', /dni robocze/],
  ])(
    '%s: asked when staff will call, the citizen hears when and is asked the number again',
    async (lng, ask, yes, when, workday) => {
      const c = app.conversation({ locale: LOCALE[lng] });
      await c.start();
      await c.say(ask);
      await c.say(yes);
      const told = textOf(await c.say(when));
      expect(told).toMatch(workday);
      expect(told).toMatch(/telefoonnummer|phone number|Telefonnummer|numer telefonu/);
      expect(textOf(await c.say('+31 6 11112222'))).toMatch(/Wanneer|When|Wann|Kiedy/);
    },
  );

  it('a citizen in distress who first declines and then says "call me" gets the callback', async () => {
    const c = app.conversation({ locale: 'en-GB' });
    await c.start();
    expect(textOf(await c.say('I feel hopeless'))).toMatch(/emergency stop/);
    expect(textOf(await c.say('no'))).not.toMatch(COLD);
    expect(textOf(await c.say('ok then yes call me'))).toMatch(/call you back/);
  });

  it('a citizen who changes their mind about the callback can still ask questions', async () => {
    const c = app.conversation({ locale: 'en-GB' });
    await c.start();
    await c.say('I want to speak to someone');
    expect(textOf(await c.say('no thanks'))).toMatch(/office hours/);
    const answer = textOf(await c.say('how can I pay my fine?'));
    expect(answer).not.toMatch(COLD);
    expect(answer.length).toBeGreaterThan(0);
  });
});
