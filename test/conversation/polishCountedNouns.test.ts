/**
 * Polish numbers take their noun in the form of the number: "24 miesiące", "23 raty", "11 rat",
 * and the term table writes its amounts as the rest of the reply does ("1 250 €", not "1250 EUR").
 */
import { textOf } from '../support/testApp';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';

describe('pl: plural forms in the arrangement flow', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it('24 months: "24 miesiące", "24 miesięczne raty", "23 raty po"; the table in €', async () => {
    const c = await assistant.open({ channelId: 'webchat', locale: 'pl-PL' });
    await c.say('chce rozlozyc mandat na raty');
    await c.say('5111941022799767');
    await c.say('4811 xj');
    const months = textOf(await c.say('a moge na 36 miesiecy?'));
    expect(months).toMatch(/oznacza to 24 miesiące\./);
    expect(months).not.toMatch(/24 miesięcy/);
    expect(months).toMatch(/od 1 250 € do 2 000 €: 18 mies\./);
    expect(months).not.toMatch(/\d EUR/);
    expect(textOf(await c.say('ile to razem?'))).toMatch(/24 miesięczne raty po 103,33 €/);
    await c.say('tak');
    const confirm = textOf(await c.say('jan@example.pl'));
    // 23 of € 103,33 and a last one that absorbs the rounding.
    expect(confirm).toMatch(/23 raty po 103,33 €/);
    expect(confirm).not.toMatch(/23 rat\b/);
  });

  it('12 months keeps "rat" (11 of them and the last)', async () => {
    const c = await assistant.open({ channelId: 'webchat', locale: 'pl-PL' });
    await c.say('raty');
    await c.say('1852906095141302');
    await c.say('7511JE');
    await c.say('tak');
    expect(textOf(await c.say('jan@example.pl'))).toMatch(/11 rat po 47,83 €/);
  });
});
