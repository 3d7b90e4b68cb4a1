import { offeredNumberOutOfRange, pickOfferedChoice } from '../../bot/channelTurnStep';
import { choiceIndex, choiceNumberOutOfRange, matchChoice } from '../../domain/language/choiceMatch';

describe('a number answering offered choices', () => {
  it.each([
    ['nummer 1 alstublieft', 0],
    ['optie 2', 1],
    ['number two please', 1],
    ['Nummer 3 bitte', 2],
    ['numer 1 proszę', 0],
    ['dwójkę poproszę', 1],
    ['ik kies de tweede, dank u', 1],
    ['the last one please', 2],
    ['een', 0],
    ['Eén.', 0],
    ['one', 0],
    ['nummer een graag', 0],
    ['option one please', 0],
    ['zwo', 1],
    ['dwie', 1],
    ['jedna', 0],
  ])('"%s" picks choice %i of three', (text, index) => {
    expect(choiceIndex(text, 3)).toBe(index);
  });

  it('is not a number when the answer says more than a number', () => {
    expect(choiceIndex('ik wil 2 boetes betalen', 3)).toBeUndefined();
    expect(choiceIndex('nummer 1 van de brief is fout', 3)).toBeUndefined();
  });

  it('"een" and "one" are articles too: with another word they pick nothing', () => {
    expect(choiceIndex('that one', 3)).toBeUndefined();
    expect(choiceIndex('ja een', 3)).toBeUndefined();
    expect(choiceIndex('een boete', 3)).toBeUndefined();
    expect(choiceIndex('a', 3)).toBeUndefined();
  });

  it('a number that is not offered is told apart from an answer that is no number', () => {
    expect(choiceNumberOutOfRange('5', 3)).toBe(5);
    expect(choiceNumberOutOfRange('nummer 5 alstublieft', 3)).toBe(5);
    expect(choiceNumberOutOfRange('de zevende', 3)).toBe(7);
    expect(choiceNumberOutOfRange('3', 3)).toBeUndefined();
    expect(choiceNumberOutOfRange('0', 3)).toBeUndefined();
    expect(choiceNumberOutOfRange('50', 3)).toBeUndefined();
    expect(choiceNumberOutOfRange('9698948614580658', 3)).toBeUndefined();
    expect(choiceNumberOutOfRange('ik wil 5 maanden', 3)).toBeUndefined();
  });

  it('matchChoice takes the same polite numbers', () => {
    const choices = [
      { value: 'morning', synonyms: ['ochtend'] },
      { value: 'afternoon', synonyms: ['middag'] },
    ];
    expect(matchChoice('nummer 2 alstublieft', choices)).toBe('afternoon');
    expect(matchChoice('numer 1 proszę', choices)).toBe('morning');
  });
});

describe('the channel step: numbers answering the offered titles', () => {
  const titles = ['Mijn boete opzoeken', 'Betalingsregeling', 'Medewerker spreken'];

  it('a polite number becomes that title', () => {
    expect(pickOfferedChoice('nummer 1 alstublieft', titles)).toBe('Mijn boete opzoeken');
    expect(pickOfferedChoice('optie 2', titles)).toBe('Betalingsregeling');
  });

  it('a number past the last choice is out of range, unless a title holds a number or only one is offered', () => {
    expect(offeredNumberOutOfRange('5', titles)).toBe(5);
    expect(offeredNumberOutOfRange('2', titles)).toBeUndefined();
    expect(offeredNumberOutOfRange('hallo', titles)).toBeUndefined();
    // "3 maanden": a bare number may mean a title; the dialog decides.
    expect(offeredNumberOutOfRange('5', ['3 maanden', '6 maanden'])).toBeUndefined();
    expect(pickOfferedChoice('3', ['3 maanden', '6 maanden', '12 maanden'])).toBeUndefined();
    // The queue's single "stop waiting": what follows may be typed to a member of staff.
    expect(offeredNumberOutOfRange('2', ['Stop met wachten'])).toBeUndefined();
  });
});
