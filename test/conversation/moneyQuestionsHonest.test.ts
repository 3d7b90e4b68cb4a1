/**
 * Money questions asked outside a flow, each answered for what it asks (DOMAIN.md, or honestly what is
 * not known, with a person): whether an arrangement stops the increase, the longest arrangement, how
 * instalments are paid, a minor child's fine, a company's car, someone already in debt help, a WSNP or
 * a guardian without the noodstop block after it, "alles kwijt" (no lost letter), thanks for the help,
 * short of money this month (on SMS after a lookup), and upset citizens heard before the facts.
 */
import { spokenSentences, textOf } from '../support/testApp';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';

describe('money questions answered for what they ask', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it('an arrangement and the increase: no "yes", what is known and a person', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    const reply = textOf(await c.say('stopt een betalingsregeling de verhoging?'));
    expect(reply).not.toMatch(/^Ja\b|\nJa, /);
    expect(reply).toMatch(/kan ik niet met zekerheid zeggen/);
    expect(reply).toMatch(/medewerker/);
    expect(reply).toMatch(/Betalingsregeling aanvragen/);
  });

  it.each([
    [
      'nl-NL',
      'wat is de langste regeling die ik kan krijgen',
      /maximaal 36 maanden[\s\S]*persoonlijke regeling/,
    ],
    ['en-GB', 'what is the longest payment plan I can get?', /at most 36 months[\s\S]*personal arrangement/],
  ])('%s: the longest arrangement "%s"', async (locale, said, expected) => {
    const c = await assistant.open({ locale });
    expect(textOf(await c.say(said))).toMatch(expected);
  });

  it('how instalments are paid is a question, not the arrangement flow', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    const reply = textOf(
      await c.say('wordt het termijnbedrag automatisch afgeschreven of moet ik zelf overmaken'),
    );
    expect(reply).toMatch(/brief met het besluit/);
    expect(reply).toMatch(/betalingskenmerk/);
    expect(reply).not.toMatch(/CJIB-nummer nodig/);
  });

  it('a minor child: no owner liability, honestly not known and a person (also as a follow-up on SMS)', async () => {
    const web = await assistant.open({ locale: 'nl-NL' });
    const first = textOf(
      await web.say('mijn zoon van 16 heeft een boete gekregen op zijn scooter, moet ik dat betalen?'),
    );
    expect(first).toMatch(/geen betrouwbare informatie/);
    expect(first).toMatch(/medewerker/);
    const sms = await assistant.open({ locale: 'nl-NL', channelId: 'sms' });
    const told = textOf(
      await sms.say('ik heb een boete voor mijn dochter van 15 ze reed zonder helm op de scooter'),
    );
    expect(told).not.toMatch(/beroep gaan .* geen zin|In beroep gaan omdat/);
    const asked = textOf(await sms.say('moet ik die betalen als ouder'));
    expect(asked).toMatch(/als ouder/);
    expect(asked).not.toMatch(/weet niet zeker wat u bedoelt/);
  });

  it('a car on the company: the company pays as owner, a person for the rest', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    const reply = textOf(
      await c.say('Ik heb een boete op de auto van mijn bedrijf, kenteken staat op de bv'),
    );
    expect(reply).toMatch(/bedrijf/);
    expect(reply).toMatch(/medewerker/);
    expect(reply).not.toMatch(/De voorwaarden zijn/);
  });

  it('already in debt help: the question answered once, no "ask your municipality", no repetition', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    const reply = textOf(await c.say('ik zit in de schuldhulpverlening moet ik de boete nu nog betalen'));
    expect(reply).toMatch(/De boete blijft bestaan/);
    expect(reply.match(/4 maanden/g)?.length).toBe(1);
    expect(reply).not.toMatch(/Neem contact op met uw gemeente/);
  });

  it.each([
    ['ik heb WSNP moet ik de boete betalen', /WSNP/],
    ['ik heb een bewindvoerder, kan ik uitstel krijgen', /12 maanden/],
  ])('"%s": its own answer without the noodstop block', async (said, expected) => {
    const c = await assistant.open({ locale: 'nl-NL' });
    const reply = textOf(await c.say(said));
    expect(reply).toMatch(expected);
    expect(reply).not.toMatch(
      /Heeft u schulden en kunt u echt niet betalen\? Vraag het CJIB dan om een noodstop/,
    );
  });

  it('a missed instalment and "ben ik nu alles kwijt": no lost-letter answer', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    const reply = textOf(
      await c.say('ik heb een termijn gemist van mijn regeling wat nu?? ben ik nu alles kwijt'),
    );
    expect(reply).toMatch(/termijn/);
    expect(reply).not.toMatch(/Bent u uw brief kwijt/);
  });

  it('"top bedankt voor de hulp" after an answer is thanks', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    await c.say('hoe lang heb ik om te betalen');
    const reply = textOf(await c.say('top bedankt voor de hulp'));
    expect(reply).toMatch(/Graag gedaan/);
    expect(reply).not.toMatch(/Waarmee kan ik u helpen/);
  });

  it('SMS: below the minimum, "waarom niet, geen geld deze maand": why, and deferral through a person, short', async () => {
    const c = await assistant.open({ locale: 'nl-NL', channelId: 'sms' });
    await c.say('kan ik mijn boete in delen betalen');
    await c.say('5320466536506279');
    await c.say('1017CX');
    const replies = await c.say('waarom niet ik heb gewoon geen geld deze maand');
    const reply = textOf(replies);
    expect(reply).toMatch(/minstens € 75/);
    expect(reply).toMatch(/uitstel/);
    expect(reply).toMatch(/medewerker/);
    expect(reply).not.toMatch(/Vraag het CJIB dan om een noodstop/);
    expect(replies[0].text!.length).toBeLessThan(650);
  });

  it('anger at 169 -> 253,50: heard, and explained as the first reminder', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    const reply = textOf(
      await c.say('dit is echt diefstal!!! eerst 169 en nu ineens 253,50 voor 1 keer rood licht'),
    );
    expect(reply).toMatch(/boos/);
    expect(reply).toMatch(/€ 169,00 wordt na de 1e aanmaning € 253,50/);
  });

  it('no first letter, only the reminder: what they can do, a person', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    const reply = textOf(
      await c.say('de verhoging is onterecht ik heb nooit een eerste brief gehad alleen nu de aanmaning'),
    );
    expect(reply).toMatch(/eerste brief niet heeft gekregen/);
    expect(reply).toMatch(/medewerker/);
  });

  it('phone: the car taken by the bailiff, needed for work: heard, how to get it back, a person', async () => {
    const c = await assistant.open({ locale: 'nl-NL', channelId: 'telephony' });
    const heard = spokenSentences(
      await c.say(
        'die deurwaarder van jullie heeft mijn auto weggehaald ik heb die auto nodig voor mijn werk',
      ),
    ).join(' ');
    expect(heard).toMatch(/nodig heeft voor uw werk/);
    expect(heard).toMatch(/terug/);
    expect(heard).toMatch(/medewerker/);
    expect(heard).not.toMatch(/beslag leggen op uw loon/);
  });

  it('ashamed and cannot pay: heard, what helps, a person, no list of what may follow', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    const reply = textOf(
      await c.say('ik heb een aanmaning gekregen en ik schaam me kapot, ik kan het niet betalen'),
    );
    expect(reply).toMatch(/niet te schamen/);
    expect(reply).toMatch(/betalingsregeling/);
    expect(reply).toMatch(/medewerker/);
    expect(reply).not.toMatch(/gijzeling|deurwaarder/);
  });

  it('bank account emptied, rent due: the hardship step first, a person, no bailiff warning', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    const reply = textOf(
      await c.say('mijn bankrekening is leeggehaald door het cjib 500 euro!!! ik moet de huur nog betalen'),
    );
    expect(reply.indexOf('VZD afschrijving spoed')).toBeLessThan(reply.indexOf('artikel 27'));
    expect(reply).toMatch(/Wilt u nu met een medewerker/);
    expect(reply).not.toMatch(/deurwaarder/);
  });
});
