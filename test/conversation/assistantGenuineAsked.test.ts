/**
 * "Is dit wel echt het CJIB?", "is this really the CJIB?", "ist das wirklich das CJIB?", "czy to
 * naprawdę CJIB?", alone or while the CJIB number is asked: who is answering, what it asks and never
 * asks, and how to check for oneself; not where the CJIB number is, not "not sure what you mean".
 * In the lookup the number is asked again after it.
 */
import { FAST_TYPIST, useTestApp } from '../support/appForTests';
import { oneLine } from '../support/replyText';

const WHO = /digitale assistent van het CJIB|CJIB's digital assistant|digitalen Assistenten des CJIB|cyfrowym asystentem CJIB/;
const NEVER = /nooit om uw bankgegevens|never ask for your bank details|nie nach Ihren Bankdaten|Nigdy nie proszę o dane bankowe/;
const WHERE_NUMBER = /achter het woord|next to the words|neben dem Wort|przy słowie/;
const NOT_SURE = /weet niet zeker|not sure what you mean|nicht sicher, was|nie jestem pewien/;

describe('is this really the CJIB?', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['nl-NL', 'boete opzoeken', 'is dit wel echt het CJIB?', /CJIB-nummer nodig/],
    ['en-GB', 'look up my fine', 'is this really the CJIB?', /I need the CJIB number/],
    ['de-DE', 'Bußgeld nachsehen', 'ist das wirklich das CJIB?', /brauche ich die CJIB-Nummer/],
    ['pl-PL', 'sprawdź mandat', 'czy to naprawdę CJIB?', /potrzebuję numeru CJIB/],
    ['nl-NL', 'boete opzoeken', 'is dit een officiële chat van het CJIB?', /CJIB-nummer nodig/],
    ['pl-PL', 'sprawdź mandat', 'czy to oficjalna strona CJIB?', /potrzebuję numeru CJIB/],
    ['en-GB', 'look up my fine', 'how do I know you are really from the CJIB?', /I need the CJIB number/],
  ])('%s: "%s"', async (locale, start, asked, numberAgain) => {
    const alone = oneLine((await (await assistant.open({ locale })).say(asked)));
    expect(alone).toMatch(WHO);
    expect(alone).toMatch(NEVER);
    expect(alone).not.toMatch(NOT_SURE);
    const c = await assistant.open({ locale });
    await c.say(start);
    const inLookup = oneLine(await c.say(asked));
    expect(inLookup).toMatch(WHO);
    expect(inLookup).not.toMatch(WHERE_NUMBER);
    expect(inLookup).toMatch(numberAgain);
  });
});
