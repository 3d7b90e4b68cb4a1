import type { Activity } from 'botbuilder';
import { useHandoffDesk } from '../support/handoffDesk';
import { textOf, type TestConversation } from '../support/testApp';

// A request for a person is one, whatever else the message says (a topic, anger); waiting in line the
// citizen hears sorry when impatient, an honest answer to "how long?", and leaves in own words; a
// call back asked for in office hours is arranged, on SMS with the number texted from offered.
jest.setTimeout(120_000);

const IN_LINE = /wachtrij.*nummer \d|queue.*number \d|Warteschlange.*Nummer \d|kolej\w+.*numerem \d/s;

describe('asking for a person and waiting for one', () => {
  const desk = useHandoffDesk('sanne');

  async function citizen(locale: string, channelId = 'webchat', userId?: string): Promise<TestConversation> {
    const c = desk.app.conversation({
      locale,
      channelId,
      userId,
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

  it.each([
    ['nl-NL', 'ik wil met een medewerker praten over mijn betalingsregeling, ik heb een termijn gemist'],
    ['en-US', 'I need to speak to an agent about a fine I already paid'],
    [
      'de-DE',
      'ich möchte mit einem Mitarbeiter über meine Ratenzahlung sprechen, ich habe eine Rate verpasst',
    ],
  ])('%s: a person asked for with a topic is queued, not the topic answered: %s', async (locale, said) => {
    const c = await citizen(locale);
    const reply = textOf(await c.say(said));
    expect(reply).toMatch(IN_LINE);
    expect(reply).not.toMatch(/Heeft dit antwoord u geholpen|deurwaarder sturen|Mahnung/);
    expect(await status(c)).toBe('queued');
  });

  it.each([
    [
      'de-DE',
      'Das ist doch Abzocke!!! 1450 Euro Strafe und jetzt 4359?? Ich will sofort einen Menschen sprechen',
      /verärgert/,
    ],
    ['nl-NL', 'WAAROM KRIJG IK WEER EEN AANMANING ik heb al betaald!!! ik wil een medewerker', /boos/],
  ])(
    '%s: angry and asking for a person: a short acknowledgement and the queue, no lecture',
    async (locale, said, ack) => {
      const c = await citizen(locale);
      const messages = (await c.say(said)).filter((a) => a.type === 'message').map((a) => a.text ?? '');
      // First the acknowledgement, then the place in line: nothing else (no answer on increases).
      expect(messages).toHaveLength(2);
      expect(messages[0]).toMatch(ack);
      expect(messages[0].length).toBeLessThan(200);
      expect(messages[1]).toMatch(IN_LINE);
    },
  );

  it.each([
    [
      'nl-NL',
      'medewerker',
      'schiet eens op ik wacht al een half uur',
      /Sorry dat u moet wachten/,
      'laat maar, ik wil toch geen medewerker meer',
      /niet meer in de wachtrij/,
    ],
    [
      'en-US',
      'agent please',
      'hurry up, I have been waiting for half an hour',
      /sorry you have to wait|Sorry/i,
      "never mind, I don't want to wait any more",
      /no longer in the queue/,
    ],
    [
      'de-DE',
      'Mitarbeiter bitte',
      'beeilen Sie sich, ich warte schon ewig',
      /tut mir leid/,
      'vergiss es, ich will nicht mehr warten',
      /nicht mehr in der Warteschlange/,
    ],
    [
      'pl-PL',
      'chcę rozmawiać z konsultantem',
      'pospieszcie się, czekam już pół godziny',
      /Przepraszam|przykro/i,
      'nieważne, nie chcę już czekać',
      /już w kolejce/,
    ],
  ])(
    '%s: impatience gets sorry and the place; stopping in own words leaves the queue',
    async (locale, ask, impatient, sorry, stop, left) => {
      const c = await citizen(locale);
      expect(textOf(await c.say(ask))).toMatch(IN_LINE);
      const apology = textOf(await c.say(impatient));
      expect(apology).toMatch(sorry);
      expect(apology).toMatch(IN_LINE);
      expect(await status(c)).toBe('queued');
      expect(textOf(await c.say(stop))).toMatch(left);
      expect(await status(c)).not.toBe('queued');
    },
  );

  it('nl: "hoe lang duurt het nog?" gets the place and says honestly no time can be given yet', async () => {
    const c = await citizen('nl-NL');
    await c.say('ik wil een medewerker spreken');
    const reply = textOf(await c.say('Hoe lang duurt het nog?'));
    expect(reply).toMatch(/wachtrij.*nummer \d+/);
    expect(reply).toMatch(/kan ik niet zeggen/);
  });

  it.each([
    ['sms', 'bel me terug'],
    ['telephony', 'kunt u mij terugbellen'],
  ])('nl %s in office hours: "%s" arranges the call back, not the chat queue', async (channel, said) => {
    const c = await citizen('nl-NL', channel);
    const reply = textOf(await c.say(said));
    expect(reply).toMatch(/teruggebeld/);
    expect(reply).toMatch(/telefoonnummer/);
    expect(reply).not.toMatch(/wachtrij/);
    await c.say('06 12345678');
    expect(textOf(await c.say('middag'))).toMatch(/belt u .*middag.*5 ?6 ?7 ?8/s);
    expect(await status(c)).not.toBe('queued');
  });

  it('nl sms with the sender number known: it is offered, and "bel dit nummer maar" takes it', async () => {
    const c = await citizen('nl-NL', 'sms', '+31612345678');
    const asked = textOf(await c.say('kan iemand me bellen'));
    expect(asked).toMatch(/waarmee u nu sms't/);
    const part = textOf(await c.say('bel dit nummer maar'));
    expect(part).not.toMatch(/niet zien|niet door/);
    expect(textOf(await c.say('ochtend'))).toMatch(/ochtend.*5678/s);
  });

  it('nl sms without the sender number: said honestly how to give it', async () => {
    const c = await citizen('nl-NL', 'sms');
    await c.say('kan iemand me bellen');
    expect(textOf(await c.say('bel dit nummer maar'))).toMatch(/krijg ik niet door.*Typt u/s);
  });
});
