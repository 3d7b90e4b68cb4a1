import { arrangementForSanction } from '../../../domain/arrangement/sanctionArrangement';

describe('an arrangement wished for another sanction', () => {
  it.each([
    ['ik wil een regeling voor de schadevergoeding die ik moet betalen', 'compensation'],
    ['regeling voor mijn strafbeschikking', 'penalOrder'],
    ['I want a payment plan for my compensation order', 'compensation'],
    ['Ich möchte eine Ratenzahlung für meinen Strafbefehl', 'penalOrder'],
    ['chcę rozłożyć odszkodowanie na raty', 'compensation'],
  ])('"%s": %s', (message, sanction) => expect(arrangementForSanction(message)).toBe(sanction));

  it.each([
    'wat is een schadevergoedingsmaatregel',
    'kan ik mijn strafbeschikking in termijnen betalen?',
    'ik heb een regeling voor de schadevergoeding maar ik heb een termijn gemist',
    'ik wil een betalingsregeling',
  ])('not "%s"', (message) => expect(arrangementForSanction(message)).toBeUndefined());
});
