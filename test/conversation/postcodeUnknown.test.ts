/**
 * A citizen who does not know the postcode (a seasonal worker whose letter went to the agency) is
 * told it is the postcode of the address the letter went to, also when he does not live there, and
 * after a second "don't know" is not asked a third time: a person and the Digitaal Loket are offered.
 */
import { textOf } from '../support/testApp';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';

const OTHER_ADDRESS = /uitzendbureau|employment agency|Zeitarbeitsfirma|agencji pracy/;
const UNKNOWN = /Digitaal Loket[^]*(medewerker spreken|member of staff\?|Mitarbeiter sprechen|z pracownikiem\?)/;
const POSTCODE_AGAIN = /Wat is (de|die) postcode|What is (the|that) postcode|Wie lautet (die|diese) Postleitzahl|Jaki (jest ten|to) kod/;

describe('the postcode not known at the lookup', () => {
  const assistant = useTestApp(FAST_TYPIST);

  const toPostcode = async (channelId: string, locale: string, ask: string) => {
    const c = await assistant.open({ channelId, locale });
    await c.say(ask);
    await c.say('1624689630323359');
    return c;
  };

  it('pl: the hostel, then the agency: which postcode, then a person and DigiD instead of a third question', async () => {
    const c = await toPostcode('webchat', 'pl-PL', 'raty prosze');
    const first = textOf(await c.say('nie pamietam kodu pocztowego, mieszkam teraz w holandii w hostelu'));
    expect(first).toMatch(OTHER_ADDRESS);
    const second = textOf(await c.say('nie wiem, list przyszedl do biura pracy (uitzendbureau)'));
    expect(second).toMatch(UNKNOWN);
    expect(second).not.toMatch(POSTCODE_AGAIN);
  });

  it.each([
    ['sms', 'nl-NL', 'regeling', 'weet ik niet', 'nee, weet ik echt niet'],
    ['webchat', 'en-GB', 'instalments', "I don't know", 'no idea'],
    ['webchat', 'de-DE', 'Ratenzahlung', 'keine Ahnung', 'weiß ich nicht'],
    ['webchat', 'pl-PL', 'raty', 'nie wiem', 'nie wiem'],
  ])('%s %s: "%s" hears which postcode; "%s" then gets the other ways', async (channelId, locale, ask, once, twice) => {
    const c = await toPostcode(channelId, locale, ask);
    expect(textOf(await c.say(once))).toMatch(POSTCODE_AGAIN);
    expect(textOf(await c.say(twice))).toMatch(UNKNOWN);
  });

  it('de: the letter went to the agency, the postcode found there is looked up', async () => {
    const c = await toPostcode('webchat', 'de-DE', 'Ratenzahlung');
    expect(textOf(await c.say('der Brief ging an meine Zeitarbeitsfirma'))).toMatch(OTHER_ADDRESS);
    expect(textOf(await c.say('61-001'))).toMatch(/167,00 €/);
  });
});
