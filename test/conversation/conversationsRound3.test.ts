import type { Activity } from 'botbuilder';
import { useStaffedApp } from '../support/appForTests';
import { LOCALE, type Lang as Lng } from '../support/languages';
import { textOf, type TestConversation } from '../support/testApp';

/**
 * Whole conversations as citizens hold them, round 3: several questions in a row on different
 * topics with short follow-ups ("en als ik niet betaal?", "hoeveel kost dat dan?", "und wo?", "a
 * potem?"), an answer followed by "nee, dat bedoel ik niet", a follow-up choice clicked and then
 * something else asked, "did this help?" answered with a new question, small talk in between ("lol",
 * "hoe gaat het?", "je bent top"), a change of language in the citizen's own words, a citizen who
 * writes in capitals and in anger, the same question twice, the CJIB's address, IBAN and opening
 * hours, what the assistant can do, and the end ("dank je, dat was het", "dzięki, pa"). On web chat,
 * SMS/WhatsApp (numbered choices) and the phone (what the caller hears), in nl, en, de and pl.
 * Asserted on what the citizen notices: the right facts, the right language, no reply twice in a
 * row, no cold "I cannot help" to a question the knowledge answers, and a goodbye that is one.
 */
jest.setTimeout(180_000);

type Channel = 'webchat' | 'sms' | 'whatsapp' | 'telephony';

/** A cold "I don't understand" / "I cannot help with that", in any language. */
const COLD =
  /niet mee helpen|begrijp (ik )?(het|u) niet|cannot help you with that|did not understand|nicht helfen|nicht verstanden|nie mogę pomóc|nie rozumiem/i;
/** A clarifying question ("did you mean one of these?"), in any language. */
const CLARIFY =
  /weet niet zeker wat u bedoelt|not sure what you mean|nicht sicher, was Sie meinen|nie jestem pewien/i;
/** "Is something missing?": the same question asked again gets its facts once more, the follow-ups and a person. */
const POINTS_BACK: Record<Lng, RegExp> = {
  nl: /Mist u er iets in\?/,
  en: /Is something missing\?/,
  de: /Fehlt Ihnen etwas\?/,
  pl: /Czegoś w niej brakuje\?/,
};
/** "That is in my answer. Here it is once more:": a follow-up whose facts were in the answer just given. */
const ONCE_MORE: Record<Lng, RegExp> = {
  nl: /Hier is het nog eens:/,
  en: /Here it is once more:/,
  de: /Hier noch einmal:/,
  pl: /Oto ona jeszcze raz:/,
};
const GOODBYE: Record<Lng, RegExp> = {
  nl: /Tot ziens/,
  en: /Goodbye/,
  de: /Auf Wiedersehen/,
  pl: /Do widzenia/,
};
/** "Anything else?": said to a citizen who just said they were done, it is one question too many. */
const ANYTHING_ELSE = /nog iets anders|anything else|sonst noch etwas|jeszcze w czymś/;
const SORRY_ASK_AGAIN: Record<Lng, RegExp> = {
  nl: /Stel uw vraag gerust op een andere manier/,
  en: /ask your question in another way/,
  de: /Stellen Sie Ihre Frage gern anders/,
  pl: /Proszę zadać pytanie inaczej/,
};

