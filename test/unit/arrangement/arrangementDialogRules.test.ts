import { arrangementDraft } from '../../../domain/arrangement/arrangementDraft';
import { claimLine, claimLines } from '../../../domain/arrangement/claimLines';
import {
  asksAboutContact,
  contactGivenAlong,
  emailInTwoParts,
  isPlainNo,
  saysHasNoContact,
  wantsOtherContact,
  wantsPhoneCall,
} from '../../../domain/arrangement/contactAnswer';
import { instalmentSchedule } from '../../../domain/arrangement/instalmentSchedule';
import { ownAmountThatFits } from '../../../domain/arrangement/ownAmountFits';
import { asksOwnQuestion } from '../../../domain/arrangement/ownQuestion';
import { arrangementIdempotencyKey } from '../../../domain/arrangement/requestIdentity';
import type { Claim } from '../../../domain/claims/claim';

const claim: Claim = {
  cjibNumber: '9698948614580658',
  debtorId: 'D01',
  type: 'wahv',
  letterCode: 'M',
  description: { nl: 'Snelheidsovertreding', en: 'Speeding' },
  licencePlate: 'GZ-123-K',
  offenceDate: '2026-10-02',
  issueDate: '2026-10-20',
  dueDate: '2026-12-15',
  stage: 'open',
  amounts: { fine: 12000, increase: 0, adminCosts: 900, paid: 0 },
};

describe('the rules of the arrangement dialog', () => {
  it('the draft request is keyed by what is requested', () => {
    const schedule = instalmentSchedule(12900, 6, '2026-12-22');
    const draft = arrangementDraft('D01', [claim], schedule);
    expect(draft).toEqual({
      idempotencyKey: arrangementIdempotencyKey({
        debtorId: 'D01',
        cjibNumbers: [claim.cjibNumber],
        totalCents: 12900,
        months: 6,
        firstDueDate: '2026-12-22',
      }),
      debtorId: 'D01',
      cjibNumbers: [claim.cjibNumber],
      months: 6,
      totalAmount: 12900,
      monthlyAmount: 2150,
      firstDueDate: '2026-12-22',
    });
  });

  it('a claim line keeps what the replies name, not the licence plate, full number or dates', () => {
    expect(claimLine(claim)).toEqual({
      description: { nl: 'Snelheidsovertreding', en: 'Speeding' },
      numberEnding: '0658',
      openCents: 12900,
      type: 'wahv',
      // What "why so much?" at the schedule breaks down.
      amounts: { fine: 12000, increase: 0, adminCosts: 900, paid: 0 },
    });
    const lines = claimLines([], [{ claim, reason: 'bailiff' }]);
    expect(lines.excluded).toEqual([{ claim: claimLine(claim), reason: 'bailiff' }]);
    expect(JSON.stringify(lines)).not.toMatch(/GZ-123-K|9698948614580658|2026-/);
  });

  it('an own monthly amount fits at or above the proposed one, not when the citizen cannot pay', () => {
    expect(ownAmountThatFits('kan ik 50 euro per maand betalen?', 5000, 2150)).toBe(5000);
    expect(ownAmountThatFits('ik kan maar 20 euro per maand betalen', 2000, 2150)).toBeUndefined();
    expect(ownAmountThatFits('ja', undefined, 2150)).toBeUndefined();
  });

  it('a question of the citizen’s own, not "wat bedoel je?" or a bare question mark', () => {
    expect(asksOwnQuestion('Kan ik het later nog aanpassen?')).toBe(true);
    expect(asksOwnQuestion('wat bedoel je?')).toBe(false);
    expect(asksOwnQuestion('?')).toBe(false);
  });

  it('contact answers', () => {
    expect(emailInTwoParts('jan.jansen', '@gmail.com')).toBe('jan.jansen@gmail.com');
    expect(wantsPhoneCall('bel me maar')).toBe(true);
    expect(wantsPhoneCall('bel me niet')).toBe(false);
    expect(wantsOtherContact('ik wil een ander e-mailadres')).toBe(true);
    expect(asksAboutContact('krijg ik een bevestiging?')).toBe(true);
    expect(saysHasNoContact('ik heb geen e-mail')).toBe(true);
    expect(saysHasNoContact('mijn e-mail is jan@example.nl')).toBe(false);
    expect(isPlainNo('jednak nie')).toBe(true);
    expect(isPlainNo('actually no')).toBe(true);
    expect(isPlainNo('nie wiem')).toBe(false);
  });

  it('a contact given along: a phone number not from a message with the CJIB number or postcode in it', () => {
    expect(contactGivenAlong({ email: 'jan@example.nl' })).toEqual({ email: 'jan@example.nl' });
    expect(contactGivenAlong({ phone: '0612345678' })).toEqual({ phone: '0612345678' });
    expect(contactGivenAlong({ phone: '0612345678', cjibNumber: '9698948614580658' })).toBeUndefined();
    expect(contactGivenAlong({})).toBeUndefined();
  });
});
