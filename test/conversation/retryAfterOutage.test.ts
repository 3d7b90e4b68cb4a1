/**
 * The back office is down at the lookup: the apology offers a person. "Kunt u het nog eens
 * proberen?" then does the lookup again with the number and postcode already given (not the
 * postcode question again), and shows the fines once the back office is back; in every language,
 * and for an arrangement the arrangement goes on.
 */
import { startBackOffice, type RunningBackOffice } from '../../scripts/backoffice';
import { textOf } from '../support/testApp';
import { startTestApp, type TestApp } from '../support/testApp';

const clock = { now: () => new Date('2026-11-22T10:00:00+01:00') };

describe('trying the lookup again after the back office was down', () => {
  let backOffice: RunningBackOffice;
  let app: TestApp;

  beforeAll(async () => {
    backOffice = await startBackOffice({ port: 0, memory: true, clock });
    app = await startTestApp(
      {
        STORAGE: 'memory',
        COLLECTION_SYSTEM_URL: backOffice.url,
        COLLECTION_RETRIES: '0',
        COLLECTION_BREAKER_THRESHOLD: '1000',
        RATE_LIMIT_CONVERSATION_BURST: '100',
      },
      { clock },
    );
  });
  afterAll(async () => {
    await app?.close();
    await backOffice?.close();
  });

  async function outageThen(
    locale: string,
    start: string,
    retry: string,
    channelId = 'webchat',
  ): Promise<string[]> {
    const c = app.conversation({ locale, channelId });
    await c.start();
    await c.say(start);
    await c.say('9698948614580658');
    backOffice.http.faults.failNext = 100;
    backOffice.http.faults.failStatus = 503;
    const apology = textOf(await c.say('8911 AB'));
    backOffice.http.faults.failNext = 0;
    return [apology, textOf(await c.say(retry))];
  }

  it.each([
    ['nl-NL', 'boete opzoeken', 'kunt u het nog eens proberen', /niet opvragen/, /nog een keer/, /€ 129,00/],
    ['nl-NL', 'boete opzoeken', 'probeer nog eens', /niet opvragen/, /nog een keer/, /€ 129,00/],
    ['en-GB', 'look up my fine', 'can you try again?', /technical fault/, /try again with/, /€129\.00/],
    [
      'de-DE',
      'Bußgeld nachschlagen',
      'versuchen Sie es bitte noch mal',
      /Störung/,
      /noch einmal/,
      /129,00 €/,
    ],
    ['pl-PL', 'sprawdź mandat', 'spróbuj jeszcze raz', /awari/, /jeszcze raz/, /129,00 €/],
  ])('%s: "%s" … "%s"', async (locale, start, retry, apologised, retrying, found) => {
    const [apology, reply] = await outageThen(locale, start, retry);
    expect(apology).toMatch(apologised);
    expect(reply).toMatch(retrying);
    expect(reply).toMatch(found);
    expect(reply).not.toMatch(
      /postcode van het adres|postcode of the address|Postleitzahl der Adresse|kod pocztowy adresu/,
    );
  });

  it('phone nl, for an arrangement: the schedule after "probeer het opnieuw"', async () => {
    const [, reply] = await outageThen('nl-NL', '2', 'probeer het opnieuw', 'telephony');
    expect(reply).toMatch(/nog een keer/);
    expect(reply).toMatch(/betalingsregeling|termijn|129 euro/);
    expect(reply).not.toMatch(/Wat is de postcode/);
  });
});
