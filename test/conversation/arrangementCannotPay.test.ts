import { useArrangementRound } from '../support/arrangementRound';
import { oneLine } from '../support/replyText';

/**
 * Whole conversations through POST /api/messages: "I cannot pay at all" leads to the noodstop, debt
 * help and a person (DESIGN.md), also when said as "ik zit in de schulden" at the schedule (not a
 * question about which fines are in it), and when said after a refusal below the € 75 minimum
 * ("I can't pay 54 euros at once, can I pay 20 a month?", with the due date; not the refusal again).
 */
describe('arrangement: cannot pay', () => {
  const round = useArrangementRound();
  const NOODSTOP = /noodstop/i;

  it.each(['ik zit in de schulden', 'ik kan helemaal niks betalen, ik heb schulden en zit in de bijstand'])(
    'nl at the schedule: "%s" is the noodstop and a person, not the list of fines',
    async (message) => {
      const c = round.talk('nl');
      await round.schedule(c, 'D13', 'nl');
      const reply = oneLine(await c.say(message));
      expect(reply).toMatch(NOODSTOP);
      expect(reply).toMatch(/Wilt u met een medewerker spreken\?/);
      expect(reply).not.toMatch(/In de nieuwe regeling/);
    },
  );

  it('en below the minimum: "can\'t pay 54 at once, can I pay 20 a month?" is the noodstop, the due date and a person', async () => {
    const c = round.talk('en');
    expect(oneLine(await round.schedule(c, 'D03', 'en'))).toMatch(/possible from €75\.00/);
    const reply = oneLine(
      await c.say("but I really can't pay 54 euros at once right now, can I pay 20 a month?"),
    );
    expect(reply).toMatch(/pay by \d{1,2} \w+ 2026/);
    expect(reply).toMatch(NOODSTOP);
    expect(reply).toMatch(/Would you like to talk to a member of staff\?/);
    expect(reply).not.toMatch(/type 'I cannot pay'/);
  });

  it('nl and de below the minimum: "kan ik het in termijnen betalen?", "ich kann das nicht auf einmal zahlen"', async () => {
    const nl = round.talk('nl');
    await round.schedule(nl, 'D03', 'nl');
    const reply = oneLine(await nl.say('ik kan dat niet in een keer betalen, kan het in termijnen?'));
    expect(reply).toMatch(/Betaal als het kan uiterlijk/);
    expect(reply).toMatch(NOODSTOP);
    const de = round.talk('de');
    await round.schedule(de, 'D03', 'de');
    expect(oneLine(await de.say('ich kann das nicht auf einmal zahlen'))).toMatch(
      /Zahlungsstopp.*Mitarbeiter sprechen\?/,
    );
  });

  it.each([
    ['nl', 'kan het ook in twaalf maanden?', /Een betalingsregeling kan bij dit bedrag niet/],
    ['en', 'can I spread it over 3 months then?', /not possible for this amount/],
    ['de', 'geht es auch in 3 Monaten?', /bei diesem Betrag nicht möglich/],
    ['pl', 'a mogę w dwóch częściach?', /Przy tej kwocie plan spłaty nie jest możliwy/],
  ] as const)(
    '%s below the minimum: a number of months or parts ("%s") is the same cannot-pay answer, not the months table',
    async (lang, message, notPossible) => {
      const c = round.talk(lang);
      await round.schedule(c, 'D03', lang);
      const reply = oneLine(await c.say(message));
      expect(reply).toMatch(notPossible);
      expect(reply).toMatch(NOODSTOP);
      expect(reply).not.toMatch(/€ 450|EUR 450|450 €|450,00/);
    },
  );
});
