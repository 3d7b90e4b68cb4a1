/**
 * The answer on living abroad only for people abroad: a Dutch city named is living in the Netherlands
 * (letters in Dutch, the fine looked up and explained); a country outside the EU gets one short answer
 * (not the EU's transfer as well), a move names how to pass on the address (staff; DOMAIN.md is silent
 * on how), and "what do I do now" stays on the topic.
 */
import { FAST_TYPIST, useTestApp } from '../support/appForTests';
import { textOf } from '../support/testApp';

describe('living abroad, answered for where the citizen lives', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it('"I not understand Dutch. I live in Utrecht": letters in Dutch, the lookup offered, not the abroad answer', async () => {
    const c = await assistant.open({ locale: 'en-US' });
    const said = textOf(await c.say('I got fine letter, I not understand Dutch. I live in Utrecht'));
    expect(said).toMatch(/writes to you in Dutch/);
    expect(said).toMatch(/CJIB number/);
    expect(said).not.toMatch(/Then you get the letter in your own language/);
  });

  it('pl: "nie rozumiem po niderlandzku, dostałem list": the same in Polish', async () => {
    const c = await assistant.open({ locale: 'pl-PL' });
    const said = textOf(
      await c.say('nie rozumiem po niderlandzku, dostałem list z CJIB, mieszkam w Rotterdamie'),
    );
    expect(said).toMatch(/pisze do Pana\/Pani po niderlandzku/);
  });

  it('whatsapp, moved to the UK with a forwarded letter: one short answer with the address, then "what do i do now"', async () => {
    const c = await assistant.open({ locale: 'en-US', channelId: 'whatsapp' });
    const first = textOf(
      await c.say(
        'Hi there I live in the UK now, moved out of NL in august. got a letter from cjib forwarded by my old flatmate',
      ),
    );
    expect(first).toMatch(/outside the EU/);
    expect(first).toMatch(/address/);
    expect(first).not.toMatch(
      /Do you live in another EU country|sends the case to the EU country where you live/,
    );
    expect(first.length).toBeLessThan(1400);
    const next = textOf(await c.say('what do i do now'));
    expect(next).toMatch(/IBAN/);
    expect(next).not.toMatch(/I can help you with/);
  });

  it.each([
    ['en-GB', 'I am from Ireland, can I pay with a card?', /not among the ways to pay/],
    [
      'de-DE',
      'Ich wohne in Deutschland, kann ich mit Kreditkarte zahlen?',
      /gehört nicht zu den Zahlungswegen/,
    ],
    ['nl-NL', 'ik woon in belgie, kan ik met bancontact betalen?', /staat niet bij de manieren van betalen/],
    ['pl-PL', 'mieszkam w polsce, czy moge zaplacic karta?', /nie należy do znanych mi sposobów/],
  ])('%s "%s": a card asked about from abroad gets the card answer', async (locale, message, card) => {
    expect(textOf(await (await assistant.open({ locale })).say(message))).toMatch(card);
  });

  it('en: "can I pay with a card?" right after the answer for tourists is the card answer, not that answer again', async () => {
    const c = await assistant.open({ locale: 'en-GB' });
    expect(
      textOf(await c.say('Hi, I am a tourist and got a speeding ticket in Amsterdam, how do I pay?')),
    ).toMatch(/Paying from abroad/);
    const card = textOf(await c.say('I am from Ireland, can I pay with a card?'));
    expect(card).toMatch(/not among the ways to pay/);
    expect(card).not.toMatch(/That is in my answer/);
  });
});
