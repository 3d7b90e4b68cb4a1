import type { Activity } from 'botbuilder';
import { startTestApp, textOf, type TestApp, type TestConversation } from '../support/testApp';

/**
 * The lookup and the payment arrangement as English, German and Polish (and some Dutch) citizens
 * really go through them: the number and postcode given before being asked or in one message,
 * grouped with spaces, dashes or dots, corrected after a typo; a postcode in lowercase, inside a
 * whole address line, or a Belgian or German one; a question in the middle of the flow; amounts of
 * their own (in digits or words), "less", paying all at once, refusing the schedule, another e-mail
 * address at the confirmation, "no" at the end; a lookup followed by a wish to pay in instalments;
 * nothing owed, already paid, unknown numbers. What is checked is what the citizen notices: their
 * language throughout, the right amounts of the demo records (data/collection-demo.json), no
 * question asked twice, a kind retry, and a request filed once.
 *
 * One app per language: the demo back office is shared within an app, and a request filed for a
 * debtor makes a later conversation of that debtor hear "already requested".
 */

/** The demo data's reference date; the first instalment of a new arrangement is due 1 January 2027. */
const clock = { now: () => new Date('2026-11-22T10:00:00+01:00') };
const ENV = {
  OFFICE_HOURS: 'mon-sun 00:00-24:00',
  PUBLIC_HOLIDAYS: '2000-01-01',
  ARRANGEMENT_OUTBOX_POLL_MS: '50',
  RATE_LIMIT_CONVERSATION_BURST: '100',
};

/** Demo records: the number of one letter and the postcode it went to. */
const D01 = { number: '9698948614580658', postcode: '8911 AB' }; // € 129,00 open; 6 × € 21,50
const D02 = { number: '5111395563629976', postcode: '3512 KL' }; // two claims, € 551,50; 12 × € 45,95
const D03 = { number: '5320466536506279', postcode: '1017 CX' }; // € 54,00: below the minimum
const D04 = { number: '1859977345740978', postcode: '9711 LM' }; // with the bailiff
const D05 = { number: '4516092382100863', postcode: '5611 EZ' }; // appeal pending
const D06 = { number: '9716112721023794', postcode: '3021 BR' }; // broke an arrangement in August
const D07 = { number: '1859501187398067', postcode: '6511 PP' }; // running arrangement BR-2026-000417
const D08 = { number: '2166002043392129', postcode: '2511 CV' }; // paid
const D09 = { number: '1852906095141302', postcode: '7511 JE' }; // € 574,00 first reminder; 12 × € 47,83
const D10 = { number: '5111941022799767', postcode: '4811 XJ' }; // € 2.480,00; 24 × € 103,33
const D11 = { number: '0543793058155523', postcode: '47533' }; // Germany, € 4.359,00; 36 × € 121,08
const D12 = { number: '1624689630323359', postcode: '61-001' }; // Poland, € 167,00; 6 × € 27,83
const D13 = { number: '2342145524857394', postcode: '1071 DJ' }; // two claims, € 1.420,00; 18 × € 78,88
/** 16 digits that pass the check digit but belong to no letter. */
const UNKNOWN = ['2111222333444555', '0123456789012345', '3555566667777888'];

const REFERENCE = /BR-2026-\d{8}/g;
const plain = (replies: Partial<Activity>[]): string => textOf(replies).replace(/\s+/g, ' ');
const grouped = (n: string, sep: string): string => n.replace(/(\d{4})(?=\d)/g, `$1${sep}`);

/** Words of each language's questions for the number and the postcode: never heard twice. */
const ASKS_NUMBER = {
  en: /I need the CJIB number|What is the CJIB number/,
  de: /brauche ich die CJIB-Nummer|Wie lautet die CJIB-Nummer/,
  pl: /potrzebuję numeru CJIB|Jaki jest numer CJIB/,
  nl: /CJIB-nummer nodig|Wat is het CJIB-nummer/,
};
const ASKS_POSTCODE = {
  en: /What is the postcode/,
  de: /Wie lautet die Postleitzahl/,
  pl: /Jaki jest kod pocztowy/,
  nl: /Wat is de postcode/,
};
/** Words of another language than the conversation's, as they occur in the assistant's texts. */
const OTHER_LANGUAGE = {
  en: /\b(Sie|Ihre|Pan\/Pani|proszę|uw|wilt)\b/,
  de: /\b(you|your|Pan\/Pani|proszę|uw|wilt)\b/,
  pl: /\b(you|your|Sie|Ihre|uw|wilt)\b/,
  nl: /\b(you|your|Sie|Ihre|Pan\/Pani|proszę)\b/,
};
type Lang = keyof typeof ASKS_NUMBER;
const LOCALE: Record<Lang, string> = { en: 'en-GB', de: 'de-DE', pl: 'pl-PL', nl: 'nl-NL' };

/** A conversation that remembers everything the assistant said, to check its language and repeats. */
class Citizen {
  readonly said: string[] = [];
  constructor(
    private readonly c: TestConversation,
    readonly lang: Lang,
  ) {}

  async say(text: string): Promise<string> {
    const reply = plain(await this.c.say(text));
    this.said.push(reply);
    // Every reply in the conversation's language (descriptions of fines and Dutch terms in brackets aside).
    expect(reply.replace(/\([^)]*\)/g, '')).not.toMatch(OTHER_LANGUAGE[this.lang]);
    return reply;
  }

  /** How often the number (or postcode) question was asked in the whole conversation. */
  timesAsked(which: 'number' | 'postcode'): number {
    const re = which === 'number' ? ASKS_NUMBER[this.lang] : ASKS_POSTCODE[this.lang];
    return this.said.filter((s) => re.test(s)).length;
  }

  references(): string[] {
    return [...new Set(this.said.join(' ').match(REFERENCE) ?? [])];
  }
}

