import type { IntentId } from '../../domain/language/intents';
import { INTENTS } from '../../domain/language/intents';
import { requestsFlow } from '../../domain/knowledge/flowRequest';
import { INTENT_TOPICS, KNOWLEDGE_INTENTS, selectTopic } from '../../domain/knowledge/selectTopic';
import { INTENT_DEFAULT_TOPIC, TOPIC_CUES } from '../../domain/knowledge/topicCues';
import {
  parseFlowAction,
  parseTopicValue,
  TOPIC_IDS,
  topicValue,
  type TopicId,
} from '../../domain/knowledge/topics';

/** [intent as the recognizer gives it, the question, the expected topic]. */
const CASES: [IntentId, string, TopicId][] = [
  ['payment_arrangement', 'Kan ik in termijnen betalen?', 'instalments'],
  ['payment_arrangement', 'Can I pay in instalments?', 'instalments'],
  ['payment_arrangement', 'Hoeveel maanden krijg ik om af te lossen?', 'instalment_terms'],
  ['payment_arrangement', 'How many months can I spread the payments over?', 'instalment_terms'],
  ['payment_arrangement', 'Het bedrag per maand is te hoog voor mij', 'personal_arrangement'],
  ['cannot_pay', 'The monthly amount is too high, I cannot afford it', 'personal_arrangement'],
  ['cannot_pay', 'Ik heb schulden en kan helemaal niet betalen', 'noodstop'],
  ['cannot_pay', 'I am in debt and have no income', 'noodstop'],
  ['cannot_pay', 'ik kan niet betalen', 'noodstop'],
  ['payment_arrangement', 'Mijn betalingsregeling is afgewezen, waarom?', 'arrangement_refused'],
  ['payment_arrangement', 'Why was my payment plan rejected?', 'arrangement_refused'],
  ['payment_arrangement', 'Ik ben een termijn vergeten te betalen', 'missed_instalment'],
  ['payment_arrangement', 'I missed a payment of my arrangement', 'missed_instalment'],
  ['payment_arrangement', 'Kan mijn nieuwe boete erbij in de regeling?', 'new_fine_in_arrangement'],
  ['payment_arrangement', 'Can I add a new fine to my payment plan?', 'new_fine_in_arrangement'],
  ['objection', 'Ik ga in beroep, kan ik ook een betalingsregeling krijgen?', 'appeal_and_instalments'],
  ['payment_arrangement', 'I appealed, can I still pay in instalments?', 'appeal_and_instalments'],
  ['payment_deadline', 'Hoe lang heb ik om te betalen?', 'payment_deadline'],
  ['payment_deadline', 'When is my fine due?', 'payment_deadline'],
  ['payment_deadline', 'Wat gebeurt er als ik te laat betaal?', 'late_payment'],
  ['reminder_increase', 'Waarom is mijn boete verhoogd?', 'late_payment'],
  ['reminder_increase', 'Why did my fine go up?', 'late_payment'],
  ['reminder_increase', 'Waarom is mijn strafbeschikking duurder geworden?', 'strafbeschikking'],
  ['criminal_sanction', 'Wat moet ik met mijn strafbeschikking?', 'strafbeschikking'],
  ['criminal_sanction', 'What about my community service order?', 'strafbeschikking'],
  ['how_to_pay', 'Hoe betaal ik mijn boete?', 'how_to_pay'],
  ['how_to_pay', 'Can I pay with iDEAL?', 'how_to_pay'],
  ['how_to_pay', 'Welk nummer moet ik als kenmerk gebruiken?', 'cjib_number'],
  ['how_to_pay', 'Which number do I put as payment reference?', 'cjib_number'],
  ['payment_not_processed', 'Ik heb twee keer betaald', 'payment_problem'],
  ['payment_not_processed', 'I paid with the wrong reference', 'payment_problem'],
  ['payment_not_processed', 'Ik heb al betaald maar kreeg toch een aanmaning', 'payment_problem'],
  ['payment_not_processed', 'Er is geld van mijn rekening afgeschreven', 'bank_debit'],
  ['bailiff', 'The CJIB took money from my bank account', 'bank_debit'],
  // The bailiff at the door is enforcement under way: what to do now, not the list of what may come.
  ['bailiff', 'De deurwaarder staat voor de deur', 'bailiff_involved'],
  ['bailiff', 'Can they take my driving licence?', 'enforcement'],
  ['objection', 'Ik ben het niet eens met de boete', 'objection'],
  ['objection', 'I want to appeal against my fine', 'objection'],
  ['objection', 'Hoe ga ik naar de kantonrechter?', 'court_appeal'],
  ['objection', 'How do I appeal to the court after the prosecutor decided?', 'court_appeal'],
  ['not_the_driver', 'Ik reed niet zelf', 'not_the_driver'],
  ['not_the_driver', 'My car was stolen', 'not_the_driver'],
  ['photo_request', 'Kan ik de foto zien?', 'photo'],
  ['objection', 'Can I see the photo before I object?', 'photo'],
  ['lost_letter', 'Deze brief is niet voor mij, die persoon woont hier niet', 'wrong_address'],
  ['not_the_driver', 'The letter is not for me, the addressee does not live here', 'wrong_address'],
  ['lost_letter', 'Ik ben mijn brief kwijt', 'lost_letter'],
  ['lost_letter', 'I never received a letter', 'lost_letter'],
  ['victim_compensation', 'Wanneer krijg ik mijn schadevergoeding?', 'victim_compensation'],
  ['foreign', 'Ik woon in Belgie, hoe werkt dat?', 'foreign'],
  ['foreign', 'I got a fine from Germany, what now?', 'european_fine'],
  ['foreign', 'Ik heb een boete uit Frankrijk gekregen', 'european_fine'],
  ['complaint', 'Ik wil een klacht indienen', 'complaint'],
  ['privacy', 'What do you do with my data?', 'privacy'],
  ['contact', 'Wat is jullie telefoonnummer?', 'contact'],
  ['contact', 'Can I e-mail you?', 'contact'],
  // Colloquial wordings (knowledgeQuestions conversation test).
  ['payment_arrangement', 'hoe lang mag ik over de betalingsregeling doen', 'instalment_terms'],
  ['payment_deadline', 'how long is the payment plan', 'instalment_terms'],
  ['payment_deadline', 'Hoe lang is de betalingstermijn?', 'payment_deadline'],
  ['payment_arrangement', 'The instalments are too expensive for me each month', 'personal_arrangement'],
  ['payment_arrangement', 'Die Raten sind mir zu teuer', 'personal_arrangement'],
  ['payment_arrangement', 'why did they reject my payment plan', 'arrangement_refused'],
  ['payment_arrangement', "I forgot to pay this month's installment", 'missed_instalment'],
  ['payment_arrangement', 'ik heb een regeling maar nu weer een nieuwe bekeuring', 'new_fine_in_arrangement'],
  ['payment_deadline', 'en als ik dan nog steeds niet betaal?', 'enforcement'],
  ['bailiff', 'en als ik dan nog steeds niet betaal?', 'enforcement'],
  ['payment_not_processed', "and if I still don't pay?", 'late_payment'],
  ['reminder_increase', 'Was passiert, wenn ich gar nicht zahle?', 'late_payment'],
  ['cannot_pay', 'Ich kann gar nicht zahlen', 'noodstop'],
  ['foreign', 'I got a fine from the CJIB but I live in Poland now', 'foreign'],
  ['foreign', 'Ich habe ein Bußgeld vom CJIB bekommen, ich wohne in Deutschland', 'foreign'],
  ['foreign', 'I got a speeding ticket from Belgium', 'european_fine'],
  ['how_to_pay', 'de brief is zoekgeraakt bij de verhuizing, hoe kan ik toch betalen?', 'lost_letter'],
  ['objection', 'wie beslist over mijn bezwaar, het cjib?', 'objection'],
  ['objection', 'do I need to pay while my appeal is running?', 'objection'],
  ['payment_deadline', 'Wie viel Zeit habe ich für den Einspruch?', 'objection'],
  ['objection', 'de officier heeft mijn beroep afgewezen, wat nu', 'court_appeal'],
  ['payment_arrangement', 'mijn termijn is niet op tijd betaald, stopt de regeling nu?', 'missed_instalment'],
  ['foreign', 'I rented a car in Amsterdam and got a fine at home in the UK', 'foreign'],
  ['foreign', 'jak mogę zapłacić mandat z polskiego konta?', 'foreign'],
  ['contact', "I'm a debt counsellor, how do I contact CJIB for my client", 'contact'],
  ['contact', 'gdzie jest numer CJIB?', 'cjib_number'],
  [
    'payment_arrangement',
    'Ik ben mijn baan kwijt. Nu komt er ook nog een boete van 250 euro bij. Wat kan ik doen?',
    'noodstop',
  ],
  ['cannot_pay', 'ik betaal gewoon niet, wat kunnen ze doen', 'enforcement'],
  ['cannot_pay', 'Ik ben mijn baan kwijt, wat nu met mijn boete?', 'noodstop'],
  ['lost_letter', 'Ik ben de brief kwijt', 'lost_letter'],
  ['payment_deadline', 'hoevel maande krijg ik', 'instalment_terms'],
  ['payment_arrangement', 'hoeveel moet ik per maand betalen bij 600 euro', 'instalment_terms'],
  ['payment_arrangement', 'Het bedrag per maand is te hoog', 'personal_arrangement'],
  ['payment_arrangement', 'what is the minimum for a payment plan', 'instalments'],
  ['payment_deadline', 'moet ik de gijzeling nog betalen na de 7 dagen', 'enforcement'],
  ['how_to_pay', 'hoe kom ik in het digitaal loket', 'how_to_pay'],
  ['objection', 'where do I send my objection letter', 'objection'],
  ['foreign', 'co się stanie jeśli nie zapłacę mandatu z Holandii', 'foreign'],
  [
    'not_the_driver',
    'ik heb een bekeuring gekregen maar ik was er helemaal niet, ik was op vakantie',
    'not_the_driver',
  ],
  [
    'payment_arrangement',
    'my payment arrangement got cancelled because I was late once, can I get a new one?',
    'arrangement_refused',
  ],
  ['objection', 'I think the speed camera was wrong, how can I get the calibration report?', 'photo'],
  ['payment_deadline', 'can I still appeal after 6 weeks?', 'objection'],
  ['foreign', 'Hoe betaal ik vanuit het buitenland?', 'foreign'],
  ['contact', 'welk nummer moet ik bellen om jullie te spreken', 'contact'],
  ['payment_deadline', 'Czy mogę przesunąć płatność o miesiąc?', 'payment_deadline'],
  ['payment_arrangement', 'hoevel maande krijg ik', 'instalment_terms'],
  ['how_to_pay', 'welk kenmerk zet ik bij mijn overschrijving', 'cjib_number'],
  ['how_to_pay', 'what reference should i put on the transfer', 'cjib_number'],
  ['how_to_pay', 'na jaki numer konta mam przelać pieniądze?', 'how_to_pay'],
  ['cannot_pay', "im on benefits and can't afford this fine", 'noodstop'],
  ['lost_letter', 'Ik ben mijn CJIB-nummer kwijt', 'lost_letter'],
  ['reminder_increase', 'Was sind das für Mahnkosten?', 'late_payment'],
  ['criminal_sanction', 'Muss ich in Haft, wenn ich nicht zahle?', 'strafbeschikking'],
  [
    'bailiff',
    'er is 300 euro van mijn rekening afgeschreven. de bank zegt dat het beslag is van het cjib',
    'bank_debit',
  ],
  ['payment_deadline', 'is het goed als ik het pas in december betaal', 'payment_deadline'],
  ['payment_arrangement', "I can't pay it all at once. Could I pay it over a few months?", 'instalments'],
  [
    'victim_compensation',
    'the guy who hit me was ordered to pay me but i got nothing',
    'victim_compensation',
  ],
  ['lost_letter', 'where can i find my cjib number if i lost the letter', 'lost_letter'],
  ['cannot_pay', 'I refuse to pay this fine', 'enforcement'],
  [
    'not_the_driver',
    "I was driving my sister's car and got caught speeding, does she have to pay?",
    'not_the_driver',
  ],
  ['not_the_driver', 'ik reed in de auto van mijn broer', 'not_the_driver'],
  ['how_to_pay', 'wat moet ik bij omschrijving invullen als ik de boete overmaak?', 'cjib_number'],
  ['reminder_increase', 'do increases still get added during the emergency stop?', 'noodstop'],
  ['contact', 'gdzie wysłać odwołanie od mandatu? jaki adres?', 'objection'],
  ['contact', 'waar moet ik mijn bezwaar naartoe sturen?', 'objection'],
  [
    'objection',
    'Ich bin mit dem Bußgeld nicht einverstanden und will auch in Raten zahlen, geht das?',
    'appeal_and_instalments',
  ],
  ['objection', 'op de boete staat een verkeerd kenteken, dat is niet mijn auto', 'objection'],
  ['criminal_sanction', 'kan ik de gevangenis in als ik mijn boete niet betaal', 'enforcement'],
  ['criminal_sanction', 'Ik moet de gevangenis in voor een taakstraf', 'strafbeschikking'],
  ['lost_letter', 'i keep getting cjib letters for someone who moved out years ago', 'wrong_address'],
  ['lost_letter', 'ik ben verhuisd en heb geen brief ontvangen', 'lost_letter'],
  ['cannot_pay', 'kan ik kwijtschelding krijgen van mijn boete', 'noodstop'],
  ['objection', 'Die Staatsanwaltschaft hat meinen Einspruch abgelehnt, was nun?', 'court_appeal'],
  ['payment_arrangement', 'i didnt pay one instalment last month what happens', 'missed_instalment'],
  ['contact', 'jaki jest numer konta cjib', 'how_to_pay'],
  ['contact', 'welk telefoonnummer moet ik bellen over mijn bezwaar?', 'contact'],
  ['criminal_sanction', 'jail time for not paying a criminal fine', 'strafbeschikking'],
  ['criminal_sanction', 'do i have to go to jail', 'strafbeschikking'],
  [
    'reminder_increase',
    'gaan de verhogingen door terwijl ik op de beslissing over mijn regeling wacht?',
    'instalments',
  ],
  ['reminder_increase', 'ik heb schulden en mijn boete is verhoogd', 'late_payment'],
  ['reminder_increase', 'what happens if i never pay', 'late_payment'],
  ['bailiff', 'what happens if i never pay', 'enforcement'],
  ['foreign', 'co się stanie jeśli nie zapłacę mandatu z Holandii', 'foreign'],
  ['cannot_pay', 'co jeśli nigdy nie zapłacę mandatu', 'enforcement'],
  ['foreign', 'cjib took 500 euro from my account without asking', 'bank_debit'],
  ['fine_status', 'hoeveel mag het cjib van mijn rekening afhalen', 'bank_debit'],
  ['payment_deadline', 'hoelang duurt t voor de ovj beslist', 'objection'],
  ['criminal_sanction', 'wat betekent de letter M op mijn brief', 'letter_code'],
  ['lost_letter', 'What does the letter M on my CJIB letter mean?', 'letter_code'],
  ['fine_status', 'er staat een S op mijn brief wat is dat', 'letter_code'],
  ['criminal_sanction', 'letter code O, what is that', 'strafbeschikking'],
  ['how_to_pay', 'jaki kod wpisać w tytule przelewu', 'cjib_number'],
  ['payment_arrangement', 'i cant afford the monthly payments anymore what do i do', 'personal_arrangement'],
  ['cannot_pay', 'moet ik bewijsstukken meesturen voor een persoonlijke regeling', 'personal_arrangement'],
  ['cannot_pay', 'nie stać mnie nawet na raty', 'noodstop'],
  ['lost_letter', 'Der Brief ist für den Vormieter', 'wrong_address'],
  ['lost_letter', 'list jest do poprzedniego lokatora', 'wrong_address'],
  ['foreign', 'czy potrzebuję DigiD, żeby zapłacić z Polski?', 'foreign'],
  ['foreign', 'got a belgian speeding ticket via cjib can i appeal in the netherlands', 'european_fine'],
  ['payment_deadline', 'ik ben onder de 16, hoeveel zekerheid moet ik betalen', 'court_appeal'],
  ['payment_deadline', 'hoe lang heb ik om te betalen', 'payment_deadline'],
  ['fine_status', 'hoe hoog is de boete voor door rood rijden', 'beyond_knowledge'],
  ['payment_arrangement', 'Ich kann nur 20 Euro im Monat zahlen, geht das?', 'personal_arrangement'],
  ['payment_arrangement', 'kan ik 10 euro per maand afbetalen of is er een minimum', 'instalments'],
  ['fine_status', 'ik zit in de wsnp, moet ik de cjib boete nog betalen', 'noodstop'],
  [
    'reminder_increase',
    'vorige maand vergeten de termijn te betalen, wat gebeurt er nu',
    'missed_instalment',
  ],
  ['payment_arrangement', 'ik heb 2 boetes, kan ik die samen in 1 overboeking betalen?', 'how_to_pay'],
  ['objection', 'ik ben het niet eens met hoe het cjib mij behandelt', 'complaint'],
  ['objection', 'the staff on the phone were rude to me', 'complaint'],
  // 'Bruder' holds 'rude': a brother who drove is no complaint.
  ['objection', 'Ich war nicht der Fahrer, mein Bruder hatte das Auto', 'not_the_driver'],
  ['foreign', 'Wie überweise ich das Bußgeld aus Österreich?', 'foreign'],
  ['reminder_increase', 'moet ik de administratiekosten ook betalen als ik bezwaar maak', 'objection'],
  ['payment_arrangement', 'kan ik een regeling krijgen als ik in beroep ga?', 'appeal_and_instalments'],
  [
    'objection',
    'Ich habe ein Bußgeld aus Österreich bekommen, kann ich Einspruch einlegen?',
    'european_fine',
  ],
  [
    'fine_status',
    'mijn vader is overleden en er ligt nog een boete van hem, moeten wij die betalen',
    'beyond_knowledge',
  ],
  ['fine_status', 'verjaart een boete van het cjib', 'beyond_knowledge'],
  ['objection', 'how much is the fine for speeding 20 km over', 'beyond_knowledge'],
  [
    'payment_not_processed',
    'ich habe letzte Woche eine Mahnung bekommen, obwohl ich die Strafe schon überwiesen habe',
    'payment_problem',
  ],
  ['how_to_pay', 'welchen Verwendungszweck muss ich angeben', 'cjib_number'],
];

