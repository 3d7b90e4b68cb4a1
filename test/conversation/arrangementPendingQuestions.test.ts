/**
 * Questions while an arrangement is being requested or awaits its decision: whether reminders and
 * increases stop meanwhile (unknown, DOMAIN.md §1.10: never the general reminder text at the moment
 * of commitment), how long the decision takes (unknown, by letter, with the reference), "the monthly
 * amount is too high" with a request on file (a personal arrangement through a person), and a refusal
 * disputed (explained with the date on record and the person offered again, not read as "no" and
 * not queued: the citizen decides).
 */
import { textOf } from '../support/testApp';
import { FAST_TYPIST, STAFF_ALWAYS_IN, useTestApp } from '../support/appForTests';

/** Demo debtor D02: € 551,50 in 12 months, an increase included. */
const D02 = { cjib: '3338082450532785', postcode: '3512KL' };
/** A debtor with € 129,00: 6 months. */
const D129 = { cjib: '9698948614580658', postcode: '8911AB' };
/** A debtor who broke an arrangement in the last 6 months. */
const BROKE = { cjib: '9716112721023794', postcode: '3021 BR' };

describe('increases and reminders asked mid-request', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    [
      'nl-NL',
      'ja',
      'en stopt de verhoging dan?',
      /weet ik niet/,
      /551,50/,
      /medewerker/,
      /e-mailadres of telefoonnummer/,
    ],
    [
      'en-GB',
      'yes',
      'and does the increase stop then?',
      /I do not know/,
      /551\.50/,
      /member of staff/,
      /e-mail address or phone number/,
    ],
    [
      'de-DE',
      'ja',
      'kommt dann noch eine Mahnung?',
      /weiß ich nicht/,
      /551,50/,
      /Mitarbeiter/,
      /E-Mail-Adresse oder Telefonnummer/,
    ],
    ['pl-PL', 'tak', 'czy dostanę jeszcze upomnienie?', /Nie wiem/, /551,50/, /pracownik/, /e-mail|telefon/],
  ])(
    '%s at the contact question: "%s"… "%s" is answered honestly, a person offered, then the question again',
    async (locale, yes, question, unknown, total, person, contactAgain) => {
      const c = await assistant.open({ locale });
      await c.say(locale === 'nl-NL' ? 'ik wil graag een betalingsregeling' : 'payment arrangement');
      await c.say(D02.cjib);
      await c.say(D02.postcode);
      await c.say(yes);
      const reply = textOf(await c.say(question));
      expect(reply).toMatch(unknown);
      expect(reply).toMatch(total);
      expect(reply).toMatch(person);
      expect(reply).toMatch(contactAgain);
      // Not the general reminder text (bank debit, bailiff, gijzeling) at the moment of commitment.
      expect(reply).not.toMatch(/gijzeling|deurwaarder|afgeschreven|bailiff|Gerichtsvollzieher|komornik/i);
    },
  );

  it('nl at the confirmation: "krijg ik dan nog een aanmaning als de eerste termijn pas in januari is?" is that question, not a later start', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    await c.say('ik wil een regeling');
    await c.say(D129.cjib);
    await c.say(D129.postcode);
    await c.say('Ja, aanvragen');
    await c.say('jan@devries.nl');
    const reply = textOf(
      await c.say(
        'wacht, krijg ik dan nog een aanmaning als de eerste termijn pas in januari is? de boete moet 15 december betaald zijn',
      ),
    );
    expect(reply).toMatch(/aanmaning of verhoging komt terwijl/);
    expect(reply).not.toMatch(/latere start/);
    expect(reply).toMatch(/Zal ik de aanvraag nu versturen\?/);
  });
});

describe('after a request is on file', () => {
  const assistant = useTestApp({ ...FAST_TYPIST, ...STAFF_ALWAYS_IN }, {}, 'test');

  it('telephony nl: "wanneer hoor ik of het goedgekeurd is" after sending: not known exactly, by letter, the reference', async () => {
    const c = await assistant.open({ channelId: 'telephony', locale: 'nl-NL' });
    await c.say('ik wil een regeling treffen');
    await c.say('drie drie drie acht nul acht twee vier vijf nul vijf drie twee zeven acht vijf');
    await c.say('drie vijf een twee ka el');
    await c.say('ja');
    await c.say('nul zes een twee drie vier vijf zes zeven acht');
    await c.say('ja');
    const reply = textOf(await c.say('wanneer hoor ik of het goedgekeurd is'));
    expect(reply).toMatch(/niet precies zeggen/);
    expect(reply).toMatch(/per brief/);
    expect(reply).toMatch(/referentienummer BR, 2026/);
    expect(reply).not.toMatch(/8 weken/);
  });

  it.each([
    [
      'nl-NL',
      'ik wil een betalingsregeling',
      'ja',
      'Het maandbedrag is te hoog',
      'Ja, graag',
      'hoe lang moet ik wachten',
      /persoonlijke betalingsregeling/,
      /niet precies zeggen/,
    ],
    [
      'en-GB',
      'payment arrangement',
      'yes',
      'the monthly amount is too high',
      'yes please',
      'how long do I have to wait?',
      /personal payment arrangement/,
      /cannot say exactly/,
    ],
  ])(
    '%s: filed earlier, asked again in a new conversation: "too high" is the personal arrangement with a person; the wait is the decision',
    async (locale, ask, yes, tooHigh, please, wait, personal, howLong) => {
      const first = await assistant.open({ locale });
      await first.say(ask);
      await first.say(D02.cjib);
      await first.say(D02.postcode);
      await first.say(yes);
      await first.say('jan@devries.nl');
      await first.say(yes);

      const c = await assistant.open({ locale });
      await c.say(ask);
      await c.say(D02.cjib);
      expect(textOf(await c.say(D02.postcode))).toMatch(/BR-2026-\d{8}/);
      const waiting = textOf(await c.say(wait));
      expect(waiting).toMatch(howLong);
      expect(waiting).toMatch(/BR-2026-\d{8}/);
      const offer = await c.say(tooHigh);
      expect(textOf(offer)).toMatch(personal);
      expect(textOf(offer)).toMatch(/BR-2026-\d{8}/);
      expect(textOf(offer)).not.toMatch(/Betalen in termijnen|Pay in instalments/);
      const handed = await c.say(please);
      expect(handed.some((a) => a.name === 'handoff.initiate')).toBe(true);
    },
  );
});