function languageApp(lang: Lang): { citizen: () => Promise<Citizen> } {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(ENV, { clock });
  }, 60000);
  afterAll(async () => {
    await app?.close();
  });
  return {
    citizen: async () => {
      const c = app.conversation({ locale: LOCALE[lang] });
      await c.start();
      return new Citizen(c, lang);
    },
  };
}

describe('English speakers', () => {
  const { citizen } = languageApp('en');

  it('gives number and postcode in one message before being asked: the fines at once, nothing asked', async () => {
    const c = await citizen();
    const found = await c.say(
      `Hi, I want to check my fine. My number is ${grouped(D01.number, ' ')} and I live at 8911 AB`,
    );
    expect(found).toMatch(/€129\.00/);
    expect(found).toMatch(/15 December 2026/);
    expect(c.timesAsked('number') + c.timesAsked('postcode')).toBe(0);
  });

  it('"my number is … sorry I mean …" in one message: the corrected number is looked up', async () => {
    const c = await citizen();
    await c.say('look up my fine');
    await c.say(`my number is ${D10.number} sorry I mean ${D01.number}`);
    expect(await c.say('8911 AB')).toMatch(/€129\.00/);
    expect(c.timesAsked('number')).toBe(1);
  });

  it('"I want a payment plan, my number is … and I live at …" in one message: the schedule at once, not the lookup', async () => {
    const c = await citizen();
    const plan = await c.say(
      `I want a payment plan, my number is ${grouped(D10.number, ' ')} and I live at 4811 XJ`,
    );
    expect(plan).toMatch(/€2,480\.00 over 24 months: €103\.33 a month/);
    expect(plan).not.toMatch(/What would you like to do now/);
    expect(c.timesAsked('number') + c.timesAsked('postcode')).toBe(0);
  });

  it('"payment plan for <number>": the postcode asked once, then the schedule', async () => {
    const c = await citizen();
    expect(await c.say(`payment plan for ${D09.number}`)).toMatch(ASKS_POSTCODE.en);
    expect(await c.say('7511 JE')).toMatch(/€574\.00 over 12 months/);
  });

  it('"actually, can I pay in instalments?" while the lookup asks the postcode: yes, right after; then the schedule', async () => {
    const c = await citizen();
    await c.say(`my number is ${D01.number}`);
    const meanwhile = await c.say('actually, can I pay in instalments?');
    expect(meanwhile).toMatch(/right after this\. First I still need the postcode/);
    expect(meanwhile).not.toMatch(/so that nobody else can see your details/);
    const plan = await c.say('8911AB');
    expect(plan).toMatch(/€129\.00 over 6 months: €21\.50 a month/);
    expect(c.timesAsked('number')).toBe(0);
  });

  it('"what if I miss an instalment?" while the lookup asks the number: answered, and still the lookup', async () => {
    const c = await citizen();
    await c.say('check my fine');
    const missed = await c.say('what if I miss an instalment?');
    expect(missed).not.toMatch(/right after this/);
    expect(missed).toMatch(ASKS_NUMBER.en);
    await c.say(D01.number);
    expect(await c.say(D01.postcode)).toMatch(/What would you like to do now/);
  });

  it('a typo caught by the check, "sorry, I mean …" with dashes: the postcode asked once, lowercase without space', async () => {
    const c = await citizen();
    await c.say('I want to check my fine');
    const typo = '1852906095141312'; // two digits of D09 swapped
    expect(await c.say(grouped(typo, '-'))).toMatch(/does not seem quite right/);
    expect(await c.say(`sorry, I mean ${grouped(D09.number, '-')}`)).toMatch(ASKS_POSTCODE.en);
    const found = await c.say('7511je');
    expect(found).toMatch(/€574\.00/);
    expect(found).toMatch(/First reminder/);
    expect(c.timesAsked('number')).toBe(1);
    expect(c.timesAsked('postcode')).toBe(1);
  });

  it('a number read back by the check, then the postcode instead of yes: goes on instead of asking again', async () => {
    const c = await citizen();
    await c.say('check my fine');
    expect(await c.say('1111222233334444')).toMatch(/Is the number correct/);
    const next = await c.say('1017 CX');
    expect(next).not.toMatch(/Is the number correct/);
    expect(next).toMatch(/cannot find a fine with this CJIB number and this postcode/);
  });

  it('the postcode before the number ("I live at 1071 DJ"): kept, the number asked, then both fines', async () => {
    const c = await citizen();
    await c.say('look up my fine please');
    expect(await c.say('I live at 1071 DJ')).toMatch(/keep that postcode in mind/);
    const found = await c.say(grouped(D13.number, '.'));
    expect(found).toMatch(/€1,420\.00/);
    expect(c.timesAsked('postcode')).toBe(0);
  });

  it('"can I use my licence plate?" at the number question: not with a plate, the number again, then it goes on', async () => {
    const c = await citizen();
    await c.say('I want to set up a payment plan');
    const plate = await c.say("I don't have my letter, can I use my licence plate?");
    expect(plate).toMatch(/cannot look up your fine with a licence plate/);
    expect(plate).not.toMatch(/bailiff|driving licence/);
    expect(await c.say(D09.number)).toMatch(ASKS_POSTCODE.en);
  });

  it('three unknown numbers: the same kind words each time, no lock yet, then the right one works', async () => {
    const c = await citizen();
    await c.say('check my fine');
    for (const number of UNKNOWN) {
      expect(await c.say(number)).toMatch(ASKS_POSTCODE.en);
      const miss = await c.say('1017cx');
      expect(miss).toMatch(/cannot find a fine with this CJIB number and this postcode/);
      expect(miss).toMatch(/What is the CJIB number on your letter/);
      expect(miss).not.toMatch(/security/);
    }
    await c.say(D03.number);
    expect(await c.say('1017 cx')).toMatch(/€54\.00/);
  });

  it('a Belgian address as the postcode: looked up (not "not a postcode"), and the same words as any mismatch', async () => {
    const c = await citizen();
    await c.say('check my fine');
    await c.say(UNKNOWN[0]);
    const reply = await c.say('Rue de la Loi 16, 1000 Brussel');
    expect(reply).toMatch(/cannot find a fine with this CJIB number and this postcode/);
    expect(reply).not.toMatch(/do not recognise that as a postcode/);
  });

  it('already paid: good news, and a payment plan afterwards needs no number and files nothing', async () => {
    const c = await citizen();
    await c.say('check my fine');
    await c.say(D08.number);
    expect(await c.say('2511cv')).toMatch(/everything has been paid/);
    const plan = await c.say('I want a payment plan');
    expect(plan).toMatch(/already been paid/);
    expect(plan).toMatch(/no open fine/);
    expect(c.timesAsked('number')).toBe(1);
    expect(c.references()).toHaveLength(0);
  });

  it('"how long can I spread it?" while asked the postcode: the months table, then the postcode again', async () => {
    const c = await citizen();
    await c.say("I'd like to pay in instalments");
    await c.say(grouped(D01.number, '.'));
    const answer = await c.say('how long can I spread it?');
    expect(answer).toMatch(/EUR 4,000 or more: 36 months/);
    expect(answer).not.toMatch(/8 weeks/);
    expect(answer).toMatch(ASKS_POSTCODE.en);
    const plan = await c.say('8911 ab');
    expect(plan).toMatch(/€129\.00 over 6 months: €21\.50 a month/);
    expect(plan).toMatch(/1 January 2027/);
  });

  it('"can I pay 50 a month?" at €21.50 a month: not sent to a personal arrangement, the question again', async () => {
    const c = await citizen();
    await c.say('payment plan please');
    await c.say(D01.number);
    await c.say(D01.postcode);
    const reply = await c.say('can I pay 50 a month?');
    expect(reply).toMatch(/you pay €21\.50 a month, so with €50\.00 a month/);
    expect(reply).not.toMatch(/personal payment arrangement/);
    expect(reply).toMatch(/Would you like to request this arrangement/);
  });

  it('"thirty a month?" in words, and "when is the first payment due?" at the contact question: the schedule\'s own date', async () => {
    const c = await citizen();
    await c.say('payment plan');
    await c.say(D01.number);
    await c.say(D01.postcode);
    const own = await c.say('thirty a month?');
    expect(own).toMatch(/you pay €21\.50 a month, so with €30\.00 a month/);
    expect(await c.say('ok')).toMatch(/e-mail address or phone number/);
    const due = await c.say('wait, when is the first payment due?');
    expect(due).toMatch(/first instalment is due by 1 January 2027\. After that you pay €21\.50 every month/);
    expect(due).not.toMatch(/8 weeks/);
    expect(due).toMatch(/At which e-mail address or phone number/);
    const later = await c.say('no thanks, I will think about it first');
    expect(later).toMatch(/I have not requested anything/);
    expect(later).not.toMatch(/does not look like an e-mail address/);
    expect(c.references()).toHaveLength(0);
  });

  it('another e-mail address asked for at the confirmation, then "no": the contact asked again, nothing filed', async () => {
    const c = await citizen();
    await c.say('payment plan please');
    await c.say(D01.number);
    await c.say(D01.postcode);
    expect(await c.say('yes')).toMatch(/e-mail address or phone number/);
    expect(await c.say('jan@example.com')).toMatch(/We will reach you at jan@example\.com/);
    const change = await c.say('can I change my email address?');
    expect(change).toMatch(/At which e-mail address or phone number/);
    expect(change).not.toMatch(/phone number you need depends/);
    expect(await c.say('jan.devries@example.com')).toMatch(/We will reach you at jan\.devries@example\.com/);
    expect(await c.say('no')).toMatch(/I have not requested anything/);
    expect(c.references()).toHaveLength(0);
  });

  it('the e-mail address typed with the number: the contact is not asked again', async () => {
    const c = await citizen();
    await c.say('payment plan');
    await c.say(`${grouped(D12.number, ' ')}, my email is anna@example.com`);
    await c.say('61001');
    const confirm = await c.say('yes');
    expect(confirm).toMatch(/We will reach you at anna@example\.com\. Shall I send the request now/);
    expect(await c.say('no')).toMatch(/I have not requested anything/);
  });

  it('"less" at the schedule: the personal arrangement and a person offered, nothing filed', async () => {
    const c = await citizen();
    await c.say('payment plan please');
    await c.say(D13.number);
    expect(await c.say('1071dj')).toMatch(/€1,420\.00 over 18 months: €78\.88 a month/);
    const total = await c.say('how much is it in total?');
    expect(total).toMatch(
      /In total you pay €1,420\.00: 18 monthly instalments of €78\.88.*last instalment is €79\.04/,
    );
    expect(total).not.toMatch(/What would you like to do now/);
    expect(total).toMatch(/Would you like to request this payment arrangement/);
    const less = await c.say('less');
    expect(less).toMatch(/personal payment arrangement/);
    expect(less).toMatch(/talk to a member of staff/);
    expect(await c.say('no thanks')).toMatch(/ask for a member of staff later/);
    expect(c.references()).toHaveLength(0);
  });

  it('"I can pay fifty euros per month" at €103.33: too high, the personal arrangement', async () => {
    const c = await citizen();
    await c.say('payment plan');
    await c.say(D10.number);
    expect(await c.say('4811 xj')).toMatch(/€2,480\.00 over 24 months: €103\.33 a month/);
    expect(await c.say('I can pay fifty euros per month')).toMatch(/personal payment arrangement/);
  });

  it('"I want to pay it all at once": no arrangement, the total, and the ways to pay on "yes"', async () => {
    const c = await citizen();
    await c.say('instalments please');
    await c.say(D01.number);
    await c.say(D01.postcode);
    const atOnce = await c.say('I want to pay it all at once');
    expect(atOnce).toMatch(/will not request a payment arrangement/);
    expect(atOnce).toMatch(/€129\.00/);
    expect(atOnce).not.toMatch(/Would you like to request this/);
    expect(await c.say('yes')).toMatch(/iDEAL/);
    expect(c.references()).toHaveLength(0);
  });

  it('"I need to think about it" at the schedule, "actually no" at the contact question: nothing requested', async () => {
    const think = await citizen();
    await think.say('payment plan');
    await think.say(D12.number);
    await think.say(D12.postcode);
    expect(await think.say('I need to think about it')).toMatch(/I have not requested anything/);
    const no = await citizen();
    await no.say('payment plan');
    await no.say(D12.number);
    await no.say(D12.postcode);
    await no.say('yes');
    expect(await no.say('actually no')).toMatch(/I have not requested anything/);
    expect(no.references()).toHaveLength(0);
  });

  it('"actually I\'ll just pay it all at once" at the contact question: nothing filed, the total', async () => {
    const c = await citizen();
    await c.say('payment plan');
    await c.say(D02.number);
    await c.say(D02.postcode);
    await c.say('yes');
    const atOnce = await c.say("actually I'll just pay it all at once");
    expect(atOnce).toMatch(/will not request a payment arrangement.*€551\.50/);
    expect(atOnce).not.toMatch(/does not look like an e-mail address/);
    expect(c.references()).toHaveLength(0);
  });

  it('"how long will the decision take?" at the schedule: not the 8-week deadline, then the question again', async () => {
    const c = await citizen();
    await c.say('payment plan');
    await c.say(D13.number);
    await c.say(D13.postcode);
    const decision = await c.say('how long will the decision take?');
    expect(decision).toMatch(/cannot say exactly how long the assessment of a request takes/);
    expect(decision).not.toMatch(/8 weeks/);
    expect(decision).toMatch(/Would you like to request this payment arrangement/);
  });

  it('refusing the schedule, then thanks and goodbye', async () => {
    const c = await citizen();
    await c.say('payment plan');
    await c.say(D09.number);
    expect(await c.say(D09.postcode)).toMatch(/€574\.00 over 12 months: €47\.83 a month/);
    expect(await c.say('no thanks')).toMatch(/I have not requested anything/);
    expect(await c.say('thank you, bye')).toMatch(/Goodbye/);
  });

  it('the lookup, then "and now I want a payment plan": no number asked again, filed once, the lookup again without asking', async () => {
    const c = await citizen();
    await c.say(`what do I owe? number ${D13.number} postcode 1071dj`);
    const plan = await c.say('and now I want a payment plan');
    expect(plan).toMatch(/€1,420\.00 over 18 months: €78\.88 a month/);
    expect(plan).toMatch(/last instalment is €79\.04/);
    await c.say('yes');
    expect(await c.say('sarah@example.com')).toMatch(/17 instalments of €78\.88 and a last instalment of €79\.04 \(total €1,420\.00\)/);
    expect(await c.say('yes')).toMatch(/reference number is/);
    expect(await c.say('yes')).toMatch(/already requested/);
    const again = await c.say('what do I owe?');
    expect(again).toMatch(/€1,420\.00/);
    expect(c.timesAsked('number') + c.timesAsked('postcode')).toBe(0);
    expect(c.references()).toHaveLength(1);
    expect(await c.say('thanks, bye')).toMatch(/Goodbye/);
  });

  it('below the minimum, an appeal, and a running arrangement: each said, nothing to confirm', async () => {
    const low = await citizen();
    await low.say('payment plan');
    await low.say(D03.number);
    const below = await low.say('1017 CX');
    expect(below).toMatch(/€75\.00/);
    expect(below).toMatch(/€45\.00/);
    const appeal = await citizen();
    await appeal.say('payment plan');
    await appeal.say(D05.number);
    expect(await appeal.say(D05.postcode)).toMatch(/You have appealed/);
    const running = await citizen();
    await running.say('payment plan');
    await running.say(D07.number);
    const existing = await running.say('6511pp');
    expect(existing).toMatch(/You already have a payment arrangement/);
    expect(existing).toMatch(/BR-2026-000417/);
  });
});

