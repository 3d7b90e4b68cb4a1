import {
  describeKnowledgeConversations,
  type KnowledgeConversation as Conversation,
} from '../support/knowledgeConversations';

/**
 * Blind testers' questions with one precise answer (DOMAIN.md) that the general topic text did not give,
 * or gave last: objecting to a punitive order from abroad (do not pay, 14 days), living outside the EU,
 * paying from outside SEPA, a transfer that arrived short, one transfer per fine, a rental company's
 * fee, the letter's Dutch words, and follow-ups the answer does not hold ("that is in my answer" only
 * when it is).
 */
const NOT_UNDERSTOOD =
  /weet niet zeker wat u bedoelt|not sure what you mean|nicht sicher, was Sie meinen|Nie jestem pewien/;
const ONCE_MORE = /Here it is once more|Hier is het nog eens|Hier ist sie noch einmal|Oto ona jeszcze raz/;
const TRAFFIC_APPEAL = /Parket CVOM|16 weeks|16 Wochen/;

const CONVERSATIONS: Conversation[] = [
  {
    name: 'a punitive order from abroad, disagreeing: do not pay, 14 days (de)',
    locale: 'de-DE',
    turns: [
      {
        says: 'Ich habe einen Strafbefehl bekommen (strafbeschikking) wegen Alkohol am Steuer in Venlo, ich wohne in Deutschland. Ich bin nicht einverstanden. Soll ich erst zahlen?',
        has: [/^Sind Sie mit dem Strafbefehl/, /zahlen Sie nicht/, /14 Tagen/],
        not: [TRAFFIC_APPEAL],
      },
    ],
  },
  {
    name: 'a punitive order, living in Belgium, disagreeing (en)',
    locale: 'en-GB',
    turns: [
      {
        says: 'I got a strafbeschikking for drunk driving, I live in Belgium and I disagree. Should I pay first?',
        has: [/^Do you disagree with the punitive order/, /do not pay/, /14 days/],
        not: [TRAFFIC_APPEAL],
      },
    ],
  },
  {
    name: 'an American who will not pay, then coming back next year (en)',
    locale: 'en-GB',
    turns: [
      {
        says: "I'm American and I was in NL on vacation. If I just don't pay the fine, what happens? They can't do anything in the US right?",
        has: [/outside the EU/, /tracing register/, /member of CJIB staff/],
      },
      {
        says: 'what if I come back to the netherlands next year',
        has: [/come back to the Netherlands/, /tracing register/],
        not: [NOT_UNDERSTOOD],
      },
    ],
  },
  {
    name: 'living in Scotland: the UK since Brexit (en)',
    locale: 'en-GB',
    turns: [
      { says: 'how long do I have to pay a Dutch speeding fine if I live in Scotland', has: [/Brexit/] },
      { says: 'No', has: [/member of CJIB staff/], not: [/glad|Goodbye/i] },
      {
        says: 'it didnt say anything about scotland, is the UK still handled since brexit?',
        has: [/EU countries/],
        not: [NOT_UNDERSTOOD],
      },
    ],
  },
  {
    name: 'the letter says Beschikking and Aanmaning, then what aanmaning is (sms-like, en)',
    locale: 'en-GB',
    turns: [
      {
        says: 'it says Beschikking and Aanmaning on top',
        has: [/'Beschikking' means/, /'Aanmaning' means 'reminder'/],
      },
      { says: 'what is aanmaning', has: [/'Aanmaning' means 'reminder'/], not: [ONCE_MORE] },
    ],
  },
  {
    name: 'two words on the letter are both explained (en)',
    locale: 'en-GB',
    turns: [
      {
        says: 'my letter says betalingskenmerk and vervaldatum, what do these mean',
        has: [/payment reference/, /due date/],
      },
    ],
  },
  {
    name: 'not the driver, then where the machtiging form is (pl)',
    locale: 'pl-PL',
    turns: [
      {
        says: 'Dostałem mandat ale to nie ja prowadziłem, samochód pożyczył kolega',
        has: [/kentekenaansprakelijkheid/],
      },
      {
        says: 'co to jest machtiging? gdzie jest ten formularz',
        has: [/cjib\.nl/, /upoważnienia/],
        not: [ONCE_MORE],
      },
    ],
  },
  {
    name: 'a car sold before moving, then no vrijwaringsbewijs (en)',
    locale: 'en-GB',
    turns: [
      {
        says: "I sold my car before I moved to Ireland in August, and now there is a fine from September for that car. It's not mine anymore!",
        has: [/vrijwaringsbewijs/, /6 weeks/],
        not: [/European fine/],
      },
      {
        says: "I don't have that vrijwaringsbewijs thing, the buyer was supposed to do the paperwork",
        has: [/Without it/, /member of CJIB staff/],
        not: [ONCE_MORE],
      },
    ],
  },
  {
    name: 'a fine from France via the CJIB, never there: contested in France (en)',
    locale: 'en-GB',
    turns: [
      {
        says: 'i live in utrecht and got a letter from CJIB about a fine from france. i was never in france!',
        has: [/only (be contested|object) in the country that gave/, /European fine/],
      },
      { says: 'how do i object', has: [/country that gave/], not: [/Parket CVOM/] },
    ],
  },
  {
    name: 'credit card or PayPal from Australia, then Wise or Revolut (en)',
    locale: 'en-GB',
    turns: [
      {
        says: "can I pay with credit card or paypal? I'm in australia and my bank doesnt do IBAN transfers easily",
        has: [/in euros to the IBAN and BIC/, /credit card or PayPal/],
      },
      { says: 'what about wise or revolut', has: [/^Wise, Revolut/], not: [NOT_UNDERSTOOD] },
    ],
  },
  {
    name: 'bank fees: 5 euro less arrived (en)',
    locale: 'en-GB',
    turns: [
      {
        says: 'my bank in the US charges fees for international transfer and the CJIB received 5 euro less than the fine. what happens now?',
        has: [/pay the difference/, /same CJIB number/],
      },
    ],
  },
  {
    name: 'dollars and a letter that came late (en)',
    locale: 'en-GB',
    turns: [
      {
        says: 'can i pay in dollars? and the letter took 3 weeks to arrive in the US, do i get extra time?',
        has: [/in euros/, /contact the CJIB/],
      },
    ],
  },
  {
    name: 'a rental company fee and a CJIB letter: not twice (en)',
    locale: 'en-GB',
    turns: [
      {
        says: 'Hertz charged my credit card 45 euros admin fee for a traffic ticket and now I also got a letter from CJIB. do I pay twice??',
        has: [/separate from the fine/, /not pay the fine twice/],
        not: [NOT_UNDERSTOOD],
      },
    ],
  },
  {
    name: 'a Sixt rental, not the driver, then whether to pay anyway (de)',
    locale: 'de-DE',
    turns: [
      {
        says: 'Ich habe einen Strafzettel bekommen, aber das war ein Mietwagen von Sixt am Flughafen Schiphol, ich war gar nicht der Fahrer',
        has: [/Mietwagen/],
      },
      { says: 'Muss ich trotzdem bezahlen?', has: [/^Ja\./, /Mieter/], not: [NOT_UNDERSTOOD] },
    ],
  },
  {
    name: 'the photo, then no DigiD in Belgium (en)',
    locale: 'en-GB',
    turns: [
      { says: 'can i see the photo of my car? i dont think it was me', has: [/Digitaal Loket/] },
      {
        says: 'i dont have digid, i live in belgium',
        has: [/appeal by post/],
        not: [/citizen service number/],
      },
    ],
  },
  {
    name: 'a letter sent to the old address in Poland: paying here (en)',
    locale: 'en-GB',
    turns: [
      {
        says: 'I live in Rotterdam but my car has a Polish plate. I got a fine, but the letter went to my old address in Poland. can I pay here?',
        has: [/old address/, /in euros to the IBAN/],
        not: [/explain what the letter means/],
      },
    ],
  },
];

describeKnowledgeConversations(
  'knowledge: precise asks and follow-ups the answer does not hold',
  CONVERSATIONS,
);
