import { extractYesNo } from '../../domain/language/yesNo';

describe('yes and no in more forms', () => {
  it.each([
    ['passt', true],
    ['passt so', true],
    ['alles klar', true],
    ['einverstanden', true],
    ['okej', true],
    ['alright', true],
    ['👍', true],
    ['👍🏻', true],
    ['👌', true],
    ['✅', true],
    ['👎', false],
    ['❌', false],
    ['😀', undefined],
  ])('%s → %s', (text, expected) => {
    expect(extractYesNo(text)).toBe(expected);
  });
});

describe('yes and no in still more forms', () => {
  it.each([
    ['jawoll', true],
    ['na klar', true],
    ['Selbstverständlich', true],
    ['no tak', true],
    ['no jasne', true],
    ['ye', true],
    ['go for it', true],
    ["let's do it", true],
    ['not now', false],
    ['maybe later', false],
    ['misschien later', false],
    ['nu niet', false],
    ['laat maar', false],
    ['lass mal', false],
    ['vielleicht später', false],
    ['może później', false],
    ['no thanks', false],
    ['waarom niet?', undefined],
  ])('%s → %s', (text, expected) => {
    expect(extractYesNo(text)).toBe(expected);
  });
});

describe('yes and no as callers say them to a speech recogniser', () => {
  it.each([
    ['jazeker', true],
    ['Klopt.', true],
    ['eh ja', true],
    ['Uhm, ja.', true],
    ['ehm nee', false],
    ['uh yes', true],
    ['Yep.', true],
    ['that is correct', true],
    ['Jawohl.', true],
    ['äh ja', true],
    ['das ist richtig', true],
    ['das ist nicht richtig', false],
    ['No jasne.', true],
    ['yyy tak', true],
    ['to prawda', true],
    ['eh', undefined],
  ])('%s → %s', (text, expected) => {
    expect(extractYesNo(text)).toBe(expected);
  });
});

describe('yes and no the way callers confirm what was read back', () => {
  it.each([
    ["dat is 'm", true],
    ["that's it", true],
    ["yes, that's the one", true],
    ['spot on', true],
    ['mhm', true],
    ['uh-huh', true],
    ['uh-uh', false],
    ['nou nee', false],
    ["nee dat is 'm niet", false],
    ['nie, to nie ten', false],
    ['nou ja', undefined],
  ])('%s → %s', (text, expected) => {
    expect(extractYesNo(text)).toBe(expected);
  });
});

describe('agreeing words before the yes', () => {
  it.each([
    ['fine, yes', true],
    ['prima, ja', true],
    ['na gut, ja', true],
    ['dobrze, tak', true],
    ['fine', undefined],
    ['fine, no', undefined],
  ])('%s → %s', (text, expected) => {
    expect(extractYesNo(text)).toBe(expected);
  });
});

describe('back before the answer', () => {
  it.each([
    ['ik ben er weer, ja ik wil de regeling', true],
    ["ok I'm back, yes please", true],
    ['so, da bin ich wieder, ja ich möchte die Ratenzahlung', true],
    ['już jestem, tak', true],
    ['ik ben er weer, nee toch maar niet', false],
    ['ik ben er weer', undefined],
    ["ok I'm back", undefined],
  ])('%s → %s', (text, expected) => {
    expect(extractYesNo(text)).toBe(expected);
  });
});