describe('German speakers', () => {
  const { citizen } = languageApp('de');

  it('number with dashes and a German postcode with the town, unasked: the fines at once', async () => {
    const c = await citizen();
    const found = await c.say(
      `Meine CJIB-Nummer ist ${grouped(D11.number, '-')} und ich wohne in 47533 Kleve`,
    );
    expect(found).toMatch(/4\.359,00 €/);
    expect(found).toMatch(/Zweite Mahnung/);
    expect(c.timesAsked('postcode')).toBe(0);
  });

  it('"Ich möchte Raten zahlen. Meine Nummer ist …, PLZ …": the schedule at once, not the lookup', async () => {
    const c = await citizen();
    const plan = await c.say(
      `Ich möchte Raten zahlen. Meine Nummer ist ${grouped(D10.number, ' ')}, PLZ 4811 XJ`,
    );
    expect(plan).toMatch(/2\.480,00 € in 24 Monaten bezahlen: 103,33 € pro Monat/);
    expect(plan).not.toMatch(/Was möchten Sie jetzt tun/);
  });

  it('a whole address line as the postcode, a question at the schedule, then filed once', async () => {
    const c = await citizen();
    await c.say('Ich möchte in Raten zahlen');
    expect(await c.say(grouped(D11.number, ' '))).toMatch(ASKS_POSTCODE.de);
    const plan = await c.say('Klever Str. 9, 47533 Kleve');
    expect(plan).toMatch(/4\.359,00 € in 36 Monaten bezahlen: 121,08 € pro Monat/);
    expect(plan).toMatch(/121,20 €/);
    const question = await c.say('Was passiert, wenn ich nicht zahle?');
    expect(question).toMatch(/Mahnung/);
    expect(question).toMatch(/Möchten Sie diese Ratenzahlung beantragen/);
    expect(await c.say('ja')).toMatch(/E-Mail-Adresse oder Telefonnummer/);
    expect(await c.say('lukas@example.de')).toMatch(/35 Raten zu 121,08 € und eine letzte Rate von 121,20 € \(insgesamt 4\.359,00 €\)/);
    expect(await c.say('ja')).toMatch(/Aktenzeichen lautet/);
    expect(c.references()).toHaveLength(1);
    expect(c.timesAsked('postcode')).toBe(1);
  });

  it('"fünfzig Euro im Monat" at 27,83 €: affordable, asked again; another e-mail at the end, then "nein"', async () => {
    const c = await citizen();
    await c.say('Ratenzahlung');
    await c.say(D12.number);
    expect(await c.say('61-001')).toMatch(/167,00 € in 6 Monaten bezahlen: 27,83 € pro Monat/);
    const own = await c.say('ich kann fünfzig Euro im Monat zahlen');
    expect(own).toMatch(/27,83 € im Monat, mit 50,00 € im Monat/);
    expect(own).not.toMatch(/persönliche Ratenzahlung/);
    await c.say('ja');
    await c.say('a@example.de');
    const confirmation = await c.say('Bekomme ich eine Bestätigung per E-Mail?');
    expect(confirmation).toMatch(/Wir verwenden a@example\.de nur/);
    expect(confirmation).not.toMatch(/Telefonnummer Sie brauchen/);
    expect(confirmation).toMatch(/Soll ich den Antrag jetzt absenden/);
    expect(await c.say('Ich möchte eine andere E-Mail-Adresse angeben')).toMatch(
      /Unter welcher E-Mail-Adresse oder Telefonnummer/,
    );
    expect(await c.say('b@example.de')).toMatch(/Wir erreichen Sie unter b@example\.de/);
    expect(await c.say('nein')).toMatch(/ich habe nichts beantragt/);
    expect(c.references()).toHaveLength(0);
  });

  it('"weniger bitte" at the schedule: the personal arrangement', async () => {
    const c = await citizen();
    await c.say('Ratenzahlung');
    await c.say(D13.number);
    await c.say(D13.postcode);
    const total = await c.say('Wie viel ist das insgesamt?');
    expect(total).toMatch(/Insgesamt zahlen Sie 1\.420,00 €: 18 Monatsraten zu 78,88 €/);
    expect(total).not.toMatch(/Was möchten Sie jetzt tun/);
    const less = await c.say('weniger bitte');
    expect(less).toMatch(/persönliche Ratenzahlung/);
    expect(less).toMatch(/Möchten Sie mit einem Mitarbeiter sprechen/);
  });

  it('"Nein, das ist mir zu viel": the personal arrangement, not a plain no', async () => {
    const c = await citizen();
    await c.say('Ratenzahlung');
    await c.say(D09.number);
    await c.say(D09.postcode);
    expect(await c.say('Nein, das ist mir zu viel')).toMatch(/persönliche Ratenzahlung/);
  });

  it('an e-mail address given with the request: read back at the confirmation, not asked again', async () => {
    const c = await citizen();
    await c.say('Ratenzahlung bitte, Sie erreichen mich unter lena@example.de');
    await c.say(D09.number);
    await c.say(D09.postcode);
    const confirm = await c.say('ja');
    expect(confirm).toMatch(/Wir erreichen Sie unter lena@example\.de\. Soll ich den Antrag jetzt absenden/);
    expect(confirm).not.toMatch(/Unter welcher E-Mail-Adresse/);
    expect(await c.say('nein')).toMatch(/ich habe nichts beantragt/);
  });

  it('"Wie lange kann ich strecken?" at the schedule, then "alles auf einmal": the months, then no arrangement', async () => {
    const c = await citizen();
    await c.say('Ratenzahlung bitte');
    await c.say(D01.number);
    await c.say('8911ab');
    const start = await c.say('Ab wann muss ich zahlen?');
    expect(start).toMatch(
      /erste Rate zahlen Sie bis spätestens 1\. Januar 2027\. Danach zahlen Sie jeden Monat 21,50 €/,
    );
    expect(start).toMatch(/Möchten Sie diese Ratenzahlung beantragen/);
    const months = await c.say('Wie lange kann ich die Zahlung strecken?');
    expect(months).toMatch(/4\.000 € oder mehr: 36 Monate/);
    expect(months).toMatch(/Möchten Sie diese Ratenzahlung beantragen/);
    const atOnce = await c.say('ich möchte alles auf einmal bezahlen');
    expect(atOnce).toMatch(/beantrage ich keine Ratenzahlung/);
    expect(atOnce).toMatch(/129,00 €/);
    expect(await c.say('ja')).toMatch(/So können Sie zahlen/);
    expect(c.references()).toHaveLength(0);
  });

  it('the lookup, then "Ich möchte eine Ratenzahlung beantragen": the schedule without asking again, refused', async () => {
    const c = await citizen();
    await c.say('Wie viel muss ich zahlen?');
    await c.say(D02.number);
    const found = await c.say('3512kl');
    expect(found).toMatch(/551,50 €/);
    const plan = await c.say('Ich möchte eine Ratenzahlung beantragen');
    expect(plan).toMatch(/551,50 € in 12 Monaten bezahlen: 45,95 € pro Monat/);
    expect(await c.say('Nein, jetzt nicht')).toMatch(/ich habe nichts beantragt/);
    expect(c.timesAsked('number')).toBe(1);
    expect(c.timesAsked('postcode')).toBe(1);
  });

  it('the lookup, then the question "kann ich das in Raten zahlen?": the schedule, not identified again', async () => {
    const c = await citizen();
    await c.say(`Wie viel muss ich zahlen? ${D10.number} PLZ 4811XJ`);
    const plan = await c.say('kann ich das in Raten zahlen?');
    expect(plan).toMatch(/2\.480,00 € in 24 Monaten bezahlen: 103,33 € pro Monat/);
    expect(c.timesAsked('number') + c.timesAsked('postcode')).toBe(0);
  });

  it('"Geht es auch mit dem Kennzeichen?" at the number question: not with a plate', async () => {
    const c = await citizen();
    await c.say('Bußgeld nachsehen');
    expect(await c.say('Geht es auch mit dem Kennzeichen?')).toMatch(
      /Mit einem Kennzeichen kann ich Ihr Bußgeld nicht nachsehen/,
    );
  });

  it('"Moment, die Nummer war falsch" at "Ist die Nummer richtig?": the right number asked, not the objection answer', async () => {
    const c = await citizen();
    await c.say('Bußgeld nachsehen');
    expect(await c.say('0543793058155524')).toMatch(/Ist die Nummer richtig/);
    const wrong = await c.say('Moment, die Nummer war falsch');
    expect(wrong).toMatch(/Wie lautet die richtige CJIB-Nummer/);
    expect(wrong).not.toMatch(/Einspruch/);
    expect(await c.say(D11.number)).toMatch(ASKS_POSTCODE.de);
    expect(await c.say('47533')).toMatch(/4\.359,00 €/);
  });

  it('"Kann ich das auch in Raten zahlen?" while the lookup asks the number: the schedule after identification', async () => {
    const c = await citizen();
    await c.say('Bußgeld nachsehen');
    expect(await c.say('Kann ich das auch in Raten zahlen?')).toMatch(
      /gleich im Anschluss mit Ihnen beantragen\. Zuerst brauche ich die CJIB-Nummer/,
    );
    await c.say(D10.number);
    expect(await c.say('4811xj')).toMatch(/2\.480,00 € in 24 Monaten bezahlen/);
  });

  it('"einverstanden" to the schedule and "passt" to sending: filed once, not the objection answer', async () => {
    const c = await citizen();
    await c.say('Ratenzahlung');
    await c.say(D02.number);
    await c.say(D02.postcode);
    const agreed = await c.say('einverstanden');
    expect(agreed).toMatch(/Unter welcher E-Mail-Adresse oder Telefonnummer/);
    expect(agreed).not.toMatch(/Einspruch/);
    await c.say('fatima@example.de');
    expect(await c.say('passt')).toMatch(/Aktenzeichen lautet/);
    expect(c.references()).toHaveLength(1);
  });

  it('"Ich zahle doch lieber alles auf einmal" at the sending: nothing filed, the total', async () => {
    const c = await citizen();
    await c.say('Ratenzahlung');
    await c.say(D12.number);
    await c.say(D12.postcode);
    await c.say('ja');
    await c.say('agnieszka@example.de');
    const atOnce = await c.say('Ich zahle doch lieber alles auf einmal');
    expect(atOnce).toMatch(/beantrage ich keine Ratenzahlung.*167,00 €/);
    expect(c.references()).toHaveLength(0);
  });

  it('a postcode with the country prefix "D-47533": found', async () => {
    const c = await citizen();
    await c.say('Bußgeld nachsehen');
    await c.say(D11.number);
    expect(await c.say('D-47533')).toMatch(/4\.359,00 €/);
  });

  it('three unknown numbers: the same words each time, then goodbye ends kindly', async () => {
    const c = await citizen();
    await c.say('Bußgeld nachsehen');
    for (const number of UNKNOWN) {
      await c.say(grouped(number, ' '));
      const miss = await c.say('47533');
      expect(miss).toMatch(/finde ich kein Bußgeld/);
      expect(miss).toMatch(/Wie lautet die CJIB-Nummer auf Ihrem Schreiben/);
    }
    expect(await c.say('danke, tschüss')).toMatch(/Wiedersehen/);
  });

  it('bailiff, broken arrangement, running arrangement: each said in German', async () => {
    const bailiff = await citizen();
    await bailiff.say('Ratenzahlung');
    await bailiff.say(D04.number);
    expect(await bailiff.say(D04.postcode)).toMatch(/Gerichtsvollzieher/);
    const broken = await citizen();
    await broken.say('Ratenzahlung');
    await broken.say(D06.number);
    expect(await broken.say(D06.postcode)).toMatch(/Möchten Sie mit einem Mitarbeiter sprechen/);
    const running = await citizen();
    await running.say('Ratenzahlung');
    await running.say(D07.number);
    expect(await running.say(D07.postcode)).toMatch(/Sie haben bereits eine Ratenzahlung/);
  });
});

