import {
  describeKnowledgeConversations,
  type KnowledgeConversation as Conversation,
} from '../support/knowledgeConversations';

/**
 * "Did this help?": a citizen who says it did not is never wished goodbye as helped, but hears sorry
 * and the offer of a person; "ja, aanvragen" after an answer that offers the arrangement starts it.
 */
const GLAD = /Fijn dat ik u kon helpen|glad I could help|Tot ziens/;

const CONVERSATIONS: Conversation[] = [
  {
    name: 'the increases, then "nee dit helpt niet" (nl)',
    locale: 'nl-NL',
    turns: [
      { says: 'waarom is mijn boete zo hoog geworden', has: [/1,5 keer/] },
      { says: 'nee dit helpt niet', has: [/Jammer/, /medewerker/], not: [GLAD] },
      { says: 'nee', has: [/telefoonnummers/], not: [GLAD] },
    ],
  },
  {
    name: 'how to pay, then "nee" twice (nl)',
    locale: 'nl-NL',
    turns: [
      { says: 'hoe kan ik betalen', has: [/iDEAL/] },
      { says: 'nee', has: [/medewerker/], not: [GLAD] },
      { says: 'nee', has: [/telefoonnummers/], not: [GLAD] },
    ],
  },
  {
    name: '"that did not help" in English offers a person (en)',
    locale: 'en-GB',
    turns: [
      { says: 'how do I pay my fine', has: [/iDEAL/] },
      { says: "that didn't help at all", has: [/member of CJIB staff/], not: [GLAD] },
      { says: 'yes', has: [/./], not: [GLAD] },
    ],
  },
  {
    name: 'a punitive order in instalments, then "ja, aanvragen" (nl)',
    locale: 'nl-NL',
    turns: [
      { says: 'kan ik mijn strafbeschikking in termijnen betalen?', has: [/termijnen/] },
      { says: 'ja, aanvragen', has: [/CJIB-nummer nodig/], not: [/Dank u wel voor uw reactie/] },
    ],
  },
];

describeKnowledgeConversations('knowledge: the rating of an answer', CONVERSATIONS);