describe('an increase asked about once the request is sent', () => {
  const assistant = useTestApp(FAST_TYPIST, {}, 'test');

  it.each([
    ['nl-NL', 'ja', 'gaat de boete nog omhoog terwijl ik wacht op het besluit?', /weet ik niet/],
    ['en-GB', 'yes', 'will the fine go up while I wait for the decision?', /I do not know/],
  ])('%s: "%s" after sending: not known, with the reference', async (locale, yes, question, unknown) => {
    const c = await assistant.open({ locale });
    await c.say(locale === 'nl-NL' ? 'ik wil een betalingsregeling' : 'payment arrangement');
    await c.say(D129.cjib);
    await c.say(D129.postcode);
    await c.say(yes);
    await c.say('jan@devries.nl');
    await c.say(yes);
    const reply = textOf(await c.say(question));
    expect(reply).toMatch(unknown);
    expect(reply).toMatch(/BR-2026-\d{8}/);
    expect(reply).not.toMatch(/gijzeling|deurwaarder|bailiff/i);
  });
});

describe('a refusal disputed', () => {
  const assistant = useTestApp({ ...FAST_TYPIST, ...STAFF_ALWAYS_IN });

  it.each([
    [
      'nl-NL',
      'waarom is mijn aanvraag voor een regeling afgewezen, ik heb toch altijd betaald',
      'dat klopt niet, ik heb die regeling toen wel betaald alleen 1 keer te laat',
      /niet mee eens/,
      /precies aan de vorige/,
      /15 augustus 2026/,
      /Wilt u met een medewerker spreken\?/,
      'ja',
    ],
    [
      'en-GB',
      'I want a payment plan',
      "that's not true, I paid every instalment, only one was late",
      /do not agree/,
      /kept exactly/,
      /15 August 2026/,
      /member of staff\?/,
      'yes',
    ],
    [
      'de-DE',
      'Ich möchte eine Ratenzahlung',
      'das stimmt nicht, ich habe doch alles bezahlt',
      /nicht einverstanden/,
      /genau an die vorige/,
      /15\. August 2026/,
      /Mitarbeiter sprechen\?/,
      'ja',
    ],
    [
      'pl-PL',
      'chcę rozłożyć na raty',
      'to nieprawda, zawsze płaciłem',
      /nie zgadza się/,
      /dotrzymany dokładnie/,
      /15 sierpnia 2026/,
      /pracownikiem\?/,
      'tak',
    ],
  ])(
    '%s: refused for a broken arrangement, "%s": explained with the date on record, the person offered again; a yes hands over with the reason',
    async (locale, ask, dispute, acknowledged, rule, date, offer, yes) => {
      const c = await assistant.open({ locale });
      await c.say(ask);
      await c.say(BROKE.cjib);
      const refused = textOf(await c.say(BROKE.postcode));
      expect(refused).toMatch(date);
      const reply = await c.say(dispute);
      expect(textOf(reply)).toMatch(acknowledged);
      expect(textOf(reply)).toMatch(rule);
      expect(textOf(reply)).toMatch(date);
      expect(textOf(reply)).toMatch(offer);
      expect(reply.find((a) => a.name === 'handoff.initiate')).toBeUndefined();
      const accepted = await c.say(yes);
      const handoff = accepted.find((a) => a.name === 'handoff.initiate');
      expect(handoff).toBeDefined();
      expect(JSON.stringify(handoff)).toMatch(/broken_arrangement/);
    },
  );

  it('nl-NL: "nee" after the dispute declines the person; no queue, no waiting-room reply', async () => {
    const c = await assistant.open({ locale: 'nl-NL', channelId: 'sms' });
    await c.say('regeling');
    await c.say(BROKE.cjib);
    await c.say(BROKE.postcode);
    const disputed = await c.say('waarom niet?? ik heb die vorige regeling gewoon betaald');
    expect(textOf(disputed)).toMatch(/15 augustus 2026/);
    expect(disputed.find((a) => a.name === 'handoff.initiate')).toBeUndefined();
    const no = textOf(await c.say('nee'));
    expect(no).toMatch(/Goed\. U kunt altijd later om een medewerker vragen/);
    expect(no).not.toMatch(/wachtrij/);
  });
});
