import jwt from 'jsonwebtoken';
import { CollectionUnavailableError } from '../../domain/errors';
import type { CollectionSystem } from '../../domain/ports/collectionSystem';
import { startBackOffice, type RunningBackOffice } from '../../scripts/backoffice';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';
import { useAppWithMongo } from '../support/appWithMongo';
import { DEMO_DEBTORS } from '../support/demoDebtors';
import { oneLine as plain } from '../support/replyText';
import { startTestApp, type TestApp, type TestConversation } from '../support/testApp';

const SECRET = 'test-signin-secret-of-at-least-32-characters';
const D01 = DEMO_DEBTORS.D01.number;
const D02 = DEMO_DEBTORS.D02.number;
const D08 = DEMO_DEBTORS.D08.number;
/** Passes the mod-11 check, but no claim has it. */
const UNKNOWN = '5000056789012345';

/** The demo data's reference date; the lock-out test moves it forward (never back: locks would return). */
let now = new Date('2026-11-22T10:00:00+01:00');
const clock = { now: () => now };

function signinToken(debtorId: string, secret = SECRET): string {
  const iat = Math.floor(now.getTime() / 1000);
  return jwt.sign({ debtorId, iat, exp: iat + 3600 }, secret, { algorithm: 'HS256' });
}

async function lookup(conversation: TestConversation, number: string, postcode: string): Promise<string> {
  await conversation.say('Hoeveel moet ik nog betalen?');
  await conversation.say(number);
  return plain(await conversation.say(postcode));
}

