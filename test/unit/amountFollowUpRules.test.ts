import { DEFAULT_ARRANGEMENT_POLICY } from '../../domain/arrangement/arrangementPolicy';
import {
  asksMonthlyAmountOfTerms,
  asksTermsForAmount,
  namesMonthlyAmount,
  severalFines,
  termsForAmount,
} from '../../domain/arrangement/termsForAmountQuestion';
import { asksBareHowMuch, saysCannotPayIt } from '../../domain/knowledge/courtDepositFollowUp';
import { changesMindAfterStop, wantsStoppedFlowBack } from '../../domain/language/afterAll';
import {
  amountContextAfter,
  amountFollowUpOf,
  type AmountMessage,
} from '../../domain/knowledge/amountFollowUp';

describe('the term table for an amount the citizen names (DOMAIN.md §1.3)', () => {
  it.each([
    [28000, 6, 4666, 4670],
    [12000, 6, 2000, 2000],
    [11999, 3, 3999, 4001],
    [45000, 12, 3750, 3750],
    [400000, 36, 11111, 11115],
  ])('%i cents: %i months of %i, the last %i (it takes the rounding)', (cents, months, monthly, last) => {
    expect(termsForAmount(cents, DEFAULT_ARRANGEMENT_POLICY)).toEqual({
      kind: 'terms',
      amountCents: cents,
      months,
      monthlyCents: monthly,
      lastCents: last,
    });
  });

  it('below the EUR 75 minimum no arrangement', () => {
    expect(termsForAmount(7499, DEFAULT_ARRANGEMENT_POLICY)).toEqual({
      kind: 'belowMinimum',
      amountCents: 7499,
      minimumCents: 7500,
    });
  });

  it.each([
    'ik heb een boete van 280 euro, hoeveel maanden krijg ik dan?',
    'hoeveel termijnen krijg ik bij 500 euro?',
    'kan ik 600 euro in termijnen betalen?',
    'I have a fine of 280 euros, how many months do I get?',
    'how many instalments for 500 euros?',
    'Ich habe 280 Euro Bußgeld, wie viele Monate bekomme ich?',
    'kann ich 400 Euro in Raten zahlen?',
    'Mam mandat 280 euro, ile miesięcy dostanę?',
    'czy mogę zapłacić 300 euro na raty?',
  ])('asks about the terms: "%s"', (question) => {
    expect(asksTermsForAmount(question)).toBe(true);
  });

  it.each([
    'ik heb een boete van 280 euro',
    'I got a fine of 90 euros, how do I pay?',
    'wo zahle ich 50 Euro ein?',
  ])('no question about the terms: "%s"', (question) => {
    expect(asksTermsForAmount(question)).toBe(false);
  });

  it.each([
    'en hoeveel is dat per maand?',
    'how much is that a month?',
    'und wie viel im Monat?',
    'a ile to miesięcznie?',
  ])('the monthly amount: "%s"', (question) => {
    expect(asksMonthlyAmountOfTerms(question)).toBe(true);
  });

  it.each([
    ['ik kan maar 20 euro per maand', true],
    ['I can pay 50 a month', true],
    ['ich kann 30 € im Monat zahlen', true],
    ['mogę płacić 40 zł miesięcznie', true],
    ['payment plan please, I could pay sixty euros a month', true],
    ['ich kann fünfzig Euro im Monat zahlen', true],
    ['mogę płacić trzydzieści euro miesięcznie', true],
    ['kan ik 600 euro in termijnen betalen? hoeveel per maand is dat?', false],
  ])('an amount named per month: "%s" → %s', (message, monthly) => {
    expect(namesMonthlyAmount(message)).toBe(monthly);
  });

  it.each([
    ['en als ik 2 boetes heb?', 2],
    ['en als ik twee boetes heb?', 2],
    ['ik heb meerdere boetes', 0],
    ['what if I have two fines?', 2],
    ['und wenn ich 3 Bußgelder habe?', 3],
    ['a jeśli mam dwa mandaty?', 2],
    ['en als ik nog een boete van 100 euro heb?', 0],
  ])('several fines: "%s" → %i', (message, count) => {
    expect(severalFines(message)).toBe(count);
  });

  it('one fine is not several', () => {
    expect(severalFines('ik heb een boete van 280 euro')).toBeUndefined();
  });
});

describe('follow-ups on the kantonrechter security deposit (DOMAIN.md §4)', () => {
  it.each([
    'hoeveel?',
    'en hoeveel dan?',
    'Hoeveel moet ik dan betalen?',
    'how much?',
    'how much is it?',
    'wie viel?',
    'und wie viel muss ich zahlen?',
    'ile?',
    'a ile to jest?',
  ])('a bare "how much": "%s"', (message) => {
    expect(asksBareHowMuch(message)).toBe(true);
  });

  it.each([
    'hoeveel kost een advocaat?',
    'how much is my fine for speeding in Utrecht?',
    'hoeveel maanden krijg ik?',
  ])('a question of its own: "%s"', (message) => {
    expect(asksBareHowMuch(message)).toBe(false);
  });

  it.each([
    'en als ik dat niet kan betalen?',
    'ik kan het niet betalen',
    'what if I cannot pay it?',
    "and if I can't afford it?",
    'und wenn ich das nicht bezahlen kann?',
    'a jeśli nie mogę tego zapłacić?',
    'nie stać mnie',
  ])('cannot pay it: "%s"', (message) => {
    expect(saysCannotPayIt(message)).toBe(true);
  });
});

