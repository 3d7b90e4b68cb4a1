/**
 * Checks of back-office records at the boundary (HTTP answers, fixture files): a record that does
 * not have the shape the domain expects is refused here instead of surfacing as a wrong amount.
 */
import { CLAIM_STAGES, type Claim, type Debtor } from '../../domain/claims/claim';
import type {
  ArrangementReceipt,
  ArrangementRequestStatus,
  ArrangementSubmission,
  DebtorArrangementStatus,
} from '../../domain/ports/collectionSystem';

export class RecordShapeError extends Error {
  constructor(what: string) {
    super(`malformed back-office record: ${what}`);
    this.name = 'RecordShapeError';
  }
}

type Obj = Record<string, unknown>;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const REQUEST_STATUSES: ArrangementRequestStatus[] = ['received', 'in_review', 'granted', 'refused'];

function obj(value: unknown, what: string): Obj {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new RecordShapeError(what);
  return value as Obj;
}
function str(o: Obj, key: string, what: string, optional = false): void {
  if (optional && o[key] === undefined) return;
  if (typeof o[key] !== 'string') throw new RecordShapeError(`${what}.${key}`);
}
function date(o: Obj, key: string, what: string, optional = false): void {
  if (optional && o[key] === undefined) return;
  if (typeof o[key] !== 'string' || !ISO_DATE.test(o[key] as string))
    throw new RecordShapeError(`${what}.${key}`);
}
function cents(o: Obj, key: string, what: string): void {
  if (!Number.isSafeInteger(o[key]) || (o[key] as number) < 0) throw new RecordShapeError(`${what}.${key}`);
}

export function asClaim(value: unknown): Claim {
  const c = obj(value, 'claim');
  for (const key of ['cjibNumber', 'debtorId', 'type', 'letterCode']) str(c, key, 'claim');
  for (const key of ['offenceDate', 'issueDate', 'dueDate']) date(c, key, 'claim');
  str(c, 'licencePlate', 'claim', true);
  if (!(CLAIM_STAGES as readonly unknown[]).includes(c.stage)) throw new RecordShapeError('claim.stage');
  const description = obj(c.description, 'claim.description');
  if (!Object.values(description).every((v) => typeof v === 'string'))
    throw new RecordShapeError('claim.description');
  const amounts = obj(c.amounts, 'claim.amounts');
  for (const key of ['fine', 'increase', 'adminCosts', 'paid']) cents(amounts, key, 'claim.amounts');
  if (c.arrangement !== undefined) {
    const a = obj(c.arrangement, 'claim.arrangement');
    str(a, 'reference', 'claim.arrangement');
    date(a, 'startDate', 'claim.arrangement');
    for (const key of ['months', 'monthlyAmount', 'instalmentsPaid']) cents(a, key, 'claim.arrangement');
  }
  return c as unknown as Claim;
}

export function asDebtor(value: unknown): Debtor {
  const d = obj(value, 'debtor');
  for (const key of ['id', 'name', 'postcode']) str(d, key, 'debtor');
  for (const key of ['houseNumber', 'language', 'country']) str(d, key, 'debtor', true);
  for (const key of ['dateOfBirth', 'brokenArrangementOn']) date(d, key, 'debtor', true);
  return d as unknown as Debtor;
}

export function asReceipt(value: unknown): ArrangementReceipt {
  const r = obj(value, 'receipt');
  str(r, 'reference', 'receipt');
  if (!REQUEST_STATUSES.includes(r.status as ArrangementRequestStatus))
    throw new RecordShapeError('receipt.status');
  return { reference: r.reference as string, status: r.status as ArrangementRequestStatus };
}

export function asArrangementStatus(value: unknown): DebtorArrangementStatus {
  const s = obj(value, 'arrangementStatus');
  if (!Array.isArray(s.active)) throw new RecordShapeError('arrangementStatus.active');
  for (const a of s.active) {
    const o = obj(a, 'arrangementStatus.active');
    str(o, 'reference', 'arrangementStatus.active');
    date(o, 'startDate', 'arrangementStatus.active');
    for (const key of ['months', 'monthlyAmount', 'instalmentsPaid'])
      cents(o, key, 'arrangementStatus.active');
    if (!Array.isArray(o.cjibNumbers) || !o.cjibNumbers.every((n) => typeof n === 'string')) {
      throw new RecordShapeError('arrangementStatus.active.cjibNumbers');
    }
  }
  date(s, 'brokenArrangementOn', 'arrangementStatus', true);
  return s as unknown as DebtorArrangementStatus;
}

/** The body of a submission (the idempotency key travels in a header). */
export function asSubmissionBody(value: unknown): Omit<ArrangementSubmission, 'idempotencyKey'> {
  const s = obj(value, 'submission');
  for (const key of ['reference', 'debtorId', 'language']) str(s, key, 'submission');
  date(s, 'firstDueDate', 'submission');
  for (const key of ['months', 'totalAmount', 'monthlyAmount']) cents(s, key, 'submission');
  if (
    !Array.isArray(s.cjibNumbers) ||
    s.cjibNumbers.length === 0 ||
    !s.cjibNumbers.every((n) => typeof n === 'string')
  ) {
    throw new RecordShapeError('submission.cjibNumbers');
  }
  const contact = obj(s.contact, 'submission.contact');
  str(contact, 'email', 'submission.contact', true);
  str(contact, 'phone', 'submission.contact', true);
  return {
    reference: s.reference as string,
    debtorId: s.debtorId as string,
    cjibNumbers: [...(s.cjibNumbers as string[])],
    months: s.months as number,
    totalAmount: s.totalAmount as number,
    monthlyAmount: s.monthlyAmount as number,
    firstDueDate: s.firstDueDate as string,
    contact: {
      ...(contact.email ? { email: contact.email as string } : {}),
      ...(contact.phone ? { phone: contact.phone as string } : {}),
    },
    language: s.language as string,
  };
}