describe('fine lookup through POST /api/messages', () => {
  // The lock-out test types faster than the per-conversation rate limit allows a citizen.
  const env = { MONGODB_DB: `lookup_${Date.now()}`, SIGNIN_TOKEN_SECRET: SECRET, ...FAST_TYPIST };
  const assistant = useAppWithMongo(env, { clock });

  it('D01: asks the number and the postcode, then shows € 129,00 due 15 december 2026 with what it means', async () => {
    const c = assistant.app.conversation();
    await c.start();
    const askNumber = plain(await c.say('Hoeveel moet ik nog betalen voor mijn boete?'));
    expect(askNumber).toMatch(/CJIB-nummer/);
    expect(askNumber).toMatch(/16 cijfers, rechtsboven/);
    expect(plain(await c.say('9698 9486 1458 0658'))).toMatch(/postcode van het adres/);
    const replies = await c.say('8911 AB');
    const answer = plain(replies);
    expect(answer).toMatch(/Snelheidsovertreding van 14 km\/u binnen de bebouwde kom/);
    expect(answer).toMatch(/€ 129,00/);
    expect(answer).toMatch(/15 december 2026/);
    expect(answer).toMatch(/"Open"/);
    expect(answer).toMatch(/U kunt deze boete nu betalen/);
    expect(answer).toMatch(/Totaal nog te betalen: € 129,00/);
    // The card where cards work, and the offers as choices.
    expect(
      replies.some((a) => a.attachments?.[0]?.contentType === 'application/vnd.microsoft.card.adaptive'),
    ).toBe(true);
    for (const offer of ['Hoe betaal ik', 'Betalen in termijnen', 'Bezwaar maken', 'Medewerker spreken'])
      expect(answer).toContain(offer);
    expect(answer).not.toContain(D01);

    const audit = await assistant.db.collection('lookupAudit').find({ conversationId: c.id }).toArray();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      channelId: 'webchat',
      via: 'cjibNumber',
      outcome: 'found',
      debtorId: 'D01',
      cjibNumberMasked: '••••••••••••0658',
    });
    expect(JSON.stringify(audit)).not.toContain(D01);
  });

  it('D01 in English: €129.00 and 15 December 2026', async () => {
    const c = assistant.app.conversation({ locale: 'en-GB' });
    await c.start();
    await c.say('How much do I still have to pay?');
    await c.say(D01);
    const answer = plain(await c.say('8911AB'));
    expect(answer).toMatch(/Speeding by 14 km\/h in a built-up area/);
    expect(answer).toMatch(/€129\.00/);
    expect(answer).toMatch(/15 December 2026/);
  });

  it('D02: both claims with their stage and the total', async () => {
    const c = assistant.app.conversation();
    await c.start();
    const answer = await lookup(c, D02, '3512kl');
    expect(answer).toMatch(/Snelheidsovertreding van 22 km\/u op de autosnelweg/);
    expect(answer).toMatch(/Door rood licht rijden/);
    expect(answer).toMatch(/Eerste aanmaning/);
    expect(answer).toMatch(/€ 262,50/);
    expect(answer).toMatch(/26 augustus 2026 \(verstreken\)/);
    expect(answer).toMatch(/€ 289,00/);
    expect(answer).toMatch(/9 december 2026/);
    expect(answer).toMatch(/Totaal nog te betalen: € 551,50/);
  });

  it('D08: says the fine is paid and offers no payment', async () => {
    const c = assistant.app.conversation();
    await c.start();
    await c.say('Is mijn boete al betaald?');
    await c.say(D08);
    const answer = plain(await c.say('2511 CV'));
    expect(answer).toMatch(/alles is betaald/);
    expect(answer).toMatch(/Betaald/);
    expect(answer).toMatch(/€ 0,00/);
    expect(answer).not.toMatch(/Hoe betaal ik|Betalen in termijnen/);
  });

  it('a wrong postcode answers exactly like an unknown number, and five failures lock the conversation and the number', async () => {
    const c = assistant.app.conversation();
    await c.start();
    const wrongPostcode = await lookup(c, D01, '1234 AB');
    await c.say(UNKNOWN);
    const unknownNumber = plain(await c.say('8911 AB'));
    expect(wrongPostcode).toMatch(/geen boete vinden/);
    expect(unknownNumber.replace(/.*?(Ik kan geen)/, '$1')).toBe(
      wrongPostcode.replace(/.*?(Ik kan geen)/, '$1'),
    );
    expect(wrongPostcode).not.toMatch(/€|Jan de Vries|D01/);

    await c.say(D01);
    await c.say('1111 AA');
    await c.say(D01);
    await c.say('2222 BB');
    await c.say(D01);
    const fifth = plain(await c.say('3333 CC'));
    expect(fifth).toMatch(/15 minuten/);
    expect(fifth).toMatch(/medewerker/);

    // Locked in this conversation, even with the right postcode.
    const again = plain(await c.say('Hoeveel moet ik nog betalen?'));
    expect(again).toMatch(/tijdelijk geblokkeerd/);
    expect(again).not.toMatch(/€/);

    // The number is locked in another conversation too; another number is not.
    const other = assistant.app.conversation({ channelId: 'directline' });
    await other.start();
    // Not "in this conversation": the number is what is locked here.
    const locked = await lookup(other, D01, '8911 AB');
    expect(locked).toMatch(/tijdelijk geblokkeerd.*hoeft niet door u te komen/);
    expect(locked).not.toMatch(/in dit gesprek/);
    const third = assistant.app.conversation();
    await third.start();
    expect(await lookup(third, D08, '2511 CV')).toMatch(/Betaald/);

    // After 15 minutes both work again.
    now = new Date(now.getTime() + 15 * 60 * 1000 + 1000);
    expect(await lookup(c, D01, '8911 AB')).toMatch(/€ 129,00/);

    const lock = await assistant.db.collection('lookupLocks').find({}).toArray();
    expect(JSON.stringify(lock)).not.toContain(D01);
    const outcomes = (
      await assistant.db.collection('lookupAudit').find({ conversationId: c.id }).sort({ at: 1 }).toArray()
    ).map((d) => d.outcome);
    expect(outcomes).toEqual([
      'postcode_mismatch',
      'unknown_number',
      'postcode_mismatch',
      'postcode_mismatch',
      'locked_now',
      'found',
    ]);
  });

  it('does not ask again for a number given in the first message', async () => {
    const c = assistant.app.conversation();
    const first = plain(await c.say('Wat is de stand van mijn boete 9698.9486.1458.0658?'));
    expect(first).toMatch(/digitale assistent/);
    expect(first).toMatch(/postcode van het adres/);
    expect(first).not.toMatch(/CJIB-nummer nodig/);
    expect(plain(await c.say('8911AB'))).toMatch(/€ 129,00/);
  });

  it('does not ask again for a number given earlier in the conversation, in another question', async () => {
    const c = assistant.app.conversation();
    await c.start();
    // (A question how to pay; "wat moet ik betalen voor …?" asks what is owed, which is the lookup.)
    expect(plain(await c.say('Hoe betaal ik de boete met CJIB-nummer 9698 9486 1458 0658?'))).not.toMatch(
      /postcode/,
    );
    const ask = plain(await c.say('Welke boetes heb ik openstaan?'));
    expect(ask).toMatch(/postcode van het adres/);
    expect(ask).not.toMatch(/CJIB-nummer nodig/);
    expect(plain(await c.say('8911 ab'))).toMatch(/€ 129,00/);
  });

  it('takes spoken digits on the phone and answers in speakable SSML', async () => {
    const c = assistant.app.conversation({ channelId: 'telephony' });
    const ask = await c.say('ik wil weten hoeveel ik nog moet betalen');
    expect(ask.some((a) => /zestien cijfers/.test(a.speak ?? ''))).toBe(true);
    await c.say('negen zes negen acht negen vier acht zes een vier vijf acht nul zes vijf acht');
    const replies = await c.say('acht negen een een a b');
    const speak = replies.map((a) => a.speak ?? '').join(' ');
    expect(speak).toMatch(/<speak/);
    expect(speak).toMatch(/129 euro/);
    expect(speak).toMatch(/dinsdag 15 december 2026/);
    expect(replies.every((a) => !a.attachments?.length)).toBe(true);
    expect(speak).not.toMatch(/€/);
  });

  it('foreign postcodes and amounts in German and Polish', async () => {
    const de = assistant.app.conversation({ locale: 'de-DE' });
    await de.start();
    await de.say('Wie viel muss ich noch bezahlen?');
    await de.say('0543 7930 5815 5523');
    const german = plain(await de.say('D-47533'));
    expect(german).toMatch(/4\.359,00 €/);
    expect(german).toMatch(/27\. Mai 2026 \(abgelaufen\)/);
    expect(german).toMatch(/Zweite Mahnung/);

    const pl = assistant.app.conversation({ locale: 'pl-PL' });
    await pl.start();
    await pl.say('Ile muszę jeszcze zapłacić?');
    await pl.say('1624689630323359');
    const polish = plain(await pl.say('61-001'));
    expect(polish).toMatch(/167,00 €/);
    expect(polish).toMatch(/22 grudnia 2026/);
  });

  it('reads a number that fails the check digit back, and goes on when the citizen confirms it', async () => {
    const c = assistant.app.conversation();
    await c.start();
    await c.say('Hoeveel moet ik betalen?');
    const check = plain(await c.say('9698 9486 1458 0659'));
    expect(check).toMatch(/9698 9486 1458 0659/);
    expect(check).toMatch(/Klopt het nummer/);
    expect(plain(await c.say('ja'))).toMatch(/postcode/);
    expect(plain(await c.say('8911 AB'))).toMatch(/geen boete vinden/);
  });

  it('the signed-in path lists every open claim without a question (channelData token)', async () => {
    const c = assistant.app.conversation({ extra: { channelData: { signinToken: signinToken('D13') } } });
    await c.start();
    const answer = plain(await c.say('Welke boetes heb ik openstaan?'));
    expect(answer).not.toMatch(/CJIB-nummer nodig|postcode/);
    expect(answer).toMatch(/Snelheidsovertreding van 35 km\/u op de autosnelweg/);
    expect(answer).toMatch(/Door rood licht rijden/);
    expect(answer).toMatch(/Totaal nog te betalen: € 1.420,00/);
    const audit = await assistant.db.collection('lookupAudit').find({ conversationId: c.id }).toArray();
    expect(audit[0]).toMatchObject({ via: 'signin', outcome: 'found', debtorId: 'D13' });
  });

  it('the signed-in path through a "signin" event and through from.properties', async () => {
    const byEvent = assistant.app.conversation();
    await byEvent.start();
    expect(
      await byEvent.post({ type: 'event', name: 'signin', value: { token: signinToken('D01') } }),
    ).toEqual([]);
    expect(plain(await byEvent.say('Hoeveel moet ik betalen?'))).toMatch(/€ 129,00/);

    const byUserData = assistant.app.conversation({
      extra: { from: { id: 'u-signed', properties: { signinToken: signinToken('D02') } } as never },
    });
    await byUserData.start();
    expect(plain(await byUserData.say('Hoeveel moet ik betalen?'))).toMatch(/€ 551,50/);
  });

  it('a token with a wrong signature is refused and the number is asked', async () => {
    const c = assistant.app.conversation({
      extra: {
        channelData: { signinToken: signinToken('D13', 'another-secret-of-at-least-32-characters!') },
      },
    });
    await c.start();
    const answer = plain(await c.say('Welke boetes heb ik openstaan?'));
    expect(answer).toMatch(/inlog niet bevestigen/);
    expect(answer).toMatch(/CJIB-nummer/);
    expect(answer).not.toMatch(/€/);
  });

  it('answers help mid-flow and asks again; stop ends the lookup', async () => {
    const c = assistant.app.conversation();
    await c.start();
    await c.say('Hoeveel moet ik betalen?');
    const help = plain(await c.say('help'));
    expect(help).toMatch(/Ik kan u helpen met/);
    expect(help).toMatch(/CJIB-nummer nodig/);
    expect(plain(await c.say('stop'))).toMatch(/ik ben gestopt/i);
  });

  it('answers a question mid-flow and asks for the number again', async () => {
    const c = assistant.app.conversation();
    await c.start();
    await c.say('Hoeveel moet ik betalen?');
    const answer = plain(await c.say('hoe lang heb ik om te betalen?'));
    expect(answer).toMatch(/8 weken/);
    // (The date itself follows from the lookup, which asks for the number again.)
    expect(answer).toMatch(/CJIB-nummer (nodig|op uw brief)/);
    await c.say(D01);
    expect(plain(await c.say('8911 AB'))).toMatch(/€ 129,00/);
  });

  it('takes the offers by number: instalments start without asking who the citizen is again', async () => {
    const c = assistant.app.conversation();
    await c.start();
    await lookup(c, D02, '3512 KL');
    const arrangement = plain(await c.say('2'));
    expect(arrangement).not.toMatch(/CJIB-nummer nodig|postcode van het adres/);
    expect(arrangement).toMatch(/€ 551,50|termijn/i);
    const again = assistant.app.conversation();
    await again.start();
    await lookup(again, D01, '8911 AB');
    expect(plain(await again.say('1'))).toMatch(/betaal|iDEAL/i);
  });

  it('says kindly where the number is when the answer is not one', async () => {
    const c = assistant.app.conversation();
    await c.start();
    await c.say('Hoeveel moet ik betalen?');
    expect(plain(await c.say('123 456 789 012'))).toMatch(/12 cijfers.*16.*rechtsboven/);
  });
});

