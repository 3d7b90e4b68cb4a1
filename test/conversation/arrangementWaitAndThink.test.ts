import { useArrangementRound } from '../support/arrangementRound';
import { oneLine } from '../support/replyText';

/**
 * Whole conversations through POST /api/messages: "momentje ik moet de brief even zoeken" at the
 * number or postcode and "wacht even ik moet even kijken wat mijn mailadres is" at the contact are a
 * wait (not "not a postcode" or "not an e-mail address"); "ik moet eerst met mijn vrouw overleggen"
 * at the schedule requests nothing and says it can be asked again later.
 */
describe('arrangement: a moment, or talking it over first', () => {
  const round = useArrangementRound();
  const WAIT = /Geen haast/;

  it('nl: waits at the number, the postcode and the contact, then goes on', async () => {
    const c = round.talk('nl');
    await c.start();
    await c.say('regeling');
    expect(oneLine(await c.say('momentje ik moet de brief even zoeken'))).toMatch(WAIT);
    await c.say('2342145524857394');
    const atPostcode = oneLine(await c.say('momentje ik moet de brief even zoeken'));
    expect(atPostcode).toMatch(WAIT);
    expect(atPostcode).not.toMatch(/postcode/);
    expect(oneLine(await c.say('1071 DJ'))).toMatch(/€ 1\.420,00 in 18 maanden/);
    await c.say('ja');
    const atContact = oneLine(await c.say('wacht even ik moet even kijken wat mijn mailadres ook alweer is'));
    expect(atContact).toMatch(WAIT);
    expect(atContact).not.toMatch(/lijkt geen e-mailadres/);
    expect(oneLine(await c.say('jan@example.nl'))).toMatch(/Zal ik de aanvraag nu versturen\?/);
  });

  it.each([
    ['nl', 'ik moet eerst met mijn vrouw overleggen', /niets aangevraagd.*later altijd opnieuw/],
    ['en', 'I need to talk to my wife first', /not requested anything.*ask again later/],
  ] as const)('%s at the schedule: "%s" requests nothing', async (lang, message, expected) => {
    const c = round.talk(lang);
    await round.schedule(c, 'D13', lang);
    expect(oneLine(await c.say(message))).toMatch(expected);
  });
});
