import type { Activity } from 'botbuilder';
import { useHandoffDesk } from '../support/handoffDesk';
import { LOCALE, type Lang as Lng } from '../support/languages';
import { textOf, type TestConversation } from '../support/testApp';

// Waiting in the queue for a person (on the phone, on chat, on SMS), and yes or no said with a second
// thought ("actually yes", "doch, ja", "jednak tak") wherever a yes or no is asked, in nl/en/de/pl.
// Asserted on what the citizen notices: what is said or heard, and whether they are (still) in line.
jest.setTimeout(120_000);

const ASK: Record<Lng, string> = {
  nl: 'mag ik een medewerker',
  en: 'can I talk to a human',
  de: 'ich will mit jemandem sprechen',
  pl: 'chcę rozmawiać z konsultantem',
};
/** The place in the queue, per language. */
const IN_LINE: Record<Lng, RegExp> = {
  nl: /wachtrij.*nummer \d/s,
  en: /queue.*number \d/s,
  de: /Warteschlange.*Nummer \d/s,
  pl: /kolej(ki|ce).*numerem \d/s,
};
/** The spoken way out of the queue: say it, or press 1. */
const SPOKEN_WAY_OUT: Record<Lng, RegExp> = {
  nl: /Zeg dan 'stoppen met wachten', of toets 1\./,
  en: /Say 'stop waiting', or press 1\./,
  de: /Sagen Sie dann 'nicht mehr warten', oder drücken Sie die 1\./,
  pl: /Proszę powiedzieć 'przestań czekać' albo wcisnąć 1\./,
};
/** A menu read out on the phone. */
const MENU_READ_OUT = /Zeg uw keuze|Say your choice|Sagen Sie Ihre Wahl|Proszę powiedzieć swój wybór|<s>1: /;
/** The console's id of a conversation's case. */
const caseId = (channelId: string, conversationId: string): string =>
  Buffer.from(`${channelId}/${conversationId}`, 'utf8').toString('base64url');
const LEFT: Record<Lng, RegExp> = {
  nl: /niet meer in de wachtrij/,
  en: /no longer in the queue/,
  de: /nicht mehr in der Warteschlange/,
  pl: /nie jest Pan lub Pani już w kolejce|Nie jest Pan\/Pani już w kolejce|Nie jest Pan lub Pani już w kolejce/,
};
/** The kind reply to contact details while waiting: the colleague can use them, and the place in line. */
const CONTACT_KIND: Record<Lng, RegExp> = {
  nl: /medewerker kan uw telefoonnummer of e-mailadres gebruiken.*nummer \d/s,
  en: /member of staff can use your phone number or e-mail address.*number \d/s,
  de: /Mitarbeiter kann Ihre Telefonnummer oder E-Mail-Adresse nutzen.*Nummer \d/s,
  pl: /Pracownik może użyć .*numerem \d/s,
};
const D01 = { number: '9698948614580658', postcode: '8911 AB' }; // € 129,00; 6 × € 21,50
const SCHEDULE: Record<Lng, RegExp> = {
  nl: /€ 21,50 per maand.*Wilt u deze betalingsregeling aanvragen\?/s,
  en: /€21\.50 a month.*Would you like to request this payment arrangement\?/s,
  de: /21,50 € pro Monat.*Möchten Sie diese Ratenzahlung beantragen\?/s,
  pl: /21,50 € miesięcznie.*Czy chce Pan\/Pani złożyć wniosek/s,
};

/** What the caller hears: the SSML sentences of the replies. */
function heard(replies: Partial<Activity>[]): string {
  return replies
    .filter((a) => a.type === 'message')
    .map((a) => a.speak ?? '')
    .join('\n');
}

