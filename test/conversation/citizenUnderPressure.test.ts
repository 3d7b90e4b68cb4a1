/**
 * Citizens under pressure say it in their own words, with typos: shame, not reading well, "wat mot ik
 * doen", an amount that shocks, fear of a criminal record, anger and refusal, "kan de verhoging eraf?",
 * "waar moet ik heen met die gemeente?". Each gets a warm, concrete answer and the next step, never
 * "Ik weet niet zeker wat u bedoelt" with a cold menu nor a whole FAQ.
 */
import { textOf } from '../support/testApp';
import { FAST_TYPIST, STAFF_ALWAYS_IN, useTestApp } from '../support/appForTests';

describe('citizens under pressure', () => {
  const assistant = useTestApp({ ...FAST_TYPIST, ...STAFF_ALWAYS_IN });
  const notSure = /weet niet zeker wat u bedoelt|not sure what you mean/;

  it.each([
    [
      'whatsapp',
      'ik schaam me er echt voor maar ik heb al 4 boetes open staan en ik weet niet meer hoe ik het moet betalen',
      [/niet te schamen/, /niet alleen/, /betalingsregeling/, /noodstop/, /Medewerker spreken/],
    ],
    [
      'whatsapp',
      'ik heb een brief van jullie maar ik kan niet zo goed lezen. wat staat erin',
      [/opzoeken/, /16 cijfers rechtsboven/, /medewerker/i],
    ],
    [
      'whatsapp',
      'ik heb n boet gekrege wat mot ik doen',
      [/Betaal het bedrag/, /betalingsregeling/, /beroep/],
    ],
    [
      'webchat',
      'ik heb een boete van 400 euro gekregen, hoe kan dat zo hoog??',
      [/aanmaning/, /1,5 keer/, /opzoeken/],
    ],
    [
      'whatsapp',
      'heb ik nou een strafblad door die boete? ik ben bang dat ik mn baan verlies',
      [/strafblad/, /geen zeker antwoord/, /medewerker/],
    ],
    [
      'whatsapp',
      'KUT CJIB jullie zijn echt oplichters, 3 keer verhoging voor 1 boete van 90 euro. ik betaal niks meer',
      [/boos/, /in de wet/, /deurwaarder/, /betalingsregeling/, /noodstop/, /beroep/, /medewerker/],
    ],
    [
      'whatsapp',
      'ik lag in het ziekenhuis en kon niet betalen, kan de verhoging eraf?',
      [/in de wet/, /niet beloven/, /naar uw situatie kijken/],
    ],
  ])('%s: "%s"', async (channelId, said, expected) => {
    const c = await assistant.open({ channelId });
    const reply = textOf(await c.say(said));
    expect(reply).not.toMatch(notSure);
    for (const pattern of expected) expect(reply).toMatch(pattern);
    // Short enough for a phone screen: no whole FAQ block.
    expect(reply.length).toBeLessThan(1100);
  });

  it('"ik betaal niks meer" alone: calm, what follows, the options, not the noodstop text', async () => {
    const c = await assistant.open({ channelId: 'whatsapp' });
    const reply = textOf(await c.say('ik betaal niks meer'));
    expect(reply).toMatch(/boos/);
    expect(reply).toMatch(/deurwaarder/);
    expect(reply).not.toMatch(/Maandbedrag is te hoog/);
  });

  it('not reading well, then "1": the lookup asks for the number', async () => {
    const c = await assistant.open({ channelId: 'whatsapp' });
    await c.say('ik kan niet zo goed lezen, ik heb een brief');
    expect(textOf(await c.say('1'))).toMatch(/CJIB-nummer/);
  });

  it('after "ik kan niet betalen": "wat zei je nou over die gemeente, waar moet ik heen" gets the municipality', async () => {
    const c = await assistant.open({ channelId: 'webchat' });
    await c.say('ik kan niet betalen');
    const reply = textOf(await c.say('wat zei je nou over die gemeente, waar moet ik heen'));
    expect(reply).toMatch(/gemeente waar u woont/);
    expect(reply).not.toMatch(/daar kan ik u niet mee helpen/);
  });

  it.each([
    ['en-US', "I'm so ashamed, I have four fines open and don't know how to pay", /no need to be ashamed/],
    ['de-DE', 'ich kann nicht so gut lesen, was steht in dem Brief', /16 Ziffern oben rechts/],
    ['pl-PL', 'nic więcej nie zapłacę, to oszustwo', /komornik/],
  ])('%s: "%s"', async (locale, said, expected) => {
    const c = await assistant.open({ locale });
    const reply = textOf(await c.say(said));
    expect(reply).toMatch(expected);
  });

  it('"word ik opgepakt?" with an unpaid strafbeschikking: reassurance and what comes first, not "is someone detained"', async () => {
    const c = await assistant.open({ channelId: 'whatsapp' });
    const reply = textOf(
      await c.say(
        'word ik opgepakt? ik heb een strafbeschikking voor rijden onder invloed en heb niet betaald',
      ),
    );
    expect(reply).not.toMatch(/Zit u of iemand uit uw familie vast/);
    expect(reply).toMatch(/niet zomaar opgepakt/);
    expect(reply).toMatch(/aanmaning/);
    expect(reply).toMatch(/kantonrechter/);
    expect(reply).toMatch(/betalingsregeling/);
  });

  it('the bailiff at the door: one short answer (what to do now) and a person, not the whole bailiff answer', async () => {
    const c = await assistant.open({ channelId: 'whatsapp' });
    const reply = textOf(await c.say('de deurwaarder staat nu voor de deur!! wat moet ik doen'));
    expect(reply).toMatch(/Praat nu met de deurwaarder/);
    expect(reply).toMatch(/meer weten/);
    expect(reply).not.toMatch(/Is er al een deurwaarder ingeschakeld/);
    expect(reply).toMatch(/medewerker praten\?/);
  });
});
