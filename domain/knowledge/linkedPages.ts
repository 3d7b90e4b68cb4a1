/**
 * The web pages an answer may link to: each one is a source cited in DOMAIN.md (the project keeps
 * its own copy of the list; it never reads the shared documents). A page the sources do not cite
 * may be gone or say something else, so no answer links to it (test/unit/faqLinks.test.ts).
 *
 * `nextStep`: the page is where the citizen does the next thing (the form to request instalments,
 * the way to object, the numbers to call). On SMS-like channels only such a link is sent: a text
 * message should be short, and a cjib.nl link sent for background reading looks like the fake
 * messages the CJIB warns about (DOMAIN.md §5).
 */
const PAGES: Record<string, { nextStep: boolean }> = {
  // §1: paying in instalments (the Dutch form; the English page on how to apply).
  'https://cjib.nl/betalen-delen-aanvragen': { nextStep: true },
  'https://www.cjib.nl/en/id-pay-my-fine-instalments': { nextStep: true },
  // §2: paying, procedures, reminders, bank debit.
  'https://www.cjib.nl/nieuws/gebruik-het-juiste-rekeningnummer': { nextStep: false },
  'https://www.cjib.nl/en/our-procedures-traffic-fines': { nextStep: false },
  'https://www.cjib.nl/en/our-procedures-punitive-orders': { nextStep: false },
  'https://www.cjib.nl/direct-regelen/geld-afgeschreven': { nextStep: true },
  // §3/§4: objecting and appealing.
  'https://www.cjib.nl/en/do-you-disagree-traffic-fine': { nextStep: true },
  'https://cjib.nl/en/do-you-disagree-traffic-fine': { nextStep: true },
  'https://www.cjib.nl/en/do-you-disagree-subdistrict-courts-ruling': { nextStep: true },
  'https://www.cjib.nl/ik-ben-het-niet-eens-met-een-strafbeschikking': { nextStep: true },
  'https://www.cjib.nl/ik-wil-met-een-brief-bezwaar-maken-tegen-mijn-verkeersboete': { nextStep: true },
  'https://www.juridischloket.nl/politie-en-justitie/justitie/bezwaar-boete-cjib/': { nextStep: false },
  // §5: victims, the European fine, abroad, scams, contact, privacy.
  'https://www.cjib.nl/direct-regelen/slachtoffers': { nextStep: false },
  'https://www.cjib.nl/Onderwerpen/Europese-uitwisseling-inning-boetes-en-confiscatiebeslissingen/Europese-boete/':
    { nextStep: false },
  'https://cjib.nl/en/what-cjib': { nextStep: false },
  'https://www.cjib.nl/de/was-ist-das-cjib': { nextStep: false },
  'https://cjib.nl/pl/co-jest-cjib': { nextStep: false },
  'https://www.cjib.nl/wat-doet-het-cjib-tegen-valse-e-mails': { nextStep: false },
  'https://www.cjib.nl/telefoonnummers': { nextStep: true },
  'https://www.cjib.nl/privacy-statement': { nextStep: false },
  'https://cjib.nl/en/your-rights-regarding-personal-data': { nextStep: false },
  // The site itself and its English part (§5: "cjib.nl has pages in … English (/en)").
  'https://www.cjib.nl': { nextStep: false },
  'https://www.cjib.nl/en': { nextStep: false },
};

/** Whether an answer may link to this page (a source DOMAIN.md cites). */
export function isLinkablePage(url: string): boolean {
  return Object.hasOwn(PAGES, url);
}

/** Whether the page is where the citizen does the next thing, not background reading. */
export function isNextStepPage(url: string): boolean {
  return isLinkablePage(url) && PAGES[url].nextStep;
}