describe('selectTopic', () => {
  it.each(CASES)('%s "%s" → %s', (intent, text, topic) => {
    expect(selectTopic(intent, text)).toEqual({ kind: 'topic', topicId: topic });
  });

  it.each([
    ['contact', 'Ik kreeg een sms van het CJIB met een link'],
    ['how_to_pay', 'Is deze WhatsApp van het CJIB echt?'],
    ['none', 'I got an e-mail from CJIB, is it real?'],
    ['none', 'Is this a scam message from the CJIB?'],
    ['payment_deadline', 'Ik kreeg een appje dat ik vandaag moet betalen, is dat nep?'],
    ['how_to_pay', 'ik heb een email gehad van het cjib met een betaalverzoek'],
    ['how_to_pay', 'I received an e-mail from the CJIB with a link to pay'],
    ['bailiff', 'got a text saying pay your cjib fine within 24 hours or the bailiff comes'],
    ['contact', 'sturen jullie ook boetes via whatsapp?'],
    ['contact', 'Verschickt das CJIB Bußgelder per E-Mail?'],
    ['none', 'hoe weet ik of een brief echt van het cjib is'],
    ['payment_not_processed', 'i already paid through a link in a text, what do i do now'],
    ['payment_not_processed', 'ik heb per ongeluk op de link geklikt en betaald'],
    ['contact', 'dostałem maila z cjib z linkiem, czy to prawda?'],
    ['human_agent', 'er belde iemand namens het cjib dat ik direct moest betalen'],
    ['bailiff', 'someone called me saying they are from cjib and i must pay now'],
    ['contact', 'is cjib on whatsapp'],
    ['none', 'Schickt das CJIB SMS?'],
    ['contact', 'czy CJIB wysyła SMS-y?'],
    ['fine_status', 'got a message saying my fine is overdue, click here to pay'],
    ['none', 'Ich habe eine verdächtige Nachricht bekommen'],
  ] as [IntentId, string][])('the scam warning wins under any intent: %s "%s"', (intent, text) => {
    expect(selectTopic(intent, text)).toEqual({ kind: 'topic', topicId: 'scam' });
  });

  it('does not take an ordinary e-mail question for a scam', () => {
    expect(selectTopic('contact', 'What is your e-mail address?')).toEqual({
      kind: 'topic',
      topicId: 'contact',
    });
    expect(
      selectTopic(
        'cannot_pay',
        'ik heb gisteren een brief gekregen van het CJIB met een boete, ik heb echt geen geld',
      ),
    ).toEqual({ kind: 'topic', topicId: 'noodstop' });
    expect(selectTopic('cannot_pay', 'ik heb echt geen geld, kan ik jullie een mail sturen?')).toEqual({
      kind: 'topic',
      topicId: 'noodstop',
    });
    expect(selectTopic('contact', 'sturen jullie een brief als mijn boete betaald is?')).toEqual({
      kind: 'topic',
      topicId: 'contact',
    });
  });

  it('asks a clarifying question when two topics fit equally', () => {
    // (Not "..., ik reed niet zelf": not driving is the reason given, which owner liability answers.)
    const selection = selectTopic('objection', 'Ik ben het niet eens met de boete, waar is de foto?');
    expect(selection).toEqual({ kind: 'clarify', choices: ['objection', 'photo'] });
  });

  it('offers at most three topics in a clarifying question', () => {
    const selection = selectTopic('objection', 'oneens, foto, kantonrechter, niet voor mij');
    expect(selection.kind).toBe('clarify');
    if (selection.kind === 'clarify') expect(selection.choices.length).toBeLessThanOrEqual(3);
  });

  it('gives nothing for small talk, flows without a cue and none', () => {
    expect(selectTopic('greeting', 'hallo')).toEqual({ kind: 'none' });
    expect(selectTopic('none', 'wat voor weer wordt het')).toEqual({ kind: 'none' });
    expect(selectTopic('fine_status', 'hoeveel moet ik nog betalen')).toEqual({ kind: 'none' });
    expect(selectTopic('human_agent', 'ik wil een medewerker spreken')).toEqual({ kind: 'none' });
  });

  it('uses the months entity for an instalment question', () => {
    expect(selectTopic('payment_arrangement', 'kan ik in 12 termijnen', { months: 12 })).toEqual({
      kind: 'topic',
      topicId: 'instalment_terms',
    });
  });

  it('ignores case, accents and hyphens', () => {
    expect(selectTopic('foreign', 'IK WOON IN BELGIË')).toEqual({ kind: 'topic', topicId: 'foreign' });
    expect(selectTopic('none', 'Is deze E-MAIL van het CJIB nep?')).toEqual({
      kind: 'topic',
      topicId: 'scam',
    });
  });
});

