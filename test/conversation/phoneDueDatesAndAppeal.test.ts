/**
 * Looking up fines on the phone: a due date that has passed is said to have passed (text channels
 * show "(verstreken)"), and a fine under appeal is not counted in "in total you still have to pay"
 * right after the caller heard they need not pay it while the appeal runs. In Polish the weekday of
 * a date said after "do" takes its case ("do wtorku").
 */
import type { Activity } from 'botbuilder';
import { spokenSentences, textOf } from '../support/testApp';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';

/** Demo debtors (data/collection-demo.json); the demo's today is after D02's and D11's first due dates. */
const D02 = { number: '3338082450532785', postcode: '3512 KL' };
const D11 = { number: '0543793058155523', postcode: '47533' };
/** One fine, under appeal. */
const D05 = { number: '4516092382100863', postcode: '5611 EZ' };

type Lang = 'nl' | 'en' | 'de' | 'pl';
const LOCALE: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB', de: 'de-DE', pl: 'pl-PL' };
const LOOK_UP: Record<Lang, string> = {
  nl: 'boete opzoeken',
  en: 'look up my fine',
  de: 'Bußgeld nachsehen',
  pl: 'sprawdzić mój mandat',
};

describe('due dates and appeals on the phone', () => {
  const assistant = useTestApp(FAST_TYPIST);

  async function lookUp(
    lang: Lang,
    debtor: { number: string; postcode: string },
    channelId = 'telephony',
  ): Promise<Activity[]> {
    const c = await assistant.open({ channelId, locale: LOCALE[lang] });
    await c.say(LOOK_UP[lang]);
    await c.say(debtor.number);
    return c.say(debtor.postcode);
  }

  const heard = (replies: Activity[]): string => spokenSentences(replies).join(' ');

  it.each<[Lang, typeof D02, RegExp, RegExp | undefined]>([
    ['nl', D02, /26 augustus 2026. Die datum is verstreken\./, /9 december 2026\. U kunt/],
    ['en', D02, /26 August 2026. That date has passed\./, /9 December 2026\. You can/],
    ['de', D11, /27\. Mai 2026. Dieser Termin ist abgelaufen\./, undefined],
    ['pl', D11, /27 maja 2026. Ten termin już minął\./, undefined],
  ])(
    '%s: a due date that has passed is said to have passed, one still to come is not',
    async (lang, debtor, passed, coming) => {
      const said = heard(await lookUp(lang, debtor));
      expect(said).toMatch(passed);
      if (coming) expect(said).toMatch(coming);
    },
  );

  it.each<[Lang, RegExp, RegExp]>([
    ['nl', /In totaal moet u nog/, /214 euro staat dus stil: u hoeft nu niets te betalen\./],
    ['en', /In total you still have to pay/, /214 euros is on hold: you do not have to pay anything now\./],
    ['de', /Insgesamt müssen Sie noch/, /214 Euro ruht also: Sie müssen jetzt nichts zahlen\./],
    ['pl', /Łącznie musi/, /214 euro jest więc wstrzymana: teraz nie trzeba nic płacić\./],
  ])('%s: a fine under appeal is on hold, not part of a total to pay', async (lang, total, onHold) => {
    const said = heard(await lookUp(lang, D05));
    expect(said).not.toMatch(total);
    expect(said).toMatch(onHold);
  });

  it('chat keeps its card with "(verstreken)" and the total', async () => {
    const shown = textOf(await lookUp('nl', D02, 'webchat'));
    expect(shown).toMatch(/26 augustus 2026 \(verstreken\)/);
    expect(shown).toMatch(/Totaal nog te betalen: € 551,50/);
  });

  it('pl: "ile mam zapłacić?" hears the due date with its weekday in the case "do" asks', async () => {
    const c = await assistant.open({ channelId: 'telephony', locale: 'pl-PL' });
    await c.say(LOOK_UP.pl);
    await c.say('9698948614580658');
    await c.say('8911 AB');
    const said = heard(await c.say('ile mam zapłacić?'));
    expect(said).toMatch(/najpóźniej do wtorku, 15 grudnia 2026\./);
    expect(said).not.toMatch(/do wtorek/);
  });
});
