/**
 * "Hoe lang heb ik om te betalen?" while the lookup asks for the number or the postcode: the term,
 * without the offer to look the fine up (it is being looked up); in the arrangement after the fine
 * was found: its own dates. Asked at the start, the offer stays.
 */
import { answersTo, FAST_TYPIST, useTestApp } from '../support/appForTests';
import { textOf } from '../support/testApp';

const TERM = /8 weken|8 weeks|8 Wochen|8 tygodni/;
const OFFER =
  /Ik kan uw boete voor u opzoeken|I can look up your fine for you|Ich kann Ihr Bußgeld für Sie nachsehen|Mogę sprawdzić mandat/;

describe('the payment term mid-lookup: no offer to look the fine up', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['nl-NL', 'boete opzoeken', 'hoeveel tijd heb ik om te betalen?', '9698948614580658'],
    ['nl-NL', 'mijn boete opzoeken', 'wat is de betaaltermijn?', '9698948614580658'],
    ['en-GB', 'look up my fine', 'how long do I have to pay?', '9698948614580658'],
    ['de-DE', 'Bußgeld nachsehen', 'wie lange habe ich Zeit zum Zahlen?', '0543793058155523'],
  ])('%s: at the number and at the postcode, "%s" … "%s"', async (locale, start, question, number) => {
    const c = await assistant.open({ locale });
    await c.say(start);
    const atNumber = textOf(await c.say(question));
    expect(atNumber).toMatch(TERM);
    expect(atNumber).not.toMatch(OFFER);
    await c.say(number);
    const atPostcode = textOf(await c.say(question));
    expect(atPostcode).toMatch(TERM);
    expect(atPostcode).not.toMatch(OFFER);
  });

  it.each([
    ['nl-NL', 'betalingsregeling', '9698948614580658', '8911 AB', 'hoeveel tijd heb ik om te betalen?'],
    ['en-GB', 'payment arrangement', '9698948614580658', '8911 AB', 'how long do I have to pay?'],
    ['de-DE', 'Ratenzahlung', '0543793058155523', '47533', 'wie lange habe ich Zeit zum Zahlen?'],
  ])('%s: in the arrangement after the lookup', async (locale, start, number, postcode, question) => {
    const c = await assistant.open({ locale });
    await c.say(start);
    await c.say(number);
    await c.say(postcode);
    const reply = textOf(await c.say(question));
    // The fines' own dates and the schedule's first instalment.
    expect(reply).toMatch(/eerste termijn|first instalment|erste Rate/);
    expect(reply).not.toMatch(OFFER);
  });

  it.each([
    ['nl-NL', 'hoeveel tijd heb ik om te betalen?'],
    ['en-GB', 'how long do I have to pay?'],
    ['de-DE', 'wie lange habe ich Zeit zum Zahlen?'],
    ['pl-PL', 'ile mam czasu na zapłatę?'],
  ])('%s: asked at the start, the offer stays: "%s"', async (locale, question) => {
    const [answer] = await answersTo(assistant, locale, question);
    expect(answer).toMatch(TERM);
    expect(answer).toMatch(OFFER);
  });
});
