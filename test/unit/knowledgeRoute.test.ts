import type { IntentId } from '../../domain/language/intents';
import { followUpKind, followUpTopic, refersBack } from '../../domain/knowledge/followUpTopic';
import { routeKnowledge } from '../../domain/knowledge/routeKnowledge';
import type { TopicId } from '../../domain/knowledge/topics';

const recognition = (text: string, ranked: IntentId[] = []) => ({
  text,
  entities: {},
  ranked: ranked.map((intent, i) => ({ intent, score: 0.4 - i * 0.1 })),
});

describe('routeKnowledge (the knowledge base part of routing)', () => {
  it('answers a question about instalments and starts the flow on a request', () => {
    expect(routeKnowledge(recognition('Kan ik in termijnen betalen?'), 'payment_arrangement')).toEqual({
      kind: 'topic',
      topicId: 'instalments',
    });
    expect(routeKnowledge(recognition('Can I pay my fine in instalments?'), 'payment_arrangement')).toEqual({
      kind: 'topic',
      topicId: 'instalments',
    });
    expect(
      routeKnowledge(recognition('Ik wil een betalingsregeling aanvragen'), 'payment_arrangement'),
    ).toEqual({
      kind: 'flow',
    });
    expect(routeKnowledge(recognition('betalingsregeling'), 'payment_arrangement')).toEqual({ kind: 'flow' });
    expect(
      routeKnowledge(recognition('Waarom is mijn betalingsregeling afgewezen?'), 'payment_arrangement'),
    ).toEqual({
      kind: 'topic',
      topicId: 'arrangement_refused',
    });
  });

  it('answers a question with a greeting first or an afterthought after the question mark', () => {
    expect(
      routeKnowledge(
        recognition('hey can i pay my ticket in parts? its like 300 euros'),
        'payment_arrangement',
      ),
    ).toEqual({ kind: 'topic', topicId: 'instalments' });
    expect(routeKnowledge(recognition('Hoi, kan ik in termijnen betalen'), 'payment_arrangement')).toEqual({
      kind: 'topic',
      topicId: 'instalments',
    });
    expect(
      routeKnowledge(
        recognition('hoi, ik wil een regeling aanvragen? mijn cjib nummer heb ik'),
        'payment_arrangement',
      ),
    ).toEqual({ kind: 'flow' });
  });

  it('answers a question that follows a statement, without a question mark', () => {
    for (const text of [
      'vanaf welk bedrag kan je een betalingsregeling krijgen',
      'boete is 50 euro kan ik dat in termijnen betalen',
      'whats the minimum amount for a payment plan',
      'how long does it take for my payment plan request to be processed',
      'Ab welchem Betrag kann ich Raten beantragen?',
    ])
      expect(routeKnowledge(recognition(text), 'payment_arrangement')).toEqual({
        kind: 'topic',
        topicId: 'instalments',
      });
    expect(
      routeKnowledge(recognition('boete is 500 euro, ik wil een regeling aanvragen'), 'payment_arrangement'),
    ).toEqual({ kind: 'flow' });
    expect(
      routeKnowledge(recognition('graag een regeling, ik kan het niet in een keer'), 'payment_arrangement'),
    ).toEqual({
      kind: 'flow',
    });
  });

  it.each([
    [
      'hoe lang heb ik om te betalen en kan het ook in termijnen?',
      ['payment_arrangement', 'payment_deadline', 'cannot_pay'],
      'payment_deadline',
    ],
    [
      'fine was 80 euro now they want 240, is that even legal??',
      ['reminder_increase', 'objection', 'bailiff'],
      'late_payment',
    ],
    [
      'ik heb 2 boetes, kan ik die samen in 1 overboeking betalen?',
      ['how_to_pay', 'payment_arrangement', 'cannot_pay'],
      'how_to_pay',
    ],
    [
      'Ich hatte einen Mietwagen in Amsterdam, jetzt kam ein Bußgeld',
      ['not_the_driver', 'foreign', 'none'],
      'not_the_driver',
    ],
    [
      'i got a fine for a company car, who has to pay it',
      ['foreign', 'not_the_driver', 'how_to_pay'],
      'not_the_driver',
    ],
    ['czy mandat może zostać umorzony?', ['fine_status', 'none', 'payment_deadline'], 'noodstop'],
  ] as [string, IntentId[], TopicId][])('answers the unsure "%s" from its words', (text, ranked, topicId) => {
    expect(routeKnowledge(recognition(text, ranked), undefined)).toEqual({ kind: 'topic', topicId });
  });

  it('answers what follows the reminders when an unsure follow-up says so', () => {
    expect(
      routeKnowledge(
        recognition('en als ik dan nog steeds niet betaal?', ['payment_deadline', 'bailiff', 'fine_status']),
        undefined,
      ),
    ).toEqual({ kind: 'topic', topicId: 'enforcement' });
  });

  it('starts the lookup for fine_status unless the words point to a topic', () => {
    expect(routeKnowledge(recognition('Hoeveel moet ik nog betalen?'), 'fine_status')).toEqual({
      kind: 'flow',
    });
    expect(routeKnowledge(recognition('Ik ben mijn brief kwijt'), 'fine_status')).toEqual({
      kind: 'topic',
      topicId: 'lost_letter',
    });
  });

  it('answers the scam warning even when the recognizer is unsure', () => {
    expect(routeKnowledge(recognition('kreeg een sms met betaallink van cjib', ['none']), undefined)).toEqual(
      {
        kind: 'topic',
        topicId: 'scam',
      },
    );
  });

  it('answers an unsure message when its words confirm a topic of one of the two best intents', () => {
    expect(
      routeKnowledge(recognition('geld van mijn rekening afgeschreven??', ['foreign', 'bailiff']), undefined),
    ).toEqual({
      kind: 'topic',
      topicId: 'bank_debit',
    });
    expect(routeKnowledge(recognition('vertel een mop', ['none', 'greeting']), undefined)).toEqual({
      kind: 'none',
    });
  });

  it('leaves other intents to the router', () => {
    expect(routeKnowledge(recognition('hallo'), 'greeting')).toEqual({ kind: 'none' });
    expect(routeKnowledge(recognition('ik wil een medewerker'), 'human_agent')).toEqual({ kind: 'none' });
  });
});

