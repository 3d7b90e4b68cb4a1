import { useArrangementRound } from '../support/arrangementRound';
import { heardSentences, oneLine } from '../support/replyText';

/**
 * Whole conversations through POST /api/messages: a no at "Zal ik de aanvraag nu versturen?" sends
 * nothing, but a new e-mail address or phone number, "ik wil alleen het mailadres veranderen" or
 * "sorry verkeerd gedrukt, wel versturen" next goes back to that confirmation with the proposal and
 * the contact kept; on the phone "nee, het laatste is 87 niet 78" corrects the number read back.
 */
describe('arrangement: a no at the confirmation, then a correction', () => {
  const round = useArrangementRound();
  const REFERENCE = /BR-2026-\d{8}/;

  it('nl: "nee", then a new e-mail address: the confirmation again with it, then filed once', async () => {
    const c = round.talk('nl');
    await round.schedule(c, 'D02', 'nl');
    await c.say('ja');
    await c.say('fatima@example.nl');
    const no = oneLine(await c.say('nee'));
    expect(no).toMatch(/niets aangevraagd/);
    expect(no).toMatch(/e-mailadres of telefoonnummer/);
    // What "toch versturen" will do is said as it is done: read out once more, then asked.
    expect(no).toMatch(/toch versturen\. Dan lees ik hem nog één keer voor/);
    const again = oneLine(await c.say('ik wil alleen het mailadres veranderen, het is f.elamrani@gmail.com'));
    expect(again).toMatch(/We bereiken u via f\.elamrani@gmail\.com\. Zal ik de aanvraag nu versturen\?/);
    expect(again).not.toMatch(/fatima@example\.nl/);
    expect(again).not.toMatch(/telefoonnummers van het CJIB|Sorry/);
    expect(oneLine(await c.say('ja'))).toMatch(REFERENCE);
  });

  it('nl: "nee", then "sorry verkeerd gedrukt, wel versturen": the same confirmation, nothing asked again', async () => {
    const c = round.talk('nl');
    await round.schedule(c, 'D01', 'nl');
    await c.say('ja');
    await c.say('06-12345678');
    await c.say('nee');
    const again = oneLine(await c.say('sorry verkeerd gedrukt, wel versturen'));
    expect(again).toMatch(
      /6 termijnen van € 21,50.*We bereiken u via 0612345678\. Zal ik de aanvraag nu versturen\?/,
    );
    expect(again).not.toMatch(/daar kan ik u niet mee helpen/);
    expect(oneLine(await c.say('ja'))).toMatch(REFERENCE);
  });

  it('en: "No, do not send", then a new phone number: read back with it; "change my e-mail" asks for it', async () => {
    const c = round.talk('en');
    await round.schedule(c, 'D01', 'en');
    await c.say('yes');
    await c.say('sam@example.com');
    expect(oneLine(await c.say('No, do not send'))).toMatch(/I have not requested anything/);
    const again = oneLine(await c.say('I want to change my phone number to 0698765432'));
    expect(again).toMatch(/We will reach you at .*0698765432.*Shall I send the request now\?/);
    const other = round.talk('en');
    await round.schedule(other, 'D09', 'en');
    await other.say('yes');
    await other.say('sam@example.com');
    await other.say('no');
    expect(oneLine(await other.say('I want to change my email address'))).toMatch(
      /At which e-mail address or phone number can we reach you/,
    );
  });

  it('de and pl: "doch absenden" and "jednak wyślij" after the no go back to the confirmation', async () => {
    const de = round.talk('de');
    await round.schedule(de, 'D01', 'de');
    await de.say('ja');
    await de.say('lena@example.de');
    await de.say('nein');
    expect(oneLine(await de.say('Entschuldigung, doch absenden'))).toMatch(
      /lena@example\.de\. Soll ich den Antrag jetzt absenden\?/,
    );
    const pl = round.talk('pl');
    await round.schedule(pl, 'D01', 'pl');
    await pl.say('tak');
    await pl.say('jan@example.pl');
    await pl.say('nie');
    expect(oneLine(await pl.say('przepraszam, jednak wyślij'))).toMatch(
      /jan@example\.pl\. Czy mam teraz wysłać wniosek\?/,
    );
  });

  it('a plain no twice still sends nothing', async () => {
    const c = round.talk('nl');
    await round.schedule(c, 'D01', 'nl');
    await c.say('ja');
    await c.say('jan@example.nl');
    await c.say('nee');
    expect(oneLine(await c.say('nee, laat maar'))).not.toMatch(/versturen\?|BR-2026/);
  });

  it('phone nl: "nee het laatste is zevenentachtig niet achtenzeventig" corrects the number and asks again', async () => {
    const c = round.talk('nl', 'telephony');
    await round.schedule(c, 'D09', 'nl');
    await c.say('ja aanvragen');
    expect(heardSentences(await c.say('nul zes twaalf vierendertig zesenvijftig achtenzeventig'))).toMatch(
      /5 6 7 8/,
    );
    const again = heardSentences(await c.say('nee het laatste is zevenentachtig niet achtenzeventig'));
    expect(again).toMatch(/5 6 8 7/);
    expect(again).toMatch(/Zal ik de aanvraag nu versturen\?/);
    expect(again).not.toMatch(/niets aangevraagd/);
  });
});
