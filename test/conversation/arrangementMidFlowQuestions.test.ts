/**
 * Questions in the middle of the arrangement flow are answered and the same step is asked again
 * (DESIGN.md "Conversations"): which fine is in the schedule (by what it was for or its amount),
 * interest, the monthly amount at the confirmation, fewer instalments, a later start; and moving in
 * the flow: "terug" one step back with the rest kept, "opnieuw beginnen" the request again, and a
 * second thought after "Nee, nu niet" that starts it again.
 */
import { textOf } from '../support/testApp';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';

const ASK = /Wilt u deze betalingsregeling aanvragen\?|Wilt u deze regeling aanvragen\?/;

describe('questions and moves in the middle of the arrangement flow', () => {
  const assistant = useTestApp(FAST_TYPIST, {}, 'test');

  const atSchedule = async (
    number: string,
    postcode: string,
    locale = 'nl-NL',
    ask = 'betalingsregeling',
  ) => {
    const c = await assistant.open({ locale });
    await c.say(ask);
    await c.say(number);
    const schedule = textOf(await c.say(postcode));
    return { c, schedule };
  };
  const say = async (c: { say(t: string): Promise<object[]> }, t: string) =>
    textOf((await c.say(t)) as never);

  it('nl, D02: "zit de boete van rood licht er ook in?" is answered from the schedule, and "Ja, aanvragen" then asks the contact (no noodstop, no queue)', async () => {
    const { c } = await atSchedule('5111395563629976', '3512 KL');
    const reply = await say(c, 'zit de boete van rood licht er ook in?');
    expect(reply).toMatch(/Ja, de boete 'Door rood licht rijden' \(€ 289,00\) zit in deze regeling/);
    expect(reply).toMatch(ASK);
    expect(reply).not.toMatch(/noodstop|medewerker spreken/);
    expect(await say(c, 'Ja, aanvragen')).toMatch(/Op welk e-mailadres of telefoonnummer/);
  });

  it('nl, D13: the fine of 309 euro is named by its amount; 50 a month never sounds approved', async () => {
    const { c } = await atSchedule('2342145524857394', '1071 DJ');
    const reply = await say(c, 'wat gebeurt er met de boete van 309 euro, zit die er ook in?');
    expect(reply).toMatch(/Door rood licht rijden' \(€ 309,00\) zit in deze regeling/);
    expect(reply).not.toMatch(/persoonlijke betalingsregeling/);
    expect(reply).toMatch(ASK);
    const own = await say(c, 'ik wil liever 50 euro per maand betalen');
    expect(own).not.toMatch(/U kunt € 50,00 per maand betalen/);
    expect(own).toMatch(/€ 50,00 per maand is minder dan de € 78,88 per maand/);
  });

  it('en, D13: "is the red light fine included?" names it', async () => {
    const { c } = await atSchedule('2342145524857394', '1071 DJ', 'en-GB', 'I want a payment plan');
    const reply = await say(c, 'is the red light fine included?');
    expect(reply).toMatch(/Yes, the fine 'Running a red light' \(€309\.00\) is in this arrangement/);
  });

  it('nl, D11: fewer instalments, a later fine, a later start and interest each get an answer, then the question again', async () => {
    const { c } = await atSchedule('0543 7930 5815 5523', '47533');
    const fewer = await say(c, 'ik wil het liever in 3 keer betalen, dan ben ik er sneller vanaf');
    expect(fewer).toMatch(/daarbij horen 36 maanden/);
    expect(fewer).toMatch(/Een ander aantal maanden kan ik in de standaardregeling niet kiezen/);
    // Said once: not again in other words ("zelf minder termijnen kiezen kan ik hier niet").
    expect(fewer).not.toMatch(/zelf minder termijnen kiezen/);
    expect(fewer).toMatch(/3 maanden hoort bij een bedrag in de groep tot € 120\./);
    expect(fewer).toMatch(/in één keer betalen/);
    expect(fewer).toMatch(ASK);
    expect(await say(c, 'wat als ik later nog een boete krijg?')).toMatch(
      /komt niet vanzelf in deze regeling[\s\S]*aanvragen/,
    );
    const later = await say(c, 'kan ik de eerste termijn pas in maart betalen');
    expect(later).toMatch(/De eerste termijn betaalt u uiterlijk/);
    expect(later).toMatch(/uitstel/);
    expect(later).not.toMatch(/8 weken/);
    expect(later).toMatch(ASK);
    const interest = await say(c, 'hoeveel rente betaal ik?');
    expect(interest).toMatch(/geen rente: 36 termijnen van € 121,08 zijn samen precies € 4\.359,00/);
    expect(interest).toMatch(ASK);
  });

  it('en, D13: "what is an emergency stop?" at the schedule and at the contact is answered, and the flow goes on; pl names a fine by what it was for', async () => {
    const { c } = await atSchedule('2342145524857394', '1071 DJ', 'en-GB', 'I want a payment plan');
    expect(await say(c, 'does the red light ticket count too?')).toMatch(
      /Yes, the fine 'Running a red light'/,
    );
    const what = await say(c, 'what is an emergency stop?');
    expect(what).toMatch(/noodstop/);
    expect(what).toMatch(/Would you like to request this payment arrangement\?/);
    expect(what).not.toMatch(/talk to a member of staff\?/);
    await c.say('yes');
    const again = await say(c, 'what does noodstop mean?');
    expect(again).toMatch(/At which e-mail address or phone number/);
    const pl = await atSchedule('5111395563629976', '3512 KL', 'pl-PL', 'chcę rozłożyć na raty');
    expect(await say(pl.c, 'czy mandat za czerwone światło też wchodzi?')).toMatch(
      /Tak, mandat „Przejazd na czerwonym świetle” \(289,00 €\) jest w tym planie/,
    );
  });

  it('pl, D09: "12 miesięcy to za długo, może być 6?" is about the months ("długo" is long, not a debt): no noodstop', async () => {
    const { c } = await atSchedule('1852906095141302', '7511 JE', 'pl-PL', 'raty');
    const reply = await say(c, '12 miesiecy to za dlugo, moze byc 6?');
    expect(reply).toMatch(/stałej tabeli/);
    expect(reply).not.toMatch(/noodstop|porozmawiać z pracownikiem/);
  });

  it('nl, D02: "ik kan niet betalen, ik heb schulden" is still the noodstop with a person offered', async () => {
    const { c } = await atSchedule('5111395563629976', '3512 KL');
    const reply = await say(c, 'ik kan niet betalen, ik heb schulden');
    expect(reply).toMatch(/noodstop/);
    expect(reply).toMatch(/Wilt u met een medewerker spreken\?/);
  });

  it('nl: interest asked at the postcode is answered, then the postcode is asked again', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    await c.say('betalingsregeling');
    await c.say('2342145524857394');
    const reply = await say(c, 'hoeveel rente betaal ik?');
    expect(reply).toMatch(/betaalt u geen rente/);
    expect(reply).toMatch(/schadevergoedingsmaatregel met wettelijke rente/);
    expect(reply).toMatch(/Wat is de postcode/);
    expect(reply).not.toMatch(/Met de postcode controleer ik/);
  });

  it('nl, D13: at the confirmation the monthly amount is said, "terug" goes back to the contact, and the request is filed with the new one', async () => {
    const { c } = await atSchedule('2342145524857394', '1071 DJ');
    await c.say('Ja, aanvragen');
    await c.say('s.t@example.com');
    const monthly = await say(c, 'wacht, wat was het maandbedrag ook alweer?');
    expect(monthly).toMatch(/18 maandelijkse termijnen van € 78,88/);
    expect(monthly).not.toMatch(/geen precies antwoord/);
    expect(monthly).toMatch(/Zal ik de aanvraag nu versturen\?/);
    const back = await say(c, 'terug');
    expect(back).toMatch(/een stap terug/);
    expect(back).toMatch(/Op welk e-mailadres of telefoonnummer/);
    expect(back).not.toMatch(/ik ben gestopt/);
    expect(await say(c, 'sarah@example.com')).toMatch(/17 termijnen van € 78,88 en een laatste termijn van € 79,04[\s\S]*sarah@example\.com/);
    expect(await say(c, 'Ja, versturen')).toMatch(/referentienummer is \*\*BR-/);
  });

  it('de, D11: "zurück" at the contact question shows the schedule again', async () => {
    const { c } = await atSchedule('0543 7930 5815 5523', '47533', 'de-DE', 'Ich möchte eine Ratenzahlung');
    await c.say('Ja, beantragen');
    const back = await say(c, 'zurück');
    expect(back).toMatch(/einen Schritt zurück/);
    expect(back).toMatch(/36 Monaten/);
  });

  it('nl, D02: after "Nee, nu niet" a second thought starts the request again; "ik wil opnieuw beginnen" starts it again mid-flow', async () => {
    const { c } = await atSchedule('5111395563629976', '3512 KL');
    expect(await say(c, 'Nee, nu niet')).toMatch(/niets aangevraagd/);
    const again = await say(c, 'ik heb me bedacht, ik wil hem toch aanvragen');
    expect(again).toMatch(/€ 551,50 in 12 maanden/);
    expect(again).toMatch(ASK);
    const over = await say(c, 'ik wil opnieuw beginnen');
    expect(over).toMatch(/we beginnen opnieuw met de aanvraag/);
    expect(over).not.toMatch(/ik ben gestopt/);
    expect(over).toMatch(ASK);
  });

  it('pl, D13: "od nowa" at the contact question starts the request again', async () => {
    const { c } = await atSchedule('2342145524857394', '1071 DJ', 'pl-PL', 'chcę rozłożyć na raty');
    await c.say('tak');
    expect(await say(c, 'od nowa')).toMatch(/zaczynamy wniosek od nowa/);
  });
});
