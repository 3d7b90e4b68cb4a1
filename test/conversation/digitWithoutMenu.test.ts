/**
 * A key pressed or a number typed when no menu is open ("1" after "thank you for your feedback"):
 * no "sorry, I cannot help with that", but that there is no choice open and the menu now; not a
 * misunderstanding towards the offer of a person.
 */
import { textOf } from '../support/testApp';
import { FAST_TYPIST, STAFF_NEVER_IN, useTestApp } from '../support/appForTests';

describe('a digit with no menu open', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['telephony', 'nl-NL', 'hoe kan ik betalen', 'ja', /geen keuze open/, /niet mee helpen/],
    // (WhatsApp: SMS asks no rating after an answer.)
    ['whatsapp', 'en-GB', 'how can I pay?', 'yes', /no choice open/, /cannot help you with that/],
  ])(
    '%s %s: after the answer and its rating, "1" then "2"',
    async (channelId, locale, question, yes, noMenu, sorry) => {
      const c = await assistant.open({ channelId, locale });
      await c.say(question);
      await c.say(yes);
      const first = await c.say('1');
      const heard = textOf(first) + JSON.stringify(first.map((a) => a.speak ?? ''));
      expect(heard).toMatch(noMenu);
      expect(heard).not.toMatch(sorry);
      // The menu that came with it is open now: "2" picks the arrangement.
      expect(textOf(await c.say('2'))).toMatch(/CJIB/);
    },
  );

  it.each([
    ['nl-NL', 'hoe kan ik betalen', 'ja', /Kan ik u nog ergens anders mee helpen/],
    ['en-GB', 'how can I pay?', 'yes', /anything else I can help you with/],
  ])(
    'telephony %s: after "did this help?" is answered, the caller hears a question, not silence',
    async (locale, question, yes, next) => {
      const c = await assistant.open({ channelId: 'telephony', locale });
      await c.say(question);
      const reply = await c.say(yes);
      expect(JSON.stringify(reply.map((a) => a.speak ?? ''))).toMatch(next);
    },
  );
});

describe('goodbye after an answer that did not help', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it('en: "no", then "no": the goodbye does not claim it helped', async () => {
    const c = await assistant.open({ locale: 'en-GB' });
    await c.say('how do I pay');
    await c.say('no');
    const bye = textOf(await c.say('no thanks, bye'));
    expect(bye).toMatch(/Goodbye/);
    expect(bye).not.toMatch(/Glad I could help/);
  });
});

describe('"meer" when the whole answer was given', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    [
      'telephony',
      'nl-NL',
      'hoe kan ik betalen',
      'meer',
      /Meer dan dit weet ik er niet over.*Zeg dan 'medewerker'/,
    ],
    [
      'webchat',
      'en-GB',
      'how can I pay?',
      'tell me more',
      /That is all I know about it.*Then type 'member of staff'/,
    ],
    // A text channel: what to type, not what to say.
    [
      'whatsapp',
      'de-DE',
      'wie lange habe ich Zeit zum Bezahlen',
      'MEHR',
      /Mehr weiß ich darüber nicht.*Dann schreiben Sie 'Mitarbeiter'/,
    ],
  ])('%s %s: "%s", "%s" … then "%s" again', async (channelId, locale, question, more, nothingMore) => {
    const c = await assistant.open({ channelId, locale });
    await c.say(question);
    // On the phone the first "meer" gives the whole answer; a second one finds no more.
    if (channelId === 'telephony') await c.say(more);
    const reply = await c.say(more);
    const heard = textOf(reply) + JSON.stringify(reply.map((a) => a.speak ?? ''));
    expect(heard).toMatch(nothingMore);
    expect(heard).not.toMatch(/Sorry, daar kan ik u niet mee helpen|Sorry, I cannot help/);
  });
});

describe('short replies at a menu of one or two', () => {
  // Staff never in, so a person is the call back (whatever the time of the run).
  const assistant = useTestApp({ ...FAST_TYPIST, ...STAFF_NEVER_IN });

  it.each(['top, bedankt', 'oké', 'prima'])(
    'nl: "%s" after the lookup of a paid fine is no request for a person',
    async (ack) => {
      const c = await assistant.open({ locale: 'nl-NL' });
      await c.say('mijn boete opzoeken');
      await c.say('2166002043392129');
      await c.say('2511 CV');
      expect(textOf(await c.say(ack))).not.toMatch(/terugbelt|wachtrij/);
    },
  );

  it('nl: "ik heb al betaald" after a lookup is the already-paid answer, not how to pay', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    await c.say('mijn boete opzoeken');
    await c.say('3338082450532785');
    await c.say('3512 KL');
    expect(textOf(await c.say('ik heb al betaald'))).not.toMatch(/U kunt op deze manieren betalen/);
  });

  it('nl: "nee dank u" after the call back is booked says goodbye', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    await c.say('medewerker');
    await c.say('ja');
    await c.say('0612345678');
    await c.say('ochtend');
    const bye = textOf(await c.say('nee dank u'));
    expect(bye).toMatch(/Tot ziens/);
    expect(bye).not.toMatch(/Kan ik nog iets/);
  });
});

describe('goodbye on the phone', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['nl-NL', 'hoe kan ik betalen', 'doei', /Bedankt voor uw telefoontje/],
    ['en-GB', 'how can I pay?', 'bye', /Thank you for calling/],
  ])('%s: a caller hears a goodbye for a call, not for a message', async (locale, question, bye, forCall) => {
    const c = await assistant.open({ channelId: 'telephony', locale });
    await c.say(question);
    const heard = JSON.stringify((await c.say(bye)).map((a) => a.speak ?? ''));
    expect(heard).toMatch(forCall);
    expect(heard).not.toMatch(/bericht|message/);
  });
});