describe('"toch wel" after a stop', () => {
  it.each([
    ['ik wil toch wel mijn boete zien', 'fine_status'],
    ['toch wel', 'fine_status'],
    ['laat toch maar zien', 'fine_status'],
    ['actually I do want to see my fine', 'fine_status'],
    ['doch, ich möchte meine Strafe sehen', 'fine_status'],
    ['jednak chcę zobaczyć mój mandat', 'fine_status'],
    ['toch maar een betalingsregeling', 'payment_arrangement'],
    ['I want the payment plan after all', 'payment_arrangement'],
  ] as const)('"%s" wants the %s back', (message, flow) => {
    expect(wantsStoppedFlowBack(message, flow)).toBe(true);
  });

  it.each(['toch niet', 'hoe kan ik betalen?', 'nee dank u'])('"%s" does not', (message) => {
    expect(wantsStoppedFlowBack(message, 'fine_status')).toBe(false);
  });

  it('"doch nicht" is no change of mind', () => {
    expect(changesMindAfterStop('doch nicht')).toBe(false);
  });
});

describe('which amount follow-up a message is (amountFollowUpOf)', () => {
  const message = (text: string, rest: Partial<AmountMessage> = {}): AmountMessage => ({
    text,
    ownFines: false,
    first: false,
    ...rest,
  });

  it('after the kantonrechter a bare "hoeveel?" is the deposit, and not being able to pay it the waiver', () => {
    expect(amountFollowUpOf(message('hoeveel?', { topic: 'court_appeal' }))).toBe('deposit');
    expect(amountFollowUpOf(message('en als ik dat niet kan betalen?', { topic: 'court_appeal' }))).toBe(
      'waiver',
    );
    expect(amountFollowUpOf(message('hoeveel dan?', { kept: { kind: 'courtDeposit' } }))).toBe('deposit');
  });

  it('after the term table the monthly amount of the amount named, and several fines counted together', () => {
    const kept = { kind: 'terms', amountCents: 28000 } as const;
    expect(amountFollowUpOf(message('en hoeveel is dat per maand?', { kept }))).toBe('monthly');
    expect(amountFollowUpOf(message('en als ik 2 boetes heb?', { kept }))).toBe('several');
    // Without an amount named before there is no monthly amount to work out.
    expect(
      amountFollowUpOf(message('en hoeveel is dat per maand?', { kept: { kind: 'terms' } })),
    ).toBeUndefined();
  });

  it("a monthly amount of one's own after the arrangement topics is for staff; income is not an offer", () => {
    const own = message('ik kan maar 20 euro per maand', {
      amountCents: 2000,
      topic: 'personal_arrangement',
    });
    expect(amountFollowUpOf(own)).toBe('ownMonthly');
    expect(amountFollowUpOf({ ...own, ownFines: true })).toBeUndefined();
    expect(
      amountFollowUpOf(
        message('ik verdien maar 900 euro per maand', { amountCents: 90000, topic: 'personal_arrangement' }),
      ),
    ).toBeUndefined();
  });

  it('a bare "hoeveel?" after an answer about an amount is that answer again, unless the own fines are known', () => {
    expect(amountFollowUpOf(message('hoeveel?', { topic: 'late_payment' }))).toBe('again');
    expect(amountFollowUpOf(message('hoeveel?', { topic: 'late_payment', ownFines: true }))).toBeUndefined();
    expect(amountFollowUpOf(message('hoeveel?', { topic: 'photo' }))).toBeUndefined();
  });

  it('a new question with its amount starts the term table, only as a new question', () => {
    const asked = message('ik heb een boete van 280 euro, hoeveel maanden krijg ik?', { amountCents: 28000 });
    expect(amountFollowUpOf({ ...asked, first: true })).toBe('terms');
    expect(amountFollowUpOf(asked)).toBeUndefined();
    expect(amountFollowUpOf({ ...asked, first: true, ownFines: true })).toBeUndefined();
  });

  it('the term topics set the context; the kantonrechter sets the deposit; otherwise what was kept', () => {
    expect(amountContextAfter('instalment_terms', undefined)).toEqual({ kind: 'terms' });
    expect(amountContextAfter('instalments', { kind: 'terms', amountCents: 500 })).toEqual({
      kind: 'terms',
      amountCents: 500,
    });
    expect(amountContextAfter('court_appeal', { kind: 'terms' })).toEqual({ kind: 'courtDeposit' });
    expect(amountContextAfter(undefined, { kind: 'courtDeposit' })).toEqual({ kind: 'courtDeposit' });
  });
});
