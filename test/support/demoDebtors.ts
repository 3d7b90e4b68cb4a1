/**
 * The demo back office's debtors (data/collection-demo.json): the CJIB number of one of their letters
 * and the postcode it was sent to, as a citizen types them. Amounts are those of the reference date.
 */
export const DEMO_DEBTORS = {
  D01: { number: '9698948614580658', postcode: '8911 AB' }, // € 129,00 → 6 months of € 21,50
  D02: { number: '3338082450532785', postcode: '3512 KL' }, // two claims (a reminder with an increase), € 551,50 → 12 months
  D03: { number: '5320466536506279', postcode: '1017 CX' }, // € 45 fine: below the € 75 minimum
  D04: { number: '1859977345740978', postcode: '9711 LM' }, // bailiff
  D05: { number: '4516092382100863', postcode: '5611 EZ' }, // appeal pending
  D06: { number: '9716112721023794', postcode: '3021 BR' }, // broke an arrangement on 15 Aug 2026; due 13 Nov 2026
  D07: { number: '1859501187398067', postcode: '6511 PP' }, // running arrangement, 5 of 9 paid
  D08: { number: '2166002043392129', postcode: '2511 CV' }, // everything paid
  D09: { number: '1852906095141302', postcode: '7511 JE' }, // strafbeschikking, € 574,00 → 12 months
  D10: { number: '5111941022799767', postcode: '4811 XJ' }, // victim compensation, € 2.480,00 → 24 months
  D11: { number: '0543793058155523', postcode: '47533' }, // Germany, € 4.359,00 → 36 months
  D12: { number: '1624689630323359', postcode: '61-001' }, // Poland, € 167,00 → 6 months
  D13: { number: '2342145524857394', postcode: '1071 DJ' }, // two claims, € 1.420,00 → 18 months
} as const;

export type DemoDebtorId = keyof typeof DEMO_DEBTORS;

/** A CJIB number and the postcode a citizen gives with it. */
export interface Identification {
  number: string;
  postcode: string;
}

/** The demo data's reference date, as the app's clock. */
export const DEMO_CLOCK = { now: (): Date => new Date('2026-11-22T10:00:00+01:00') };
