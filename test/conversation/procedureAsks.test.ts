/**
 * Procedure questions get the answer to what was asked (DOMAIN.md §4, §5), not the how-to block: an
 * appeal already sent (up to 16 weeks, nothing to pay meanwhile, the Parket CVOM knows its status), an
 * appeal too late (6 weeks; a late one honestly not known, a person), an unperformed taakstraf
 * (alternative detention, 2 hours = 1 day) and the difference between a Mulder fine and a punitive order.
 */
import { textOf } from '../support/testApp';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';

/** The how-to-appeal block. */
const HOW_TO = /Online: via het Digitaal Loket Verkeer|Online: through the OM|Online: über das Digitaal Loket/;

describe('procedure questions', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['nl-NL', 'ik heb bezwaar gemaakt', /16 weken[\s\S]*nog niet te betalen[\s\S]*Parket CVOM/],
    ['nl-NL', 'ik heb 3 maanden geleden bezwaar gestuurd en nog steeds niks gehoord', /16 weken/],
    ['en-GB', 'I appealed 3 months ago and heard nothing', /16 weeks[\s\S]*Parket CVOM/],
    ['de-DE', 'Ich habe vor zwei Monaten Einspruch eingelegt, muss ich jetzt zahlen?', /16 Wochen[\s\S]*noch nicht zahlen/],
    ['pl-PL', 'złożyłem odwołanie 3 miesiące temu i nic', /16 tygodni/],
  ])('%s: an appeal already sent "%s"', async (locale, said, expected) => {
    const c = await assistant.open({ locale });
    const reply = textOf(await c.say(said));
    expect(reply).toMatch(expected);
    expect(reply).not.toMatch(HOW_TO);
  });

  it('an appeal too late: the 6 weeks, honestly not known, a person', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    const reply = textOf(await c.say('ik ben te laat met bezwaar het is al 2 maanden geleden kan het nog'));
    expect(reply).toMatch(/6 weken[\s\S]*niet met zekerheid[\s\S]*medewerker/);
    expect(reply).not.toMatch(HOW_TO);
  });

  it.each([
    ['nl-NL', 'taakstraf niet gedaan wat gebeurt er nu', /vervangende hechtenis: 1 dag per 2 uur/],
    ['en-GB', "I didn't finish my community service, what happens now?", /1 day per 2 hours/],
  ])('%s: an unperformed taakstraf', async (locale, said, expected) => {
    const c = await assistant.open({ locale });
    const reply = textOf(await c.say(said));
    expect(reply).toMatch(expected);
    expect(reply).not.toMatch(/1e aanmaning|1st reminder/);
  });

  it.each([
    ['nl-NL', 'wat is het verschil tussen een mulder boete en strafbeschikking', /6 weken[\s\S]*14 dagen/],
    ['de-DE', 'Was ist der Unterschied zwischen einem Bußgeld und einem Strafbefehl?', /6 Wochen[\s\S]*14 Tagen/],
  ])('%s: Mulder fine and punitive order compared', async (locale, said, expected) => {
    const c = await assistant.open({ locale });
    expect(textOf(await c.say(said))).toMatch(expected);
  });

  it('how to appeal still gets the how-to', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    expect(textOf(await c.say('hoe maak ik bezwaar'))).toMatch(HOW_TO);
  });
});
