/**
 * A caller in the CJIB's name who demands payment or threatens arrest gets the scam warning (never pay
 * on a caller's demand, check yourself), not the detention answer with "how to pay" (DOMAIN.md §5).
 * Paying an ontnemingsmaatregel, a compensation order, a European or a court fine in parts never gets
 * months or a monthly amount from the traffic-fine table (DOMAIN.md §1.1, §1.3, §1.4, §1.7).
 */
import { textOf } from '../support/testApp';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';

/** Months or a monthly amount from the table ("36 maanden: ongeveer € 1.111,11 per maand"). */
const TABLE_AMOUNT =
  /\d+ (maanden|months|Monate|mies\.): (ongeveer|about|etwa|około)|\d+ (maanden|months|Monate|miesięcy) \(|tot € 120: 3 maanden/;

describe('a scam caller and sanctions outside the term table', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['nl-NL', 'ik werd gebeld door iemand van het cjib die zei dat ik moest betalen anders word ik opgepakt', /oplichting[\s\S]*Betaal nooit[\s\S]*Digitaal Loket[\s\S]*Fraudehelpdesk/],
    ['nl-NL', 'er belde net een meneer namens het cjib, ik moet vandaag 250 euro overmaken anders komt de deurwaarder', /oplichting[\s\S]*Betaal nooit/],
    ['en-GB', 'a guy called me saying he was from the CJIB and I must pay 300 euros today or the police will come', /scam[\s\S]*Never pay[\s\S]*Digitaal Loket/],
    ['de-DE', 'Jemand vom CJIB hat mich angerufen und gesagt, ich muss sofort zahlen, sonst werde ich verhaftet', /Betrug[\s\S]*Zahlen Sie nie/],
    ['pl-PL', 'dzwonił do mnie ktoś z cjib i kazał zapłacić bo inaczej areszt', /oszustwo[\s\S]*Nigdy nie należy płacić/],
  ])('%s: "%s" is warned, not sent to pay', async (locale, said, expected) => {
    const c = await assistant.open({ locale });
    const replies = await c.say(said);
    const reply = textOf(replies);
    expect(reply).toMatch(expected);
    expect(reply).not.toMatch(/gijzeling\)\?|kan zeggen hoeveel er betaald moet worden|Hoe betaal ik\?/);
  });

  it('the citizen who called the CJIB is not told it is a scam', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    const reply = textOf(await c.say('ik heb het cjib gebeld en moet nu 200 euro betalen, kan dat in termijnen?'));
    expect(reply).not.toMatch(/oplichting/);
  });

  it.each([
    ['nl-NL', 'ik heb een ontnemingsmaatregel van 40000 euro, kan ik dat in termijnen', /strenge voorwaarden[\s\S]*inkomsten en uitgaven[\s\S]*elk jaar/],
    ['en-GB', 'I have a confiscation order of 12000 euros, can I pay in instalments?', /strict conditions[\s\S]*every year/],
    ['de-DE', 'Ich habe eine Einziehungsentscheidung über 8000 Euro, kann ich in Raten zahlen?', /strengen Bedingungen/],
    ['pl-PL', 'mam przepadek korzyści 20000 euro, czy mogę płacić w ratach', /ścisłych warunkach/],
  ])('%s: an ontnemingsmaatregel in parts: its strict regime and a person, no table', async (locale, said, expected) => {
    const c = await assistant.open({ locale });
    const reply = textOf(await c.say(said));
    expect(reply).toMatch(expected);
    expect(reply).not.toMatch(TABLE_AMOUNT);
    expect(reply).toMatch(/medewerker|staff|Mitarbeiter|pracownik/i);
  });

  it.each([
    ['nl-NL', 'ik moet 3000 euro schadevergoeding betalen aan het slachtoffer kan dat in termijnen', /schadevergoedingsmaatregel[\s\S]*niet met zekerheid/],
    ['nl-NL', 'ik heb hier een boete uit frankrijk van 135 euro via het cjib, kan ik dat in termijnen betalen?', /ander EU-land[\s\S]*niet met zekerheid/],
    ['nl-NL', 'ik heb een boete van de rechter van 600 euro, kan ik dat in delen betalen', /vonnis[\s\S]*niet met zekerheid/],
    ['en-GB', 'I got a speeding fine from Belgium of 200 euros through the CJIB, can I pay it in instalments?', /another EU country[\s\S]*cannot say for certain/],
    ['de-DE', 'Ich habe ein Bußgeld aus Frankreich über 135 Euro vom CJIB, kann ich das in Raten zahlen?', /anderen EU-Land[\s\S]*nicht mit Sicherheit/],
    ['pl-PL', 'mam mandat z niemiec 200 euro przez cjib, czy moge zaplacic w ratach', /innego kraju UE[\s\S]*nie mogę powiedzieć na pewno/],
  ])('%s: "%s" gets no months or monthly amount of the table', async (locale, said, expected) => {
    const c = await assistant.open({ locale });
    const reply = textOf(await c.say(said));
    expect(reply).toMatch(expected);
    expect(reply).not.toMatch(TABLE_AMOUNT);
  });

  it('a traffic fine with an amount still gets its months from the table', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    expect(textOf(await c.say('ik heb een verkeersboete van 600 euro, kan ik dat in termijnen betalen?'))).toMatch(
      /12 maanden/,
    );
  });
});
