import type { Activity } from 'botbuilder';
import { caseId } from '../../bot/consoleViews';
import { conversationKeyOf } from '../../domain/handoff/handoffServices';
import { type ConsoleClient, loggedInStaff } from '../support/consoleClient';
import { startFakeChannel, type FakeChannel } from '../support/fakeChannel';
import { startTestApp, textOf, type TestApp, type TestConversation } from '../support/testApp';

/**
 * Conversations as real citizens hold them, in nl, en, de and pl, through POST /api/messages:
 * a long story that mixes a question and a request, a person asked for in many words (and in
 * anger), a person declined and the conversation going on, a change of language in the citizen's
 * own words, misunderstandings in a row, distress and thoughts of self-harm, thanks and goodbyes at
 * any point, "are you a robot?", emoji only, a pasted letter, and a citizen who writes again after
 * the member of staff is done. The same office hours (the default, Monday to Friday 8-17) at two
 * times of a Monday: inside them a person means the queue, outside them a callback. Asserted on what
 * the citizen notices: the language kept, the right offer, kindness, no question twice in a row.
 */
jest.setTimeout(120_000);

/** Monday 23 November 2026, inside and outside the default office hours. */
const MONDAY_MORNING = { now: () => new Date('2026-11-23T10:00:00+01:00') };
const MONDAY_EVENING = { now: () => new Date('2026-11-23T21:00:00+01:00') };

const LOCALE = { nl: 'nl-NL', en: 'en-GB', de: 'de-DE', pl: 'pl-PL' } as const;
type Lng = keyof typeof LOCALE;

/** Replies as the citizen reads them, without the handoff.initiate event's transcript. */
const plain = (replies: Partial<Activity>[]): string =>
  textOf(replies.filter((a) => a.type === 'message')).replace(/\s+/g, ' ');

/** A cold "I don't understand" / "I cannot help with that", in any language. */
const COLD =
  /begrijp (ik )?(het|u) niet|kan ik u niet mee helpen|did not understand|cannot help you with that|nicht verstanden|nicht helfen|nie mogę pomóc|nie rozumiem/i;
const QUEUED: Record<Lng, RegExp> = {
  nl: /wachtrij.*nummer \d/,
  en: /queue.*number \d/,
  de: /Warteschlange.*Nummer \d/,
  pl: /kolejk.*numerem \d/,
};
const CALLBACK: Record<Lng, RegExp> = {
  nl: /terugbelt/,
  en: /call you back/,
  de: /zurückruft/,
  pl: /oddzwonił/,
};
/** A person offered as a question, per language. */
const OFFERS_PERSON: Record<Lng, RegExp> = {
  nl: /medewerker( van het CJIB)? (spreken|praten)\?/,
  en: /member of (CJIB )?staff( now)?\?/,
  de: /Mitarbeiter\w*( des CJIB)? sprechen\?/,
  pl: /z pracownikiem( CJIB)?\?/,
};
/** Kindness first: a word of sympathy and the suicide prevention line. */
const KIND: Record<Lng, RegExp> = {
  nl: /vervelend dat u dit meemaakt.*113/,
  en: /sorry you are going through this.*113/,
  de: /113/,
  pl: /Przykro mi.*113/,
};
const SORRY: Record<Lng, RegExp> = { nl: /Sorry/, en: /sorry/i, de: /tut mir leid/, pl: /Przepraszam/ };
/** The CJIB-number question of the lookup, per language. */
const ASKS_NUMBER: Record<Lng, RegExp> = {
  nl: /CJIB-nummer nodig/,
  en: /need the CJIB number/,
  de: /CJIB-Nummer/,
  pl: /numeru CJIB/,
};
const LOOKUP: Record<Lng, string> = {
  nl: 'ik wil mijn boete opzoeken',
  en: 'I want to look up my fine',
  de: 'ich möchte mein Bußgeld nachsehen',
  pl: 'chcę sprawdzić mój mandat',
};
const HOW_TO_PAY: Record<Lng, [string, RegExp]> = {
  nl: ['hoe kan ik betalen?', /iDEAL/],
  en: ['how do I pay?', /iDEAL/],
  de: ['wie kann ich bezahlen?', /iDEAL/],
  pl: ['jak mogę zapłacić?', /iDEAL/],
};
const YES: Record<Lng, string> = { nl: 'ja', en: 'yes', de: 'ja', pl: 'tak' };
const NO: Record<Lng, string> = { nl: 'nee', en: 'no', de: 'nein', pl: 'nie' };

/** The console's id of this citizen's case. */
const caseOf = (c: Citizen): string => caseId(conversationKeyOf(c.conversation.channelId, c.conversation.id));

/** A citizen; every reply is kept, so a test can check that nothing was said twice in a row. */
class Citizen {
  readonly said: string[] = [];
  constructor(readonly conversation: TestConversation) {}
  async say(text: string): Promise<string> {
    const reply = plain(await this.conversation.say(text));
    this.said.push(reply);
    return reply;
  }
  /** No reply the same as the one before it: the assistant never asks the same thing twice in a row. */
  expectNoRepeats(): void {
    for (let i = 1; i < this.said.length; i++) expect(this.said[i]).not.toBe(this.said[i - 1]);
  }
}

