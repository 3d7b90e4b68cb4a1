import { ownClaimQuestion } from '../../domain/language/ownClaimQuestion';

describe('the amount asked once more after the fines were shown', () => {
  it.each([
    'hoeveel is dat samen?',
    'Hoeveel is dat bij elkaar?',
    'wat is het totaal',
    'kunt u het bedrag herhalen',
    'kunt u het bedrag nog een keer zeggen',
    'hoeveel moest ik ook alweer betalen',
    'how much was that in total',
    "what's the total?",
    'repeat the amount please',
    'wie viel ist das insgesamt?',
    'können Sie den Betrag wiederholen',
    'wie viel musste ich nochmal zahlen',
    'ile to jest razem?',
    'proszę powtórzyć kwotę',
    // What it costs altogether.
    'ile to kosztuje razem?',
    'hoeveel kost het samen?',
    'how much does it cost in total?',
    'wie viel kostet das insgesamt?',
    // The amount asked "again".
    'how much is it again',
    'How much was that again?',
    'wie viel war das nochmal?',
    'wie viel ist es noch mal',
    'ile to było jeszcze raz?',
    'ile to jeszcze raz kosztuje',
  ])('"%s" is the total', (text) => {
    expect(ownClaimQuestion(text)).toBe('total');
  });

  it.each([
    ['hoeveel is dat samen per maand?', 'monthlyAmount'],
    ['hoeveel moet ik nog betalen?', 'openAmount'],
    ['kan ik het totaal in termijnen betalen?', undefined],
    ['what was the amount again?', 'openAmount'],
    ['how much is it again per month?', 'monthlyAmount'],
  ])('"%s" stays %s', (text, expected) => {
    expect(ownClaimQuestion(text)).toBe(expected);
  });

  it('a question about the total is no request to hear it', () => {
    expect(ownClaimQuestion('waarom is het totaal zo hoog?')).not.toBe('total');
  });
});
