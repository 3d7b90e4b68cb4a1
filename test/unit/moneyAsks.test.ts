import { grownFineCents } from '../../domain/knowledge/askedFirst';
import { feelingSaid } from '../../domain/knowledge/feelingSaid';
import { moneyAsk } from '../../domain/knowledge/moneyAsks';
import { situationLead } from '../../domain/knowledge/situationLead';
import { saysThanks } from '../../domain/language/conversationCues';
import { showsHardship } from '../../domain/handoff/hardshipSituation';

describe('moneyAsk (money questions with their own answer)', () => {
  it.each([
    ['stopt een betalingsregeling de verhoging?', 'instalments', 'arrangementIncreases'],
    ['does a payment plan stop the increase?', 'instalments', 'arrangementIncreases'],
    ['does a payment plan stop the extra charges from being added?', 'instalments', 'arrangementIncreases'],
    ['komen er nog verhogingen bij als ik een betalingsregeling heb?', 'instalments', 'arrangementIncreases'],
    ['are there still increases while I am on a payment plan?', 'instalments', 'arrangementIncreases'],
    ['wat is de langste regeling die ik kan krijgen', 'instalment_terms', 'longestArrangement'],
    ['what is the maximum duration of a payment plan', 'instalment_terms', 'longestArrangement'],
    ['wie lange ist die längste Ratenzahlung?', 'instalment_terms', 'longestArrangement'],
    [
      'wordt het termijnbedrag automatisch afgeschreven of moet ik zelf overmaken',
      'instalment_terms',
      'instalmentPayMethod',
    ],
    ['are the instalments taken by direct debit?', 'instalment_terms', 'instalmentPayMethod'],
    [
      'werden die Raten abgebucht oder muss ich selbst überweisen?',
      'instalment_terms',
      'instalmentPayMethod',
    ],
    [
      'mijn zoon van 16 heeft een boete gekregen op zijn scooter, moet ik dat betalen?',
      'beyond_knowledge',
      'minorFine',
    ],
    ['moet ik die betalen als ouder', 'beyond_knowledge', 'minorFine'],
    ['my daughter is 15 and got a fine on her moped', 'beyond_knowledge', 'minorFine'],
    ['mój syn ma 16 lat i dostał mandat', 'beyond_knowledge', 'minorFine'],
    [
      'Ik heb een boete op de auto van mijn bedrijf, kenteken staat op de bv',
      'beyond_knowledge',
      'companyVehicle',
    ],
    ['a fine on my company car, the registration is on my business', 'beyond_knowledge', 'companyVehicle'],
    ['Dostałem mandat na samochód mojej firmy, co teraz?', 'beyond_knowledge', 'companyVehicle'],
    [
      'Bußgeld für meinen Firmenwagen, das Kennzeichen läuft auf meine GmbH',
      'beyond_knowledge',
      'companyVehicle',
    ],
    ['ik zit in de schuldhulpverlening moet ik de boete nu nog betalen', 'noodstop', 'inDebtHelp'],
    ['ich bin in der Schuldnerberatung, muss ich das Bußgeld zahlen?', 'noodstop', 'inDebtHelp'],
    ['ik heb nooit een eerste brief gehad alleen nu de aanmaning', 'late_payment', 'noFirstLetter'],
    ['I never received the first letter, only the reminder', 'late_payment', 'noFirstLetter'],
  ])('"%s" -> %s (%s)', (text, topicId, lead) => {
    expect(moneyAsk(text)).toEqual({ topicId, lead });
  });

  it.each([
    ['ik wil een betalingsregeling maar kan maximaal 25 euro per maand', undefined],
    ['Ratenzahlung, höchstens 30 Euro im Monat', undefined],
    ['chcę raty, maksymalnie 40 euro miesięcznie', undefined],
    ['is een regeling van maximaal 36 maanden mogelijk?', 'longestArrangement'],
    ['payment plan, what is the max number of months?', 'longestArrangement'],
  ])('a cap on the own monthly amount is no question about the longest term: "%s"', (text, lead) => {
    expect(moneyAsk(text)?.lead).toBe(lead);
  });

  it.each([
    'kan ik in termijnen betalen?',
    'i got a fine for a company car, who has to pay it',
    'ik heb een boete met de auto van de zaak gekregen',
    'hoeveel maanden krijg ik bij 500 euro?',
    'ik heb de brief niet ontvangen',
    "I'm a debt counsellor, how do I contact CJIB for my client",
  ])('"%s" -> the usual routing', (text) => {
    expect(moneyAsk(text)).toBeUndefined();
  });

  it('a guardian or WSNP asked about deferral is the noodstop topic (its own situation lead)', () => {
    expect(moneyAsk('ik heb een bewindvoerder, kan ik uitstel krijgen')).toEqual({ topicId: 'noodstop' });
  });
});

describe('situationLead for short of money', () => {
  it.each([
    ['noodstop', 'waarom niet ik heb gewoon geen geld deze maand', 'whyNoArrangement'],
    ['noodstop', 'why not? I have no money this month', 'whyNoArrangement'],
    ['noodstop', 'ik heb deze maand even geen geld voor de boete', 'shortOfMoney'],
    ['instalments', 'ich habe diesen Monat kein Geld', 'shortOfMoney'],
    ['noodstop', 'ik heb schulden en deze maand geen geld', 'noodstopDebtHelp'],
  ] as const)('%s: "%s" -> %s', (topicId, text, lead) => {
    const found = situationLead(topicId, text);
    if (lead === 'noodstopDebtHelp') expect(found).not.toBe('shortOfMoney');
    else expect(found).toBe(lead);
  });
});

describe('grownFineCents: first and now', () => {
  it('reads "eerst 169 en nu ineens 253,50" as a fine of 169', () => {
    expect(
      grownFineCents('dit is echt diefstal!!! eerst 169 en nu ineens 253,50 voor 1 keer rood licht'),
    ).toBe(16900);
    expect(grownFineCents('first it was 100 euro now 150')).toBe(10000);
  });
});

describe('feelingSaid', () => {
  it.each([
    ['ik schaam me kapot', 'shame'],
    ["I'm so ashamed", 'shame'],
    ['dit is echt diefstal!!!', 'anger'],
    ['das ist Abzocke', 'anger'],
    ['ik heb die auto nodig voor mijn werk', 'need'],
    ['hoe betaal ik mijn boete', undefined],
  ])('"%s" -> %s', (text, feeling) => {
    expect(feelingSaid(text)).toBe(feeling);
  });
});

describe('thanks for the help, and rent due', () => {
  it('"top bedankt voor de hulp" is thanks', () => {
    expect(saysThanks('top bedankt voor de hulp')).toBe(true);
    expect(saysThanks('super, thank you for your help')).toBe(true);
  });
  it('"ik moet de huur nog betalen" shows hardship', () => {
    expect(showsHardship('mijn rekening is leeggehaald, ik moet de huur nog betalen')).toBe(true);
    expect(showsHardship('I still have to pay the rent')).toBe(true);
  });
});
