import { chatWords, knownSpellings } from '../../adapters/nlu/chatSpelling';
import { featurize } from '../../adapters/nlu/features';
import { localRecognizer } from '../support/nluModel';

const known = (word: string) => ['rekeningnummer', 'telefoonnummer', 'kontonummer'].includes(word);

describe('chat spellings read as the known word', () => {
  it('reads two words as the compound the model knows', () => {
    expect(knownSpellings(['wat', 'is', 'het', 'rekening', 'nummer'], known)).toEqual([
      'wat',
      'is',
      'het',
      'rekeningnummer',
    ]);
    expect(knownSpellings(['telefoon', 'nummer', 'aub'], known)).toEqual(['telefoonnummer', 'aub']);
  });

  it('leaves words alone when the joined word is unknown, short or a placeholder', () => {
    expect(knownSpellings(['mijn', 'nummer'], known)).toEqual(['mijn', 'nummer']);
    expect(knownSpellings(['rekening', 'xnumx'], (w) => w === 'rekeningxnumx')).toEqual([
      'rekening',
      'xnumx',
    ]);
    expect(knownSpellings(['is', 'er'], (w) => w === 'iser')).toEqual(['is', 'er']);
    expect(knownSpellings(['rekening', 'nummer'], undefined)).toEqual(['rekening', 'nummer']);
  });

  it('gives the split and the written compound the same features', () => {
    expect([...featurize('rekening nummer', undefined, known).keys()]).toEqual([
      ...featurize('rekeningnummer', undefined, known).keys(),
    ]);
  });

  it('reads a Dutch word without its final n as the full word', () => {
    const knows = (word: string) => ['betalen', 'schulden', 'boete', 'have'].includes(word);
    expect(knownSpellings(['kan', 'ik', 'betale'], knows)).toEqual(['kan', 'ik', 'betalen']);
    // From six letters on even when the short form is known too: its few examples say less than the full word's.
    expect(knownSpellings(['schulde'], (w) => knows(w) || w === 'schulde')).toEqual(['schulden']);
    // A short known word stays: "boete" is not "boeten", English "have" is not "haven".
    expect(knownSpellings(['boete', 'have'], (w) => knows(w) || w === 'boeten' || w === 'haven')).toEqual([
      'boete',
      'have',
    ]);
    // Under four letters never: a spelled postcode's "dee jay" is no "deen" (a typo the model saw).
    expect(knownSpellings(['dee', 'jay'], (w) => w === 'deen')).toEqual(['dee', 'jay']);
  });

  it('reads a word typed without its final e as the known full word', () => {
    const knows = (word: string) => ['boete', 'gekregen'].includes(word);
    expect(knownSpellings(['n', 'boet', 'gekrege'], knows)).toEqual(['n', 'boete', 'gekregen']);
  });

  it('reads German umlauts written as ae/oe/ue as the folded word the model knows', () => {
    const knows = (word: string) => ['mochte', 'pfandung', 'boete'].includes(word);
    expect(knownSpellings(['ich', 'moechte'], knows)).toEqual(['ich', 'mochte']);
    expect(knownSpellings(['pfaendung'], knows)).toEqual(['pfandung']);
    expect(knownSpellings(['boete'], knows)).toEqual(['boete']);
  });

  it('reads WhatsApp Dutch function words as the written ones', () => {
    expect(
      chatWords(['wa', 'mot', 'ik', 'met', 'm', 'n', 'boete', 'ken', 'ik', 'ff', 'n', 'regeling']),
    ).toEqual(['wat', 'moet', 'ik', 'met', 'mijn', 'boete', 'kan', 'ik', 'even', 'een', 'regeling']);
    expect(chatWords(['wnr', 'moet', 'ik', 'betalen', 'hvl', 'is', 'het'])).toEqual([
      'wanneer',
      'moet',
      'ik',
      'betalen',
      'hoeveel',
      'is',
      'het',
    ]);
    // Words of another language or an English "don't" split at its apostrophe stay.
    expect(chatWords(['nie', 'moge', 'don', 't', 'da'])).toEqual(['nie', 'moge', 'don', 't', 'da']);
    // In a Dutch sentence "nie", "da" and "t" are Dutch.
    expect(chatWords(['ik', 'praat', 'nie', 'met', 'n', 'computer'])).toEqual([
      'ik',
      'praat',
      'niet',
      'met',
      'een',
      'computer',
    ]);
    expect(chatWords(['da', 'is', 't', 'ik', 'don', 't', 'know'])).toEqual([
      'dat',
      'is',
      'het',
      'ik',
      'don',
      't',
      'know',
    ]);
  });

  it('lets the trained model read chat Dutch and umlaut-less German', () => {
    const recognizer = localRecognizer();
    expect(recognizer.classify('eh wa ken jij eigenlijk')[0].intent).toBe('help');
    expect(recognizer.classify('ik heb n boet gekrege wat mot ik doen')[0].intent).toBe('fine_status');
    expect(recognizer.classify('Ich moechte das nicht fortsetzen')[0].intent).toBe('cancel');
  });

  it('lets the trained model read a split compound like the compound', () => {
    const recognizer = localRecognizer();
    expect(recognizer.classify('wat is jullie rekening nummer')[0].intent).toBe('how_to_pay');
    expect(recognizer.classify('wat is jullie telefoon nummer')[0].intent).toBe('contact');
  });
});