describe('Polish speakers', () => {
  const { citizen } = languageApp('pl');

  it('number with dashes and postcode in one answer: the fines at once', async () => {
    const c = await citizen();
    await c.say('Chcę sprawdzić mandat');
    const found = await c.say(`numer to ${grouped(D12.number, '-')} a kod 61-001`);
    expect(found).toMatch(/167,00 €/);
    expect(found).toMatch(/22 grudnia 2026/);
    expect(c.timesAsked('postcode')).toBe(0);
  });

  it('a question at the postcode, the postcode without dash, "nie, mój e-mail to …" at the end, filed once', async () => {
    const c = await citizen();
    await c.say('Chcę rozłożyć mandat na raty');
    await c.say(grouped(D12.number, ' '));
    const question = await c.say('czy mogę zapłacić później?');
    expect(question).toMatch(/8 tygodni/);
    expect(question).toMatch(ASKS_POSTCODE.pl);
    expect(await c.say('61001')).toMatch(/167,00 € w 6 miesięcznych ratach: 27,83 € miesięcznie/);
    await c.say('tak');
    expect(await c.say('jan@example.pl')).toMatch(/5 rat po 27,83 € i ostatnia rata 27,85 € \(łącznie 167,00 €\)/);
    expect(await c.say('nie, mój e-mail to jan.k@example.pl')).toMatch(/jan\.k@example\.pl/);
    expect(await c.say('tak')).toMatch(/numer referencyjny/);
    expect(await c.say('dziękuję, do widzenia')).toMatch(/Do widzenia/);
    expect(c.references()).toHaveLength(1);
    expect(c.timesAsked('postcode')).toBe(2);
  });

  it('"jednak nie, dziękuję" at the contact question, "muszę się zastanowić" at the confirmation: nothing requested', async () => {
    const no = await citizen();
    await no.say('raty');
    await no.say(D01.number);
    await no.say(D01.postcode);
    await no.say('tak');
    const later = await no.say('jednak nie, dziękuję');
    expect(later).toMatch(/niczego nie złożyłem/);
    expect(later).not.toMatch(/nie wygląda na adres e-mail/);
    const think = await citizen();
    await think.say('raty');
    await think.say(D01.number);
    await think.say(D01.postcode);
    await think.say('tak');
    await think.say('ewa@example.pl');
    expect(await think.say('muszę się zastanowić')).toMatch(/niczego nie złożyłem/);
    expect(think.references()).toHaveLength(0);
  });

  it('"czy mogę to rozłożyć na raty?" while the lookup asks the postcode: the schedule after it', async () => {
    const c = await citizen();
    await c.say('sprawdź mój mandat');
    await c.say(D02.number);
    expect(await c.say('czy mogę to rozłożyć na raty?')).toMatch(
      /Najpierw potrzebuję jeszcze kodu pocztowego/,
    );
    expect(await c.say('3512 KL')).toMatch(/551,50 € w 12 miesięcznych ratach: 45,95 € miesięcznie/);
  });

  it('"zgoda" to the schedule, "jeszcze nie" at sending: nothing filed', async () => {
    const c = await citizen();
    await c.say('raty');
    await c.say(D09.number);
    await c.say(D09.postcode);
    expect(await c.say('zgoda')).toMatch(/Pod jakim adresem e-mail lub numerem telefonu/);
    await c.say('ewa@example.pl');
    expect(await c.say('jeszcze nie')).toMatch(/niczego nie złożyłem/);
    expect(c.references()).toHaveLength(0);
  });

  it('"czy dostanę potwierdzenie?" at the sending and "kiedy dostanę decyzję?" at the contact question: answered, then asked again', async () => {
    const c = await citizen();
    await c.say('raty');
    await c.say(D02.number);
    await c.say(D02.postcode);
    await c.say('tak');
    const decision = await c.say('kiedy dostanę decyzję?');
    expect(decision).toMatch(/ile potrwa rozpatrzenie wniosku\. Decyzję otrzyma Pan\/Pani listownie/);
    expect(decision).toMatch(/Pod jakim adresem e-mail lub numerem telefonu/);
    await c.say('ewa@example.pl');
    const confirmation = await c.say('czy dostanę potwierdzenie?');
    expect(confirmation).toMatch(/Numer referencyjny otrzyma Pan\/Pani tutaj zaraz po wysłaniu/);
    expect(confirmation).toMatch(/Czy mam teraz wysłać wniosek/);
    expect(await c.say('nie')).toMatch(/niczego nie złożyłem/);
  });

  it('"mniej" at the schedule: the personal arrangement', async () => {
    const c = await citizen();
    await c.say('raty');
    await c.say(D13.number);
    expect(await c.say(D13.postcode)).toMatch(/1 420,00 € w 18 miesięcznych ratach: 78,88 € miesięcznie/);
    expect(await c.say('ile to razem?')).toMatch(
      /Łącznie zapłaci Pan\/Pani 1 420,00 €: 18 miesięcznych rat po 78,88 €/,
    );
    expect(await c.say('mniej')).toMatch(/indywidualny plan ratalny/);
  });

  it('"nie, wolę zapłacić wszystko od razu": no arrangement, the total', async () => {
    const c = await citizen();
    await c.say('raty');
    await c.say(D01.number);
    await c.say(D01.postcode);
    const atOnce = await c.say('nie, wolę zapłacić wszystko od razu');
    expect(atOnce).toMatch(/nie składam wniosku o raty/);
    expect(atOnce).toMatch(/129,00 €/);
    expect(c.references()).toHaveLength(0);
  });

  it('"pięćdziesiąt euro miesięcznie" at 103,33 €: too high, the personal arrangement', async () => {
    const c = await citizen();
    await c.say('raty');
    await c.say(D10.number);
    await c.say(D10.postcode);
    expect(await c.say('mogę płacić pięćdziesiąt euro miesięcznie')).toMatch(/50,00 € miesięcznie to mniej niż 103,33 €.*indywidualny plan (ratalny|spłaty)/s);
  });

  it('"na jak długo mogę rozłożyć płatność?" at the schedule: the months, then the question again', async () => {
    const c = await citizen();
    await c.say('raty');
    await c.say(D09.number);
    await c.say(D09.postcode);
    expect(await c.say('Kiedy jest pierwsza rata?')).toMatch(
      /najpóźniej do 1 stycznia 2027\. Potem płaci Pan\/Pani 47,83 € co miesiąc/,
    );
    const months = await c.say('na jak długo mogę rozłożyć płatność?');
    // This citizen's own amount in the table ("długo" is long, not a debt).
    expect(months).toMatch(/oznacza to 12 miesięcy/);
    expect(months).toMatch(/Czy chce Pan\/Pani złożyć wniosek/);
    expect(await c.say('nie, dziękuję')).toMatch(/niczego nie złożyłem/);
  });

  it('the lookup, then "a teraz chcę plan spłaty": the schedule without asking again, "nie" at the end', async () => {
    const c = await citizen();
    await c.say('Ile muszę zapłacić?');
    await c.say(D09.number);
    expect(await c.say('7511 je')).toMatch(/574,00 €/);
    expect(await c.say('a teraz chcę plan spłaty')).toMatch(
      /574,00 € w 12 miesięcznych ratach: 47,83 € miesięcznie/,
    );
    await c.say('tak');
    await c.say('+48 601 234 567');
    expect(await c.say('nie')).toMatch(/niczego nie złożyłem/);
    // A change of mind right after: the schedule again, still without the number.
    expect(await c.say('tak')).toMatch(/574,00 € w 12 miesięcznych ratach/);
    expect(c.timesAsked('number')).toBeLessThanOrEqual(1);
    expect(c.references()).toHaveLength(0);
  });

  it('already paid: nothing to pay, in Polish', async () => {
    const c = await citizen();
    await c.say('Ile muszę zapłacić?');
    await c.say(D08.number);
    expect(await c.say(D08.postcode)).toMatch(/wszystko zostało zapłacone/);
  });

  it('"przepraszam, chodzi mi o …" at the postcode question: the new number, the postcode asked again', async () => {
    const c = await citizen();
    await c.say('Chcę sprawdzić mandat');
    await c.say(D01.number);
    expect(await c.say(`przepraszam, chodzi mi o ${grouped(D12.number, ' ')}`)).toMatch(ASKS_POSTCODE.pl);
    expect(await c.say('61-001')).toMatch(/167,00 €/);
  });

  it('three unknown numbers: the same words each time, no lock', async () => {
    const c = await citizen();
    await c.say('Chcę sprawdzić mandat');
    for (const number of UNKNOWN) {
      await c.say(number);
      const miss = await c.say('61-001');
      expect(miss).toMatch(/Nie mogę znaleźć mandatu/);
      expect(miss).not.toMatch(/bezpiecze/);
    }
  });

  it('with the bailiff: no arrangement through the assistant', async () => {
    const c = await citizen();
    await c.say('raty');
    await c.say(D04.number);
    expect(await c.say(D04.postcode)).toMatch(/komornik/);
  });
});

