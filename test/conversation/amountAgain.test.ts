/**
 * After a lookup, "hoeveel is dat samen?", "kunt u het bedrag herhalen", "how much was that in total",
 * "repeat the amount please" get the amount in one short reply (the total; for one fine its amount and
 * due date), not the whole overview again; on the phone too. "How much was it again?", "wie viel war
 * das nochmal?", "ile to było jeszcze raz?" too (they got the overview again, or "not understood").
 */
import { FAST_TYPIST, useTestApp } from '../support/appForTests';
import { spokenSentences, textOf } from '../support/testApp';

const D01 = { number: '9698948614580658', postcode: '8911 AB' }; // one fine, € 129,00, due 15 December 2026
const D02 = { number: '3338082450532785', postcode: '3512 KL' }; // two fines, € 551,50

describe('the amount once more after a lookup', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    'hoeveel is dat samen?',
    'wat is het totaal',
    'kunt u het bedrag herhalen',
    'hoeveel moest ik ook alweer betalen',
  ])('webchat nl, two fines, "%s": the total only', async (asked) => {
    const c = await assistant.open({ locale: 'nl-NL' });
    await c.say('mijn boete opzoeken');
    await c.say(D02.number);
    expect(textOf(await c.say(D02.postcode))).toMatch(/Door rood licht rijden/);
    const answer = textOf(await c.say(asked));
    expect(answer).toMatch(/Samen moet u nog € 551,50 betalen, voor 2 boetes\./);
    expect(answer).not.toMatch(/Door rood licht rijden|Snelheidsovertreding/);
  });

  it('webchat en, one fine, "repeat the amount please": its amount and due date', async () => {
    const c = await assistant.open({ locale: 'en-GB' });
    await c.say('look up my fine');
    await c.say(D01.number);
    await c.say(D01.postcode);
    const answer = textOf(await c.say('repeat the amount please'));
    expect(answer).toMatch(/€129\.00/);
    expect(answer).toMatch(/15 December 2026/);
    expect(answer).not.toMatch(/Status|You have 1 fine/);
    expect(textOf(await c.say('how much was that in total'))).toMatch(/€129\.00/);
  });

  it('de and pl, two fines: the total', async () => {
    const de = await assistant.open({ locale: 'de-DE' });
    await de.say('Bußgeld nachsehen');
    await de.say('2342145524857394');
    await de.say('1071 DJ');
    expect(textOf(await de.say('wie viel ist das insgesamt?'))).toMatch(
      /Zusammen müssen Sie noch 1\.420,00 € zahlen/,
    );
    const pl = await assistant.open({ locale: 'pl-PL' });
    await pl.say('sprawdzić mandat');
    await pl.say('2342145524857394');
    await pl.say('1071 DJ');
    expect(textOf(await pl.say('ile to jest razem?'))).toMatch(
      /Razem za wszystkie mandaty pozostało do zapłaty 1\s420,00 €/,
    );
  });

  it('phone nl: "hoeveel is dat samen?" is heard as one sentence with the total', async () => {
    const c = await assistant.open({ locale: 'nl-NL', channelId: 'telephony' });
    await c.say('mijn boete opzoeken');
    await c.say(D02.number);
    await c.say(D02.postcode);
    const heard = spokenSentences(await c.say('hoeveel is dat samen?'));
    expect(heard[0]).toBe('Samen moet u nog 551 euro en 50 cent betalen, voor 2 boetes.');
    expect(heard.join(' ')).not.toMatch(/Eerste boete/);
  });

  it.each([
    [
      'en-US',
      'how much was it again?',
      'check my fine',
      /^You still have 129 euros to pay/,
      /This is what I found|did not understand/,
    ],
    ['de-DE', 'wie viel war das nochmal?', 'Bußgeld nachsehen', /129 Euro/, /Das habe ich für Sie gefunden/],
    ['pl-PL', 'ile to było jeszcze raz?', 'sprawdzić mandat', /129 euro/, /Oto co znalazłem/],
  ])('phone %s, one fine, "%s": the amount only', async (locale, asked, start, amount, overview) => {
    const c = await assistant.open({ locale, channelId: 'telephony' });
    await c.say(start);
    await c.say(D01.number);
    await c.say(D01.postcode);
    const heard = spokenSentences(await c.say(asked)).join(' ');
    expect(heard).toMatch(amount);
    expect(heard).not.toMatch(overview);
    expect(heard).not.toMatch(/Status/);
  });
});
