/** All entities of one utterance, for the dialogs. Pure: no I/O, no model. */
import { extractAmountCents } from './amountEntity';
import { extractCjibNumber } from './cjibNumberEntity';
import { extractEmail } from './emailEntity';
import type { Entities } from './entities';
import { extractLicencePlate } from './licencePlateEntity';
import type { Locale } from './locale';
import { extractMonths } from './monthsEntity';
import { extractPhone } from './phoneEntity';
import { extractPostcode } from './postcodeEntity';
import { digitRuns, resolveDigits } from './spokenDigits';
import { extractYesNo } from './yesNo';

/**
 * `locale` is accepted for future locale-specific rules; every rule already understands nl, en,
 * de and pl, because citizens mix languages.
 */
export function extractEntities(text: string, _locale?: Locale): Entities {
  const entities: Entities = {};
  if (!text || !text.trim()) return entities;
  const tokens = resolveDigits(text);
  const runs = digitRuns(text, tokens);
  const digits = tokens
    .map((t) => t.digits ?? (t.kind === 'mixed' ? t.text.replace(/\D/g, '') : ''))
    .join('');
  if (digits) entities.digits = digits;

  const email = extractEmail(text);
  if (email) entities.email = email;
  // Digits inside an e-mail address are not numbers the citizen gave.
  const rest = email ? text.replace(new RegExp(escapeRegExp(email), 'i'), ' ') : text;

  const cjibNumber = extractCjibNumber(rest, email ? undefined : runs);
  if (cjibNumber) entities.cjibNumber = cjibNumber;
  const phone = extractPhone(rest);
  if (phone && phone.replace('+', '') !== cjibNumber) entities.phone = phone;
  const postcode = extractPostcode(rest);
  if (postcode) entities.postcode = postcode;
  const amountCents = extractAmountCents(rest);
  if (amountCents !== undefined) entities.amountCents = amountCents;
  const months = extractMonths(rest);
  if (months !== undefined) entities.months = months;
  const licencePlate = extractLicencePlate(rest);
  if (licencePlate && licencePlate.replace(/-/g, ' ') !== postcode?.value)
    entities.licencePlate = licencePlate;
  const yesNo = extractYesNo(text);
  if (yesNo !== undefined) entities.yesNo = yesNo;
  return entities;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