/** What the citizen reads (web chat, SMS) or hears (the phone) in these replies. */
function noticed(channel: Channel, replies: Partial<Activity>[]): string {
  const messages = replies.filter((a) => a.type === 'message');
  if (channel !== 'telephony') return textOf(messages).replace(/\s+/g, ' ');
  return messages
    .map((a) =>
      (a.speak ?? '')
        .replace(/<[^>]+>/g, ' ')
        .replace(/&apos;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&'),
    )
    .join(' ')
    .replace(/\s+/g, ' ');
}

/** One line of a conversation: what the citizen says, and what the reply must and must not show. */
interface Turn {
  say: string;
  expect?: RegExp;
  not?: RegExp;
  /** A misunderstanding is allowed here (the recogniser's limits; see the report's NLU lines). */
  mayBeCold?: boolean;
}

/** A conversation: channel, language and its turns. */
interface Script {
  name: string;
  channel: Channel;
  lng: Lng;
  turns: Turn[];
}

const t = (say: string, expect?: RegExp, not?: RegExp): Turn => ({ say, expect, not });
/** A follow-up whose facts were in the answer just given: the lead-in, then those facts. */
const onceMore = (lng: Lng, say: string, facts: RegExp): Turn => ({
  say,
  expect: new RegExp(`${ONCE_MORE[lng].source}.*${facts.source}`),
});

const SCRIPTS: Script[] = [
  // ---- several questions in a row, short follow-ups ----
  {
    name: 'nl: paying, then "en als ik niet betaal?", "hoeveel kost dat dan?" and kind thanks',
    channel: 'webchat',
    lng: 'nl',
    turns: [
      t('hoe kan ik mijn boete betalen?', /iDEAL.*rekeningnummer op uw brief/),
      t('en als ik niet betaal?', /1,5 keer.*3 keer/),
      // Its amounts, not all of the answer once more.
      t('hoeveel kost dat dan?', /1,5 keer.*3 keer.*€ 50 wordt € 75/, ONCE_MORE.nl),
      t('dankjewel, je bent top', /Graag gedaan/),
    ],
  },
  {
    name: 'en: the deadline, "and if I don\'t?", "what if I still don\'t pay after that?", "thanks, that\'s all"',
    channel: 'webchat',
    lng: 'en',
    turns: [
      t('how long do I have to pay a traffic fine?', /8 weeks/),
      t("and if I don't?", /1\.5 times.*3 times/),
      t("what if I still don't pay after that?", /bailiff|driving licence/),
      t("thanks, that's all", GOODBYE.en, ANYTHING_ELSE),
    ],
  },
  {
    name: 'de: the objection, "und wo?", "wie lange dauert das?", "danke, tschüss"',
    channel: 'webchat',
    lng: 'de',
    turns: [
      t('Wie kann ich Einspruch einlegen?', /6 Wochen.*Parket CVOM/),
      // Where to send it: that part of the answer alone, not all of it once more.
      t('und wo?', /Parket CVOM, Afdeling Mulder, Postbus 50\.000/, ONCE_MORE.de),
      t('wie lange dauert das?', /16 Wochen/),
      t('danke, tschüss', GOODBYE.de),
    ],
  },
  {
    name: 'pl: paying, "a potem?", instalments, "dziękuję, to wszystko"',
    channel: 'webchat',
    lng: 'pl',
    turns: [
      t('dostałem mandat, jak zapłacić?', /iDEAL/),
      t('a potem?', /upomnienie.*1,5 raza/),
      t('czy mogę zapłacić w ratach?', /75 EUR/),
      t('dziękuję, to wszystko', GOODBYE.pl, ANYTHING_ELSE),
    ],
  },
  {
    name: 'nl: a reminder, "en daarna?", "en als ik dan nog niet betaal?" — enforcement, then what follows if still unpaid (its short part)',
    channel: 'webchat',
    lng: 'nl',
    turns: [
      t('wat is een aanmaning?', /1,5 keer/),
      t('en daarna?', /deurwaarder.*rijbewijs/),
      t('en als ik dan nog niet betaal?', /zwaardere stappen.*gijzeling.*blijft uw schuld bestaan/, ONCE_MORE.nl),
    ],
  },
  {
    name: 'de: not paying, "und danach?", instalments, "und wo beantrage ich das?"',
    channel: 'webchat',
    lng: 'de',
    turns: [
      t('Was passiert, wenn ich nicht zahle?', /Mahnung/),
      t('und danach?', /Gerichtsvollzieher/),
      t('Kann ich in Raten zahlen?', /75 €/),
      t('und wo beantrage ich das?', /Formular auf cjib\.nl/, ONCE_MORE.de),
    ],
  },
  {
    name: 'pl: not paying, "a potem?", the appeal, "gdzie?"',
    channel: 'webchat',
    lng: 'pl',
    turns: [
      t('co się stanie, jeśli nie zapłacę?', /upomnienie/),
      t('a potem?', /komornik/),
      t('czy mogę się odwołać?', /6 tygodni.*Parket CVOM/),
      { ...t('gdzie?', /Parket CVOM/), not: /Numer telefonu zależy|Oto ona jeszcze raz/ },
    ],
  },
  {
    name: 'nl: the noodstop, "hoe vraag ik die aan?" (who to call), thanks, "dat was het"',
    channel: 'webchat',
    lng: 'nl',
    turns: [
      t('wat is de noodstop?', /4 maanden uitstel/),
      t('hoe vraag ik die aan?', /cjib\.nl\/telefoonnummers/, CLARIFY),
      t('dankjewel, je bent top', /Graag gedaan/),
      t('dat was het', GOODBYE.nl),
    ],
  },
  {
    name: 'nl: a fine that went up, "hoe kan dat?" is about that answer',
    channel: 'webchat',
    lng: 'nl',
    turns: [
      t('mijn boete is te hoog geworden', /aanmaning/),
      // Why there is an increase, in short (was the whole answer once more).
      { ...t('hoe kan dat?', /niet vóór de uiterste betaaldatum.*staat in de wet/s), not: CLARIFY },
    ],
  },
  {
    name: 'en: a European fine, then "can I object?" is about that fine (only in the country that gave it)',
    channel: 'webchat',
    lng: 'en',
    turns: [
      t('I got a fine from Germany, what do I do?', /only object in the country that gave the fine/),
      {
        ...onceMore('en', 'can I object?', /only object in the country that gave the fine/),
        not: /Parket CVOM/,
      },
      t('ok thanks bye', GOODBYE.en, /feedback/),
    ],
  },
  // ---- "that is not what I meant" ----
  ...(
    [
      ['nl', 'kan ik in termijnen betalen?', /€ 75/, 'nee dat bedoel ik niet'],
      ['en', 'how do I pay?', /iDEAL/, "no that's not what I meant"],
      ['de', 'Wie kann ich zahlen?', /iDEAL/, 'nein, das meine ich nicht'],
      ['pl', 'jak zapłacić mandat?', /iDEAL/, 'nie o to mi chodzi'],
    ] as [Lng, string, RegExp, string][]
  ).map(([lng, question, answer, notMeant]): Script => ({
    name: `${lng}: an answer, then "${notMeant}": sorry and ask again, never a goodbye`,
    channel: 'webchat',
    lng,
    turns: [t(question, answer), t(notMeant, SORRY_ASK_AGAIN[lng], GOODBYE[lng])],
  })),
  {
    name: 'nl: "nee dat bedoel ik niet" with nothing asked is no goodbye either',
    channel: 'webchat',
    lng: 'nl',
    turns: [
      t('hoe lang heb ik om te betalen?', /8 weken/),
      t('ja', /Dank u wel voor uw reactie/),
      t('nee dat bedoel ik niet', SORRY_ASK_AGAIN.nl, GOODBYE.nl),
    ],
  },
  // ---- a follow-up choice clicked, then something else ----
  {
    name: 'nl: "Betalen in termijnen" clicked after the paying answer, then the noodstop asked',
    channel: 'webchat',
    lng: 'nl',
    turns: [
      t('hoe betaal ik mijn boete?', /iDEAL/),
      t('Betalen in termijnen', /betalingsregeling/),
      t('ik heb schulden en kan echt niet betalen', /noodstop/),
    ],
  },
  {
    name: 'en: "See the photo" clicked after the objection, then the deadline asked',
    channel: 'webchat',
    lng: 'en',
    turns: [
      t('how do I object to a fine?', /6 weeks/),
      t('See the photo', /photo/i),
      t('how long do I have to pay?', /8 weeks/),
    ],
  },
  // ---- "did this help?" answered with a new question ----
  {
    name: 'de: "did this help?" answered with a new question: the new question is answered',
    channel: 'webchat',
    lng: 'de',
    turns: [
      t('Wie kann ich zahlen?', /Hat Ihnen diese Antwort geholfen/),
      t('Was ist eine Mahnung?', /1,5-Fache/),
    ],
  },
  {
    name: 'pl: "did this help?" answered with a new question about the photo',
    channel: 'webchat',
    lng: 'pl',
    turns: [
      t('jak zapłacić mandat?', /Czy ta odpowiedź była pomocna/),
      t('gdzie zobaczę zdjęcie?', /zdjęci/),
    ],
  },
  // ---- small talk in between ----
  {
    name: 'nl: what the assistant can do, "lol", a question, and thanks',
    channel: 'webchat',
    lng: 'nl',
    turns: [
      t('wat kun je allemaal?', /betalingsregeling aanvragen/),
      t('lol', /Waarmee kan ik u helpen/, COLD),
      t('kan ik in termijnen betalen?', /€ 75/),
    ],
  },
  {
    name: 'nl: "hallo", "hoe gaat het met je?", then a question',
    channel: 'webchat',
    lng: 'nl',
    turns: [
      t('hallo', /Waarmee kan ik u helpen/),
      t('hoe gaat het met je?', /Goed, dank u wel/, COLD),
      t('wat als ik het niet eens ben met de boete?', /officier van justitie/),
    ],
  },
  {
    name: 'en: "haha", "how are you?" and "you are great" get a friendly word, not "I cannot help"',
    channel: 'webchat',
    lng: 'en',
    turns: [
      t('how do I pay?', /iDEAL/),
      t('haha', /How can I help you/, COLD),
      t('how are you?', /fine, thank you/, COLD),
      t('you are great', /Thank you/, COLD),
    ],
  },
  {
    name: 'de: "wie geht\'s?" and "du bist super" between questions',
    channel: 'webchat',
    lng: 'de',
    turns: [
      t('wie gehts?', /Gut, danke/, COLD),
      t('Wie lange habe ich Zeit zum Zahlen?', /8 Wochen/),
      t('du bist super', /Vielen Dank/, COLD),
    ],
  },
  {
    name: 'pl: "jak się masz?" and "xD" between questions',
    channel: 'webchat',
    lng: 'pl',
    turns: [
      t('jak się masz?', /Dobrze, dziękuję/, COLD),
      t('jak zapłacić mandat?', /iDEAL/),
      t('xD', /W czym mogę pomóc/, COLD),
    ],
  },
  {
    name: 'en: "hi", "are you a robot?", paying from abroad, "cheers mate"',
    channel: 'webchat',
    lng: 'en',
    turns: [
      t('hi', /How can I help you/),
      t('are you a robot?', /digital assistant/),
      t('ok. how do I pay from abroad?', /IBAN in your letter/),
      t('cheers mate', /welcome/),
    ],
  },
  {
    name: 'en: "who are you?" is who the assistant is',
    channel: 'webchat',
    lng: 'en',
    turns: [t('who are you?', /digital assistant/, CLARIFY)],
  },
  {
    name: 'nl: "wie ben jij?" is who the assistant is',
    channel: 'webchat',
    lng: 'nl',
    turns: [t('wie ben jij?', /digitale assistent/, CLARIFY)],
  },
  // ---- language switched in the citizen's own words ----
  {
    name: 'nl → en: "can you answer in english please?" and the next question answered in English',
    channel: 'webchat',
    lng: 'nl',
    turns: [
      t('hoe kan ik betalen?', /iDEAL/),
      t('can you answer in english please?', /continue in English/),
      t('and what if I pay late?', /reminder.*1\.5 times/),
    ],
  },
  {
    name: 'en → de: "kann ich auf Deutsch weiterschreiben?" and then "und wenn ich nicht zahle?"',
    channel: 'webchat',
    lng: 'en',
    turns: [
      t('how do I pay my fine?', /iDEAL/),
      t('kann ich auf Deutsch weiterschreiben?', /auf Deutsch/),
      t('und wenn ich nicht zahle?', /Mahnung/),
    ],
  },
  {
    name: 'pl → nl: "kan het ook in het nederlands?" and then "en als ik te laat betaal?"',
    channel: 'webchat',
    lng: 'pl',
    turns: [
      t('jak zapłacić mandat?', /iDEAL/),
      t('kan het ook in het nederlands?', /in het Nederlands/),
      t('en als ik te laat betaal?', /aanmaning/),
    ],
  },
  // ---- capitals and anger ----
  {
    name: 'nl: in capitals and angry about a doubled fine: the increase explained, no cold reply',
    channel: 'webchat',
    lng: 'nl',
    turns: [t('WAAROM IS MIJN BOETE VERDUBBELD?? DIT IS BELACHELIJK', /1,5 keer.*3 keer/, COLD)],
  },
  {
    name: 'en: in capitals and angry: the increases, then "I NEVER GOT ANY LETTER"',
    channel: 'webchat',
    lng: 'en',
    turns: [
      t('WHY THE HELL DID MY FINE TRIPLE?? THIS IS THEFT', /3 times/, COLD),
      t('I NEVER GOT ANY LETTER', /Digitaal Loket/, COLD),
    ],
  },
  // ---- the same question twice ----
  {
    name: 'nl: the same question three times: answered, pointed back to, answered again — never the same reply twice',
    channel: 'webchat',
    lng: 'nl',
    turns: [
      t('hoe lang heb ik om te betalen?', /8 weken/),
      t('hoe lang heb ik om te betalen?', POINTS_BACK.nl),
      t('hoe lang heb ik om te betalen?', /8 weken/),
    ],
  },
  {
    name: 'en: the objection asked twice: the second time its facts once more, then the follow-ups',
    channel: 'webchat',
    lng: 'en',
    turns: [
      t('how do I object to a fine?', /6 weeks/),
      t('how do I object to a fine?', /once more:.*6 weeks.*Is something missing\?.*See the photo/s),
    ],
  },
  {
    name: 'nl: "I wasn\'t the driver", then the authorisation asked: pointed back, then a thank-you',
    channel: 'webchat',
    lng: 'nl',
    turns: [
      t('ik was niet de bestuurder', /kentekenaansprakelijkheid.*machtiging/),
      t('hoe werkt dat met een machtiging?', POINTS_BACK.nl),
      t('dankjewel', /Graag gedaan/),
    ],
  },
  // ---- address, IBAN, opening hours ----
  {
    name: 'nl: the address, the phone number, opening hours, "oké bedankt, doei"',
    channel: 'webchat',
    lng: 'nl',
    turns: [
      t('wat is het adres van het cjib?', /adres op uw brief/),
      t('en het telefoonnummer?', POINTS_BACK.nl),
      // (Staff are always in here: the hours said are the setting's, see contactStaffHours.test.ts.)
      t('wanneer zijn jullie open?', /deze chat elke dag, 0\.00 tot 24\.00 uur/),
      t('oké bedankt, doei', GOODBYE.nl, /reactie/),
    ],
  },
  {
    name: 'en: the IBAN (the one on the letter), opening hours, the address',
    channel: 'webchat',
    lng: 'en',
    turns: [
      t('what is the IBAN of the CJIB?', /IBAN on your letter/),
      t('what are your opening hours?', /this chat every day, 00:00 to 24:00/),
      t('what is your postal address?', POINTS_BACK.en),
    ],
  },
  {
    name: 'de: the IBAN, opening hours, the address',
    channel: 'webchat',
    lng: 'de',
    turns: [
      t('Was ist die IBAN vom CJIB?', /IBAN aus Ihrem Schreiben/),
      t('Wann haben Sie geöffnet?', /Montag bis Freitag/),
      t('Wie ist Ihre Adresse?', POINTS_BACK.de),
    ],
  },
  {
    name: 'pl: the account number, opening hours, the address',
    channel: 'webchat',
    lng: 'pl',
    turns: [
      t('jaki jest numer konta CJIB?', /numeru IBAN podanego w piśmie/),
      t('w jakich godzinach jesteście otwarci?', /od poniedziałku do piątku/),
      t('jaki jest adres CJIB?', POINTS_BACK.pl),
    ],
  },
  // ---- what the assistant can do ----
  ...(
    [
      ['en', 'what can you do?', /payment arrangement/],
      ['de', 'Was kannst du?', /Ratenzahlung beantragen/],
      ['pl', 'co potrafisz?', /rozłożenie płatności na raty/],
    ] as [Lng, string, RegExp][]
  ).map(([lng, ask, can]): Script => ({
    name: `${lng}: "${ask}" and then a question`,
    channel: 'webchat',
    lng,
    turns: [
      t(ask, can),
      t(
        { en: 'how do I pay?', de: 'Wie kann ich zahlen?', pl: 'jak zapłacić mandat?' }[lng as 'en'],
        /iDEAL/,
      ),
    ],
  })),
  {
    name: 'en: "what can you do?" twice in a row: the second time examples, not the same list',
    channel: 'webchat',
    lng: 'en',
    turns: [
      t('what can you do?', /payment arrangement/),
      t('what can you help me with', /For example, ask: 'How can I pay\?'/),
      t('How can I pay?', /iDEAL/),
    ],
  },
  {
    name: 'nl: thanks after "anything else?" once more: a goodbye, not the same question again',
    channel: 'webchat',
    lng: 'nl',
    turns: [t('bedankt', /Kan ik nog iets anders/), t('dank je wel', GOODBYE.nl, ANYTHING_ELSE)],
  },
  {
    name: 'en: "thanks, that\'s all" while the CJIB number is asked: a goodbye, not "that is no CJIB number"',
    channel: 'webchat',
    lng: 'en',
    turns: [
      t('I want to look up my fine', /CJIB number/),
      t("thanks, that's all", GOODBYE.en, /does not look like/),
    ],
  },
  {
    name: 'nl: "bedankt, dat was het" while the arrangement asks the number: a goodbye',
    channel: 'webchat',
    lng: 'nl',
    turns: [
      t('ik wil een betalingsregeling', /CJIB-nummer/),
      t('bedankt, dat was het', GOODBYE.nl, /lijkt geen CJIB-nummer/),
    ],
  },
  {
    name: 'nl: a follow-up choice clicked, then "en waar staat dat?" about it: the facts once more, not the same reply',
    channel: 'webchat',
    lng: 'nl',
    turns: [
      t('hoe betaal ik?', /iDEAL/),
      t('Welk nummer gebruik ik?', /16 cijfers.*rechtsboven/),
      onceMore('nl', 'en waar staat dat?', /rechtsboven/),
      t('top, dankjewel!', /Dank u wel|Graag gedaan|Waarmee kan ik u helpen/),
    ],
  },
  {
    name: 'de: "und die zweite?" is unclear, then "ok danke" is thanks, not "which of these?" again',
    channel: 'webchat',
    lng: 'de',
    turns: [
      t('Was kostet eine Mahnung?', /1,5-Fache/),
      { say: 'und die zweite?', mayBeCold: true },
      t('ok danke', /Gern geschehen/, /Welche dieser/),
    ],
  },
  {
    name: 'nl: a sold car, then "wat is een vrijwaringsbewijs?": the facts once more, no "cannot help"',
    channel: 'webchat',
    lng: 'nl',
    turns: [
      t('mijn auto is verkocht maar ik krijg nog een boete', /vrijwaringsbewijs van de RDW/),
      t('wat is een vrijwaringsbewijs?', /vrijwaringsbewijs van de RDW/),
    ],
  },
  // ---- SMS and WhatsApp: numbered choices, plain text ----
  {
    // By SMS no "did this help?" after every answer: the follow-ups under "anything else?".
    name: 'sms nl: paying, "1" (the first follow-up), "en als ik niet betaal?", thanks',
    channel: 'sms',
    lng: 'nl',
    turns: [
      t('hoe betaal ik', /Kan ik u nog ergens anders mee helpen\?\s+Antwoord met het nummer van uw keuze:\s+1\. Welk nummer/),
      t('1', /CJIB-nummer/),
      t('en als ik niet betaal?', /aanmaning/),
      t('bedankt', /Graag gedaan/),
    ],
  },
  {
    name: 'sms en: paying, "this did not help", opening hours, "thx bye"',
    channel: 'sms',
    lng: 'en',
    turns: [
      t('how can I pay?', /anything else I can help you with\?/),
      t('this did not help', /another way/),
      t('what are your opening hours?', /this chat every day/),
      t('thx bye', GOODBYE.en),
    ],
  },
  {
    name: 'sms de: paying, "und wenn ich nicht zahle?", "danke"',
    channel: 'sms',
    lng: 'de',
    turns: [
      t('wie zahle ich?', /iDEAL/),
      t('und wenn ich nicht zahle?', /Mahnung/),
      t('danke', /Gern geschehen/),
    ],
  },
  {
    name: 'whatsapp pl: paying, "a jeśli nie zapłacę?", "dzięki, pa"',
    channel: 'whatsapp',
    lng: 'pl',
    turns: [
      t('jak zapłacić?', /iDEAL/),
      t('a jeśli nie zapłacę?', /upomnienie/),
      t('dzięki, pa', GOODBYE.pl, ANYTHING_ELSE),
    ],
  },
  {
    name: 'whatsapp nl: a fake message, then a number choice for a follow-up',
    channel: 'whatsapp',
    lng: 'nl',
    turns: [t('hoe zie ik of een bericht nep is?', /nooit een boete.*WhatsApp/), t('3', /betalen|iDEAL/i)],
  },
  {
    name: 'whatsapp en: the same question twice, by text, on a messaging channel',
    channel: 'whatsapp',
    lng: 'en',
    turns: [t('how long do I have to pay?', /8 weeks/), t('how long do I have to pay?', POINTS_BACK.en)],
  },
  // ---- the phone ----
  {
    name: 'phone nl: paying, "en als ik niet betaal", "hoeveel kost dat dan", "dank je wel dag"',
    channel: 'telephony',
    lng: 'nl',
    turns: [
      t('hoe kan ik betalen', /iDEAL/),
      t('en als ik niet betaal', /1,5 keer/),
      t('hoeveel kost dat dan', /1,5 keer.*toets het nummer/, ONCE_MORE.nl),
      t('dank je wel dag', GOODBYE.nl, ANYTHING_ELSE),
    ],
  },
  {
    name: 'phone en: opening hours, the address, "thank you goodbye"',
    channel: 'telephony',
    lng: 'en',
    turns: [
      t('what are your opening hours', /this chat every day/),
      t('what is your address', POINTS_BACK.en),
      t('thank you goodbye', GOODBYE.en),
    ],
  },
  {
    name: 'phone de: the objection, "und wo", "danke"',
    channel: 'telephony',
    lng: 'de',
    turns: [
      t('Wie kann ich Einspruch einlegen', /6 Wochen/),
      t('und wo', /Postbus 50\.000/, ONCE_MORE.de),
      t('danke', /Gern geschehen/),
    ],
  },
  {
    name: 'phone pl: paying, "a potem", "dziękuję do widzenia"',
    channel: 'telephony',
    lng: 'pl',
    turns: [
      t('jak mogę zapłacić', /iDEAL/),
      t('a potem', /upomnienie/),
      t('dziękuję do widzenia', GOODBYE.pl),
    ],
  },
  {
    name: 'phone en: the objection, "and how long does that take", "ok thanks that\'s all" ends the call',
    channel: 'telephony',
    lng: 'en',
    turns: [
      t('how do I object', /6 weeks/),
      // The short answer: the officier's decision time and nothing to pay meanwhile (not the whole text again).
      t('and how long does that take', /up to 16 weeks.*do not have to pay the fine yet/),
      t("ok thanks that's all", GOODBYE.en, /How can I help you/),
    ],
  },
  {
    name: 'phone nl: "lol" and "wat kun je allemaal" are answered in speech',
    channel: 'telephony',
    lng: 'nl',
    turns: [t('haha', /Waarmee kan ik u helpen/, COLD), t('wat kun je allemaal', /betalingsregeling/)],
  },
];

describe('conversations round 3', () => {
  // Staff are always in, so a person means the queue (no callback offer depends on the hour).
  const assistant = useStaffedApp();

  async function open(channel: Channel, lng: Lng): Promise<TestConversation> {
    return assistant.open({ channelId: channel, locale: LOCALE[lng] });
  }

  it('has about fifty conversations', () => {
    expect(SCRIPTS.length).toBeGreaterThanOrEqual(48);
  });

  it.each(SCRIPTS.map((s) => [s.name, s] as const))('%s', async (_name, script) => {
    const c = await open(script.channel, script.lng);
    let previous: string | undefined;
    for (const turn of script.turns) {
      const reply = noticed(script.channel, await c.say(turn.say));
      const where = `after "${turn.say}": ${reply.slice(0, 300)}`;
      expect({ where, reply: reply.length > 0 }).toEqual({ where, reply: true });
      if (turn.expect) expect({ where, ok: turn.expect.test(reply) }).toEqual({ where, ok: true });
      if (turn.not) expect({ where, ok: !turn.not.test(reply) }).toEqual({ where, ok: true });
      if (!turn.mayBeCold) expect({ where, cold: COLD.test(reply) }).toEqual({ where, cold: false });
      // Never the same reply twice in a row.
      expect({ where, same: reply === previous }).toEqual({ where, same: false });
      previous = reply;
      // Messaging channels: numbered plain text, never a card or a button.
      if (script.channel === 'sms' || script.channel === 'whatsapp')
        expect(reply).not.toMatch(/AdaptiveCard/);
    }
  });
});
