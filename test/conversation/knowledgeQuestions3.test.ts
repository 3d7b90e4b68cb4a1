import {
  describeKnowledgeConversations,
  type KnowledgeConversation as Conversation,
} from '../support/knowledgeConversations';

/**
 * A third, blind round of citizens' knowledge questions (nl/en/de/pl, web chat and phone) that were
 * answered with a neighbouring topic, a lookup or "I don't understand": "herinnering" for a reminder,
 * the administration costs, a letter for someone who no longer lives here, the judge's ruling, "not
 * the driver" in a fine from abroad, and follow-ups that lean on the answer just given ("hoeveel is dat
 * bij een boete van 100 euro?", "kan ik daar iets tegen doen?", "hoe lang duurt het voor ik antwoord
 * krijg?", "hoe lang heb ik daarvoor?"). The reply must contain every `has` pattern and none of the
 * `not` patterns; on the phone the caller must hear it.
 */
/** The lookup's question for the number: a follow-up about the answer must not start the lookup. */
const ASKS_NUMBER =
  /CJIB-nummer nodig|need the CJIB number|CJIB-Nummer|numeru CJIB|Wat is het CJIB-nummer|What is the CJIB number/;
/** The router's "which of these topics?" after a message it could not place. */
const NOT_UNDERSTOOD =
  /weet niet zeker wat u bedoelt|not sure what you mean|nicht sicher, was Sie meinen|Nie jestem pewien/;

