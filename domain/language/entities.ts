/** Entities the dialogs use, as extracted from one utterance. Values are normalised. */
export interface Entities {
  /** 16 digits (or a 9-digit legacy number), separators and spoken digits removed. */
  cjibNumber?: string;
  /** Postcode normalised: Dutch "1234 AB", foreign as written without surrounding noise. */
  postcode?: { value: string; country: 'NL' | 'foreign' };
  /** An amount of money in euro cents. */
  amountCents?: number;
  /** A number of months. */
  months?: number;
  email?: string;
  /** Phone number as digits with optional leading "+". */
  phone?: string;
  /** Licence plate normalised to upper case with dashes as written or inferred. */
  licencePlate?: string;
  /** A yes/no answer in any supported language. */
  yesNo?: boolean;
  /** All digits of the utterance, spoken digits included (for DTMF and free number capture). */
  digits?: string;
}
