/**
 * A lookup with several fines on the phone, through the HTTP endpoint: the caller first hears how
 * many and the total, then each fine short and named by its place, then the menu.
 */
import { useStaffedApp } from '../support/appForTests';
import { DEMO_DEBTORS } from '../support/demoDebtors';
import { heardSentences as heard } from '../support/replyText';

const { D01, D02 } = DEMO_DEBTORS;

describe('several fines on the phone', () => {
  const assistant = useStaffedApp();
  const caller = (locale = 'nl-NL') => assistant.open({ channelId: 'telephony', locale });

  it('nl, D02: count and total first, then "Eerste boete", "Tweede boete", in far fewer words', async () => {
    const c = await caller();
    await c.say('1');
    await c.say(D02.number);
    const said = heard(await c.say(D02.postcode));
    expect(said).toMatch(
      /^U heeft 2 boetes\. In totaal moet u nog 551 euro en 50 cent betalen\. Eerste boete: .+ Tweede boete: .+ Wat wilt u nu doen\?/,
    );
    const result = said.slice(0, said.indexOf('Wat wilt u nu doen'));
    expect(result.split(/\s+/).length).toBeLessThan(90);
  });

  it('en, D13 said in words: "You have 2 fines", the total, "First fine", "Second fine"', async () => {
    const c = await caller('en-US');
    await c.say('look up my fine');
    await c.say('two three four two one four five five two four eight five seven three nine four');
    const said = heard(await c.say('one zero seven one D J'));
    expect(said).toMatch(
      /^You have 2 fines\. In total you still have to pay 1420 euros\. First fine: .+ Second fine: /,
    );
  });

  it('nl, D01: one fine is said as before, the total after it', async () => {
    const c = await caller();
    await c.say('1');
    await c.say(D01.number);
    const said = heard(await c.say(D01.postcode));
    expect(said).toMatch(/^Dit heb ik voor u gevonden: .+ In totaal moet u nog 129 euro betalen\./);
    expect(said).not.toMatch(/Eerste boete/);
  });
});
