/**
 * A person offered in a hard moment and turned down with a bare "nee": one honest next step, not the
 * general menu. The bereaved keep the letter and phone the CJIB (DOMAIN.md is silent on the rules: no
 * rules invented); the bailiff at the door: talk to the bailiff first. Also the guardian's answer to
 * "ik zit onder bewind ... wat moet ik met deze boete" does not start with "Ja.".
 */
import { textOf } from '../support/testApp';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';

describe('a person turned down in a hard moment: one next step', () => {
  const assistant = useTestApp(FAST_TYPIST);
  const menu = /Ik kan u helpen met|I can help you with/;

  it('nl whatsapp: a partner died, "nee" to a person: keep the letter, phone the CJIB', async () => {
    const c = await assistant.open({ channelId: 'whatsapp' });
    await c.say('mijn man is overleden en er staat nog een boete van hem open');
    const reply = textOf(await c.say('nee'));
    expect(reply).toMatch(/Bewaar de brief/);
    expect(reply).toMatch(/telefonisch contact op met het CJIB/);
    expect(reply).not.toMatch(menu);
  });

  it('en webchat: a partner died, "no": keep the letter, phone the CJIB', async () => {
    const c = await assistant.open({ locale: 'en-US' });
    await c.say('my wife passed away and there is still a fine in her name');
    const reply = textOf(await c.say('no'));
    expect(reply).toMatch(/Keep the letter/);
    expect(reply).not.toMatch(menu);
  });

  it('nl: the bailiff at the door, "nee" to a person: talk to the bailiff first', async () => {
    const c = await assistant.open({ channelId: 'whatsapp' });
    await c.say('de deurwaarder staat nu voor de deur!! wat moet ik doen');
    const reply = textOf(await c.say('nee'));
    expect(reply).toMatch(/eerst met de deurwaarder/);
    expect(reply).not.toMatch(menu);
  });

  it('nl: under guardianship, what to do with this fine: the answer does not start with "Ja."', async () => {
    const c = await assistant.open({ channelId: 'whatsapp' });
    const reply = textOf(
      await c.say('ik zit onder bewind, mijn bewindvoerder regelt alles. wat moet ik met deze boete'),
    );
    expect(reply).toMatch(/bewindvoerder kan namens u/);
    expect(reply).not.toMatch(/^Ja\./);
  });
});