const CONVERSATIONS: Conversation[] = [
  // Reminders and increases: "herinnering", the amount for a given fine, the admin costs
  {
    name: 'a reminder called herinnering, then how much is added (nl, phone)',
    locale: 'nl-NL',
    phone: true,
    turns: [
      {
        says: 'ik heb een betalingsherinnering gekregen',
        has: [/1,5 keer/, /3 keer/],
        not: [NOT_UNDERSTOOD],
      },
      { says: 'hoeveel komt erbij', has: [/1,5 keer/], not: [ASKS_NUMBER] },
    ],
  },
  {
    name: 'a reminder from the CJIB, not a lookup (nl)',
    locale: 'nl-NL',
    turns: [{ says: 'ik heb een herinnering gehad van het cjib', has: [/1,5 keer/], not: [ASKS_NUMBER] }],
  },
  {
    name: 'paying late, then for a fine of 100 euro and 200 euro (nl)',
    locale: 'nl-NL',
    turns: [
      { says: 'wat gebeurt er als ik te laat betaal', has: [/1,5 keer/] },
      {
        says: 'hoeveel is dat dan bij een boete van 100 euro?',
        has: [/€ 150,00/, /€ 300,00/, /administratiekosten/],
        not: [ASKS_NUMBER],
      },
      { says: 'en bij 200 euro?', has: [/€ 300,00/, /€ 600,00/], not: [/maanden/] },
    ],
  },
  {
    name: 'paying late, then a fine of a hundred euro in words (nl, phone)',
    locale: 'nl-NL',
    phone: true,
    turns: [
      { says: 'wat gebeurt er als ik te laat betaal', has: [/1,5 keer/] },
      {
        says: 'hoeveel is dat bij een boete van honderd euro',
        has: [/150 euro/, /300 euro/],
        not: [ASKS_NUMBER],
      },
    ],
  },
  {
    name: 'a reminder, then if the fine was 100 euros (en)',
    locale: 'en-GB',
    turns: [
      { says: 'i got a reminder, how much extra do i have to pay', has: [/1\.5 times/] },
      { says: 'and if the fine was 100 euros?', has: [/€150\.00/, /€300\.00/] },
    ],
  },
  {
    name: 'a reminder, then how much is that (en, phone)',
    locale: 'en-GB',
    phone: true,
    turns: [
      { says: 'I got a reminder', has: [/1\.5 times/] },
      { says: 'how much is that', has: [/1\.5 times/, /3 times/], not: [ASKS_NUMBER] },
    ],
  },
  {
    name: 'a reminder, then how much more (pl)',
    locale: 'pl-PL',
    turns: [
      { says: 'Dostałem upomnienie', has: [/1,5 raza/] },
      { says: 'ile więcej muszę zapłacić?', has: [/1,5 raza/, /3 razy/], not: [ASKS_NUMBER] },
    ],
  },
  {
    name: 'a Mahnung, then for 80 euro (de)',
    locale: 'de-DE',
    turns: [
      { says: 'Ich habe eine Mahnung bekommen', has: [/1,5-Fache/] },
      { says: 'und bei 80 Euro?', has: [/120,00\s€/, /240,00\s€/] },
    ],
  },
  {
    name: 'doing nothing with the fine, then still not paying (nl)',
    locale: 'nl-NL',
    turns: [
      {
        says: 'wat als ik gewoon niks doe met die boete',
        has: [/1,5 keer/, /3 keer/],
        not: [NOT_UNDERSTOOD],
      },
      { says: 'en als ik dan nog steeds niet betaal?', has: [/deurwaarder/, /beslagvrije voet/] },
    ],
  },
  {
    name: 'what the administration costs are (nl)',
    locale: 'nl-NL',
    turns: [
      {
        says: 'hoe hoog zijn de administratiekosten',
        has: [/staat op uw brief/, /maar één keer/, /tellen de administratiekosten niet mee/],
        not: [/1,5 keer/, /administratiekosten( zijn| van)?:?\s*€\s?\d/],
      },
    ],
  },
  {
    name: 'what the administration costs are (en, de, pl)',
    locale: 'en-GB',
    turns: [
      {
        says: 'how much are the administration costs',
        has: [/on your letter/, /only once/],
        not: [/1\.5 times/],
      },
    ],
  },
  {
    name: 'Verwaltungskosten (de)',
    locale: 'de-DE',
    turns: [
      {
        says: 'Wie hoch sind die Verwaltungskosten?',
        has: [/in Ihrem Schreiben/, /nur einmal/],
        not: [/1,5-Fache/],
      },
    ],
  },
  {
    name: 'koszty administracyjne (pl)',
    locale: 'pl-PL',
    turns: [
      {
        says: 'Ile wynoszą koszty administracyjne?',
        has: [/podana w piśmie/, /tylko raz/],
        not: [/1,5 raza/],
      },
    ],
  },
  {
    name: 'whether admin costs count for the 75 euro minimum (nl, en)',
    locale: 'nl-NL',
    turns: [
      {
        says: 'telen de administratiekosten mee voor de 75 euro?',
        has: [/minstens € 75/, /zonder de administratiekosten/],
        not: [/1,5 keer/],
      },
    ],
  },
  {
    name: 'admin costs and the minimum, not a schedule for 75 euro (en)',
    locale: 'en-GB',
    turns: [
      {
        says: 'do admin costs count towards the 75 euro minimum',
        has: [/at least EUR 75/, /without the administration costs/],
        not: [/3 months: about/, NOT_UNDERSTOOD],
      },
    ],
  },
  // Objections and appeals: the wait for the decision, the judge's ruling, the time for a verzet
  {
    name: 'an objection, then how long until an answer (nl)',
    locale: 'nl-NL',
    turns: [
      { says: 'hoe maak ik bezwaar tegen een flitsboete', has: [/binnen 6 weken/] },
      {
        says: 'hoe lang duurt het voor ik antwoord krijg?',
        has: [/16 weken/],
        not: [/schadevergoeding/, /voorschot/],
      },
    ],
  },
  {
    name: 'an objection, then how long until an answer (de)',
    locale: 'de-DE',
    turns: [
      { says: 'Ich habe Widerspruch eingelegt', has: [/6 Wochen/] },
      {
        says: 'wie lange dauert es bis ich eine Antwort bekomme?',
        has: [/16 Wochen/],
        not: [NOT_UNDERSTOOD],
      },
    ],
  },
  {
    name: 'the judge’s ruling: the court of appeal (nl)',
    locale: 'nl-NL',
    turns: [
      {
        says: 'ben ik het oneens met de uitspraak van de kantonrechter, wat dan',
        has: [/gerechtshof Arnhem-Leeuwarden/, /€ 70/, /6 weken/],
        not: [/Waar gaat uw vraag over/, /zekerheid/],
      },
    ],
  },
  {
    name: 'the judge’s ruling (en)',
    locale: 'en-GB',
    turns: [
      {
        says: "I disagree with the judge's ruling",
        has: [/court of appeal/, /EUR 70/, /inadmissible/],
        not: [/security deposit/],
      },
    ],
  },
  {
    name: 'the judge’s ruling (de)',
    locale: 'de-DE',
    turns: [
      {
        says: 'Ich bin mit dem Urteil des Richters nicht einverstanden',
        has: [/Berufungsgericht/, /70 €/],
        not: [/Worum geht es/, /Sicherheit/],
      },
    ],
  },
  {
    name: 'a punitive order, then how long for the objection (nl)',
    locale: 'nl-NL',
    turns: [
      { says: 'ik heb een strafbeschikking, hoe maak ik bezwaar', has: [/14 dagen/] },
      { says: 'hoe lang heb ik daarvoor?', has: [/14 dagen/], not: [/8 weken om te betalen/] },
    ],
  },
  // Money taken from the account, then "can I do anything about it?"
  {
    name: 'a bank debit, then whether anything can be done (nl)',
    locale: 'nl-NL',
    turns: [
      { says: 'er is zomaar geld van mijn rekening afgeschreven door het cjib', has: [/artikel 27 Wahv/] },
      { says: 'kan ik daar iets tegen doen?', has: [/verzetschrift/, /6 weken/], not: [NOT_UNDERSTOOD] },
    ],
  },
  {
    name: 'a bank debit, then whether anything can be done (en)',
    locale: 'en-GB',
    turns: [
      { says: 'the CJIB took money from my account', has: [/article 27 Wahv/] },
      { says: 'can I do anything about it?', has: [/verzetschrift/, /6 weeks/], not: [ASKS_NUMBER] },
    ],
  },
  {
    name: 'a bank debit, then whether anything can be done (de)',
    locale: 'de-DE',
    turns: [
      { says: 'Das CJIB hat Geld von meinem Konto abgebucht', has: [/Artikel 27 Wahv/] },
      { says: 'kann ich etwas dagegen tun?', has: [/verzetschrift/, /6 Wochen/], not: [NOT_UNDERSTOOD] },
    ],
  },
  {
    name: 'a bank debit, then whether anything can be done (pl)',
    locale: 'pl-PL',
    turns: [
      { says: 'CJIB pobrało pieniądze z mojego konta', has: [/art\. 27 Wahv/] },
      { says: 'czy mogę coś z tym zrobić?', has: [/verzetschrift/, /6 tygodni/], not: [NOT_UNDERSTOOD] },
    ],
  },
  // Letters and drivers
  {
    name: 'a letter for someone who no longer lives here (nl)',
    locale: 'nl-NL',
    turns: [
      {
        says: 'er komt post van het cjib voor iemand die hier niet woont',
        has: [/retour afzender/, /ongeopend/],
        not: [/brief kwijt/],
      },
    ],
  },
  {
    name: 'a letter for someone who moved out, subordinate word order (nl)',
    locale: 'nl-NL',
    turns: [
      { says: 'er ligt hier een brief voor iemand die hier niet meer woont', has: [/retour afzender/] },
    ],
  },
  {
    name: 'a Dutch fine, but not the driver (de)',
    locale: 'de-DE',
    turns: [
      {
        says: 'Ich habe einen Bußgeldbescheid aus den Niederlanden bekommen, ich war nicht der Fahrer',
        has: [/kentekenaansprakelijkheid/],
        not: [/Fahndungsregister/],
      },
    ],
  },
  {
    name: 'a Dutch fine, but not the driver (pl)',
    locale: 'pl-PL',
    turns: [
      {
        says: 'Dostałem mandat z Holandii, ale to nie ja prowadziłem',
        has: [/kentekenaansprakelijkheid/],
        not: [/opsporingsregister/],
      },
    ],
  },
  // Fourth probe: more follow-ups and neighbouring topics
  {
    name: 'a new fine during an arrangement, then how to add it (nl)',
    locale: 'nl-NL',
    turns: [
      { says: 'ik heb een nieuwe bekeuring, kan die bij mijn regeling', has: [/niet vanzelf/] },
      { says: 'hoe doe ik dat?', has: [/cjib\.nl\/telefoonnummers/], not: [/QR-code/] },
    ],
  },
  {
    name: 'the security for the court, then under 16 (nl)',
    locale: 'nl-NL',
    turns: [
      { says: 'hoeveel zekerheid moet ik betalen voor de kantonrechter', has: [/zekerheid/] },
      { says: 'en als ik onder de 16 ben?', has: [/onder de 16/, /€ 112,50/], not: [/1,5 keer/] },
    ],
  },
  {
    name: 'the photo of a lease car (nl)',
    locale: 'nl-NL',
    turns: [
      {
        says: 'ik rij een leaseauto en kreeg een flitsboete, hoe zie ik de foto',
        has: [/Digitaal Loket/, /sms-controle/],
        not: [/Waar gaat uw vraag over|Ik weet niet zeker/],
      },
    ],
  },
  {
    name: 'the photo, then whether that gives more time (en)',
    locale: 'en-GB',
    turns: [
      { says: 'can I see the photo', has: [/Digitaal Loket/] },
      { says: 'and does that give me more time?', has: [/6 weeks/], not: [NOT_UNDERSTOOD] },
    ],
  },
  {
    name: 'how to tell whether a letter is really from the CJIB (nl)',
    locale: 'nl-NL',
    turns: [
      { says: 'hoe kan ik zien of een brief echt van het cjib is', has: [/per brief/, /Digitaal Loket/] },
    ],
  },
  {
    name: 'paid with the wrong number, then how long until it is solved (nl)',
    locale: 'nl-NL',
    turns: [
      { says: 'ik heb op het verkeerde nummer betaald', has: [/goed zetten/] },
      {
        says: 'hoe lang duurt het voordat het is opgelost?',
        has: [/geen betrouwbare informatie/, /medewerker/],
        not: [/8 weken om te betalen/],
      },
    ],
  },
  {
    name: 'no longer paying the arrangement (nl)',
    locale: 'nl-NL',
    turns: [
      {
        says: 'ik betaal de regeling niet meer wat gebeurt er',
        has: [/aanmaning/, /nieuwe aanvraag later weigeren/],
        not: [ASKS_NUMBER],
      },
    ],
  },
  {
    name: 'a fine from Belgium called Strafe: contested in Belgium (de)',
    locale: 'de-DE',
    turns: [
      {
        says: 'Ich habe eine Strafe aus Belgien über das CJIB bekommen, kann ich Einspruch einlegen?',
        has: [/nur in dem Land/],
        not: [/Parket CVOM/],
      },
    ],
  },
  {
    name: 'the instalments can no longer be paid (de)',
    locale: 'de-DE',
    turns: [
      {
        says: 'Ich kann die Raten nicht mehr bezahlen',
        has: [/persönliche Ratenzahlung/],
        not: [NOT_UNDERSTOOD],
      },
    ],
  },
  {
    name: 'months of an arrangement with typos, heard as a lookup (nl)',
    locale: 'nl-NL',
    turns: [
      { says: 'mn bteaalregleing hoeveel maande', has: [/36 maanden/, /3 maanden/], not: [ASKS_NUMBER] },
    ],
  },
  {
    name: 'what the CJIB can do when the citizen does not pay (nl)',
    locale: 'nl-NL',
    turns: [
      {
        says: 'wat kan het cjib doen als ik niet betaal',
        has: [/deurwaarder/, /rijbewijs/, /gijzeling/],
        not: [NOT_UNDERSTOOD],
      },
    ],
  },
  {
    name: 'paying in 2 goes is paying in parts (nl)',
    locale: 'nl-NL',
    turns: [
      {
        says: 'kan ik de boete in 2 keer betalen',
        has: [/betalingsregeling/, /minstens € 75/],
        not: [/QR-code/],
      },
    ],
  },
  {
    name: 'paid but a reminder, then how come (nl)',
    locale: 'nl-NL',
    turns: [
      { says: 'ik heb al betaald maar kreeg toch een aanmaning', has: [/kruisten/] },
      { says: 'hoe kan dat?', has: [/kruisten/], not: [NOT_UNDERSTOOD] },
    ],
  },
  {
    name: 'how long the decision on an arrangement takes: not known, said first (nl, en)',
    locale: 'nl-NL',
    turns: [
      {
        says: 'hoe lang duurt het voor mijn regeling is goedgekeurd',
        has: [
          /^Hoe lang het duurt voordat u het besluit over uw betalingsregeling krijgt, kan ik niet met zekerheid zeggen/,
        ],
      },
    ],
  },
  {
    name: 'how long before hearing about a payment plan request (en)',
    locale: 'en-GB',
    turns: [
      {
        says: 'how long before I hear about my payment plan request',
        has: [/^I cannot say for certain how long it takes/, /by letter/],
      },
    ],
  },
  {
    name: 'interest on a fine: the honest answer (en)',
    locale: 'en-GB',
    turns: [
      { says: 'is there interest on my fine', has: [/do not have reliable information/], not: [ASKS_NUMBER] },
    ],
  },
  {
    name: 'a refund of the increase: set by law (en)',
    locale: 'en-GB',
    turns: [
      {
        says: 'can I get a refund of the increase',
        has: [/set by law/, /cannot complain about the level of the increases/],
        not: [NOT_UNDERSTOOD],
      },
    ],
  },
  {
    name: 'a fine not paid, what now: the reminders, not the lookup (nl)',
    locale: 'nl-NL',
    turns: [{ says: 'boete niet betaald wat nu', has: [/1,5 keer/, /3 keer/], not: [ASKS_NUMBER] }],
  },
  {
    name: 'a letter with a big M (en)',
    locale: 'en-GB',
    turns: [
      {
        says: 'hi, i got a letter with a big M on it, what is it',
        has: [/M: traffic fine/],
        not: [NOT_UNDERSTOOD],
      },
    ],
  },
  {
    name: 'how to know an e-mail is really from the CJIB (en)',
    locale: 'en-GB',
    turns: [
      {
        says: 'how do I know this email is really from CJIB',
        has: [/never sends fines or reminders by e-mail, SMS or WhatsApp/],
        not: [/cjib\.nl\/telefoonnummers/],
      },
    ],
  },
  // What DOMAIN.md does not know
  {
    name: 'fines of a father who died: the honest answer, not the lookup (nl)',
    locale: 'nl-NL',
    turns: [
      {
        says: 'mijn vader is overleden en had nog boetes',
        has: [/geen betrouwbare informatie/, /medewerker/],
        not: [ASKS_NUMBER],
      },
    ],
  },
];

describeKnowledgeConversations(
  'knowledge questions, third round: follow-ups, reminders, admin costs, letters',
  CONVERSATIONS,
);