describe('the intent → topics mapping', () => {
  it('reaches every topic from some intent (the scam topic from its cues, beyond_knowledge through specific cues)', () => {
    const reachable = new Set(Object.values(INTENT_TOPICS).flat());
    for (const id of TOPIC_IDS) if (TOPIC_CUES[id].specificIntents?.length) reachable.add(id);
    expect(TOPIC_IDS.filter((id) => id !== 'scam' && !reachable.has(id))).toEqual([]);
  });

  it('puts every intent default first and only maps known intents', () => {
    for (const [intent, topics] of Object.entries(INTENT_TOPICS)) {
      expect(INTENTS).toContain(intent);
      const fallback = INTENT_DEFAULT_TOPIC[intent as IntentId];
      if (fallback) expect(topics?.[0]).toBe(fallback);
    }
  });

  it('lists the question intents for the router, not the flow or small-talk intents', () => {
    expect(KNOWLEDGE_INTENTS).toEqual(
      expect.arrayContaining(['cannot_pay', 'objection', 'contact', 'foreign', 'bailiff']),
    );
    for (const intent of [
      'payment_arrangement',
      'fine_status',
      'human_agent',
      'greeting',
      'none',
    ] as IntentId[]) {
      expect(KNOWLEDGE_INTENTS).not.toContain(intent);
    }
  });
});

describe('requestsFlow', () => {
  it.each([
    ['payment_arrangement', 'Ik wil een betalingsregeling aanvragen', true],
    ['payment_arrangement', 'I want to set up a payment plan', true],
    ['payment_arrangement', 'Kan ik in termijnen betalen?', false],
    ['payment_arrangement', 'Can I pay in instalments?', false],
    ['fine_status', 'Ik wil mijn boete opzoeken', true],
    ['objection', 'ik wil bezwaar maken', false],
  ] as [IntentId, string, boolean][])('%s "%s" → %s', (intent, text, expected) => {
    expect(requestsFlow(intent, text)).toBe(expected);
  });
});

describe('choice values', () => {
  it('round-trips topic values and recognises flow actions', () => {
    expect(parseTopicValue(topicValue('noodstop'))).toBe('noodstop');
    expect(parseTopicValue('topic:unknown')).toBeUndefined();
    expect(parseTopicValue('noodstop')).toBeUndefined();
    expect(parseFlowAction('action:fine_status')).toBe('action:fine_status');
    expect(parseFlowAction('action:other')).toBeUndefined();
  });
});
