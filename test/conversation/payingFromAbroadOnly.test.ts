/**
 * Paying from outside the eurozone: only the international transfer to the IBAN and BIC on the letter
 * (and that cards or PayPal are not a way DOMAIN.md knows), once; not iDEAL, DigiD and every way again.
 */
import { FAST_TYPIST, useTestApp } from '../support/appForTests';
import { textOf } from '../support/testApp';

describe('paying from abroad, the transfer only', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['en-GB', 'webchat', 'whats the BIC / swift code for paying cjib from a uk bank'],
    ['en-US', 'whatsapp', 'can i pay with credit card or paypal? im in the states'],
    ['de-DE', 'webchat', 'Kann ich aus der Schweiz mit Kreditkarte bezahlen?'],
  ])('%s %s: "%s"', async (locale, channelId, question) => {
    const c = await assistant.open({ locale, channelId });
    const said = textOf(await c.say(question));
    expect(said).toMatch(/IBAN/);
    expect(said).not.toMatch(/iDEAL|DigiD/);
    expect(said.match(/IBAN/g)?.length).toBe(1);
  });
});
