/**
 * Which language staff speak is content, not a change of language (sweep 9b item 3): "spricht bei
 * euch jemand Deutsch?" in German gets an honest answer (not promised; Dutch in any case), the
 * alternatives and a person offered; the conversation's language stays; with a person asked for
 * "am besten auf Deutsch" the handoff says the same in a short note. nl/en/de/pl.
 */
import { textOf } from '../support/testApp';
import { useStaffedApp } from '../support/appForTests';

const SWITCHED = /Ich fahre auf Deutsch fort|Kontynuuję po polsku|I will continue in English|Ik ga verder in het/;

describe('what staff speak, asked', () => {
  const assistant = useStaffedApp();

  it.each([
    ['de-DE', 'spricht bei euch jemand deutsch?', /weiß ich nicht sicher/, /cjib\.nl\/de/, /Niederländisch/],
    ['pl-PL', 'czy jest ktoś kto mówi po polsku?', /Nie wiem na pewno/, /cjib\.nl\/pl/, /po niderlandzku/],
    ['nl-NL', 'spreekt een medewerker ook engels?', /weet ik niet zeker/, /cjib\.nl\/en/, /Nederlands/],
    ['en-US', 'does anyone there speak polish?', /I am not sure/, /cjib\.nl\/pl/, /Dutch/],
  ])('%s "%s": not promised, Dutch in any case, the alternatives and a person offered; no switch', async (locale, said, unsure, site, dutch) => {
    const c = await assistant.open({ locale });
    const reply = textOf(await c.say(said));
    expect(reply).toMatch(unsure);
    expect(reply).toMatch(site);
    expect(reply).toMatch(dutch);
    expect(reply).not.toMatch(SWITCHED);
    const yes = await c.say(locale.startsWith('pl') ? 'tak' : locale.startsWith('en') ? 'yes' : 'ja');
    expect(yes.find((a) => a.name === 'handoff.initiate')).toBeDefined();
  });

  it('pl-PL mid-flow: "a pracownik mówi po polsku?" at the CJIB number: answered, the question again, still Polish', async () => {
    const c = await assistant.open({ locale: 'pl-PL' });
    await c.say('raty');
    const reply = textOf(await c.say('a pracownik mowi po polsku?'));
    expect(reply).toMatch(/Nie wiem na pewno/);
    expect(reply).toMatch(/numer\w* CJIB/);
    expect(reply).not.toMatch(SWITCHED);
  });

  it('de-DE: a person asked for "am besten auf Deutsch": the note on the language, then the queue', async () => {
    const c = await assistant.open({ locale: 'de-DE' });
    const reply = await c.say('kann ich mit einem menschen sprechen? am besten auf deutsch');
    expect(textOf(reply)).toMatch(/Ob der Mitarbeiter Deutsch spricht, weiß ich nicht sicher/);
    expect(textOf(reply)).toMatch(/Warteschlange/);
  });

  it('pl-PL: "czy mogę rozmawiać z kimś po polsku przez telefon?": the language note, how to phone and a call back offered', async () => {
    const c = await assistant.open({ locale: 'pl-PL' });
    const reply = await c.say('czy moge rozmawiac z kims po polsku przez telefon?');
    expect(textOf(reply)).toMatch(/Nie wiem na pewno, czy pracownik mówi po polsku/);
    expect(textOf(reply)).toMatch(/cjib\.nl\/telefoonnummers/);
    expect(textOf(reply)).toMatch(/oddzwonić\?/);
    expect(textOf(reply)).not.toMatch(SWITCHED);
    expect(reply.find((a) => a.name === 'handoff.initiate')).toBeUndefined();
  });
});
