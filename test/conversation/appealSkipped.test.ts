/**
 * "En als ik dat niet doe?" right after the appeal answer: the fine stands and is paid by the date on
 * the letter (late brings the increase), not the subdistrict court, which is the step after an appeal.
 */
import { FAST_TYPIST, useTestApp } from '../support/appForTests';
import { textOf } from '../support/testApp';

describe('not appealing', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['nl-NL', 'ik wil bezwaar maken', 'en als ik dat niet doe?', /blijft de boete staan/],
    ['en-GB', 'how do I appeal?', "and if I don't?", /the fine stands/],
    ['de-DE', 'wie lege ich Einspruch ein?', 'und wenn ich das nicht mache?', /bleibt das Bußgeld bestehen/],
    ['pl-PL', 'jak się odwołać od mandatu?', 'a jeśli tego nie zrobię?', /mandat pozostaje w mocy/],
  ])('%s: the fine stands, not the subdistrict court', async (locale, appeal, ifNot, stands) => {
    const c = await assistant.open({ locale });
    await c.say(appeal);
    const [answer] = await c.say(ifNot);
    expect(textOf([answer])).toMatch(stands);
    // (The court stays one of the choices offered after it, for whoever does appeal.)
    expect(answer.text).not.toMatch(/kantonrechter|subdistrict court|Amtsrichter|sąd rejonowy/i);
  });
});
