/**
 * A lookup asked together with another question ("… en ook of ik bezwaar kan maken, want ik reed
 * niet zelf"): after the overview the other question is answered too, instead of being dropped.
 */
import { textOf } from '../support/testApp';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';

describe('a question asked beside the lookup', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    [
      'nl-NL',
      'ik wil weten hoeveel ik nog moet betalen en ook of ik bezwaar kan maken want ik reed niet zelf',
      /kentekenhouder|eigenaar/i,
    ],
    [
      'en-GB',
      'how much do I owe and also can I object because I was not driving',
      /registered keeper|owner/i,
    ],
  ])('%s: "%s"', async (locale, message, driverAnswer) => {
    const c = await assistant.open({ locale });
    // Both get answered: the other question after the overview, or first when it led.
    const heard = [await c.say(message), await c.say('5320-4665-3650-6279'), await c.say('1017cx')]
      .map(textOf)
      .join('\n');
    expect(heard).toMatch(/€/);
    expect(heard).toMatch(driverAnswer);
  });

  it('nl: a plain lookup gets no extra answer', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    await c.say('ik wil weten hoeveel ik nog moet betalen');
    await c.say('5320466536506279');
    expect(textOf(await c.say('1017 CX'))).not.toMatch(/kentekenhouder/i);
  });
});

describe('the number and the postcode in one question', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    [
      'nl-NL',
      'mijn cjib nummer is 9698948614580658 en mijn postcode 8911 ab, hoeveel moet ik nog betalen?',
      /129,00/,
    ],
    ['en-GB', 'how much do I owe? number 9698948614580658 postcode 8911AB', /129\.00/],
  ])('%s: "%s" is looked up at once', async (locale, said, amount) => {
    const c = await assistant.open({ locale });
    expect(textOf(await c.say(said))).toMatch(amount);
  });
});
