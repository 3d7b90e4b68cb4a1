import { scheduleObjection } from '../../../domain/arrangement/scheduleObjection';

describe('scheduleObjection: an answer to the proposed schedule', () => {
  it.each([
    'dat is te veel per maand',
    'Het maandbedrag is te hoog',
    'dat kan ik niet opbrengen',
    'ik kan dit niet betalen',
    'dat lukt mij niet elke maand',
    'ik kan maar 20 euro per maand betalen',
    "I can't afford that",
    "I can't pay that much",
    "That's too expensive for me",
    'I can only pay 30 a month',
    'Das kann ich mir nicht leisten',
    'Das ist mir zu viel im Monat',
    'So viel kann ich nicht zahlen',
    'Ich kann nur 50 € im Monat zahlen',
    'To dla mnie za dużo',
    'Nie dam rady tyle płacić',
    'nie stać mnie na to',
    'Mogę płacić tylko 40 euro miesięcznie',
    // A reason with "too high" is why it is too high: a personal arrangement fits the income.
    'te hoog, ik ben net mijn baan kwijt',
    '45 euro per maand is te veel voor mij, ik heb een uitkering',
    'kan niet zoveel per maand',
    'kan niet zoveel per maand, ik ben ontslagen',
    "too much, I just lost my job",
    'Zu hoch, ich bin arbeitslos',
    'Za dużo, jestem bezrobotny',
  ])('"%s": the monthly amount is too high', (answer) => {
    expect(scheduleObjection(answer)).toBe('tooHigh');
  });

  it.each([
    'ik kan helemaal niet betalen',
    'Ik heb schulden, ik kan niks betalen',
    'ik heb helemaal geen geld',
    'I cannot pay at all, I have debts',
    'I have no money at all',
    'Ich kann überhaupt nicht zahlen',
    'Ich habe gar kein Geld',
    'W ogóle nie mogę zapłacić',
    'Nie mam z czego zapłacić',
    'Mam długi',
    'mam dużo długów',
    "I'm on benefits and can't afford this",
    // Debts win over "too high": a person with debts needs the noodstop.
    'dat is te veel, ik heb al schulden',
  ])('"%s": cannot pay at all', (answer) => {
    expect(scheduleObjection(answer)).toBe('cannotPay');
  });

  it.each([
    'ja',
    'Ja, aanvragen',
    'nee',
    'nee, dat wil ik niet',
    'Nee, dat hoeft niet, ik betaal alles in één keer',
    'ik kan niet betalen',
    'I cannot pay',
    'kan het ook in 12 maanden?',
    // "Długo" is long, not a debt.
    '12 miesięcy to za długo, może być 6?',
    'yes please',
    'ja, dat is niet te veel',
    'ja dat kan ik betalen',
    'Yes, I can manage that',
    'Nie, to nie dla mnie',
    'mijn e-mailadres is jan@example.nl',
    '06 12345678',
  ])('"%s": no objection (the intent or yes/no decides)', (answer) => {
    expect(scheduleObjection(answer)).toBeUndefined();
  });
});
