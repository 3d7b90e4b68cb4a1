import {
  describeKnowledgeQuestions,
  OUTDATED_FACTS,
  type KnowledgeQuestion as Question,
} from '../support/knowledgeQuestions';

/**
 * Citizens asking about the CJIB's work in their own words (typos, stories, follow-ups, four
 * languages), each checked against the key facts of DOMAIN.md: the reply must contain every `has`
 * pattern and none of the `not` patterns (wrong or outdated facts).
 */

const SINGLE: Question[] = [
  // Dutch
  {
    locale: 'nl-NL',
    says: 'hoi, ik heb een boete van 90 euro maar kan dat nu niet in 1 keer betalen. kan ik het in stukjes betalen?',
    has: [/minstens € 75/, /zonder de administratiekosten/, /3 maanden/, /DigiD/, /brief met het besluit/],
  },
  {
    locale: 'nl-NL',
    says: 'hoe lang mag ik over de betalingsregeling doen',
    has: [/€ 120 tot € 300: 6 maanden/, /€ 4\.000 of meer: 36 maanden/],
  },
  {
    locale: 'nl-NL',
    says: 'mn boete is ineens veel hoger?? eerst 100 nu 150',
    has: [/1,5 keer de oorspronkelijke boete/, /3 keer de oorspronkelijke boete/, /maar één keer/],
    not: [/2 keer de oorspronkelijke/],
  },
  {
    locale: 'nl-NL',
    says: 'hoelang heb ik om te betalen voor een flitsboete',
    has: [/8 weken/, /staat op uw brief/],
    not: [/6 weken om te betalen/],
  },
  {
    locale: 'nl-NL',
    says: 'kan ik uitstel van betaling krijgen',
    has: [/betalingsregeling/, /noodstop/, /4 maanden uitstel/],
  },
  {
    locale: 'nl-NL',
    says: 'mijn auto was toen al verkocht, waarom krijg ik nog een boete?',
    has: [/kentekenaansprakelijkheid/, /vrijwaringsbewijs/],
  },
  {
    locale: 'nl-NL',
    says: 'Er staat een deurwaarder bij mij op de stoep vanwege een CJIB boete wat nu',
    // The bailiff at the door: what to do now and a person, not the list of measures up to gijzeling.
    has: [
      /Praat nu met de deurwaarder/,
      /contact op met de deurwaarder die op de brief staat/,
      /beslagvrije voet/,
    ],
  },
  {
    locale: 'nl-NL',
    says: 'ze hebben zomaar 500 euro van mijn rekening gehaald!! mag dat zomaar?',
    has: [/artikel 27 Wahv/, /maximaal € 500/, /binnen 6 weken/, /rechtbank/, /VZD afschrijving spoed/],
  },
  {
    locale: 'nl-NL',
    says: 'De gemeente helpt me nu met mijn schulden, kan de noodstop langer?',
    has: [/met 8 maanden te verlengen/, /bewijs van de gemeente/],
  },
  {
    locale: 'nl-NL',
    says: 'Kreeg een sms dat ik mijn cjib boete moet betalen via een link, klopt dat?',
    has: [
      /nooit een boete of aanmaning via e-mail, sms of WhatsApp/,
      /Fraudehelpdesk/,
      /Klik niet op de link/,
    ],
  },
  {
    locale: 'nl-NL',
    says: 'waar vind ik dat cjib nummer op de brief',
    has: [/16 cijfers/, /rechtsboven/],
  },
  {
    locale: 'nl-NL',
    says: 'ik heb een strafbeschikking gekregen en ben het er niet mee eens, moet ik eerst betalen?',
    has: [/binnen 14 dagen/, /verzetschrift/, /Betaal dan niet/],
  },
  {
    locale: 'nl-NL',
    says: 'vorige maand vergeten de termijn te betalen, wat gebeurt er nu',
    has: [/zo snel mogelijk/, /aanmaning/, /nieuwe aanvraag later weigeren/],
    not: [/restbedrag/i, /\b(6|12) maanden/],
  },
  {
    locale: 'nl-NL',
    says: 'Ik ga naar de kantonrechter, hoeveel moet ik dan vooraf betalen?',
    has: [/zekerheid/, /€ 225 plus de administratiekosten/, /binnen 6 weken/],
  },
  {
    locale: 'nl-NL',
    says: 'ik kreeg een brief van het cjib voor de vorige bewoner',
    has: [/ongeopend/, /Geadresseerde woont hier niet - retour afzender/],
  },
  {
    locale: 'nl-NL',
    says: 'Ik ben vorige week geflitst in Utrecht, maar ik wil eerst de foto zien voordat ik betaal. kan dat?',
    has: [/Digitaal Loket/, /DigiD/, /niet meer tijd/, /6 weken/],
  },
  {
    locale: 'nl-NL',
    says: 'ik heb een regeling maar nu weer een nieuwe bekeuring gekregen',
    has: [/niet vanzelf in uw betalingsregeling/, /contact op met het CJIB/],
  },
  {
    locale: 'nl-NL',
    says: 'ik ben slachtoffer van een inbraak en de dader moet mij 2000 euro betalen maar ik krijg niks',
    has: [/8 maanden/, /maximaal € 5\.000/, /0900 753 75 37/],
  },
  {
    locale: 'nl-NL',
    says: 'wie beslist over mijn bezwaar, het cjib?',
    has: [/officier van justitie/, /CJIB beslist niet over uw beroep/],
  },
  {
    locale: 'nl-NL',
    says: 'ik heb een boete betaald maar toch een aanmaning gehad, hoe kan dat',
    has: [/juiste CJIB-nummer/, /contact op met het CJIB/],
  },
  {
    locale: 'nl-NL',
    says: 'Goedemiddag, ik ben vorige maand geflitst en de brief is zoekgeraakt bij de verhuizing. Hoe kan ik toch betalen?',
    has: [/Digitaal Loket/, /DigiD/],
  },
  {
    locale: 'nl-NL',
    says: 'hoeveel zijn de administratiekosten eigenlijk',
    has: [/staat op uw brief/],
  },
  {
    locale: 'nl-NL',
    says: 'Ik ben net mijn baan kwijt en nu komt er ook nog een boete van 250 euro bij. Wat kan ik doen?',
    has: [/noodstop/, /4 maanden/, /gemeente/],
  },
  {
    locale: 'nl-NL',
    says: 'kunnen jullie de verhoging kwijtschelden?',
    has: [/staat in de wet/, /geen klacht indienen/],
  },
  {
    locale: 'nl-NL',
    says: 'ik heb een taakstraf gekregen, wat moet ik doen',
    has: [/taakstraf/, /staat in uw brief/],
  },
  // English
  {
    locale: 'en-GB',
    says: 'can i go to jail for not paying a fine',
    has: [/up to 7 days/, /debt still remains/],
  },
  {
    locale: 'en-GB',
    says: 'I sold my car last year but still get fines',
    has: [/vrijwaringsbewijs/, /owner liability/],
  },
  {
    locale: 'en-GB',
    says: 'hey can i pay my speeding ticket in parts? its like 300 euros',
    has: [/at least EUR 75/, /36 months/, /letter with its decision/],
  },
  {
    locale: 'en-GB',
    says: 'whats the deadline for paying a traffic fine',
    has: [/8 weeks/],
  },
  {
    locale: 'en-GB',
    says: 'I got a fine from the CJIB but I live in Poland now, what happens if I just ignore it?',
    has: [/2 reminders/, /EU country where you live/, /tracing register/],
    not: [/only object in the country/],
  },
  {
    locale: 'en-GB',
    says: "So last week I was driving my sister's car and got caught speeding. She got the letter and she's furious. Does she have to pay it?",
    has: [/owner liability/, /authorisation \(machtiging\)/],
  },
  {
    locale: 'en-GB',
    says: 'Someone texted me on whatsapp saying I owe the CJIB money, is this legit?',
    has: [/never sends fines or reminders by e-mail, SMS or WhatsApp/, /Fraudehelpdesk/],
  },
  {
    locale: 'en-GB',
    says: 'can the cjib take my drivers license?',
    has: [/driving licence/, /up to 7 days/, /debt still remains/],
  },
  {
    locale: 'en-GB',
    says: 'The instalments are too expensive for me each month, what can I do',
    has: [/personal payment arrangement/, /proof/, /income/],
  },
  {
    locale: 'en-GB',
    says: 'I want to object to the fine but also pay in instalments',
    has: [/do not request a payment arrangement/, /apply for a payment arrangement again/],
  },
  {
    locale: 'en-GB',
    says: 'I got a fine from Belgium through the CJIB, can I appeal it here?',
    // Where to appeal, once; the increases were not asked (europeanObjectionOnce).
    has: [/only object in the country that gave the fine/, /only answers questions about paying/],
  },
  {
    locale: 'en-GB',
    says: 'why did they reject my payment plan',
    has: [/did not keep to it exactly/, /less than EUR 75/],
    not: [/\b(6|12) months/],
  },
  {
    locale: 'en-GB',
    says: 'do I need to pay while my appeal is running?',
    has: [/do not have to pay yet/, /16 weeks/],
  },
  {
    locale: 'en-GB',
    says: "I'm a debt counsellor, how do I contact CJIB for my client",
    has: [/separate number/, /cjib\.nl\/telefoonnummers/],
  },
  // German
  {
    locale: 'de-DE',
    says: 'Ich habe einen Strafzettel aus Holland bekommen und wohne in Deutschland, wie lange habe ich Zeit?',
    has: [/8 Wochen/, /cjib\.nl\/de/],
  },
  {
    locale: 'de-DE',
    says: 'Kann ich in Raten zahlen? Ich habe nur 60 Euro Strafe',
    has: [/mindestens 75 €/, /ohne Verwaltungskosten/],
  },
  {
    locale: 'de-DE',
    says: 'Ich war nicht der Fahrer, mein Bruder ist gefahren',
    has: [/Halterhaftung/, /Vollmacht \(machtiging\)/],
  },
  {
    locale: 'de-DE',
    says: 'Wie viel Zeit habe ich für den Einspruch?',
    has: [/innerhalb von 6 Wochen/, /Parket CVOM/],
  },
  {
    locale: 'de-DE',
    says: 'Wie bezahle ich aus Deutschland?',
    has: [/IBAN/, /CJIB-Nummer/, /in Euro/],
  },
  // Polish
  {
    locale: 'pl-PL',
    says: 'co się stanie jeśli nie zapłacę mandatu z Holandii',
    has: [/2 upomnienia/, /1,5 raza/, /opsporingsregister/],
  },
  {
    locale: 'pl-PL',
    says: 'dostałem mandat z Holandii, ile mam czasu żeby zapłacić?',
    has: [/8 tygodni/],
  },
  {
    locale: 'pl-PL',
    says: 'czy moge placic mandat w ratach',
    has: [/co najmniej 75 EUR/, /bez kosztów administracyjnych/],
  },
  {
    locale: 'pl-PL',
    says: 'nie zgadzam się z mandatem, jak złożyć odwołanie?',
    has: [/6 tygodni/, /CVOM/],
  },
  {
    locale: 'pl-PL',
    says: 'komornik przyszedł do mnie, co robić',
    has: [/komornikiem wskazanym w piśmie/],
  },
  {
    locale: 'pl-PL',
    says: 'mam długi, nie mam z czego zapłacić mandatu',
    has: [/4 miesiące/, /8 miesięcy/, /gminy/],
  },
];

