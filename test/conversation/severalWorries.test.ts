/**
 * A long message with several worries gets each one acknowledged and answered in a line or two, the
 * most urgent first, and a person offered: not only the first topic's long answer.
 */
import { textOf } from '../support/testApp';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';

describe('several worries in one message', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    [
      'webchat',
      'nl-NL',
      'hallo ik heb een vraag over mijn boete, ik heb namelijk een boete gekregen voor 22 km te hard maar ik reed niet zelf, mijn broer had de auto, en ik heb ook nog een oude boete die ik niet kan betalen want ik zit in de schuldhulp, en de brief zegt dat ik binnen 2 weken moet betalen anders komt de deurwaarder. wat moet ik eerst doen?',
      [/vóór die datum/, /noodstop/, /kentekenhouder/],
    ],
    [
      'whatsapp',
      'nl-NL',
      'hoi, ik heb een paar vragen. ik lag 3 weken in het ziekenhuis en kon niet betalen. kan die verhoging eraf? en ik heb ook een nieuwe boete gekregen, kan die in dezelfde regeling? en klopt het dat ze mijn rijbewijs kunnen afpakken?',
      [/in de wet/, /niet vanzelf in uw regeling/, /rijbewijs/],
    ],
    [
      'whatsapp',
      'nl-NL',
      'mijn uitkering is gestopt en ik heb al een 2e aanmaning, pakken ze nu mijn auto af?',
      [/persoonlijke betalingsregeling/, /auto buiten gebruik/],
    ],
    [
      'webchat',
      'en-US',
      'I lost my job last month and now I got a new fine, can it go in my payment plan? Will they take my driving licence?',
      [/personal payment arrangement/, /not added to your arrangement automatically/, /driving licence/],
    ],
  ])('%s %s', async (channelId, locale, said, expected) => {
    const c = await assistant.open({ channelId, locale });
    const reply = textOf(await c.say(said));
    for (const pattern of expected) expect(reply).toMatch(pattern);
    // The most urgent first, each short: a reasonable length for a phone screen.
    expect(reply.length).toBeLessThan(1200);
  });
});
