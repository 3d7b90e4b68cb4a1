import { useArrangementRound } from '../support/arrangementRound';
import { oneLine as plain } from '../support/replyText';

/**
 * While the schedule is on offer, a question about paying the total at once or early is a question:
 * answered, and the schedule asked again (it turned the arrangement down in Polish). After a no or
 * "I'll pay it all at once", the schedule's own yes ("tak, złóż wniosek", "doch beantragen") brings
 * the offer back rather than the ways to pay. "What if I forget an instalment?" is answered by
 * DOMAIN.md §1.7 in nl, en, de and pl, and the offer goes on.
 */

const PLAN_ASK = {
  nl: /Wilt u deze betalingsregeling aanvragen\?/,
  en: /Would you like to request this payment arrangement\?/,
  de: /Möchten Sie diese Ratenzahlung beantragen\?/,
  pl: /Czy chce Pan\/Pani złożyć wniosek o ten plan spłaty w ratach\?/,
};
const NO_ANSWER = /geen precies antwoord|no exact answer|keine genaue Antwort|dokładnej odpowiedzi/;

describe('questions at the offer, and the offer back after turning it down', () => {
  const { talk, schedule } = useArrangementRound();

  it('pl: "a czy mogę spłacić wcześniej całość?" is answered, then "tak, złóż wniosek" files the request', async () => {
    const c = talk('pl');
    await schedule(c, 'D12', 'pl');
    const early = plain(await c.say('a czy mogę spłacić wcześniej całość?'));
    expect(early).not.toMatch(/nie składam wniosku o raty\. Zapłaci Pan\/Pani całą kwotę/);
    expect(early).toMatch(/167,00 € jednorazowo/);
    expect(early).toMatch(PLAN_ASK.pl);
    expect(plain(await c.say('tak, złóż wniosek'))).toMatch(/adresem e-mail lub numerem telefonu/);
    expect(plain(await c.say('+48 601 234 567'))).toMatch(/Czy mam teraz wysłać wniosek/);
    expect(plain(await c.say('tak, wyślij'))).toMatch(/numer referencyjny to \*\*BR-2026-\d{8}/);
  });

  it.each([
    ['nl', 'D01', 'kan ik het ook in één keer betalen?', /€ 129,00 in één keer betalen/],
    ['en', 'D02', 'can I pay it all at once instead?', /€551\.50 in one go/],
    ['de', 'D13', 'kann ich auch alles auf einmal zahlen?', /1\.420,00 € auf einmal zahlen/],
  ] as const)('%s: "%s" is answered and the schedule asked again', async (lang, debtor, question, total) => {
    const c = talk(lang);
    await schedule(c, debtor, lang);
    const reply = plain(await c.say(question));
    expect(reply).toMatch(total);
    expect(reply).toMatch(PLAN_ASK[lang]);
  });

  it.each([
    ['nl', 'D01', 'ik betaal alles in een keer', 'ja, toch aanvragen'],
    ['en', 'D02', "I'll pay it all at once", 'yes, request it'],
    ['de', 'D13', 'ich zahle alles auf einmal', 'doch beantragen'],
    ['pl', 'D12', 'wolę zapłacić wszystko od razu', 'tak, złóż wniosek'],
  ] as const)('%s: after "%s", "%s" brings the offer back', async (lang, debtor, atOnce, back) => {
    const c = talk(lang);
    await schedule(c, debtor, lang);
    expect(plain(await c.say(atOnce))).not.toMatch(PLAN_ASK[lang]);
    const again = plain(await c.say(back));
    expect(again).toMatch(PLAN_ASK[lang]);
    expect(again).not.toMatch(/iDEAL/);
  });

  it('nl: a plain "ja" after "alles in één keer" still gets the ways to pay', async () => {
    const c = talk('nl');
    await schedule(c, 'D01', 'nl');
    await c.say('ik betaal alles in een keer');
    expect(plain(await c.say('ja'))).toMatch(/iDEAL/);
  });

  it.each([
    ['de', 'D11', 'Was passiert, wenn ich eine Rate mal vergesse?', /Mahnung mit einer gesetzlichen Erhöhung/],
    ['nl', 'D01', 'wat gebeurt er als ik een termijn vergeet?', /aanmaning met een wettelijke verhoging/],
    ['en', 'D02', 'what happens if I forget to pay an instalment?', /reminder with a statutory increase/],
    ['pl', 'D12', 'co się stanie, jeśli zapomnę zapłacić ratę?', /upomnienie z ustawową podwyżką/],
  ] as const)('%s: "%s" is answered, and the offer goes on', async (lang, debtor, question, answer) => {
    const c = talk(lang);
    await schedule(c, debtor, lang);
    const reply = plain(await c.say(question));
    expect(reply).toMatch(answer);
    expect(reply).not.toMatch(NO_ANSWER);
    expect(reply).toMatch(PLAN_ASK[lang]);
  });
});