describe('fine lookup when the back office is down', () => {
  const down: CollectionSystem = new Proxy({} as CollectionSystem, {
    get: () => async () => {
      throw new CollectionUnavailableError('down');
    },
  });
  const assistant = useTestApp({ STORAGE: 'memory' }, { clock, collection: down });

  it('apologises, offers a person and counts no failed attempt', async () => {
    const c = assistant.app.conversation();
    await c.start();
    const answer = await lookup(c, D01, '8911 AB');
    expect(answer).toMatch(/niet opvragen/);
    // The yes/no choices answer a question the reply asks (not "try again later. [Ja | Nee]").
    expect(answer).toMatch(/Wilt u nu een medewerker spreken\?/);
    expect(answer).toMatch(/Ja/);
    expect(answer).not.toMatch(/geen boete vinden/);
  });
});

describe('fine lookup against the back office over HTTP (COLLECTION_SYSTEM_URL)', () => {
  let backOffice: RunningBackOffice;
  let app: TestApp;

  beforeAll(async () => {
    backOffice = await startBackOffice({ port: 0, memory: true, clock });
    app = await startTestApp(
      { STORAGE: 'memory', COLLECTION_SYSTEM_URL: backOffice.url, COLLECTION_RETRY_BACKOFF_MS: '10' },
      { clock },
    );
  });
  afterAll(async () => {
    await app?.close();
    await backOffice?.close();
  });

  it('answers from the HTTP back office, through a failing call', async () => {
    const c = app.conversation();
    await c.start();
    backOffice.http.faults.failNext = 1;
    expect(await lookup(c, D01, '8911 AB')).toMatch(/€ 129,00/);
    expect(backOffice.http.received.map((r) => r.path)).toEqual([
      `/claims/${D01}`,
      `/claims/${D01}`,
      '/debtors/D01',
      '/debtors/D01/open-claims',
    ]);
  });
});
