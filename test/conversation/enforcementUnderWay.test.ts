/**
 * Dead ends a blind test found for worried citizens, whole conversations over HTTP: a brother in
 * gijzeling, wages garnished, a car or licence taken, a bailiff's letter with stress, debts that keep
 * someone awake, and "how do I request that?" after an answer. What to do now (DOMAIN.md §1.5, §2.5,
 * §2.6), not the list of what the CJIB can do if one keeps not paying, a capabilities menu or "sorry".
 */
import { FAST_TYPIST, useTestApp } from '../support/appForTests';
import type { TestConversation } from '../support/testApp';
import { spokenSentences, textOf } from '../support/testApp';

/** The general list of what may come, which reads as a threat to someone already in it. */
const THREAT = /Blijft u een verkeersboete niet betalen|If you keep not paying|Do you keep not paying/;
const NOT_UNDERSTOOD =
  /Ik weet niet zeker wat u bedoelt|Sorry, daar kan ik u niet mee helpen|not sure what you mean/;
const MENU = /Ik kan u helpen met|Kort gezegd|I can help you with|In short/;

describe('enforcement under way: what to do now', () => {
  const assistant = useTestApp(FAST_TYPIST);
  /** What a caller hears for a message. */
  const hears = async (c: TestConversation, message: string): Promise<string> =>
    spokenSentences(await c.say(message)).join(' ');
  const phone = (locale = 'nl-NL'): Promise<TestConversation> =>
    assistant.open({ channelId: 'telephony', locale });

  it('phone, nl: a brother in gijzeling hears that paying in full ends it, how long it lasts, and a person is offered', async () => {
    const c = await phone();
    await hears(c, 'goedemiddag');
    const first = await hears(c, 'ik heb een vraag over gijzeling, mijn broer is opgepakt vanwege boetes');
    expect(first).not.toMatch(THREAT);
    expect(first).toMatch(/hele bedrag betaald, dan stopt de gijzeling/);
    expect(first).toMatch(/maximaal 7 dagen/);
    expect(first).toMatch(/schuld bestaan/);
    expect(first).toMatch(/Wilt u nu met een medewerker van het CJIB spreken\?/);
    const free = await hears(c, 'hoe krijgen we hem vrij?');
    expect(free).not.toMatch(NOT_UNDERSTOOD);
    expect(free).toMatch(/stopt zodra het hele bedrag betaald is/);
    expect(free).toMatch(/medewerker/);
    const howLong = await hears(c, 'hoe lang moet hij zitten?');
    expect(howLong).not.toMatch(/8 weken/);
    expect(howLong).toMatch(/maximaal 7 dagen/);
    expect(howLong).toMatch(/1 dag per 50 euro|1 dag per € 50/);
    // "Meer" after the short spoken answer: all of it.
    const c2 = await phone();
    await hears(c2, 'mijn zoon zit vast vanwege boetes');
    expect(await hears(c2, 'meer')).toMatch(/vonnis/);
  });

  it.each([
    [
      'en-GB',
      'my brother was arrested because of unpaid fines',
      'how do we get him out?',
      /detention ends as soon as the full amount is paid/,
    ],
    [
      'de-DE',
      'mein Bruder wurde wegen Bußgeldern verhaftet',
      'wie kommt er frei?',
      /Haft endet, sobald der ganze Betrag bezahlt ist/,
    ],
    [
      'pl-PL',
      'mój brat został zatrzymany z powodu mandatów',
      'jak go uwolnić?',
      /Areszt kończy się, gdy tylko cała kwota/,
    ],
  ])('chat, %s: a relative detained, then how to get them out', async (locale, first, release, expected) => {
    const c = await assistant.open({ locale });
    const answer = textOf(await c.say(first));
    expect(answer).toMatch(/\b7\b/);
    expect(answer).not.toMatch(THREAT);
    expect(textOf(await c.say(release))).toMatch(expected);
  });

  it('phone, nl: wages garnished; how much they may keep back, and how to stop it (never "nothing to stop")', async () => {
    const c = await phone();
    const first = await hears(c, 'hallo ik bel omdat ze bij mij beslag hebben gelegd op mijn loon');
    expect(first).not.toMatch(THREAT);
    expect(first).toMatch(/deurwaarder die op de brief staat/);
    const kept = await hears(c, 'hoeveel mogen ze inhouden?');
    expect(kept).not.toMatch(NOT_UNDERSTOOD);
    expect(kept).toMatch(/beslagvrije voet/);
    const stop = await hears(c, 'kan ik dat stoppen?');
    expect(stop).not.toMatch(/niets dat ik kan stoppen/);
    expect(stop).toMatch(/deurwaarder die op de brief staat/);
    expect(stop).toMatch(/gemeente/);
    expect(stop).toMatch(/noodstop/);
  });

  it('chat, nl: "kan ik dat stoppen?" after the bailiff answer was rated is how to stop it, not the cancel reply', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    await c.say('wat kan de deurwaarder doen als ik mijn boete niet betaal?');
    await c.say('ja');
    const stop = textOf(await c.say('kan ik dat stoppen?'));
    expect(stop).not.toMatch(/niets dat ik kan stoppen/);
    expect(stop).toMatch(/deurwaarder die op de brief staat/);
  });

  it('phone, nl: a car taken by the bailiff, then how to get it back (not a refund of a payment made twice)', async () => {
    const c = await phone();
    const first = await hears(c, 'de deurwaarder heeft mijn auto in beslag genomen wat moet ik doen');
    expect(first).not.toMatch(THREAT);
    expect(first).toMatch(/deurwaarder die op de brief staat/);
    const back = await hears(c, 'en hoe krijg ik hem terug?');
    expect(back).not.toMatch(/twee keer betaald|verkeerd CJIB-nummer/);
    expect(back).toMatch(/auto terug als u op tijd betaalt/);
    expect(back).toMatch(/Domeinen Roerende Zaken/);
  });

  it.each([
    ['nl-NL', 'wanneer krijg ik mijn rijbewijs terug?', /tot 4 weken/],
    ['en-GB', 'when do I get my driving licence back?', /up to 4 weeks/],
    ['de-DE', 'wann bekomme ich meinen Führerschein zurück?', /bis zu 4 Wochen/],
    ['pl-PL', 'kiedy odzyskam prawo jazdy?', /maksymalnie 4 tygodnie/],
  ])('chat, %s: "%s" is the licence taken', async (locale, question, expected) => {
    const c = await assistant.open({ locale });
    const answer = textOf(await c.say(question));
    expect(answer).toMatch(expected);
    expect(answer).not.toMatch(NOT_UNDERSTOOD);
  });

  it.each([
    [
      'nl-NL',
      'wat kan de deurwaarder doen als ik mijn boete niet betaal?',
      /deurwaarder die op de brief staat/,
    ],
    ['en-GB', 'what can the bailiff do if I do not pay my fine?', /bailiff named on the letter/],
    ['de-DE', 'Was kann der Gerichtsvollzieher tun, wenn ich nicht zahle?', /im Schreiben genannt/],
    ['pl-PL', 'co może zrobić komornik, jeśli nie zapłacę mandatu?', /komornikiem wskazanym w piśmie/],
  ])('phone, %s: the short bailiff answer says whom to contact', async (locale, question, step) => {
    const c = await phone(locale);
    expect(await hears(c, question)).toMatch(step);
  });

  it('chat, nl: debts that keep someone awake; "wat moet ik doen" and debt help keep to that worry', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    const first = textOf(
      await c.say('ik heb zoveel schulden ik weet het niet meer, ik kan niet meer slapen van de boetes'),
    );
    expect(first).toMatch(/113/);
    const steps = textOf(await c.say('wat moet ik doen'));
    expect(steps).not.toMatch(MENU);
    expect(steps).toMatch(/noodstop/);
    expect(steps).toMatch(/gemeente/);
    expect(steps).toMatch(/persoonlijke betalingsregeling/);
    expect(steps).toMatch(/Wilt u nu met een medewerker van het CJIB praten\?/);
    const help = textOf(await c.say('kunt u mij helpen met schuldhulp?'));
    expect(help).not.toMatch(MENU);
    expect(help).toMatch(/gemeente \(gemeentelijke schuldhulpverlening\)/);
  });

  it('chat, en: stressed, job lost, a bailiff letter; kind, contact the bailiff, the noodstop, a person, and what to do', async () => {
    const c = await assistant.open({ locale: 'en-US' });
    const first = textOf(await c.say("I'm really stressed, I lost my job and there's a bailiff letter"));
    expect(first).toMatch(/sorry/i);
    expect(first).toMatch(/bailiff named on the letter/);
    expect(first).toMatch(/noodstop/);
    expect(first).not.toMatch(/civil detention \(gijzeling\): with the subdistrict court/);
    expect(first).toMatch(/Would you like to talk to a member of CJIB staff now\?/);
    const next = textOf(await c.say('what should I do'));
    expect(next).not.toMatch(MENU);
    expect(next).toMatch(/bailiff named on the letter/);
    expect(next).toMatch(/municipality/);
    expect(textOf(await c.say('no'))).toMatch(/cjib\.nl\/telefoonnummers/);
  });

  it.each([
    [
      'sms',
      'nl-NL',
      'Goede morgen, mijn vraag is of ik uitstel van betaling kan krijgen want ik krijg pas over 2 weken salaris',
      'hoe vraag ik dat aan?',
      /formulier|DigiD/,
    ],
    ['webchat', 'en-GB', 'How long do I have to pay my fine?', 'how do I request that?', /form|DigiD/],
    [
      'webchat',
      'de-DE',
      'Wie lange habe ich Zeit, um zu zahlen?',
      'wie beantrage ich das?',
      /Formular|DigiD/,
    ],
  ])(
    '%s, %s: "how do I request that?" after the payment term is the arrangement it names',
    async (channelId, locale, first, follow, expected) => {
      const c = await assistant.open({ channelId, locale });
      await c.say(first);
      const answer = textOf(await c.say(follow));
      expect(answer).not.toMatch(NOT_UNDERSTOOD);
      expect(answer).not.toMatch(/Sorry, I cannot help|Das kann ich leider nicht/);
      expect(answer).toMatch(expected);
    },
  );
});
