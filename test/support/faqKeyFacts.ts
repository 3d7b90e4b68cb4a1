import type { TopicId } from '../../domain/knowledge/topics';

/**
 * Per knowledge-base topic: a natural question in Dutch and English, and the key facts of
 * DOMAIN.md §8 that the answer must contain. `any` holds facts written the same way in every
 * language (numbers, names); `nl`/`en` the language-specific ones. Used by the content test (all
 * four locales, `any` only for de/pl) and by the conversation test through HTTP (nl and en).
 */
export interface TopicKeyFacts {
  question: { nl: string; en: string };
  any: RegExp[];
  nl: RegExp[];
  en: RegExp[];
}

const EUR = (amount: string) => new RegExp(`(€|EUR)\\s?${amount}|${amount}\\s?(€|EUR)`);

export const KEY_FACTS: Record<TopicId, TopicKeyFacts> = {
  instalments: {
    question: {
      nl: 'Kan ik mijn verkeersboete in termijnen betalen?',
      en: 'Can I pay my traffic fine in instalments?',
    },
    any: [EUR('75'), /DigiD/],
    nl: [/zonder (de )?administratiekosten/, /brief/, /precies aan de vorige/],
    en: [/without the administration costs/, /letter/, /kept exactly to the previous/],
  },
  instalment_terms: {
    question: {
      nl: 'Hoeveel maanden krijg ik bij een betalingsregeling?',
      en: 'How many months do I get with a payment arrangement?',
    },
    any: [/\b3\b/, /\b36\b/, /120/, /4[.,]?000/],
    nl: [/3 maanden/, /36 maanden/, /op het moment dat u de regeling aanvraagt/],
    en: [/3 months/, /36 months/, /at the moment you apply/],
  },
  personal_arrangement: {
    question: {
      nl: 'Het maandbedrag van mijn betalingsregeling is te hoog, kan het lager?',
      en: 'The monthly amount of my payment arrangement is too high for me',
    },
    any: [],
    nl: [/persoonlijke betalingsregeling/, /bewijsstukken/, /inkomen/],
    en: [/personal payment arrangement/, /proof/, /income/],
  },
  noodstop: {
    question: {
      nl: 'Ik heb schulden en kan mijn boete echt niet betalen',
      en: 'I have debts and really cannot pay my fine',
    },
    any: [/\b4\b/, /\b8\b/],
    nl: [/noodstop/, /4 maanden/, /8 maanden/, /gemeente/, /geen nieuwe verhogingen/],
    en: [/emergency stop/, /4 months/, /8 months/, /municipality/, /no new increases/],
  },
  arrangement_refused: {
    question: {
      nl: 'Waarom is mijn aanvraag voor een betalingsregeling afgewezen?',
      en: 'Why was my request for a payment arrangement refused?',
    },
    any: [EUR('75')],
    nl: [/niet precies aan/, /beroep/],
    en: [/did not keep to it/, /appealed/],
  },
  missed_instalment: {
    question: {
      nl: 'Ik heb een termijn van mijn betalingsregeling gemist',
      en: 'I missed an instalment of my payment arrangement',
    },
    any: [],
    nl: [/aanmaning/, /verhoging/, /zo snel mogelijk/, /nieuwe aanvraag/],
    en: [/reminder/, /increase/, /as soon as possible/, /new request/],
  },
  new_fine_in_arrangement: {
    question: {
      nl: 'Ik heb een nieuwe boete gekregen, komt die in mijn betalingsregeling?',
      en: 'I got a new fine, can it be added to my payment arrangement?',
    },
    any: [],
    nl: [/niet vanzelf/, /contact op met het CJIB/],
    en: [/not added to your payment arrangement automatically/, /contact the CJIB/],
  },
  appeal_and_instalments: {
    question: {
      nl: 'Ik ga in beroep tegen mijn boete, kan ik ook een betalingsregeling aanvragen?',
      en: 'I am appealing my fine, can I also get a payment arrangement?',
    },
    any: [],
    nl: [/geen betalingsregeling aan/, /hoeft u de boete nog niet te betalen/, /opnieuw/],
    en: [/do not request a payment arrangement/, /do not have to pay the fine yet/, /again/],
  },
  payment_deadline: {
    question: {
      nl: 'Hoe lang heb ik om mijn verkeersboete te betalen?',
      en: 'How long do I have to pay my traffic fine?',
    },
    any: [/\b8\b/],
    nl: [/8 weken/, /boete voor u opzoeken/],
    en: [/8 weeks/, /look up your fine/],
  },
  late_payment: {
    question: { nl: 'Waarom is mijn boete verhoogd?', en: 'Why has my fine gone up?' },
    any: [/1[.,]5/, /\b3\b/],
    nl: [/1,5 keer/, /3 keer/, /administratiekosten betaalt u maar één keer/],
    en: [/1\.5 times/, /3 times/, /administration costs only once/],
  },
  admin_costs: {
    question: { nl: 'Hoe hoog zijn de administratiekosten?', en: 'How much are the administration costs?' },
    any: [EUR('75')],
    nl: [/staat op uw brief/, /maar één keer/, /niet mee/],
    en: [/on your letter/, /only once/, /do not count/],
  },
  strafbeschikking: {
    question: {
      nl: 'Wat gebeurt er als ik mijn strafbeschikking te laat betaal?',
      en: 'What happens if I pay my punitive order (strafbeschikking) late?',
    },
    any: [EUR('15'), /20\s?%/, EUR('30'), /\b14\b/],
    nl: [/Openbaar Ministerie/, /14 dagen/, /verzet/],
    en: [/Public Prosecution Service/, /14 days/, /objection/],
  },
  how_to_pay: {
    question: { nl: 'Hoe kan ik mijn boete betalen?', en: 'How can I pay my fine?' },
    any: [/iDEAL/, /QR/],
    nl: [/CJIB-nummer/, /eigen brief/, /naam van de ontvanger/, /elke boete apart/],
    en: [/CJIB number/, /your own letter/, /payee name/, /each fine separately/],
  },
  cjib_number: {
    question: {
      nl: 'Welk nummer moet ik als betalingskenmerk gebruiken?',
      en: 'Which number do I use as the payment reference?',
    },
    any: [/\b16\b/],
    nl: [/CJIB-nummer/, /16 cijfers/, /rechtsboven/],
    en: [/CJIB number/, /16 digits/, /top right/],
  },
  letter_code: {
    question: {
      nl: 'Wat betekent de letter M op mijn brief van het CJIB?',
      en: 'What does the letter M on my CJIB letter mean?',
    },
    any: [/\bM\b/, /\bO\b/, /\bE\b/, /\bW\b/],
    nl: [/verkeersboete/, /strafbeschikking/, /Europese boete/],
    en: [/traffic fine/, /punitive order/, /European fine/],
  },
  payment_problem: {
    question: {
      nl: 'Ik heb mijn boete per ongeluk twee keer betaald',
      en: 'I accidentally paid my fine twice',
    },
    any: [],
    nl: [/contact op met het CJIB/, /verkeerde boete/, /klacht/],
    en: [/contact the CJIB/, /wrong fine/, /complaint/],
  },
  bank_debit: {
    question: {
      nl: 'Het CJIB heeft geld van mijn rekening afgeschreven, mag dat?',
      en: 'The CJIB took money from my bank account, is that allowed?',
    },
    any: [EUR('500'), /\b6\b/, /27 Wahv/, /VZD afschrijving spoed/],
    nl: [/6 weken/, /rechtbank/, /betalingsregeling/],
    en: [/6 weeks/, /district court/, /payment arrangement/],
  },
  enforcement: {
    question: {
      nl: 'Wat kan de deurwaarder doen als ik mijn boete niet betaal?',
      en: 'What can the bailiff do if I do not pay my fine?',
    },
    any: [/\b7\b/],
    nl: [
      /deurwaarder/,
      /dwangbevel/,
      /beslag/,
      /rijbewijs/,
      /auto buiten gebruik/,
      /7 dagen/,
      /schuld blijft/,
    ],
    en: [
      /bailiff/,
      /garnishment/,
      /driving licence/,
      /immobilising your car/,
      /7 days/,
      /debt still remains/,
    ],
  },
  bailiff_involved: {
    question: {
      nl: 'Er is beslag gelegd op mijn loon, wat moet ik doen?',
      en: 'I got a letter from a bailiff, what should I do?',
    },
    any: [/beslagvrije voet/, /noodstop/],
    nl: [/deurwaarder die op de brief staat/, /gemeente/],
    en: [/bailiff named on the letter/, /municipality/],
  },
  detention: {
    question: {
      nl: 'Mijn broer is opgepakt vanwege boetes, hoe krijgen we hem vrij?',
      en: 'My brother was arrested because of unpaid fines, how do we get him out?',
    },
    any: [/\b7\b/, /\b50\b/],
    nl: [/hele bedrag betaald[^.]*stopt de gijzeling/, /maximaal 7 dagen/, /schuld gewoon bestaan/],
    en: [/full amount is paid, the detention ends/, /at most 7 days/, /debt still remains/],
  },
  seized_vehicle: {
    question: {
      nl: 'De deurwaarder heeft mijn auto in beslag genomen, wat moet ik doen?',
      en: 'The bailiff has taken my car, what should I do?',
    },
    any: [/\b4\b/, /Domeinen Roerende Zaken/],
    nl: [/4 weken/, /deurwaarder die op de brief staat/, /auto terug/],
    en: [/4 weeks/, /bailiff named on the letter/, /if you pay in time you get it back/],
  },
  objection: {
    question: {
      nl: 'Ik ben het niet eens met mijn verkeersboete, hoe maak ik bezwaar?',
      en: 'I disagree with my traffic fine, how do I object?',
    },
    any: [/\b6\b/, /\b16\b/, /CVOM/, /Digitaal Loket Verkeer/],
    nl: [/6 weken/, /officier van justitie/, /16 weken/, /nog niet te betalen/],
    en: [/6 weeks/, /public prosecutor/, /16 weeks/, /do not have to pay yet/],
  },
  court_appeal: {
    question: {
      nl: 'Hoe ga ik in beroep bij de kantonrechter?',
      en: 'How do I appeal to the subdistrict court (kantonrechter)?',
    },
    any: [EUR('225'), EUR('70'), /\b6\b/],
    nl: [/kantonrechter/, /zekerheid/, /6 weken/, /gerechtshof/],
    en: [/subdistrict court/, /security deposit/, /6 weeks/, /court of appeal/],
  },
  court_of_appeal: {
    question: {
      nl: 'Ik ben het niet eens met de uitspraak van de kantonrechter',
      en: "I disagree with the subdistrict court's ruling",
    },
    any: [/\b70\b/, /Arnhem-Leeuwarden/],
    nl: [/gerechtshof/, /6 weken/, /niet-ontvankelijk/],
    en: [/court of appeal/, /6 weeks/, /inadmissible/],
  },
  not_the_driver: {
    question: {
      nl: 'Ik reed niet zelf, iemand anders had mijn auto geleend',
      en: "I wasn't the driver, someone else borrowed my car",
    },
    any: [/vrijwaringsbewijs/, /machtiging/, /kentekenaansprakelijkheid/],
    nl: [/eigenaar van het kenteken/, /gestolen/, /huurauto/i],
    en: [/owner liability/, /stolen/, /rental/],
  },
  photo: {
    question: { nl: 'Kan ik de foto van de flitspaal zien?', en: 'Can I see the speed camera photo?' },
    any: [/Digitaal Loket/, /DigiD/, /\b6\b/],
    nl: [/6 weken/, /niet meer tijd/, /sms/],
    en: [/6 weeks/, /does not give you more time/, /SMS/],
  },
  wrong_address: {
    question: {
      nl: 'Ik kreeg een boete voor iemand die hier niet woont, de brief is niet voor mij',
      en: 'I received a letter for someone who does not live here, it is not for me',
    },
    any: [/Geadresseerde woont hier niet - retour afzender/],
    nl: [/ongeopend/, /geen beroep/],
    en: [/unopened/, /do not need to appeal/],
  },
  victim_compensation: {
    question: {
      nl: 'Ik ben slachtoffer en wacht op mijn schadevergoeding, wanneer krijg ik een voorschot?',
      en: 'I am a victim waiting for my compensation, when do I get an advance payment?',
    },
    any: [/\b8\b/, /5[.,]?000/, /0900 753 75 37/],
    nl: [/8 maanden/, /geen maximum/, /meteen naar u door/],
    en: [/8 months/, /no maximum/, /passes on every payment/],
  },
  foreign: {
    question: {
      nl: 'Ik woon in Duitsland en heb een Nederlandse verkeersboete gekregen',
      en: 'I live in Germany and got a Dutch traffic fine',
    },
    any: [/\b8\b/, /cjib\.nl\/(en|de|pl)\b/],
    nl: [/8 weken/, /eigen taal/, /opsporingsregister/, /EU-land waar u woont/],
    en: [/8 weeks/, /own language/, /tracing register/, /EU country where you live/],
  },
  european_fine: {
    question: {
      nl: 'Ik heb een boete uit Frankrijk gekregen via het CJIB',
      en: 'I got a fine from another EU country through the CJIB',
    },
    any: [EUR('15'), /20\s?%/],
    nl: [/definitief/, /alleen bezwaar maken in het land/, /alleen vragen over het betalen/],
    en: [/final/, /only object in the country/, /only answers questions about paying/],
  },
  scam: {
    question: {
      nl: 'Ik kreeg een sms van het CJIB met een betaallink, is dat echt?',
      en: 'I got a WhatsApp message from the CJIB with a payment link, is it real?',
    },
    any: [/e-mail/i, /sms/i, /WhatsApp/, /Fraudehelpdesk/],
    nl: [/nooit/, /nep/, /niet op de link/],
    en: [/never/, /fake/, /do not click/i],
  },
  complaint: {
    question: {
      nl: 'Ik wil een klacht indienen over het CJIB',
      en: 'I want to make a complaint about the CJIB',
    },
    any: [/0800 33 55 555/, /nationaleombudsman\.nl/],
    nl: [/Nationale ombudsman/, /eerst contact op met het CJIB/, /hoogte van de wettelijke verhogingen/],
    en: [/National Ombudsman/, /contact the CJIB first/, /level of the statutory increases/],
  },
  privacy: {
    question: {
      nl: 'Wat doet het CJIB met mijn persoonsgegevens?',
      en: 'What does the CJIB do with my personal data?',
    },
    any: [/BSN/, /RDW/],
    nl: [/in te zien/, /verwijderen/, /politie/],
    en: [/access/, /erase/, /police/],
  },
  contact: {
    question: { nl: 'Wat is het telefoonnummer van het CJIB?', en: 'What is the phone number of the CJIB?' },
    any: [/cjib\.nl\/telefoonnummers/, /\+31 58 234 20 47/],
    nl: [/soort boete/, /niet bereikbaar via e-mail/, /apart nummer/],
    en: [/type of fine/, /cannot be reached by e-mail/, /separate number/],
  },
  lost_letter: {
    question: { nl: 'Ik ben mijn brief van het CJIB kwijt', en: 'I lost my letter from the CJIB' },
    any: [/Digitaal Loket/, /DigiD/, /\b16\b/],
    nl: [/postcode/, /contact op met het CJIB/],
    en: [/postcode/, /contact the CJIB/],
  },
  about_cjib: {
    question: { nl: 'Wat is het CJIB?', en: 'What is the CJIB?' },
    any: [/Leeuwarden/],
    nl: [/ministerie van Justitie en Veiligheid/, /verkeersboetes/, /taakstraf/],
    en: [/Ministry of Justice and Security/, /traffic fines/, /community service/],
  },
  letter_explained: {
    question: {
      nl: 'Ik heb een brief van het CJIB gekregen, wat moet ik nu doen?',
      en: 'I got a letter from CJIB, what do I do now?',
    },
    any: [/IBAN/, /\b8\b/, /\b6\b/, /Mulder/],
    nl: [/betalingskenmerk/, /in beroep/, /betalingsregeling/],
    en: [/payment reference/, /appeal/, /payment arrangement/],
  },
  digid: {
    question: {
      nl: 'Wat is DigiD? Ik woon in het buitenland',
      en: "What is DigiD? I don't have it, I'm a tourist",
    },
    any: [/IBAN/, /Parket CVOM/, /\b6\b/],
    nl: [/burgerservicenummer/, /per post/],
    en: [/citizen service number/, /by post/],
  },
  interest: {
    question: {
      nl: 'Hoeveel rente betaal ik bij een betalingsregeling?',
      en: 'How much interest do I pay on a payment plan?',
    },
    any: [/\b3\b/],
    nl: [/geen betrouwbare informatie/, /schadevergoedingsmaatregel/, /wettelijke rente/],
    en: [/do not have reliable information/, /compensation order/, /statutory interest/],
  },
  filed_request: {
    question: {
      nl: 'Ik heb de regeling net aangevraagd maar wil hem toch intrekken',
      en: 'I just applied for a payment plan but I want to withdraw it',
    },
    any: [/\bBR\b/],
    nl: [/niet met zekerheid/, /medewerker/, /per brief/],
    en: [/cannot say for certain/, /member of CJIB staff/, /by letter/],
  },
  beyond_knowledge: {
    question: {
      nl: 'Hoe hoog is de boete voor door rood rijden?',
      en: 'How much is the fine for running a red light?',
    },
    any: [],
    nl: [/geen betrouwbare informatie/, /medewerker/, /op uw brief/],
    en: [/do not have reliable information/, /member of staff/, /on your letter/],
  },
};

