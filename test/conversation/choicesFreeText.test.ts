import { useArrangementRound } from '../support/arrangementRound';
import { DEMO_DEBTORS } from '../support/demoDebtors';
import { startAndIdentify } from '../support/identify';
import { oneLine as plain } from '../support/replyText';

/**
 * Free text at several offered choices (the lookup's "What would you like to do now?", then "Which
 * of these…?" after a bare yes) starts nothing by itself: an e-mail address is kept for the contact
 * question of a request later, "no idea" hears what each choice is for, and text that matches no
 * choice is asked again kindly, a second time with a person offered (DESIGN.md). Before, the
 * recogniser's guess started a flow (the e-mail the instalment plan, "no idea" the appeal answer).
 */

const LOOKUP = { en: 'check fine', de: 'Bußgeld nachsehen', nl: 'mijn boete opzoeken', pl: 'sprawdź mój mandat' };
const SCHEDULE = /over 12 months|in 12 Monaten|in 12 maanden|w 12 miesięcznych ratach/;

describe('free text at offered choices', () => {
  const { talk } = useArrangementRound();

  it('en: an e-mail address at "Which of these…?" is kept; the plan then asks no contact and reads it back', async () => {
    const c = talk('en');
    expect(plain(await startAndIdentify(c, LOOKUP.en, DEMO_DEBTORS.D02))).toMatch(/What would you like to do now\?/);
    const which = plain(await c.say('yes'));
    expect(which).toMatch(/Which of these would you like\?.*ask your question in your own words/);
    const kept = plain(await c.say('sarah@example.com'));
    expect(kept).not.toMatch(SCHEDULE);
    expect(kept).toMatch(/keep that address or number for later/);
    expect(kept).toMatch(/Pay in instalments/);
    expect(plain(await c.say('Pay in instalments'))).toMatch(SCHEDULE);
    expect(plain(await c.say('yes'))).toMatch(/We will reach you at sarah@example\.com\. Shall I send the request now\?/);
  });

  it('de: the e-mail address typed there does not start the plan either', async () => {
    const c = talk('de');
    await startAndIdentify(c, LOOKUP.de, DEMO_DEBTORS.D02);
    await c.say('ja');
    const kept = plain(await c.say('lukas.schneider@web.de'));
    expect(kept).not.toMatch(SCHEDULE);
    expect(kept).toMatch(/behalte ich für später/);
  });

  it.each([
    ['en', 'yes', 'no idea honestly', /help you choose.*Pay in instalments: you cannot pay it all at once/],
    ['de', 'ja', 'keine Ahnung', /helfe Ihnen bei der Auswahl.*In Raten zahlen: Sie können nicht alles auf einmal zahlen/],
    ['nl', 'ja', 'geen idee', /ik help u kiezen.*Betalen in termijnen: u kunt niet alles in één keer betalen/],
    ['pl', 'tak', 'nie wiem', /pomogę wybrać/],
  ] as const)('%s: "%s", then "%s" explains the choices (no appeal answer)', async (lang, yes, dontKnow, help) => {
    const c = talk(lang);
    await startAndIdentify(c, LOOKUP[lang], DEMO_DEBTORS.D02);
    await c.say(yes);
    const reply = plain(await c.say(dontKnow));
    expect(reply).toMatch(help);
    expect(reply).not.toMatch(/Parket CVOM|officier van justitie|Staatsanwalt|prokurator/);
  });

  it('en: text that matches no choice asks again with the same choices; a second time a person is offered', async () => {
    const c = talk('en');
    await startAndIdentify(c, LOOKUP.en, DEMO_DEBTORS.D02);
    await c.say('yes');
    const again = plain(await c.say('blue banana'));
    expect(again).toMatch(/did not understand which of these you mean/);
    expect(again).toMatch(/How to pay.*Pay in instalments/);
    expect(again).not.toMatch(SCHEDULE);
    expect(plain(await c.say('purple monkey'))).toMatch(/Would you like to talk to a member of staff\?/);
  });
});
