/**
 * Dutch citizens under pressure at the handoff (WhatsApp): at the offer of a call back, "no phone
 * credit, can it be by WhatsApp?" hears that a call back costs nothing and when chatting with a person
 * is possible (the configured office hours), not the phone numbers; while waiting in the queue an
 * answer keeps the place in the queue and the way out, never the "did this help?" poll.
 */
import { FAST_TYPIST, STAFF_ALWAYS_IN, STAFF_NEVER_IN, useTestApp } from '../support/appForTests';
import { textOf } from '../support/testApp';

jest.setTimeout(60_000);

describe('a call back the citizen cannot take (staff never in)', () => {
  const assistant = useTestApp({ ...FAST_TYPIST, ...STAFF_NEVER_IN });

  it('"nee bellen kan niet ik heb geen beltegoed, kan het via whatsapp?": free, chat when staff are in, the offer again', async () => {
    const c = await assistant.open({ locale: 'nl-NL', channelId: 'whatsapp' });
    const say = async (t: string): Promise<string> => textOf(await c.say(t));
    expect(await say('ik wil iemand spreken over mijn schulden')).toMatch(/terugbelt/);
    const reply = await say('nee bellen kan niet ik heb geen beltegoed, kan het via whatsapp?');
    expect(reply).toMatch(/Terugbellen kost u niets/);
    expect(reply).toMatch(/chatten met een medewerker/);
    expect(reply).toMatch(/Wij zijn er weer op zondag vanaf 3\.00 uur/);
    expect(reply).toMatch(/Wilt u dat een medewerker u terugbelt\?/);
    expect(reply).not.toMatch(/telefoonnummers/);
    expect(await say('ok dan toch maar bellen')).toMatch(/Op welk telefoonnummer/);
  });

  it('en: "I have no phone credit, can we chat instead?" gets the same', async () => {
    const c = await assistant.open({ locale: 'en-GB', channelId: 'whatsapp' });
    await c.say('I want to talk to someone about my debts');
    const reply = textOf(await c.say("no, I can't call, I have no credit. can we do it by chat?"));
    expect(reply).toMatch(/A call back costs you nothing/);
    expect(reply).toMatch(/call you back\?/);
  });
});

describe('the part of the day for a call back (staff never in)', () => {
  const assistant = useTestApp({ ...FAST_TYPIST, ...STAFF_NEVER_IN });

  it('"ok bedankt" after "wanneer bellen jullie?" chooses no part of the day; the question comes again', async () => {
    const c = await assistant.open({ locale: 'nl-NL', channelId: 'whatsapp' });
    const say = async (t: string): Promise<string> => textOf(await c.say(t));
    await say('ik wil een medewerker');
    await say('ja');
    expect(await say('0612345678')).toMatch(/Wanneer wilt u het liefst gebeld worden/);
    expect(await say('wanneer bellen jullie')).toMatch(/Een precieze tijd kunnen we niet geven/);
    const thanks = await say('ok bedankt');
    expect(thanks).not.toMatch(/Een medewerker belt u/);
    expect(thanks).toMatch(/ochtend of de middag/);
    expect(await say('middag')).toMatch(/Een medewerker belt u .* in de middag/);
  });
});

describe('answers while waiting in the queue (staff always in)', () => {
  const assistant = useTestApp({ ...FAST_TYPIST, ...STAFF_ALWAYS_IN });

  it('a question answered while queued ends with the place in the queue and "Stop met wachten", no poll; "doei" keeps the way out', async () => {
    const c = await assistant.open({ locale: 'nl-NL', channelId: 'whatsapp' });
    const say = async (t: string): Promise<string> => textOf(await c.say(t));
    await say('1');
    expect(await say('ik wil toch liever een medewerker')).toMatch(/wachtrij/);
    const answer = await say('wat is het rekeningnummer van het cjib');
    expect(answer).toMatch(/IBAN/);
    expect(answer).not.toMatch(/Heeft dit antwoord u geholpen/);
    expect(answer).toMatch(/nummer 1 in de rij/);
    expect(answer).toMatch(/Stop met wachten/);
    expect(await say('doei')).toMatch(/Stop met wachten/);
  });
});