describe('waiting in the queue, and a yes after a second thought', () => {
  const desk = useHandoffDesk('noor');

  async function citizen(lng: Lng, channelId = 'webchat'): Promise<TestConversation> {
    const c = desk.app.conversation({
      locale: LOCALE[lng],
      channelId,
      extra: { serviceUrl: desk.channel.serviceUrl } as Partial<Activity>,
    });
    await c.start();
    return c;
  }

  async function status(c: TestConversation): Promise<string | undefined> {
    const found = await desk.app.app
      .mongo!.db.collection('handoffCases')
      .findOne({ _id: `${c.channelId}/${c.id}` as never });
    return (found as { status?: string } | null)?.status;
  }

  describe('on the phone', () => {
    it.each<Lng>(['nl', 'en', 'de', 'pl'])(
      '%s: joining the queue says how to stop waiting (say it, or press 1), no menu read out; pressing 1 leaves',
      async (lng) => {
        const c = await citizen(lng, 'telephony');
        const joined = await c.say(ASK[lng]);
        expect(textOf(joined)).toMatch(IN_LINE[lng]);
        expect(textOf(joined)).toMatch(SPOKEN_WAY_OUT[lng]);
        expect(heard(joined)).not.toMatch(
          /Stop met wachten\.|Stop waiting\.|Nicht mehr warten\.|Przestań czekać\./,
        );
        expect(heard(joined)).not.toMatch(MENU_READ_OUT);
        expect(await status(c)).toBe('queued');
        const left = await c.post({ type: 'event', name: 'dtmf', value: '1' } as Partial<Activity>);
        expect(textOf(left)).toMatch(LEFT[lng]);
        expect(await status(c)).not.toBe('queued');
      },
    );

    it('nl: "hoe lang nog?", another key, and silence while waiting: the place in line and the spoken way out', async () => {
      const c = await citizen('nl', 'telephony');
      await c.say(ASK.nl);
      const howLong = textOf(await c.say('hoe lang nog?'));
      expect(howLong).toMatch(IN_LINE.nl);
      expect(howLong).toMatch(SPOKEN_WAY_OUT.nl);
      const key = textOf(await c.post({ type: 'event', name: 'dtmf', value: '5' } as Partial<Activity>));
      expect(key).toMatch(/nog in de wachtrij.*nummer \d/s);
      expect(key).toMatch(SPOKEN_WAY_OUT.nl);
      const silence = textOf(await c.say(''));
      expect(silence).toMatch(/nog in de wachtrij.*nummer \d/s);
      expect(silence).not.toMatch(/niet gehoord/);
      expect(await status(c)).toBe('queued');
      expect(textOf(await c.say('stoppen met wachten'))).toMatch(LEFT.nl);
    });

    it('de: "wie lange noch?" is the queue, then "nicht mehr warten" leaves', async () => {
      const c = await citizen('de', 'telephony');
      await c.say(ASK.de);
      const answer = textOf(await c.say('wie lange noch?'));
      expect(answer).toMatch(IN_LINE.de);
      expect(answer).not.toMatch(/8 Wochen/);
      expect(textOf(await c.say('nicht mehr warten'))).toMatch(LEFT.de);
    });

    it('pl: "ile jeszcze?" is the queue; "przestań czekać" leaves', async () => {
      const c = await citizen('pl', 'telephony');
      await c.say(ASK.pl);
      expect(textOf(await c.say('ile jeszcze?'))).toMatch(IN_LINE.pl);
      expect(textOf(await c.say('przestań czekać'))).toMatch(/już w kolejce/);
      expect(await status(c)).not.toBe('queued');
    });
  });

  describe('contact details while waiting', () => {
    it.each<[Lng, string, string]>([
      ['nl', 'webchat', 'mijn telefoonnummer is 0612345678'],
      ['nl', 'webchat', 'jan.devries@example.nl'],
      ['en', 'webchat', 'my email is jan@example.com'],
      ['de', 'webchat', 'meine Nummer ist 0151 23456789'],
      ['pl', 'sms', 'mój email to jan@example.pl'],
    ])(
      '%s (%s): "%s" gets a kind reply and the place in line; the transcript keeps it masked',
      async (lng, channelId, line) => {
        const c = await citizen(lng, channelId);
        await c.say(ASK[lng]);
        const reply = textOf(await c.say(line));
        expect(reply).toMatch(CONTACT_KIND[lng]);
        expect(reply).not.toMatch(/CJIB-Nummer|telefoonnummers|phone number you need|Numer telefonu zależy/);
        expect(await status(c)).toBe('queued');
        const detail = await desk.agent.get(`/console/api/cases/${caseId(channelId, c.id)}`);
        expect(detail.status).toBe(200);
        const raw = JSON.stringify(detail.body);
        expect(raw).toMatch(/\[(phone|e-mail)\]/);
        expect(raw).not.toContain('0612345678');
        expect(raw).not.toContain('jan@example.com');
        expect(raw).not.toContain('23456789');
      },
    );
  });

  describe('while waiting, on chat', () => {
    it('en: "how long still?" is the queue (was the payment deadline)', async () => {
      const c = await citizen('en');
      await c.say(ASK.en);
      const answer = textOf(await c.say('how long still?'));
      expect(answer).toMatch(IN_LINE.en);
      expect(answer).not.toMatch(/8 weeks/);
    });

    it.each<[Lng, string]>([
      ['pl', 'ile muszę czekać?'],
      ['en', 'how long do I have to wait?'],
      ['de', 'wie lange muss ich warten?'],
      ['nl', 'hoe lang wacht ik nog?'],
    ])('%s: "%s" is the queue (the Polish was the CJIB-number question)', async (lng, line) => {
      const c = await citizen(lng);
      await c.say(ASK[lng]);
      expect(textOf(await c.say(line))).toMatch(IN_LINE[lng]);
      expect(await status(c)).toBe('queued');
    });

    it('nl: messages the assistant does not understand while waiting never offer a person again', async () => {
      const c = await citizen('nl');
      await c.say(ASK.nl);
      for (const message of ['blablabla xyz', 'qwerty asdf zxcv', 'hmm tja nou ja']) {
        const reply = textOf(await c.say(message));
        expect(reply).not.toMatch(/Wilt u met een medewerker spreken\?/);
        expect(reply.length).toBeGreaterThan(0);
      }
      expect(await status(c)).toBe('queued');
    });

    it('nl: switching to English while waiting hears the place in line in English', async () => {
      const c = await citizen('nl');
      await c.say(ASK.nl);
      const switched = textOf(await c.say('zet het gesprek in het Engels'));
      expect(switched).toMatch(/continue in English/);
      expect(switched).toMatch(/number \d+ in line/);
      expect(await status(c)).toBe('queued');
    });

    it.each<[Lng, string]>([
      ['nl', 'stop'],
      ['nl', 'stop met wachten'],
      ['en', 'stop'],
      ['de', 'nicht mehr warten'],
    ])('%s: "%s" leaves the queue', async (lng, line) => {
      const c = await citizen(lng);
      await c.say(ASK[lng]);
      expect(textOf(await c.say(line))).toMatch(LEFT[lng]);
    });

    it('en (sms): "2" when only "1. Stop waiting" was offered: the place in line, not the main menu', async () => {
      const c = await citizen('en', 'sms');
      await c.say(ASK.en);
      const two = textOf(await c.say('2'));
      expect(two).toMatch(/still in the queue.*number \d/s);
      expect(two).not.toMatch(/cannot help you with that|Look up my fine/);
      expect(textOf(await c.say('1'))).toMatch(LEFT.en);
    });

    it.each<[Lng, string, string]>([
      ['nl', 'webchat', 'hallo?'],
      ['en', 'webchat', 'hi'],
      ['pl', 'telephony', 'halo?'],
    ])(
      '%s (%s): "%s" while waiting hears the place in line, not the welcome menu',
      async (lng, channelId, line) => {
        const c = await citizen(lng, channelId);
        await c.say(ASK[lng]);
        const reply = textOf(await c.say(line));
        expect(reply).toMatch(/nog in de wachtrij|still in the queue|Nadal jest Pan lub Pani w kolejce/);
        expect(reply).not.toMatch(/Mijn boete opzoeken|Look up my fine|Sprawdź mój mandat/);
        expect(await status(c)).toBe('queued');
      },
    );

    it('nl: "ben ik nog aan de beurt?" is the place in line', async () => {
      const c = await citizen('nl');
      await c.say(ASK.nl);
      expect(textOf(await c.say('ben ik nog aan de beurt?'))).toMatch(IN_LINE.nl);
    });

    it('en: thanking staff after the handoff ended is answered kindly', async () => {
      const c = await citizen('en');
      await c.say(ASK.en);
      const id = caseId('webchat', c.id);
      expect((await desk.agent.post(`/console/api/cases/${id}/claim`)).status).toBe(200);
      expect((await desk.agent.post(`/console/api/cases/${id}/close`)).status).toBe(200);
      const thanks = textOf(await c.say('thank you so much for your help'));
      expect(thanks).toMatch(/welcome/i);
      expect(thanks).not.toMatch(/did not understand|cannot help you with that/);
    });
  });

  describe('yes after a second thought, wherever a yes or no is asked', () => {
    async function offeredPerson(lng: Lng): Promise<TestConversation> {
      const c = await citizen(lng);
      await c.say('blorp zinga frobnicate');
      await c.say('wibble wobble quux');
      return c;
    }

    it.each<[Lng, string]>([
      ['en', 'actually yes, send it'],
      ['pl', 'jednak tak'],
      ['de', 'doch, ja'],
      ['nl', 'toch wel'],
    ])('%s: "no" to a person, then "%s": queued', async (lng, line) => {
      const c = await offeredPerson(lng);
      await c.say({ nl: 'nee', en: 'no', de: 'nein', pl: 'nie' }[lng]);
      expect(textOf(await c.say(line))).toMatch(IN_LINE[lng]);
      expect(await status(c)).toBe('queued');
    });

    it('de: "klingt gut" to the offer of a person: queued', async () => {
      const c = await offeredPerson('de');
      expect(textOf(await c.say('klingt gut'))).toMatch(IN_LINE.de);
    });

    it('en: "that\'s it, thanks" with nothing asked is no yes (not "how can I help you?")', async () => {
      const c = await citizen('en');
      const reply = textOf(await c.say("that's it, thanks"));
      expect(reply).not.toMatch(/How can I help you\? Just ask/);
    });
  });

  describe('the standard arrangement after all', () => {
    async function personalOffered(lng: Lng): Promise<TestConversation> {
      const c = await citizen(lng);
      await c.say(
        { nl: 'betalingsregeling', en: 'payment plan please', de: 'Ratenzahlung', pl: 'raty' }[lng],
      );
      await c.say(D01.number);
      expect(textOf(await c.say(D01.postcode))).toMatch(SCHEDULE[lng]);
      await c.say({ nl: 'te hoog', en: 'less', de: 'weniger bitte', pl: 'mniej' }[lng]);
      return c;
    }

    it.each<[Lng, string, string]>([
      ['en', 'no thanks', "ok then I'll take the standard one"],
      ['nl', 'nee', 'dan toch de gewone regeling'],
      ['de', 'nein', 'dann doch die normale Ratenzahlung'],
      ['pl', 'nie', 'to jednak zwykłe raty'],
    ])(
      '%s: "%s" to a person, then "%s": the standard schedule again (not goodbye)',
      async (lng, no, standard) => {
        const c = await personalOffered(lng);
        await c.say(no);
        const again = textOf(await c.say(standard));
        expect(again).toMatch(SCHEDULE[lng]);
        expect(await status(c)).toBeUndefined();
      },
    );

    it('en: "ok then I\'ll take the standard one" at the offer of a person: the schedule, not the queue', async () => {
      const c = await personalOffered('en');
      expect(textOf(await c.say("ok then I'll take the standard one"))).toMatch(SCHEDULE.en);
      expect(await status(c)).toBeUndefined();
    });

    it('nl: "nee" to a person, then "ja": the standard schedule again', async () => {
      const c = await personalOffered('nl');
      expect(textOf(await c.say('nee'))).toMatch(/gewone regeling/);
      expect(textOf(await c.say('ja'))).toMatch(SCHEDULE.nl);
    });
  });
});