describe('followUpTopic (a short question that leans on the previous answer)', () => {
  it.each([
    ['payment_deadline', 'wat kost dat?', 'late_payment'],
    ['payment_deadline', 'what does that cost?', 'late_payment'],
    ['late_payment', 'en als ik dan nog steeds niet betaal?', 'enforcement'],
    ['late_payment', "and what if I don't?", 'enforcement'],
    ['late_payment', 'Und wenn ich nicht zahle?', 'enforcement'],
    ['late_payment', 'a co jeśli nie zapłacę?', 'enforcement'],
    ['late_payment', 'en dan?', 'enforcement'],
    ['instalments', 'how much is that?', 'instalment_terms'],
    ['instalments', 'en als ik een keer niet betaal?', 'missed_instalment'],
    ['objection', 'hoe lang duurt dat?', 'objection'],
    ['objection', 'moet ik ondertussen wel betalen?', 'objection'],
    ['objection', 'do I have to pay in the meantime?', 'objection'],
    ['strafbeschikking', 'Wie viel mehr?', 'strafbeschikking'],
    ['foreign', 'a ile więcej?', 'foreign'],
    ['court_appeal', 'ile to kosztuje?', 'court_appeal'],
  ] as [TopicId, string, TopicId][])('after %s, "%s" → %s', (previous, text, topic) => {
    expect(followUpTopic(previous, text)).toBe(topic);
  });

  it.each([
    ['objection', 'Muss ich in der Zwischenzeit zahlen?', 'objection'],
    ['late_payment', 'a co potem?', 'enforcement'],
    ['noodstop', 'and after that?', 'noodstop'],
    ['victim_compensation', 'how long does that take?', 'victim_compensation'],
  ] as [TopicId, string, TopicId][])(
    'after %s, "%s" can only lean on the answer → %s',
    (previous, text, topic) => {
      expect(refersBack(text)).toBe(true);
      expect(followUpTopic(previous, text)).toBe(topic);
    },
  );

  it('does not take a follow-up with a subject of its own as leaning on the answer', () => {
    expect(refersBack('hoe lang duurt het beroep?')).toBe(false);
    expect(refersBack('wat kost de kantonrechter?')).toBe(false);
    expect(refersBack('hoeveel moet ik betalen')).toBe(false);
  });

  it('leaves messages with a subject of their own, and unknown combinations, to the router', () => {
    expect(followUpKind('how much is my fine?')).toBeUndefined();
    expect(
      followUpKind('ik wil weten wat het kost als ik mijn boete te laat betaal bij de deurwaarder'),
    ).toBeUndefined();
    expect(followUpTopic(undefined, 'wat kost dat?')).toBeUndefined();
    expect(followUpTopic('privacy', 'wat kost dat?')).toBeUndefined();
    expect(followUpTopic('late_payment', 'hallo')).toBeUndefined();
  });

  it.each([
    'und wohin schicke ich den?',
    'wohin soll ich das schicken?',
    'gdzie mam to wysłać?',
    'gdzie mogę to złożyć?',
  ])('"%s" after the appeal asks where to send it (the appeal, not the phone numbers)', (text) => {
    expect(followUpKind(text)).toBe('apply');
    expect(followUpTopic('objection', text)).toBe('objection');
  });
});
