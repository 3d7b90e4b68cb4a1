import { choiceByFragment } from '../../domain/language/choiceFragment';

const PLAN_NL = ['Ja, aanvragen', 'Het maandbedrag is te hoog', 'Nee, nu niet'];
const PLAN_PL = ['Tak, złóż wniosek', 'Rata miesięczna jest za wysoka', 'Nie, nie teraz'];
const PLAN_DE = ['Ja, beantragen', 'Die Monatsrate ist zu hoch', 'Nein, jetzt nicht'];
const CONFIRM_NL = ['Ja, versturen', 'Nee, niet versturen'];

describe('choiceByFragment: a typed part of one offered choice', () => {
  it.each([
    ['aanvragen', PLAN_NL, 0],
    ['te hoog', PLAN_NL, 1],
    ['maandbedrag', PLAN_NL, 1],
    ['nu niet', PLAN_NL, 2],
    ['zloz wniosek', PLAN_PL, 0],
    ['złóż wniosek!', PLAN_PL, 0],
    ['tak zloz wniosek', PLAN_PL, 0],
    ['za wysoka', PLAN_PL, 1],
    ['zu hoch', PLAN_DE, 1],
    ['beantragen', PLAN_DE, 0],
  ])('"%s" picks its choice', (answer, titles, index) => {
    expect(choiceByFragment(answer, titles)).toBe(index);
  });

  it.each([
    ['versturen', CONFIRM_NL],
    ['ja', PLAN_NL],
    ['te', PLAN_NL],
    ['ik wil aanvragen', PLAN_NL],
    ['hoog maandbedrag', PLAN_NL],
    ['12', PLAN_NL],
  ])('"%s" is no one choice', (answer, titles) => {
    expect(choiceByFragment(answer, titles)).toBeUndefined();
  });
});