/**
 * Facts that DOMAIN.md marks [U] and that no answer may state as certain, in any language
 * (checked on the answers with the operator values filled in).
 */
export const UNCERTAIN_FACTS: { what: string; pattern: RegExp; topics?: TopicId[] }[] = [
  {
    what: 'a fixed administration-cost amount',
    pattern:
      /(administratiekosten|administration costs|verwaltungskosten|koszt\w* administracyjn\w*)[^.\n;]{0,40}\d/i,
  },
  { what: 'a CJIB IBAN for traffic fines', pattern: /\bNL\s?\d{2}\s?[A-Z]{4}\b|INGB/ },
  { what: 'the old general phone number', pattern: /215\s?95\s?55/ },
  { what: 'chat opening hours', pattern: /16[.:]30/ },
  { what: 'acceptgiro as a payment method', pattern: /acceptgiro/i },
  {
    what: 'a fixed look-back window for a broken arrangement',
    pattern:
      /\b(6|12|zes|twaalf|six|twelve|sechs|zwolf|zwölf|sze[sś][cć]|dwana[sś]cie)\s+(maanden|months|monate|monaten|miesi\w*)/i,
    topics: ['instalments', 'arrangement_refused', 'missed_instalment'],
  },
  {
    what: 'a fixed decision time for an arrangement request',
    pattern: /\b\d+\s+(dagen|weken|days|weeks|tage|tagen|wochen|dni|tygodni\w*)\b/i,
    topics: [
      'instalments',
      'instalment_terms',
      'personal_arrangement',
      'arrangement_refused',
      'new_fine_in_arrangement',
    ],
  },
  {
    what: 'a fixed grace period or whole remainder due after a missed instalment',
    pattern: /(restbedrag|remainder|restbetrag|pozosta\w+ kwot)/i,
    topics: ['missed_instalment'],
  },
];

/** Words that show a secondary or uncertain rule is worded with care, per topic, in every locale. */
export const HEDGED: Partial<Record<TopicId, RegExp>> = {
  missed_instalment: /meestal|usually|meistens|zwykle/,
  noodstop: /in de regel|as a rule|in der regel|z reguły/i,
};