describe('Dutch speakers, the same unusual orders', () => {
  const { citizen } = languageApp('nl');

  it('"minder" and "kan ik 50 per maand betalen?": the personal arrangement only when it is less', async () => {
    const fits = await citizen();
    await fits.say('ik wil een betalingsregeling');
    await fits.say(D01.number);
    await fits.say(D01.postcode);
    expect(await fits.say('kan ik 50 per maand betalen?')).toMatch(/€ 21,50 per maand, dus met € 50,00/);
    const less = await citizen();
    await less.say('ik wil een betalingsregeling');
    await less.say(D13.number);
    await less.say(D13.postcode);
    expect(await less.say('minder')).toMatch(/persoonlijke betalingsregeling/);
  });

  it('in the arrangement, "mijn BSN is …" and "hoe lang duurt dat?" at the number question are answered as in the lookup', async () => {
    const c = await citizen();
    await c.say('ik wil een betalingsregeling aanvragen');
    expect(await c.say('mag ik mijn BSN geven? 123456782')).toMatch(/Uw BSN heb ik niet nodig/);
    expect(await c.say('hoe lang duurt dat?')).toMatch(/Dat gaat meteen/);
    expect(await c.say(D12.number)).toMatch(ASKS_POSTCODE.nl);
  });

  it('"hoe lang mag ik erover doen?" at the schedule, then "ik betaal alles in één keer"', async () => {
    const c = await citizen();
    await c.say('betalingsregeling aanvragen');
    await c.say(D09.number);
    await c.say('7511je');
    expect(await c.say('hoe lang mag ik erover doen?')).toMatch(/36 maanden/);
    const atOnce = await c.say('ik betaal alles in één keer');
    expect(atOnce).toMatch(/vraag ik geen betalingsregeling aan/);
    expect(atOnce).toMatch(/€ 574,00/);
  });

  it('"ik wil een ander e-mailadres opgeven" at the confirmation: asked again, then filed once', async () => {
    const c = await citizen();
    await c.say('betalingsregeling aanvragen');
    await c.say(D02.number);
    await c.say('3512 kl');
    await c.say('ja');
    await c.say('f@example.nl');
    expect(await c.say('ik wil een ander e-mailadres opgeven')).toMatch(
      /Op welk e-mailadres of telefoonnummer/,
    );
    expect(await c.say('fatima@example.nl')).toMatch(/fatima@example\.nl/);
    expect(await c.say('ja')).toMatch(/referentienummer/);
    expect(c.references()).toHaveLength(1);
  });
});