/** Conversations with follow-up questions that lean on what was said before. */
const CONVERSATIONS: { name: string; locale: Question['locale']; turns: Omit<Question, 'locale'>[] }[] = [
  {
    name: 'instalments, then how many months, then paying late, then still not paying (nl)',
    locale: 'nl-NL',
    turns: [
      { says: 'ik heb een boete van 200 euro, kan ik die in termijnen betalen?', has: [/minstens € 75/] },
      { says: 'hoeveel maanden krijg ik dan?', has: [/€ 120 tot € 300: 6 maanden/] },
      {
        says: 'en als ik te laat betaal, hoeveel komt er dan bij?',
        has: [/1,5 keer/, /3 keer/],
      },
      { says: 'en als ik dan nog steeds niet betaal?', has: [/deurwaarder/, /gijzeling/] },
    ],
  },
  {
    name: 'a fine that went up, how much extra, and if I still do not pay (en)',
    locale: 'en-GB',
    turns: [
      { says: 'Why has my fine gone up so much?', has: [/1\.5 times/, /3 times/] },
      { says: 'how much extra?', has: [/1\.5 times/, /EUR 50 becomes EUR 75/] },
      { says: "and if I still don't pay?", has: [/bailiff/, /bank account/] },
    ],
  },
  {
    name: 'a strafbeschikking, then what paying late costs (nl)',
    locale: 'nl-NL',
    turns: [
      {
        says: 'Ik heb een strafbeschikking van 200 euro gekregen voor rijden zonder rijbewijs',
        has: [/€ 15/, /20%/, /minstens € 30/],
        not: [/1,5 keer/],
      },
      { says: 'hoeveel komt er bij als ik te laat betaal', has: [/strafbeschikking/, /€ 15/, /20%/] },
    ],
  },
  {
    name: 'a story about two reminders, then what comes next (nl)',
    locale: 'nl-NL',
    turns: [
      {
        says: 'Mijn ex deed altijd de post en nu blijkt er een boete van 3 maanden geleden te zijn met al 2 aanmaningen. Wat gaat er nu gebeuren?',
        has: [/bankrekening/, /deurwaarder/],
      },
    ],
  },
  {
    name: 'a fine that went up, then not paying at all (de)',
    locale: 'de-DE',
    turns: [
      { says: 'Wie viel kostet es extra, wenn ich zu spät zahle?', has: [/1,5-Fache/, /3-Fache/] },
      { says: 'Was passiert, wenn ich gar nicht zahle?', has: [/Gerichtsvollzieher/, /Führerschein/] },
    ],
  },
  {
    name: 'a fine that went up, then still not paying (pl)',
    locale: 'pl-PL',
    turns: [
      { says: 'mandat wzrósł, dlaczego?', has: [/1,5 raza/, /3 razy/] },
      { says: 'a jeśli nadal nie zapłacę?', has: [/komornik/] },
    ],
  },
];

describeKnowledgeQuestions('knowledge questions in citizens’ own words', {
  never: OUTDATED_FACTS,
  single: SINGLE,
  conversations: CONVERSATIONS,
});
