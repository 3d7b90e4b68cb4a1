import {
  describeKnowledgeConversations,
  type KnowledgeConversation as Conversation,
} from '../support/knowledgeConversations';

/**
 * Follow-ups that got a neighbouring topic or the whole answer again (nl/en/de/pl): what happens now
 * and a deferral after a missed instalment (DOMAIN.md §1.7), another EU country after the abroad
 * answer (§5), a low income after the personal arrangement (§1.4), and a letter received but not
 * understood (not a lost letter).
 */
const ONCE_MORE =
  /Hier is het nog eens|Here it is again|Hier noch einmal|Oto ona jeszcze raz|in my answer|in meinem Antwort|w mojej odpowiedzi/;
/** The increases in general (1.5x and 3x) and the 8 weeks to pay: not what a missed instalment asks. */
const GENERAL_INCREASES = /1,5 keer|1\.5 times|1,5-fache|1,5 raza|8 weken|8 weeks|8 Wochen|8 tygodni/;

const CONVERSATIONS: Conversation[] = [
  {
    name: 'missed instalment, what happens now, a deferral (nl)',
    locale: 'nl-NL',
    turns: [
      {
        says: 'Ik heb een betalingsregeling maar ik kan deze maand niet betalen',
        has: [/termijn/, /aanmaning/],
      },
      {
        says: 'wat gebeurt er nu',
        has: [/zo snel mogelijk contact/, /aanmaning met een wettelijke verhoging/, /medewerker/],
        not: [GENERAL_INCREASES, ONCE_MORE],
      },
      {
        says: 'kan ik uitstel krijgen',
        has: [/Uitstel kan ik u niet beloven/, /zo snel mogelijk contact/, /medewerker/],
        not: [GENERAL_INCREASES, ONCE_MORE],
      },
    ],
  },
  {
    name: 'missed instalment, then a deferral straight away (nl)',
    locale: 'nl-NL',
    turns: [
      { says: 'Ik heb een betalingsregeling maar ik kan deze maand niet betalen', has: [/termijn/] },
      { says: 'kan ik uitstel krijgen?', has: [/niet beloven/, /medewerker/], not: [GENERAL_INCREASES] },
    ],
  },
  {
    name: 'missed instalment, what happens now, a deferral (en)',
    locale: 'en-GB',
    turns: [
      { says: "I have a payment arrangement but I can't pay this month", has: [/instalment/] },
      {
        says: 'what happens now',
        has: [/as soon as possible/, /reminder with a statutory increase/],
        not: [GENERAL_INCREASES, ONCE_MORE],
      },
      { says: 'can I get a deferral', has: [/cannot promise/, /staff member/], not: [GENERAL_INCREASES] },
    ],
  },
  {
    name: 'missed instalment, what happens now, a deferral (de)',
    locale: 'de-DE',
    turns: [
      { says: 'Ich habe eine Rate verpasst', has: [/Rate/] },
      { says: 'was passiert jetzt', has: [/so schnell wie möglich/, /Mahnung/], not: [GENERAL_INCREASES] },
      {
        says: 'kann ich Aufschub bekommen',
        has: [/nicht versprechen/, /Mitarbeiter/],
        not: [GENERAL_INCREASES],
      },
    ],
  },
  {
    name: 'missed instalment, what happens now, a deferral (pl)',
    locale: 'pl-PL',
    turns: [
      { says: 'zapomniałem zapłacić ratę', has: [/rat/] },
      { says: 'co teraz?', has: [/jak najszybciej/, /upomnienie/], not: [GENERAL_INCREASES] },
      {
        says: 'czy mogę dostać odroczenie',
        has: [/Nie mogę obiecać/, /pracownik/],
        not: [GENERAL_INCREASES],
      },
    ],
  },
  // Another EU country after the abroad answer: transfer to the country of residence (mutual recognition).
  {
    name: 'abroad and not paying, then Germany (nl)',
    locale: 'nl-NL',
    turns: [
      { says: 'wat als ik in het buitenland woon en niet betaal', has: [/eigen taal/] },
      {
        says: 'en in duitsland?',
        has: [/ander EU-land/, /overdragen aan het land waar u woont/, /erkennen elkaars boetes/],
        not: [ONCE_MORE, /eigen taal/],
      },
    ],
  },
  {
    name: 'abroad and not paying, then Germany (en)',
    locale: 'en-GB',
    turns: [
      { says: "what if I live abroad and don't pay", has: [/own language/] },
      { says: 'and in Germany?', has: [/transfer the fine/, /recognise each other/], not: [ONCE_MORE] },
    ],
  },
  {
    name: 'abroad and not paying, then Germany (pl)',
    locale: 'pl-PL',
    turns: [
      { says: 'co jeśli mieszkam za granicą i nie zapłacę', has: [/./] },
      { says: 'a w Niemczech?', has: [/przekazać/, /uznają nawzajem/], not: [ONCE_MORE] },
    ],
  },
  // A low income after the personal arrangement: income and costs are looked at, with proof; a person helps.
  {
    name: 'monthly amount too high, then a low income (nl)',
    locale: 'nl-NL',
    turns: [
      { says: 'het maandbedrag is te hoog', has: [/persoonlijke betalingsregeling/] },
      {
        says: 'ik verdien maar 900 euro per maand',
        has: [/Dat begrijp ik/, /inkomen en uw vaste lasten/, /bewijsstukken/, /medewerker/],
        not: [ONCE_MORE],
      },
    ],
  },
  {
    name: 'monthly amount too high, then a low income (de)',
    locale: 'de-DE',
    turns: [
      { says: 'Die Monatsrate ist zu hoch', has: [/persönliche/] },
      {
        says: 'ich verdiene nur 900 Euro im Monat',
        has: [/Einkommen und Ihre festen Kosten/, /Nachweise/, /Mitarbeiter/],
        not: [ONCE_MORE],
      },
    ],
  },
  {
    name: 'monthly amount too high, then a low income (pl)',
    locale: 'pl-PL',
    turns: [
      { says: 'miesięczna rata jest za wysoka', has: [/./] },
      {
        says: 'zarabiam tylko 900 euro miesięcznie',
        has: [/dochody i stałe koszty/, /dowody/],
        not: [ONCE_MORE],
      },
    ],
  },
  // A letter received and not understood: the offer to look it up and explain it, not the lost letter.
  {
    name: 'a letter received but not understood (nl)',
    locale: 'nl-NL',
    turns: [
      {
        says: 'ik heb een brief gehad van jullie maar ik snap er niks van',
        has: [/uitleggen wat de brief betekent/, /CJIB-nummer/],
        not: [/brief kwijt/, /geen brief gekregen/],
      },
    ],
  },
  {
    name: 'a letter received but not understood (en)',
    locale: 'en-GB',
    turns: [
      {
        says: "I got a letter from you but I don't understand it",
        has: [/explain what the letter means/],
        not: [/lost your letter|did not get a letter/],
      },
    ],
  },
];

describeKnowledgeConversations('knowledge follow-ups left over (nl/en/de/pl)', CONVERSATIONS);