describe('conversation probes inside office hours', () => {
  let app: TestApp;
  let channel: FakeChannel;
  let agent: ConsoleClient;

  beforeAll(async () => {
    channel = await startFakeChannel();
    app = await startTestApp(
      { HANDOFF_POLL_MS: '100', RATE_LIMIT_CONVERSATION_BURST: '100' },
      { clock: MONDAY_MORNING },
    );
    agent = await loggedInStaff(app, 'ria');
  });
  afterAll(async () => {
    await app?.close();
    await channel?.close();
  });

  async function citizen(lng: Lng): Promise<Citizen> {
    const c = app.conversation({
      locale: LOCALE[lng],
      extra: { serviceUrl: channel.serviceUrl } as Partial<Activity>,
    });
    await c.start();
    return new Citizen(c);
  }

  /** Leaves the queue, so the next test's citizen is number 1 again. */
  async function leaveQueue(c: Citizen): Promise<void> {
    await c.conversation.say('cancel_queue');
  }

  describe('a long first message that mixes a story, a question and a request', () => {
    it.each<[Lng, string, RegExp]>([
      [
        'nl',
        'Hallo, ik heb vorige maand een boete gekregen voor te hard rijden op de A2, maar ik heb het al betaald en nu krijg ik weer een brief met een hoger bedrag. Hoe kan dat? En ik wil graag iemand spreken want ik snap er niks van.',
        /aanmaning|betaald/i,
      ],
      [
        'de',
        'Guten Tag, ich habe ein Schreiben vom CJIB bekommen, wegen einer Geschwindigkeitsüberschreitung. Ich war aber gar nicht der Fahrer, mein Bruder hatte das Auto. Was soll ich jetzt tun? Kann ich mit jemandem sprechen?',
        /Halterhaftung/,
      ],
      [
        'pl',
        'Dzień dobry, dostałem mandat z CJIB ale nie mam pieniędzy żeby zapłacić całą kwotę od razu. Straciłem pracę w zeszłym miesiącu. Czy mogę rozłożyć na raty? Chcę rozmawiać z konsultantem.',
        /noodstop|rat/,
      ],
    ])(
      '%s: the question in the story is answered and the request for a person honoured, in the same language',
      async (lng, story, answer) => {
        const c = await citizen(lng);
        const reply = await c.say(story);
        expect(reply).toMatch(answer);
        expect(reply).toMatch(QUEUED[lng]);
        expect(reply).not.toMatch(COLD);
        await leaveQueue(c);
      },
    );

    it('en: a story with a question and no request is answered, in English, without a person', async () => {
      const c = await citizen('en');
      const reply = await c.say(
        "Hi there. So I got a letter from you guys last week about a parking fine in Amsterdam, I was on holiday and my rental car got a ticket. I don't live in the Netherlands. How do I pay this from the UK?",
      );
      expect(reply).toMatch(/IBAN/);
      expect(reply).not.toMatch(QUEUED.en);
      expect(reply).not.toMatch(COLD);
    });
  });

  describe('asking for a person in many ways', () => {
    it.each<[Lng, string]>([
      ['nl', 'mens'],
      ['nl', 'echt iemand'],
      ['de', 'kann ich mit jemandem sprechen'],
      ['de', 'Mensch bitte'],
      ['pl', 'chcę rozmawiać z konsultantem'],
      ['pl', 'człowiek'],
      ['en', 'operator please'],
      ['en', 'this is f***ing useless, let me talk to someone'],
    ])('%s: "%s" puts the citizen in the queue', async (lng, ask) => {
      const c = await citizen(lng);
      expect(await c.say(ask)).toMatch(QUEUED[lng]);
      await leaveQueue(c);
    });

    it.each<[Lng, string]>([
      ['nl', 'ik wil geen medewerker, gewoon betalen'],
      ['en', "I don't want to talk to a person, just tell me how to pay"],
      ['de', 'Ich möchte keinen Mitarbeiter, nur zahlen'],
    ])('%s: "%s" is not queued', async (lng, notAPerson) => {
      const c = await citizen(lng);
      const reply = await c.say(notAPerson);
      expect(reply).not.toMatch(QUEUED[lng]);
      expect(reply).not.toMatch(COLD);
    });

    it.each<[Lng, string]>([
      ['nl', 'echt iemand graag'],
      ['en', 'operator please'],
      ['de', 'Mitarbeiter bitte'],
      ['pl', 'konsultant'],
      ['pl', 'poproszę konsultanta'],
      ['de', 'Ich hätte gerne einen Ansprechpartner'],
      ['en', 'live chat'],
    ])('%s: "%s" while the lookup asks the CJIB number stops the lookup and queues', async (lng, ask) => {
      const c = await citizen(lng);
      expect(await c.say(LOOKUP[lng])).toMatch(ASKS_NUMBER[lng]);
      const reply = await c.say(ask);
      expect(reply).toMatch(QUEUED[lng]);
      expect(reply).not.toMatch(ASKS_NUMBER[lng]);
      await leaveQueue(c);
    });
  });

  describe('frustration', () => {
    it.each<[Lng, string]>([
      ['nl', 'dit is waardeloos'],
      ['en', 'this is useless'],
      ['de', 'das ist doch Mist'],
      ['pl', 'to jest do niczego'],
    ])('%s: "%s" hears an apology and the offer of a person; yes queues', async (lng, angry) => {
      const c = await citizen(lng);
      const offer = await c.say(angry);
      expect(offer).toMatch(SORRY[lng]);
      expect(offer).toMatch(OFFERS_PERSON[lng]);
      expect(await c.say(YES[lng])).toMatch(QUEUED[lng]);
      await leaveQueue(c);
    });

    it.each<[Lng, string]>([
      ['nl', 'godverdomme'],
      ['en', 'wtf'],
      ['de', 'verdammt nochmal'],
      ['pl', 'kurwa mać'],
    ])(
      '%s: swearing alone ("%s") hears an apology and the offer of a person, not "I cannot help with that"',
      async (lng, swearing) => {
        const c = await citizen(lng);
        const reply = await c.say(swearing);
        expect(reply).toMatch(SORRY[lng]);
        expect(reply).toMatch(OFFERS_PERSON[lng]);
        expect(reply).not.toMatch(COLD);
      },
    );

    it('nl: "wat een kutbot" twice: the second outburst takes the offered person, no second offer', async () => {
      const c = await citizen('nl');
      expect(await c.say('wat een kutbot')).toMatch(OFFERS_PERSON.nl);
      expect(await c.say('wat een kutbot')).toMatch(QUEUED.nl);
      c.expectNoRepeats();
      await leaveQueue(c);
    });

    it('en: frustrated, then no to the person, then a question: answered', async () => {
      const c = await citizen('en');
      expect(await c.say("you don't understand me")).toMatch(OFFERS_PERSON.en);
      expect(await c.say('no')).not.toMatch(COLD);
      expect(await c.say('how do I pay?')).toMatch(/iDEAL/);
    });

    it('nl: "dit is waardeloos" while the lookup asks the number: sorry, the way to a person, the question again', async () => {
      const c = await citizen('nl');
      await c.say(LOOKUP.nl);
      const reply = await c.say('dit is waardeloos');
      expect(reply).toMatch(/Sorry/);
      expect(reply).toMatch(/medewerker/);
      expect(reply).toMatch(ASKS_NUMBER.nl);
      expect(reply).not.toMatch(/lijkt geen CJIB-nummer/);
      expect(await c.say('medewerker')).toMatch(QUEUED.nl);
      await leaveQueue(c);
    });
  });

  describe('saying no to the offer of a person and going on', () => {
    it.each<[Lng, string]>([
      ['nl', 'ben je een robot?'],
      ['en', 'are you a robot?'],
      ['de', 'bist du ein Roboter?'],
      ['pl', 'czy jesteś botem?'],
    ])(
      '%s: "%s" hears it is a computer program, declines a person and gets an answer',
      async (lng, robot) => {
        const c = await citizen(lng);
        const identity = await c.say(robot);
        expect(identity).toMatch(/computerprogramma|computer program|Computerprogramm|program komputerowy/);
        expect(identity).toMatch(OFFERS_PERSON[lng]);
        const declined = await c.say(NO[lng]);
        expect(declined).not.toMatch(QUEUED[lng]);
        expect(declined).not.toMatch(COLD);
        const [question, answer] = HOW_TO_PAY[lng];
        expect(await c.say(question)).toMatch(answer);
      },
    );

    it.each<[Lng, string]>([
      ['nl', 'ben ik met een echt persoon aan het chatten?'],
      ['de', 'Bin ich gerade mit einem Bot verbunden?'],
      ['en', 'are you even real?'],
    ])('%s: "%s" is told it is a computer program, not put in the queue', async (lng, robot) => {
      const c = await citizen(lng);
      const reply = await c.say(robot);
      expect(reply).toMatch(/computerprogramma|computer program|Computerprogramm/);
      expect(reply).not.toMatch(QUEUED[lng]);
    });

    it.each<[Lng, string, string, string]>([
      ['nl', 'ik zie het niet meer zitten', 'nee', 'toch wel'],
      ['en', 'are you a robot?', 'no', 'actually yes'],
      ['de', 'bist du ein Roboter?', 'nein', 'doch'],
      ['pl', 'czy jesteś botem?', 'nie', 'jednak tak'],
    ])(
      '%s: "%s", "%s", then a second thought "%s" takes the person after all',
      async (lng, first, no, secondThought) => {
        const c = await citizen(lng);
        expect(await c.say(first)).toMatch(OFFERS_PERSON[lng]);
        expect(await c.say(no)).not.toMatch(QUEUED[lng]);
        expect(await c.say(secondThought)).toMatch(QUEUED[lng]);
        await leaveQueue(c);
      },
    );

    it('nl: after turning the person down, frustration is met with the offer again, not the queue', async () => {
      const c = await citizen('nl');
      await c.say('ben je een robot?');
      await c.say('nee');
      const reply = await c.say('dit is waardeloos');
      expect(reply).toMatch(OFFERS_PERSON.nl);
      expect(reply).not.toMatch(QUEUED.nl);
    });

    it('en: "are you a bot?" in the middle of the lookup: the answer and the same question again', async () => {
      const c = await citizen('en');
      await c.say(LOOKUP.en);
      const reply = await c.say('are you a bot?');
      expect(reply).toMatch(/computer program/);
      expect(reply).toMatch(ASKS_NUMBER.en);
    });

    it('nl: in distress, declines a person, then asks about paying: answered without a second offer', async () => {
      const c = await citizen('nl');
      expect(await c.say('ik weet niet meer wat ik moet doen met al die boetes')).toMatch(KIND.nl);
      expect(await c.say('nee')).not.toMatch(QUEUED.nl);
      const answer = await c.say('hoe kan ik betalen?');
      expect(answer).toMatch(/iDEAL/);
      expect(answer).not.toMatch(OFFERS_PERSON.nl);
    });
  });

  describe('changing language in the citizen’s own words', () => {
    it.each<[Lng, string, string, RegExp]>([
      ['nl', 'can we continue in English please?', 'and what if I pay late?', /reminder/],
      ['en', 'kann ich auf Deutsch weiterschreiben?', 'Wie kann ich bezahlen?', /Überweisung/],
      ['nl', 'mówię tylko po polsku', 'jak mogę zapłacić?', /Przelewem/],
      ['en', 'Ik spreek liever Nederlands', 'hoe kan ik betalen', /overboeking/],
    ])('%s → "%s": the next answers are in the new language', async (lng, change, next, inNew) => {
      const c = await citizen(lng);
      expect(await c.say(HOW_TO_PAY[lng][0])).toMatch(/iDEAL/);
      expect(await c.say(change)).not.toMatch(COLD);
      expect(await c.say(next)).toMatch(inNew);
    });

    it('en → nl while a person is offered: the offer is asked again in Dutch and "ja" takes it', async () => {
      const c = await citizen('en');
      expect(await c.say('are you a robot?')).toMatch(OFFERS_PERSON.en);
      expect(await c.say('kunnen we in het Nederlands verder?')).toMatch(/Nederlands.*medewerker spreken\?/);
      expect(await c.say('ja')).toMatch(QUEUED.nl);
      await leaveQueue(c);
    });

    it('nl → de after distress: kindness and 113 again in German, and "ja" queues with distress as the reason', async () => {
      const c = await citizen('nl');
      expect(await c.say('ik zie het niet meer zitten')).toMatch(KIND.nl);
      const again = await c.say('können wir Deutsch sprechen?');
      expect(again).toMatch(/Deutsch/);
      expect(again).toMatch(/113/);
      expect(again).toMatch(OFFERS_PERSON.de);
      expect(await c.say('ja')).toMatch(QUEUED.de);
      const row = await agent.get<{ cases: { id: string; reason: string }[] }>('/console/api/queue');
      expect(row.body.cases.find((x) => x.id === caseOf(c))?.reason).toBe('distress');
      await leaveQueue(c);
    });

    it('nl → en after two misunderstandings: the offer of a person stands in English', async () => {
      const c = await citizen('nl');
      await c.say('blorp zinga');
      expect(await c.say('wibble wobble')).toMatch(OFFERS_PERSON.nl);
      expect(await c.say('can we speak English?')).toMatch(OFFERS_PERSON.en);
      expect(await c.say('yes')).toMatch(QUEUED.en);
      await leaveQueue(c);
    });

    it('nl → en in the middle of the lookup: the lookup goes on in English', async () => {
      const c = await citizen('nl');
      expect(await c.say(LOOKUP.nl)).toMatch(ASKS_NUMBER.nl);
      expect(await c.say('sorry, I only speak English')).toMatch(ASKS_NUMBER.en);
    });
  });

  describe('misunderstandings in a row', () => {
    it.each<Lng>(['nl', 'en', 'de', 'pl'])(
      '%s: the second offers a person once; more are never answered with the same words twice',
      async (lng) => {
        const c = await citizen(lng);
        await c.say('blorp zinga');
        expect(await c.say('wibble wobble')).toMatch(OFFERS_PERSON[lng]);
        const third = await c.say('zxcv qwerty');
        expect(third).not.toMatch(OFFERS_PERSON[lng]);
        await c.say('uiop asdf');
        c.expectNoRepeats();
      },
    );

    it('en: after the offer, yes queues the citizen', async () => {
      const c = await citizen('en');
      await c.say('blorp zinga');
      await c.say('wibble wobble');
      expect(await c.say('yes')).toMatch(QUEUED.en);
      await leaveQueue(c);
    });

    it('nl: after the offer, no is respected and a question is answered', async () => {
      const c = await citizen('nl');
      await c.say('blorp zinga');
      await c.say('wibble wobble');
      expect(await c.say('nee')).not.toMatch(QUEUED.nl);
      expect(await c.say('hoe kan ik betalen?')).toMatch(/iDEAL/);
    });
  });

  describe('distress and thoughts of self-harm: kindness first, 113, and a person', () => {
    it.each<[Lng, string]>([
      ['nl', 'ik doe mezelf wat aan'],
      ['nl', 'ik wil dood'],
      ['en', "i'm going to end it all"],
      ['en', 'I want to kill myself'],
      ['de', 'ich will nicht mehr leben'],
      ['pl', 'nie chcę już żyć'],
      ['pl', 'nie mam pieniedzy, mam dlugi, nie dam rady juz zyc'],
      ['nl', 'ik zie het allemaal niet meer zitten met die schulden'],
    ])('%s: "%s"', async (lng, words) => {
      const c = await citizen(lng);
      const reply = await c.say(words);
      expect(reply).toMatch(KIND[lng]);
      expect(reply).toMatch(OFFERS_PERSON[lng]);
      expect(reply).not.toMatch(/Goodbye|Tot ziens|Auf Wiedersehen|Do widzenia|abbrechen|przerwania/);
      expect(await c.say(YES[lng])).toMatch(QUEUED[lng]);
      await leaveQueue(c);
    });

    it.each<[Lng, string]>([
      ['en', "I'm scared"],
      ['nl', 'ik ben zo bang'],
      ['de', 'Ich habe Angst'],
      ['pl', 'boję się'],
    ])('%s: fear said on its own ("%s") is met with kindness, not a flow', async (lng, fear) => {
      const c = await citizen(lng);
      const reply = await c.say(fear);
      expect(reply).toMatch(KIND[lng]);
      expect(reply).not.toMatch(ASKS_NUMBER[lng]);
    });

    it('de: distress in the middle of the lookup stops it and offers a person with 113', async () => {
      const c = await citizen('de');
      await c.say(LOOKUP.de);
      const reply = await c.say('ich will nicht mehr leben');
      expect(reply).toMatch(/113/);
      expect(reply).not.toMatch(ASKS_NUMBER.de);
    });
  });

  describe('the first message after the welcome', () => {
    it.each<[Lng, string]>([
      ['nl', 'ok'],
      ['nl', '👍'],
      ['nl', 'top, dank je'],
      ['en', 'ok thanks'],
    ])('%s: "%s" acknowledges the welcome: asked what it is, not queued', async (lng, ack) => {
      const c = await citizen(lng);
      const reply = await c.say(ack);
      expect(reply).not.toMatch(QUEUED[lng]);
      expect(reply).toMatch(/Waarmee kan ik u helpen|How can I help/);
    });

    it('nl: "ja graag" to the welcome\'s offer of a person queues', async () => {
      const c = await citizen('nl');
      expect(await c.say('ja graag')).toMatch(QUEUED.nl);
      await leaveQueue(c);
    });
  });

  describe('hello, and hello again', () => {
    it('nl: "hallo", "hallo?", "hallo??", "hallo???" never hear the same reply twice in a row; the person is offered', async () => {
      const c = await citizen('nl');
      expect(await c.say('hallo')).toMatch(/Waarmee kan ik u helpen/);
      expect(await c.say('hallo?')).toMatch(/Ik ben er.*medewerker spreken\?/);
      await c.say('hallo??');
      await c.say('hallo???');
      c.expectNoRepeats();
    });

    it('en: "hello?" after a hello, then yes: queued', async () => {
      const c = await citizen('en');
      await c.say('hi');
      expect(await c.say('hello?')).toMatch(OFFERS_PERSON.en);
      expect(await c.say('yes')).toMatch(QUEUED.en);
      await leaveQueue(c);
    });

    it('nl: a hello after an answer is a plain hello again', async () => {
      const c = await citizen('nl');
      await c.say('hallo');
      expect(await c.say('hoe kan ik betalen?')).toMatch(/iDEAL/);
      expect(await c.say('hallo')).not.toMatch(OFFERS_PERSON.nl);
    });
  });

  describe('thanks and goodbyes at any point', () => {
    it.each<[Lng, string, RegExp]>([
      ['nl', 'nee doei', /Tot ziens/],
      ['en', 'no thanks, bye', /Goodbye/],
    ])(
      '%s: "%s" to the offer of a person after misunderstandings is a goodbye',
      async (lng, bye, goodbye) => {
        const c = await citizen(lng);
        await c.say('blorp zinga');
        expect(await c.say('wibble wobble')).toMatch(OFFERS_PERSON[lng]);
        const reply = await c.say(bye);
        expect(reply).toMatch(goodbye);
        expect(reply).not.toMatch(QUEUED[lng]);
      },
    );

    it.each<[Lng, string, RegExp]>([
      ['nl', 'dank je wel', /Graag gedaan/],
      ['nl', 'doei', /Tot ziens/],
      ['en', 'thanks, bye', /Goodbye/],
      ['de', 'tschüss', /Wiedersehen/],
      ['pl', 'dziękuję, do widzenia', /Do widzenia/],
    ])('%s: "%s" as the first message', async (_lng, words, reply) => {
      const c = await citizen(_lng);
      expect(await c.say(words)).toMatch(reply);
    });

    it('nl: thanks in the middle of the lookup: a courtesy and the question again', async () => {
      const c = await citizen('nl');
      await c.say(LOOKUP.nl);
      const reply = await c.say('bedankt');
      expect(reply).toMatch(/Graag gedaan/);
      expect(reply).toMatch(ASKS_NUMBER.nl);
    });

    it('en: "thanks bye" in the middle of the lookup ends it kindly, without the question', async () => {
      const c = await citizen('en');
      await c.say(LOOKUP.en);
      const reply = await c.say('thanks bye');
      expect(reply).toMatch(/Goodbye/);
      expect(reply).not.toMatch(ASKS_NUMBER.en);
    });
  });

  describe('a goodbye or a no while waiting in the queue', () => {
    it.each<[Lng, string, RegExp]>([
      ['nl', 'doei', /nog in de wachtrij.*nummer 1/],
      ['nl', 'nee', /nog in de wachtrij.*nummer 1/],
      ['en', 'bye', /still in the queue.*number 1/],
      ['de', 'tschüss', /noch in der Warteschlange.*Nummer 1/],
      ['pl', 'nie', /Nadal jest Pan\/Pani w kolejce.*numerem 1/],
    ])('%s: "%s" hears that they are still in line and how to stop waiting', async (lng, words, still) => {
      const c = await citizen(lng);
      expect(
        await c.say(
          { nl: 'mag ik een mens', en: 'real person please', de: 'Mitarbeiter bitte', pl: 'konsultant' }[lng],
        ),
      ).toMatch(QUEUED[lng]);
      const reply = await c.say(words);
      expect(reply).toMatch(still);
      expect(reply).not.toMatch(/Tot ziens|Goodbye|Wiedersehen|Do widzenia/);
      await leaveQueue(c);
    });
  });

  it('nl: frustration while waiting in the queue hears sorry and the place in line, no second offer', async () => {
    const c = await citizen('nl');
    expect(await c.say('mag ik een mens')).toMatch(QUEUED.nl);
    const reply = await c.say('dit is waardeloos');
    expect(reply).toMatch(/Sorry dat u moet wachten.*nummer 1/);
    expect(reply).not.toMatch(OFFERS_PERSON.nl);
    await leaveQueue(c);
  });

  describe('emoji, empty and pasted messages', () => {
    it('nl: only angry emoji as the first message: asked kindly what it is, no person pushed', async () => {
      const c = await citizen('nl');
      const reply = await c.say('😡😡😡');
      expect(reply).toMatch(/Waarmee kan ik u helpen/);
      expect(reply).not.toMatch(QUEUED.nl);
    });

    it('en: an emoji while the lookup asks the number: the question again, not "not a CJIB number"', async () => {
      const c = await citizen('en');
      await c.say(LOOKUP.en);
      const reply = await c.say('🙏');
      expect(reply).toMatch(ASKS_NUMBER.en);
      expect(reply).not.toMatch(/does not look like/);
    });

    it('nl: a pasted objection letter is read as an objection, not misunderstood', async () => {
      const c = await citizen('nl');
      const reply = await c.say(
        'Geachte heer/mevrouw,\n\nHierbij maak ik bezwaar tegen de beschikking van 12 maart. Op de betreffende dag was ik niet in Nederland, ik kan dit aantonen met vliegtickets. Ik verzoek u vriendelijk de beschikking te vernietigen. Tevens verzoek ik om een kopie van de foto.\n\nMet vriendelijke groet,\nJ. Jansen',
      );
      expect(reply).toMatch(/bezwaar|Niet eens/i);
      expect(reply).not.toMatch(COLD);
    });
  });

  describe('after the member of staff is done', () => {
    it('nl: a citizen who writes again after the agent closed the conversation is answered by the assistant', async () => {
      const c = await citizen('nl');
      expect(await c.say('mag ik een mens')).toMatch(QUEUED.nl);
      const id = caseOf(c);
      expect((await agent.post(`/console/api/cases/${id}/claim`)).status).toBe(200);
      expect(await c.say('hallo?')).toBe('');
      expect((await agent.post(`/console/api/cases/${id}/close`)).status).toBe(200);
      const back = await c.say('hoe kan ik betalen?');
      expect(back).toMatch(/iDEAL/);
      // Asking for a person again queues them again.
      expect(await c.say('ik wil weer een medewerker')).toMatch(QUEUED.nl);
      await leaveQueue(c);
    });

    /** What the channel received for this citizen from staff and the relay (sent outside the turn). */
    async function pushedTo(c: Citizen, pattern: RegExp): Promise<string> {
      for (let waited = 0; waited < 5000; waited += 50) {
        const found = channel.received.find(
          (r) => r.conversationId === c.conversation.id && pattern.test(r.activity.text ?? ''),
        );
        if (found) return found.activity.text ?? '';
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`nothing matching ${pattern} pushed to ${c.conversation.id}`);
    }

    it('nl → en while queued: the member of staff taking over is announced in English', async () => {
      const c = await citizen('nl');
      expect(await c.say('mag ik een mens')).toMatch(QUEUED.nl);
      expect(await c.say('can we continue in English please?')).toMatch(/English/);
      expect((await agent.post(`/console/api/cases/${caseOf(c)}/claim`)).status).toBe(200);
      expect(await pushedTo(c, /member of CJIB staff, is taking over/)).toBeTruthy();
      expect((await agent.post(`/console/api/cases/${caseOf(c)}/close`)).status).toBe(200);
    });

    it('pl: after the agent hands back, thanks and a goodbye are answered in Polish', async () => {
      const c = await citizen('pl');
      expect(await c.say('chcę rozmawiać z konsultantem')).toMatch(QUEUED.pl);
      const id = caseOf(c);
      expect((await agent.post(`/console/api/cases/${id}/claim`)).status).toBe(200);
      expect((await agent.post(`/console/api/cases/${id}/handback`, { note: 'done' })).status).toBe(200);
      expect(await c.say('dziękuję')).toMatch(/Proszę bardzo/);
      expect(await c.say('do widzenia')).toMatch(/Do widzenia/);
    });
  });
});

