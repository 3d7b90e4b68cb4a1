import { useArrangementRound } from '../support/arrangementRound';
import { heardSentences, oneLine } from '../support/replyText';

/**
 * Whole conversations through POST /api/messages: the confirmation says exactly what is agreed, so
 * the amounts said add up to the total ("11 termijnen van € 45,95 en een laatste van € 46,05,
 * totaal € 551,50"), on web chat in every language and on the phone.
 */
describe('arrangement confirmation: the instalments, the different last one and the total', () => {
  const round = useArrangementRound();

  it('nl, D02: 11 of € 45,95, a last one of € 46,05 and the total € 551,50', async () => {
    const c = round.talk('nl');
    expect(oneLine(await round.schedule(c, 'D02', 'nl'))).toMatch(/€ 551,50 in 12 maanden/);
    await c.say('ja');
    const confirm = oneLine(await c.say('0612345678'));
    expect(confirm).toMatch(
      /11 termijnen van € 45,95 en een laatste termijn van € 46,05 \(totaal € 551,50\), de eerste uiterlijk 1 januari 2027/,
    );
    expect(confirm).not.toMatch(/12 termijnen van/);
  });

  it('en, D01: every instalment the same, so no last one, and the total', async () => {
    const c = round.talk('en');
    await round.schedule(c, 'D01', 'en');
    await c.say('yes');
    const confirm = oneLine(await c.say('sam@example.com'));
    expect(confirm).toMatch(/6 instalments of €21\.50 \(total €129\.00\)/);
    expect(confirm).not.toMatch(/last instalment/);
  });

  it('de, D09: 11 Raten, eine letzte von 47,87 € und insgesamt 574,00 €', async () => {
    const c = round.talk('de');
    await round.schedule(c, 'D09', 'de');
    await c.say('ja');
    expect(oneLine(await c.say('lena@example.de'))).toMatch(
      /11 Raten zu 47,83 € und eine letzte Rate von 47,87 € \(insgesamt 574,00 €\)/,
    );
  });

  it('pl, D02: "11 rat" and the last one and the total', async () => {
    const c = round.talk('pl');
    await round.schedule(c, 'D02', 'pl');
    await c.say('tak');
    expect(oneLine(await c.say('jan@example.pl'))).toMatch(
      /11 rat po 45,95 € i ostatnia rata 46,05 € \(łącznie 551,50 €\)/,
    );
  });

  it('phone nl, D02: the last instalment and the total are said too, in short sentences', async () => {
    const c = round.talk('nl', 'telephony');
    await round.schedule(c, 'D02', 'nl');
    await c.say('ja');
    const heard = heardSentences(await c.say('nul zes een twee drie vier vijf zes zeven acht'));
    expect(heard).toMatch(/11 termijnen van 45 euro en 95 cent/);
    expect(heard).toMatch(/laatste termijn van 46 euro en 5 cent/);
    expect(heard).toMatch(/totaal 551 euro en 50 cent/);
    expect(heard).toMatch(/Zal ik de aanvraag nu versturen\?/);
  });
});
