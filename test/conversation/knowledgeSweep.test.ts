import {
  describeKnowledgeConversations,
  type KnowledgeConversation as Conversation,
} from '../support/knowledgeConversations';

/**
 * Knowledge answers from a blind sweep (nl/en/de/pl): the noodstop asked for by a desperate citizen,
 * prison for a traffic fine after the increases (gijzeling only with the kantonrechter's permission),
 * moving house within the Netherlands and calling from abroad (not the foreign fine), follow-ups that
 * got the whole previous answer again instead of the short direct answer, a lost appeal, a
 * compensation order explained to the one who pays it, and what the CJIB is. The reply must contain
 * every `has` pattern and none of the `not` patterns; on the phone the caller must hear it.
 */
/** The FAQ's "that was in my answer, here it is again": a follow-up with a short answer must not get it. */
const ONCE_MORE =
  /Hier is het nog eens|Here it is again|Hier noch einmal|Oto ona jeszcze raz|in my answer|in meinem Antwort|w mojej odpowiedzi/;
const NOT_UNDERSTOOD =
  /weet niet zeker wat u bedoelt|not sure what you mean|nicht sicher, was Sie meinen|Nie jestem pewien/;

const CONVERSATIONS: Conversation[] = [
  // The noodstop, with kindness for despair
  {
    name: 'desperate with debts, then how to request the noodstop (nl)',
    locale: 'nl-NL',
    turns: [
      {
        says: 'ik ben echt wanhopig, weer een boete en ik heb al zoveel schulden',
        has: [/niet alleen/, /noodstop/, /4 maanden/],
      },
      {
        says: 'hoe vraag ik die noodstop aan',
        has: [/contact op te nemen met het CJIB/, /medewerker/],
        not: [/iDEAL/, ONCE_MORE],
      },
    ],
  },
  {
    name: 'how to request the noodstop, asked on its own (nl)',
    locale: 'nl-NL',
    turns: [{ says: 'hoe vraag ik een noodstop aan', has: [/noodstop/, /4 maanden/], not: [/iDEAL/] }],
  },
  {
    name: 'desperate about debts (en)',
    locale: 'en-GB',
    turns: [
      {
        says: "I'm desperate, I have so many debts and can't pay",
        has: [/alone/, /noodstop|emergency stop/],
      },
    ],
  },
  // Prison for a traffic fine after the increases
  {
    name: 'paying late, how much, then, and prison (nl)',
    locale: 'nl-NL',
    turns: [
      { says: 'wat gebeurt er als ik te laat betaal', has: [/1,5 keer/] },
      { says: 'en hoeveel komt erbij', has: [/1,5 keer/, /3 keer/], not: [ONCE_MORE] },
      { says: 'en daarna?', has: [/deurwaarder/] },
      {
        says: 'kan ik dan de gevangenis in',
        has: [/kantonrechter/, /gijzeling/, /7 dagen/],
        not: [/Openbaar Ministerie/, ONCE_MORE],
      },
    ],
  },
  {
    name: 'paying late, then prison (en)',
    locale: 'en-GB',
    turns: [
      { says: 'what happens if I pay late', has: [/1\.5 times/] },
      { says: 'and then?', has: [/bailiff/] },
      { says: 'can I go to prison then', has: [/kantonrechter/, /7 days/], not: [ONCE_MORE] },
    ],
  },
  {
    name: 'afraid of prison for not paying, no kind of fine named (nl)',
    locale: 'nl-NL',
    turns: [
      {
        says: 'klopt het dat ik naar de gevangenis moet als ik niet betaal??? ik ben echt bang',
        has: [/niet alleen/, /kantonrechter/, /7 dagen/],
      },
    ],
  },
  // Moving house and calling from abroad
  {
    name: 'a fine after moving house within the Netherlands (nl)',
    locale: 'nl-NL',
    turns: [
      {
        says: 'ik heb een boete maar ben net verhuisd',
        has: [/Digitaal Loket/],
        not: [/buiten Nederland/, /IBAN/],
      },
    ],
  },
  {
    name: 'opening hours, the phone number, then calling from abroad (nl)',
    locale: 'nl-NL',
    turns: [
      { says: 'hoe laat zijn jullie open', has: [/telefoonnummers/] },
      { says: 'wat is jullie telefoonnummer', has: [/telefoonnummers/] },
      {
        says: 'ik bel vanuit het buitenland',
        has: [/vanuit het buitenland/, /\+31 58 234 20 47/],
        not: [/in uw eigen taal/, /8 weken om te betalen/],
      },
    ],
  },
  // Follow-ups with a short direct answer
  {
    name: 'disagreeing, how long, paying meanwhile, and losing (nl)',
    locale: 'nl-NL',
    turns: [
      { says: 'ik ben het niet eens met de boete', has: [/officier van justitie/] },
      { says: 'hoe lang heb ik daarvoor', has: [/6 weken/], not: [ONCE_MORE, /Postbus/] },
      {
        says: 'moet ik dan ondertussen betalen',
        has: [/hoeft u de boete nog niet te betalen/],
        not: [/Postbus/],
      },
      {
        says: 'en als ik het verlies',
        has: [/moet u de boete betalen/, /betalingsregeling/],
        not: [NOT_UNDERSTOOD],
      },
    ],
  },
  {
    name: 'disagreeing, then paying meanwhile (de)',
    locale: 'de-DE',
    turns: [
      { says: 'Ich bin mit dem Bußgeld nicht einverstanden', has: [/6 Wochen/] },
      { says: 'muss ich in der Zwischenzeit zahlen?', has: [/noch nicht zahlen/], not: [ONCE_MORE] },
    ],
  },
  {
    name: 'a text message with a payment link, then already paid (nl)',
    locale: 'nl-NL',
    turns: [
      { says: 'ik heb een sms gekregen met een betaallink, is dat echt', has: [/nep/] },
      {
        says: 'ik heb al betaald via die link wat nu',
        has: [/meteen contact op met uw bank/],
        not: [ONCE_MORE],
      },
    ],
  },
  {
    name: 'a text message with a payment link, then already paid (pl)',
    locale: 'pl-PL',
    turns: [
      { says: 'dostałem sms z linkiem do płatności od CJIB, czy to prawda', has: [/bank/] },
      {
        says: 'już zapłaciłem przez ten link, co teraz',
        has: [/natychmiast skontaktować się ze swoim bankiem/],
      },
    ],
  },
  {
    name: 'the photo, then how to request it (nl)',
    locale: 'nl-NL',
    turns: [
      { says: 'mag ik de foto zien', has: [/Digitaal Loket/] },
      { says: 'en hoe vraag ik die op', has: [/niet op te vragen/, /Digitaal Loket/], not: [/iDEAL/] },
    ],
  },
  {
    name: 'two fines in one arrangement, then how that works (nl)',
    locale: 'nl-NL',
    turns: [
      { says: 'ik heb 2 boetes, kan ik die samen in een regeling', has: [/betalingsregeling/] },
      { says: 'hoe werkt dat dan', has: [/betalingsregeling|regeling/], not: [NOT_UNDERSTOOD] },
    ],
  },
  // A compensation order from the payer's side
  {
    name: 'a compensation order the citizen has to pay (nl)',
    locale: 'nl-NL',
    turns: [
      {
        says: 'ik moet een schadevergoedingsmaatregel betalen, wat is dat',
        has: [/u de schade van het slachtoffer moet betalen/, /betalingsregeling/],
        not: [/U hoeft daar zelf niets voor te doen/],
      },
    ],
  },
  {
    name: 'a compensation order asked by a victim stays the victim answer (nl)',
    locale: 'nl-NL',
    turns: [
      {
        says: 'de dader moet mij schadevergoeding betalen, hoe werkt dat',
        has: [/U hoeft daar zelf niets voor te doen/],
      },
    ],
  },
  {
    name: 'a compensation order the citizen has to pay (en)',
    locale: 'en-GB',
    turns: [
      {
        says: 'I have to pay a compensation order, what is that',
        has: [/you must pay for the victim's damage/],
      },
    ],
  },
  // What the CJIB is
  {
    name: 'what is the CJIB (nl)',
    locale: 'nl-NL',
    turns: [
      {
        says: 'wat is het cjib',
        has: [/Leeuwarden/, /ministerie van Justitie en Veiligheid/],
      },
    ],
  },
  {
    name: 'who is the CJIB actually (nl)',
    locale: 'nl-NL',
    turns: [{ says: 'wie is het cjib eigenlijk', has: [/Centraal Justitieel Incassobureau/] }],
  },
  {
    name: 'what is the CJIB (en)',
    locale: 'en-GB',
    turns: [{ says: 'what is the CJIB', has: [/Ministry of Justice and Security/] }],
  },
  {
    name: 'what is the CJIB (de)',
    locale: 'de-DE',
    turns: [{ says: 'was ist das CJIB', has: [/Ministeriums für Justiz und Sicherheit/] }],
  },
  {
    name: 'what is the CJIB (pl)',
    locale: 'pl-PL',
    turns: [{ says: 'czym jest CJIB', has: [/Ministerstwa Sprawiedliwości i Bezpieczeństwa/] }],
  },
  {
    name: 'what is the CJIB, on the phone (nl)',
    locale: 'nl-NL',
    phone: true,
    turns: [{ says: 'wat is het cjib', has: [/Leeuwarden/] }],
  },
  {
    name: 'a plain call for help stays the help text (nl)',
    locale: 'nl-NL',
    turns: [{ says: 'help', has: [/.+/], not: [/Leeuwarden/] }],
  },
];

describeKnowledgeConversations(
  'knowledge sweep: noodstop, prison, moving, follow-ups, compensation payer, about the CJIB',
  CONVERSATIONS,
);
