import { maskPersonalData } from '../domain/privacy/maskPersonalData';

/**
 * Log redaction, the safety net under the rule "log ids and outcomes only": whatever reaches the
 * log is scrubbed before it is written. Fields whose name says they hold personal data are
 * replaced whole (names cannot be recognised in free text, so they are caught by field name);
 * every other string goes through the personal-data masker (CJIB numbers, postcodes, IBANs,
 * e-mail addresses, phone numbers).
 */

const REDACTED = '[redacted]';

/** Field names that hold personal data or free text a citizen typed. */
const PERSONAL_FIELD =
  /^(name|fullname|firstname|lastname|surname|displayname|debtorname|username|text|message|utterance|query|speak|email|e-?mail|mail|phone|telephone|mobile|postcode|postalcode|zip|address|street|housenumber|iban|account|bankaccount|cjib|cjibnumber|paymentreference|dateofbirth|birthdate|dob|bsn|contact|password|secret|token|authorization|cookie|transcript|summary)$/i;

/** An error's class name ("MongoServerSelectionError") is useful and personal-free; keep it. */
const ERROR_CLASS_NAME = /^[A-Z][A-Za-z0-9]*(Error|Exception)$/;
const MAX_DEPTH = 6;

function redactValue(
  value: unknown,
  key: string,
  parentKey: string,
  depth: number,
  seen: WeakSet<object>,
): unknown {
  if (typeof value === 'string') {
    if (key === 'name' && /^(error|err|cause)$/i.test(parentKey) && ERROR_CLASS_NAME.test(value))
      return value;
    if (PERSONAL_FIELD.test(key)) return REDACTED;
    return maskPersonalData(value);
  }
  if (value === null || typeof value !== 'object') return value;
  if (PERSONAL_FIELD.test(key) && key !== 'message') return REDACTED;
  if (depth >= MAX_DEPTH || seen.has(value)) return '[…]';
  seen.add(value);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, key, parentKey, depth + 1, seen));
  if (value instanceof Date) return value;
  const source =
    value instanceof Error
      ? {
          name: value.name,
          message: value.message,
          stack: value.stack,
          code: (value as { code?: unknown }).code,
        }
      : value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(source as Record<string, unknown>))
    out[k] = redactValue(v, k, key, depth + 1, seen);
  return out;
}

/** A redacted copy of structured log fields. */
export function redactLogFields(fields: Record<string, unknown>): Record<string, unknown> {
  return redactValue(fields, '', '', 0, new WeakSet()) as Record<string, unknown>;
}

/** The log line's message, masked (it should never hold personal data, but if it does…). */
export function redactLogMessage(message: string): string {
  return maskPersonalData(message);
}
