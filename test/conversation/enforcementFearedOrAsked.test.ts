/**
 * Enforcement feared or asked about as a possibility (DOMAIN.md §2.5, §6): the frightened citizen is
 * reassured first (only with a judge, a last step, not when someone truly cannot pay; arrangement,
 * noodstop, a person), never the list of what may follow; "is my licence taken if I don't pay?" hears
 * first when it can come to that, not the answer for a licence already taken with a handoff pushed.
 */
import { textOf } from '../support/testApp';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';

/** The general list of enforcement steps. */
const LIST = /beslag leggen op uw loon|seizing part of your wages|Lohn oder|zająć część wynagrodzenia/;

describe('enforcement feared or asked about', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['nl-NL', 'kunnen ze me echt opsluiten voor een paar boetes??? ik ben zo bang', /^Wat naar[\s\S]*allerlaatste[\s\S]*echt niet kan betalen/],
    ['en-GB', "can they really lock me up for a few fines? i'm so scared", /last[\s\S]*judge[\s\S]*truly cannot pay/],
    ['de-DE', 'Können die mich wirklich einsperren wegen ein paar Strafzetteln? Ich habe solche Angst', /^Es tut mir leid[\s\S]*allerletzter[\s\S]*wirklich nicht zahlen kann/],
    ['pl-PL', 'czy naprawdę mogą mnie zamknąć za kilka mandatów? bardzo się boję', /^Przykro mi[\s\S]*ostatni[\s\S]*naprawdę nie może zapłacić/],
  ])('%s: the frightened citizen is reassured first, not given the list', async (locale, said, expected) => {
    const c = await assistant.open({ locale });
    const replies = await c.say(said);
    const reply = textOf(replies);
    expect(reply).toMatch(expected);
    expect(reply).not.toMatch(LIST);
    expect(replies.flatMap((r) => r.suggestedActions?.actions ?? []).length).toBeGreaterThan(0);
  });

  it.each([
    ['nl-NL', 'word mn rijbewijs afgepakt als ik niet betaal', /Niet meteen[\s\S]*2 aanmaningen[\s\S]*4 weken/],
    ['nl-NL', 'pakken ze mijn auto af als ik niet betaal?', /Niet meteen/],
    ['en-GB', "will they take my driving licence if I don't pay?", /Not straight away[\s\S]*2 reminders/],
    ['de-DE', 'Nehmen die mir den Führerschein weg, wenn ich nicht zahle?', /Nicht sofort[\s\S]*2 Mahnungen/],
    ['pl-PL', 'czy zabiorą mi prawo jazdy jeśli nie zapłacę?', /Nie od razu[\s\S]*2 upomnieniach/],
  ])('%s: "%s" is a possibility, not a licence taken', async (locale, said, expected) => {
    const c = await assistant.open({ locale });
    const reply = textOf(await c.say(said));
    expect(reply).toMatch(expected);
    expect(reply).not.toMatch(/Is uw auto of uw rijbewijs ingenomen|Wilt u nu met een medewerker|Rozumiem, że wolałby/);
  });

  it('a licence already taken still gets what to do now', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    expect(textOf(await c.say('mijn rijbewijs is ingenomen, hoe krijg ik het terug'))).toMatch(
      /brief die u kreeg|tot 4 weken/,
    );
  });

  it('"can they lock me up for fines?" hears first that it needs the judge', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    expect(textOf(await c.say('kunnen ze me opsluiten voor een paar boetes?'))).toMatch(
      /^Voor een verkeersboete kan dat alleen als allerlaatste stap/,
    );
  });
});
