/**
 * How replies look by SMS (sweep 9b item 11): a short welcome with a warning that fits a channel the
 * citizen writes to (the CJIB never sends fines by SMS of its own accord), no "did this help?" with
 * five choices after every answer, and an arrangement's facts not sent twice (text, then the card).
 */
import { textOf } from '../support/testApp';
import { useStaffedApp } from '../support/appForTests';

const RATING = /Heeft dit antwoord u geholpen|Did this answer help|Hat Ihnen diese Antwort|Czy ta odpowiedź/;

describe('replies by SMS', () => {
  const assistant = useStaffedApp();

  it.each([
    ['nl-NL', 'hoe kan ik betalen?', /geen mens/, /nooit uit zichzelf/, /Kan ik u nog ergens anders mee helpen\?/],
    ['en-US', 'how can I pay?', /not a person/, /of its own accord/, /anything else I can help you with\?/],
    ['de-DE', 'wie kann ich bezahlen?', /kein Mensch/, /nie von sich aus/, /sonst noch helfen\?/],
    ['pl-PL', 'jak mogę zapłacić?', /nie człowiekiem/, /sam z siebie/, /jeszcze w czymś pomóc\?/],
  ])('%s: a short welcome and warning, an answer without the rating poll', async (locale, ask, disclosure, warning, elseAsked) => {
    const c = assistant.app.conversation({ locale, channelId: 'sms' });
    const first = textOf(await c.say(ask));
    expect(first).toMatch(disclosure);
    expect(first).toMatch(warning);
    expect(first).not.toMatch(RATING);
    expect(first).toMatch(elseAsked);
    const welcome = first.slice(0, first.indexOf('\n'));
    expect(welcome.length).toBeLessThan(300);
  });

  it('nl-NL: the arrangement proposal by SMS says total, monthly amount and first date once', async () => {
    const c = await assistant.open({ locale: 'nl-NL', channelId: 'sms' });
    await c.say('regeling');
    await c.say('2342145524857394');
    const proposal = textOf(await c.say('1071 DJ'));
    expect(proposal.match(/€ 78,88/g)).toHaveLength(1);
    expect(proposal.match(/1 januari 2027/g)).toHaveLength(1);
    // The fines in the arrangement (not in the text) are still listed.
    expect(proposal).toMatch(/Door rood licht rijden: € 309,00/);
  });

  it('nl-NL on web chat the poll stays', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    expect(textOf(await c.say('hoe kan ik betalen?'))).toMatch(RATING);
  });
});
