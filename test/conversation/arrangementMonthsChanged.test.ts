/**
 * "Nee wacht, 6 maanden graag" at the contact question or the confirmation: the citizen changed their
 * mind about the months. The schedule is offered again (its months follow from the term table, so
 * other months hear honestly which band they belong to, not the whole table) and its question asked;
 * the flow goes on from there with the fines chosen and a contact given kept.
 */
import { textOf } from '../support/testApp';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';

jest.setTimeout(120_000);

/** Demo letters: € 1.420,00 (18 months), € 129,00 (6 months), € 4.359,00 (36 months). */
const D13 = { cjib: '2342145524857394', postcode: '1071DJ' };
const D01 = { cjib: '9698948614580658', postcode: '8911 AB' };
const D11 = { cjib: '0543793058155523', postcode: '47533' };
/** A line of the whole term table: not said again here. */
const TABLE_LINE = /- (tot|up to|bis|do) (€ )?120/;

describe('another number of months asked for after agreeing to the schedule', () => {
  const assistant = useTestApp(FAST_TYPIST, {}, 'test');

  const atContact = async (
    locale: string,
    ask: string,
    letter: { cjib: string; postcode: string },
    yes: string,
  ) => {
    const c = await assistant.open({ locale });
    await c.say(ask);
    await c.say(letter.cjib);
    await c.say(letter.postcode);
    await c.say(yes);
    return c;
  };

  it.each([
    [
      'nl-NL',
      'regeling',
      'ja',
      'nee wacht, 6 maanden graag',
      /daarbij horen 18 maanden.*6 maanden hoort bij.*in 18 maanden betalen.*Wilt u deze betalingsregeling aanvragen\?/s,
      /Op welk e-mailadres/,
    ],
    [
      'nl-NL',
      'regeling',
      'ja',
      'ik wil het toch liever in 24 maanden',
      /daarbij horen 18 maanden.*24 maanden hoort bij.*te hoog.*in 18 maanden betalen.*Wilt u deze betalingsregeling aanvragen\?/s,
      /Op welk e-mailadres/,
    ],
    [
      'en-GB',
      'payment arrangement',
      'yes',
      'actually, make it 12 months please',
      /which gives 18 months.*12 months go with.*over 18 months.*Would you like to request this payment arrangement\?/s,
      /At which e-mail address/,
    ],
    [
      'de-DE',
      'Ratenzahlung',
      'ja',
      'doch lieber 6 Monate',
      /dazu gehören 18 Monate.*6 Monate gehören zu.*in 18 Monaten bezahlen.*Möchten Sie diese Ratenzahlung beantragen\?/s,
      /Unter welcher E-Mail-Adresse/,
    ],
    [
      'pl-PL',
      'raty',
      'tak',
      'jednak 6 miesięcy',
      /oznacza to 18 miesięcy.*Plan na 6 miesięcy.*w 18 miesięcznych ratach.*Czy chce Pan\/Pani złożyć wniosek/s,
      /Pod jakim adresem e-mail/,
    ],
  ])(
    '%s: "%s", yes, then "%s" at the contact question: the schedule again, then on from it',
    async (locale, ask, yes, change, schedule, contact) => {
      const c = await atContact(locale, ask, D13, yes);
      const reply = textOf(await c.say(change));
      expect(reply).toMatch(schedule);
      expect(reply).not.toMatch(TABLE_LINE);
      expect(reply).not.toMatch(contact);
      // The number and postcode are not asked again; the flow goes on at the contact question.
      const next = textOf(await c.say(yes));
      expect(next).toMatch(contact);
      expect(next).not.toMatch(/CJIB-?(nummer|number|Nummer|u)|postcode|Postleitzahl|kod pocztowy/i);
    },
  );

  it("en: the months asked for are the schedule's own: it is offered again as it is", async () => {
    const c = await atContact('en-GB', 'payment arrangement', D01, 'yes');
    const reply = textOf(await c.say('actually, 6 months please'));
    expect(reply).toMatch(
      /already runs for 6 months.*€129\.00 over 6 months: €21\.50 a month.*Would you like to request/s,
    );
    expect(reply).not.toMatch(/I cannot choose/);
    expect(textOf(await c.say('yes'))).toMatch(/At which e-mail address/);
  });

  it('de: at the confirmation, the contact given is kept and read back after the schedule again', async () => {
    const c = await atContact('de-DE', 'Ratenzahlung', D11, 'ja');
    expect(textOf(await c.say('lena@example.de'))).toMatch(/Soll ich den Antrag jetzt absenden\?/);
    const reply = textOf(await c.say('nein warte, doch lieber 12 Monate'));
    expect(reply).toMatch(
      /dazu gehören 36 Monate.*12 Monate gehören zu.*in 36 Monaten bezahlen.*beantragen\?/s,
    );
    const confirm = textOf(await c.say('ja'));
    expect(confirm).toMatch(/unter lena@example\.de\. Soll ich den Antrag jetzt absenden\?/);
    expect(confirm).not.toMatch(/Unter welcher E-Mail-Adresse/);
    expect(textOf(await c.say('ja'))).toMatch(/Aktenzeichen lautet \*\*BR-/);
  });

  it('nl: the fines chosen stay chosen', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    await c.say('regeling');
    await c.say(D13.cjib);
    await c.say(D13.postcode);
    expect(textOf(await c.say('alleen de boete van rood licht'))).toMatch(/€ 309,00 in 9 maanden/);
    await c.say('ja');
    const reply = textOf(await c.say('ik wil toch liever 12 maanden'));
    expect(reply).toMatch(
      /€ 309,00 valt in de groep.*daarbij horen 9 maanden.*€ 309,00 in 9 maanden betalen/s,
    );
    expect(reply).not.toMatch(/1\.420/);
    await c.say('ja');
    expect(textOf(await c.say('jan@example.nl'))).toMatch(
      /\(totaal € 309,00\).*jan@example\.nl\. Zal ik de aanvraag nu versturen\?/s,
    );
  });

  it('nl: a question about months at the contact question is answered there, the question kept', async () => {
    const c = await atContact('nl-NL', 'regeling', D13, 'ja');
    const reply = textOf(await c.say('kan het ook in 6 maanden?'));
    expect(reply).toMatch(/daarbij horen 18 maanden/);
    expect(reply).toMatch(/Op welk e-mailadres/);
  });

  it.each([
    [
      'en-GB',
      'payment arrangement',
      'can I do it in 6 months?',
      'no wait, make that 18 months',
      /At which e-mail address/,
    ],
    ['nl-NL', 'regeling', 'kan het in 6 maanden?', 'nee wacht, toch 18 maanden', /Op welk e-mailadres/],
    [
      'de-DE',
      'Ratenzahlung',
      'geht das in 6 Monaten?',
      'nein warte, doch 18 Monate',
      /Unter welcher E-Mail-Adresse/,
    ],
    [
      'pl-PL',
      'raty',
      'czy można w 6 miesięcy?',
      'nie, czekaj, jednak 18 miesięcy',
      /Pod jakim adresem e-mail/,
    ],
  ])(
    '%s at the schedule, after asking for other months, "%s" … "%s" (its own months) agrees',
    async (locale, ask, other, same, contact) => {
      const c = await assistant.open({ locale });
      await c.say(ask);
      await c.say(D13.cjib);
      await c.say(D13.postcode);
      await c.say(other);
      const reply = textOf(await c.say(same));
      expect(reply).toMatch(contact);
      expect(reply).not.toMatch(
        /I cannot choose|kan ich in der Standard|kan ik in de standaardregeling niet|nie mogę wybrać/,
      );
    },
  );
});