describe('conversation probes outside office hours', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ RATE_LIMIT_CONVERSATION_BURST: '100' }, { clock: MONDAY_EVENING });
  });
  afterAll(async () => {
    await app?.close();
  });

  async function citizen(lng: Lng): Promise<Citizen> {
    const c = app.conversation({ locale: LOCALE[lng] });
    await c.start();
    return new Citizen(c);
  }

  it.each<[Lng, string]>([
    ['nl', 'echt iemand'],
    ['en', 'operator please'],
    ['de', 'kann ich mit jemandem sprechen'],
    ['pl', 'człowiek'],
  ])('%s: "%s" in the evening is offered a callback, never the queue', async (lng, ask) => {
    const c = await citizen(lng);
    const reply = await c.say(ask);
    expect(reply).toMatch(CALLBACK[lng]);
    expect(reply).not.toMatch(QUEUED[lng]);
  });

  it('de: a story with a question and a request in the evening: the answer, then the callback offer', async () => {
    const c = await citizen('de');
    const reply = await c.say(
      'Guten Tag, ich habe ein Schreiben vom CJIB bekommen. Ich war aber gar nicht der Fahrer, mein Bruder hatte das Auto. Was soll ich jetzt tun? Kann ich mit jemandem sprechen?',
    );
    expect(reply).toMatch(/Halterhaftung/);
    expect(reply).toMatch(CALLBACK.de);
    expect(reply.indexOf('Halterhaftung')).toBeLessThan(reply.search(CALLBACK.de));
  });

  it('nl: no to the callback, then a question: answered, and no callback offered again', async () => {
    const c = await citizen('nl');
    expect(await c.say('mens')).toMatch(CALLBACK.nl);
    expect(await c.say('nee')).not.toMatch(COLD);
    const answer = await c.say('hoe kan ik betalen?');
    expect(answer).toMatch(/iDEAL/);
    expect(answer).not.toMatch(CALLBACK.nl);
  });

  it('de: frustration in the evening: sorry, a person offered, yes leads to the callback', async () => {
    const c = await citizen('de');
    expect(await c.say('nutzlos!!!')).toMatch(OFFERS_PERSON.de);
    expect(await c.say('ja')).toMatch(CALLBACK.de);
  });

  it('en: thoughts of self-harm in the evening: kindness and 113 first, then the callback', async () => {
    const c = await citizen('en');
    const reply = await c.say("I don't want to live anymore");
    expect(reply).toMatch(KIND.en);
    expect(await c.say('yes')).toMatch(CALLBACK.en);
    expect(await c.say('yes')).toMatch(/phone number/);
  });

  it('pl: a person asked for in the middle of the lookup in the evening: the callback', async () => {
    const c = await citizen('pl');
    await c.say(LOOKUP.pl);
    expect(await c.say('chcę rozmawiać z konsultantem')).toMatch(CALLBACK.pl);
  });

  it('nl: frustration at the phone-number question: sorry and the question again, no person offered again', async () => {
    const c = await citizen('nl');
    await c.say('mens');
    expect(await c.say('ja')).toMatch(/telefoonnummer/);
    const reply = await c.say('dit is waardeloos');
    expect(reply).toMatch(/Sorry/);
    expect(reply).toMatch(/telefoonnummer/);
    expect(reply).not.toMatch(/medewerker spreken/);
    expect(await c.say('06 12345678')).toMatch(/Wanneer/);
  });

  it('en: "are you a robot?" at the phone-number question: it is a computer program, and the question again', async () => {
    const c = await citizen('en');
    await c.say('human');
    await c.say('yes');
    const reply = await c.say('are you a robot?');
    expect(reply).toMatch(/computer program/);
    expect(reply).toMatch(/phone number/);
    expect(reply).not.toMatch(/talk to a member of staff/);
  });

  it.each<[Lng, string, string, RegExp]>([
    ['nl', 'ja', 'ik zie het niet meer zitten', /telefoonnummer/],
    ['pl', 'tak', 'nie mam już siły', /numer telefonu/],
  ])(
    '%s: distress while the callback is arranged: kindness and 113, and the callback goes on (not offered again)',
    async (lng, yes, worry, askPhone) => {
      const c = await citizen(lng);
      await c.say({ nl: 'mens', pl: 'konsultant' }[lng as 'nl' | 'pl']);
      expect(await c.say(yes)).toMatch(askPhone);
      const reply = await c.say(worry);
      expect(reply).toMatch(/113/);
      expect(reply).toMatch(askPhone);
      expect(reply).not.toMatch(CALLBACK[lng]);
    },
  );

  it('nl → en at the phone-number question: the callback goes on in English without offering it again', async () => {
    const c = await citizen('nl');
    await c.say('mens');
    expect(await c.say('ja')).toMatch(/telefoonnummer/);
    const again = await c.say('can we do this in English?');
    expect(again).toMatch(/phone number/);
    expect(again).not.toMatch(CALLBACK.en);
    expect(await c.say('+31 6 12345678')).toMatch(/When would you prefer/);
    expect(await c.say('afternoon')).toMatch(/afternoon/);
  });

  it('de → en at the time question: the number given stays, the time is asked in English', async () => {
    const c = await citizen('de');
    await c.say('Mitarbeiter bitte');
    await c.say('ja');
    expect(await c.say('+49 151 23456789')).toMatch(/Wann/);
    const again = await c.say('can we continue in English please?');
    expect(again).toMatch(/When would you prefer/);
    expect(again).not.toMatch(/phone number/);
    expect(await c.say('in the morning')).toMatch(/Thank you.*morning/);
  });

  it('nl: after the callback was arranged, "wanneer bellen jullie?" hears when (the part of the day chosen)', async () => {
    const c = await citizen('nl');
    await c.say('mens');
    await c.say('ja');
    await c.say('06 12345678');
    expect(await c.say('middag')).toMatch(/middag/);
    const when = await c.say('wanneer bellen jullie?');
    expect(when).toMatch(/werkdag.*12\.00 en 17\.00|12\.00.*17\.00/);
    expect(when).not.toMatch(COLD);
  });

  it('en: distress after the callback was arranged: kindness, 113 and that staff will call, not a second callback', async () => {
    const c = await citizen('en');
    await c.say('operator please');
    await c.say('yes');
    await c.say('+31 6 12345678');
    expect(await c.say('morning')).toMatch(/morning/);
    const reply = await c.say('I feel hopeless');
    expect(reply).toMatch(/113/);
    expect(reply).toMatch(/will call you back/);
    expect(reply).not.toMatch(/Would you like a member of staff to call you back\?/);
  });

  it('pl: asking for a person again after the callback was arranged hears when staff call, not a second callback', async () => {
    const c = await citizen('pl');
    await c.say('konsultant');
    await c.say('tak');
    await c.say('+48 601 234 567');
    await c.say('rano');
    const again = await c.say('chcę rozmawiać z konsultantem');
    expect(again).toMatch(/rano|8:00|8\.00/);
    expect(again).not.toMatch(CALLBACK.pl);
  });

  it.each<[Lng, string, string, RegExp]>([
    ['nl', 'mens', 'misschien', /telefoonnummer/],
    ['pl', 'konsultant', 'nie wiem', /numer telefonu/],
    ['de', 'Mitarbeiter bitte', 'vielleicht', /Telefonnummer/],
  ])(
    '%s: unsure about the callback ("%s" → "%s"): what yes and no mean, then yes goes on',
    async (lng, ask, unsure, askPhone) => {
      const c = await citizen(lng);
      expect(await c.say(ask)).toMatch(CALLBACK[lng]);
      const again = await c.say(unsure);
      expect(again).not.toMatch(COLD);
      expect(again).toMatch(CALLBACK[lng]);
      expect(await c.say(YES[lng])).toMatch(askPhone);
    },
  );

  it('nl: unsure twice about the callback: nothing arranged, kindly, no cold reply', async () => {
    const c = await citizen('nl');
    await c.say('mens');
    await c.say('weet ik niet');
    const reply = await c.say('weet ik niet');
    expect(reply).not.toMatch(COLD);
    expect(reply).toMatch(/vragen blijven stellen|kantoortijden/);
  });

  it('en: "when would you call?" at the callback offer: working days, then the offer again', async () => {
    const c = await citizen('en');
    await c.say('human');
    const when = await c.say('when would you call?');
    expect(when).toMatch(/working days/);
    expect(when).toMatch(/call you back\?/);
    expect(await c.say('yes')).toMatch(/phone number/);
  });

  it('nl: two misunderstandings in the evening: the person offered is a callback on yes', async () => {
    const c = await citizen('nl');
    await c.say('blorp zinga');
    expect(await c.say('wibble wobble')).toMatch(OFFERS_PERSON.nl);
    expect(await c.say('ja')).toMatch(CALLBACK.nl);
  });
});
