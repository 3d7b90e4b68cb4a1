import { asksIfWaitingCostsMore, pressureSituation } from '../../domain/handoff/pressureSituation';

describe('pressureSituation', () => {
  it.each([
    [
      'ik schaam me er echt voor maar ik heb al 4 boetes open staan en ik weet niet meer hoe ik het moet betalen',
      'shame',
    ],
    ["I'm so embarrassed, I have three fines I haven't paid", 'shame'],
    ['ich schäme mich, ich habe drei offene Bußgelder', 'shame'],
    ['wstydzę się, mam trzy niezapłacone mandaty', 'shame'],
    ['ik heb een brief van jullie maar ik kan niet zo goed lezen. wat staat erin', 'cannotRead'],
    ["I can't read very well, what does the letter say", 'cannotRead'],
    ['ich kann nicht so gut lesen, was steht im Brief', 'cannotRead'],
    ['nie umiem dobrze czytać, co jest w tym piśmie', 'cannotRead'],
    ['ik heb n boet gekrege wat mot ik doen', 'fineWhatNow'],
    ['boete gehad wat moet ik ermee', 'fineWhatNow'],
    ['got a fine what do i do', 'fineWhatNow'],
    ['ik heb een boete van 400 euro gekregen, hoe kan dat zo hoog??', 'amountTooHigh'],
    ['why is my fine so high', 'amountTooHigh'],
    ['warum ist das Bußgeld so hoch', 'amountTooHigh'],
    ['dlaczego mandat jest tak wysoki', 'amountTooHigh'],
    ['heb ik nou een strafblad door die boete? ik ben bang dat ik mn baan verlies', 'criminalRecord'],
    ['will this fine give me a criminal record', 'criminalRecord'],
    ['bekomme ich wegen des Bußgelds eine Vorstrafe', 'criminalRecord'],
    ['ik betaal niks meer', 'refusesToPay'],
    [
      'KUT CJIB jullie zijn echt oplichters, 3 keer verhoging voor 1 boete van 90 euro. ik betaal niks meer',
      'refusesToPay',
    ],
    ["I'm not paying anything anymore", 'refusesToPay'],
    ['ich zahle nichts mehr', 'refusesToPay'],
    ['nic więcej nie zapłacę', 'refusesToPay'],
    ['ik lag in het ziekenhuis en kon niet betalen, kan de verhoging eraf?', 'increaseWaiver'],
    ['can the increase be waived, I was ill', 'increaseWaiver'],
    ['kann die Erhöhung erlassen werden', 'increaseWaiver'],
    ['wat zei je nou over die gemeente, waar moet ik heen', 'debtHelpWhere'],
    ['where do I find the municipality debt help', 'debtHelpWhere'],
  ])('%p is %p', (text, situation) => {
    expect(pressureSituation(text)).toBe(situation);
  });

  it.each([
    'ik kan niks meer betalen',
    'het maandbedrag is te hoog',
    'ik wil niet meer leven',
    'I cannot read the letter, it is in Dutch',
    'hoe betaal ik mijn boete',
    'ik wil een betalingsregeling',
    'ik zal morgen betalen',
    'zapłacę jutro',
  ])('%p is none of them', (text) => {
    expect(pressureSituation(text)).toBeUndefined();
  });
});

describe('pressureSituation: a fine and what to do, nothing more', () => {
  it.each([
    'I got a fine from Germany, what do I do?',
    'ik heb een taakstraf gekregen, wat moet ik doen',
    'Ein Gerichtsvollzieher hat mir geschrieben, was soll ich tun?',
  ])('%p has a question of its own', (text) => {
    expect(pressureSituation(text)).toBeUndefined();
  });
});

describe('pressureSituation: what happens if one does not pay is a question, not a refusal', () => {
  it.each([
    'a jeśli nie zapłacę?',
    'co jeśli nigdy nie zapłacę mandatu',
    'wat als ik niks betaal',
    'what happens if I never pay',
  ])('%p', (text) => {
    expect(pressureSituation(text)).toBeUndefined();
  });
});

describe('asksIfWaitingCostsMore', () => {
  it('hears whether waiting for the call costs more', () => {
    expect(asksIfWaitingCostsMore('komt er dan een verhoging bij als jullie pas morgen bellen?')).toBe(true);
    expect(asksIfWaitingCostsMore('wird es teurer, wenn Sie erst morgen anrufen?')).toBe(true);
    expect(asksIfWaitingCostsMore('kan de verhoging eraf?')).toBe(false);
    expect(asksIfWaitingCostsMore('hoe laat bellen jullie?')).toBe(false);
  });
});

describe('pressureSituation: an instalment too high is the arrangement question', () => {
  it.each([
    'The monthly amount of my payment arrangement is too high for me',
    'de termijnen van mijn regeling zijn te hoog',
  ])('%p', (text) => {
    expect(pressureSituation(text)).toBeUndefined();
  });
});
