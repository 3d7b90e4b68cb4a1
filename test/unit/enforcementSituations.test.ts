import { asksHowToStop, DETAINED_NOW, situationFollowUp } from '../../domain/knowledge/enforcementSituations';
import { normalizeQuestion } from '../../domain/knowledge/normalizeQuestion';
import { followUpTopic } from '../../domain/knowledge/followUpTopic';
import { routeKnowledge } from '../../domain/knowledge/routeKnowledge';
import { selectTopic } from '../../domain/knowledge/selectTopic';
import { situationLead } from '../../domain/knowledge/situationLead';
import type { TopicId } from '../../domain/knowledge/topics';
import type { IntentId } from '../../domain/language/intents';
import { asksWhatToDo } from '../../domain/language/whatToDo';

/** The topic of a question heard under `intent`. */
function topicOf(intent: IntentId, text: string): TopicId | undefined {
  const selection = selectTopic(intent, text);
  return selection.kind === 'topic' ? selection.topicId : undefined;
}

/** The topic of a question the recogniser was unsure of, with these intents as the likely ones. */
function unsureTopicOf(likely: IntentId[], text: string): TopicId | undefined {
  const ranked = likely.map((intent, i) => ({ intent, score: 0.3 - i * 0.05 }));
  const route = routeKnowledge({ text, entities: {}, ranked }, undefined);
  return route.kind === 'topic' ? route.topicId : undefined;
}

describe('enforcement already happening (DOMAIN.md §2.5/§2.6): what to do now', () => {
  it.each<[string, TopicId]>([
    // Someone detained (gijzeling), in four languages.
    ['ik heb een vraag over gijzeling, mijn broer is opgepakt vanwege boetes', 'detention'],
    ['mijn zoon zit vast vanwege openstaande boetes', 'detention'],
    ['mijn man zit in de cel voor zijn bekeuringen', 'detention'],
    ['my brother was arrested because of unpaid fines', 'detention'],
    ['my son is detained over traffic fines, what can we do?', 'detention'],
    ['mein Bruder wurde wegen Bußgeldern verhaftet', 'detention'],
    ['mój brat został zatrzymany z powodu mandatów', 'detention'],
    ['mijn vader is gisteren opgehaald door de politie voor oude boetes', 'detention'],
    ['ze hebben mijn man meegenomen voor een boete', 'detention'],
    ['hoe krijg ik mijn zoon vrij uit gijzeling', 'detention'],
    ['the police took my husband away because of fines', 'detention'],
    ['how do I get my son out of jail for unpaid fines', 'detention'],
    ['mein Mann wurde von der Polizei abgeholt wegen Bußgeldern', 'detention'],
    ['policja zabrała mojego syna za niezapłacone mandaty', 'detention'],
    // A bailiff or garnishment already.
    ['hallo ik bel omdat ze bij mij beslag hebben gelegd op mijn loon', 'bailiff_involved'],
    ['er ligt beslag op mijn uitkering', 'bailiff_involved'],
    ['ik heb een brief van de deurwaarder gekregen', 'bailiff_involved'],
    ['hoeveel mag de deurwaarder inhouden op mijn loon?', 'bailiff_involved'],
    ["I'm really stressed, I lost my job and there's a bailiff letter", 'bailiff_involved'],
    ['they are garnishing my wages', 'bailiff_involved'],
    ['der Gerichtsvollzieher hat mir geschrieben, mein Lohn wird gepfändet', 'bailiff_involved'],
    ['komornik zajął mi pensję', 'bailiff_involved'],
    ['mijn werkgever houdt geld in van mijn salaris voor de deurwaarder', 'bailiff_involved'],
    ['my employer is deducting money from my salary for the bailiff', 'bailiff_involved'],
    ['mein Arbeitgeber behält Geld vom Lohn ein', 'bailiff_involved'],
    ['pracodawca potrąca mi z pensji', 'bailiff_involved'],
    // A car or licence taken.
    ['de deurwaarder heeft mijn auto in beslag genomen wat moet ik doen', 'seized_vehicle'],
    ['mijn rijbewijs is ingenomen door het cjib', 'seized_vehicle'],
    ['wanneer krijg ik mijn rijbewijs terug?', 'seized_vehicle'],
    ['the bailiff has clamped my car', 'seized_vehicle'],
    ['when do I get my driving licence back?', 'seized_vehicle'],
    ['der Gerichtsvollzieher hat mein Auto gepfändet', 'seized_vehicle'],
    ['wann bekomme ich meinen Führerschein zurück?', 'seized_vehicle'],
    ['komornik zabrał mi samochód', 'seized_vehicle'],
    ['kiedy odzyskam prawo jazdy?', 'seized_vehicle'],
    ['the bailiff put a clamp on my car', 'seized_vehicle'],
    ['they took my driving licence, when will I get it back', 'seized_vehicle'],
    ['they have taken my car away', 'seized_vehicle'],
    ['ze hebben mijn auto meegenomen', 'seized_vehicle'],
    ['zablokowali mi samochód blokadą na koło', 'seized_vehicle'],
    ['moje prawo jazdy zostało zatrzymane', 'seized_vehicle'],
  ])('"%s" → %s', (text, expected) => {
    expect(topicOf('bailiff', text)).toBe(expected);
  });

  it('keeps the general answers for what may come, and the debit for money taken from an account', () => {
    expect(topicOf('bailiff', 'wat kan de deurwaarder doen als ik mijn boete niet betaal?')).toBe(
      'enforcement',
    );
    expect(topicOf('bailiff', 'kan ik de gevangenis in als ik mijn boete niet betaal?')).toBe('enforcement');
    expect(topicOf('bailiff', 'er is 300 euro van mijn rekening afgeschreven, is dat beslag?')).toBe(
      'bank_debit',
    );
    expect(topicOf('bailiff', 'what is a bailiff?')).toBe('enforcement');
  });

  it('finds the situation when the recogniser is unsure, among its likely intents', () => {
    expect(
      unsureTopicOf(
        ['none', 'payment_not_processed', 'payment_deadline'],
        'wanneer krijg ik mijn rijbewijs terug?',
      ),
    ).toBe('seized_vehicle');
    expect(
      unsureTopicOf(['none', 'bailiff', 'lost_letter'], "I lost my job and there's a bailiff letter"),
    ).toBe('bailiff_involved');
    expect(
      unsureTopicOf(['fine_status', 'none', 'help'], 'my dad got locked up for unpaid speeding fines'),
    ).toBe('detention');
    // Not every car wanted back is a seized one.
    expect(
      unsureTopicOf(['payment_not_processed'], 'ik heb mijn auto verkocht, krijg ik mijn geld terug?'),
    ).not.toBe('seized_vehicle');
  });

  it.each<[TopicId, string, string | undefined]>([
    ['detention', 'hoe krijgen we hem vrij?', 'detentionRelease'],
    ['detention', 'how do we get him out?', 'detentionRelease'],
    ['detention', 'wie kommt er frei?', 'detentionRelease'],
    ['detention', 'jak go uwolnić?', 'detentionRelease'],
    ['detention', 'hoe lang moet hij zitten?', 'detentionDuration'],
    ['detention', 'hoeveel moeten we betalen?', 'detentionRelease'],
    ['detention', 'can we pay it for him?', 'detentionRelease'],
    ['detention', 'how long will she be held?', 'detentionDuration'],
    ['detention', 'wie lange muss er bleiben?', 'detentionDuration'],
    ['detention', 'ile dni będzie siedział?', 'detentionDuration'],
    ['bailiff_involved', 'hoeveel mogen ze inhouden?', 'bailiffAmountKept'],
    ['bailiff_involved', 'how much can they take?', 'bailiffAmountKept'],
    ['bailiff_involved', 'hoeveel moet ik betalen?', 'bailiffSteps'],
    ['bailiff_involved', 'wie viel bleibt mir übrig?', 'bailiffAmountKept'],
    ['bailiff_involved', 'ile mi zostanie?', 'bailiffAmountKept'],
    ['detention', 'hoe lang heb ik om te betalen?', 'detentionRelease'],
    ['seized_vehicle', 'how long do I have to pay?', undefined],
    ['bailiff_involved', 'kan ik dat stoppen?', 'bailiffStop'],
    ['bailiff_involved', 'can I stop it?', 'bailiffStop'],
    ['bailiff_involved', 'kann ich das stoppen?', 'bailiffStop'],
    ['bailiff_involved', 'czy mogę to zatrzymać?', 'bailiffStop'],
    ['bailiff_involved', 'what should I do', 'bailiffSteps'],
    ['bailiff_involved', 'wat moet ik doen?', 'bailiffSteps'],
    ['seized_vehicle', 'en hoe krijg ik hem terug?', 'vehicleBack'],
    ['seized_vehicle', 'how do I get it back?', 'vehicleBack'],
    ['seized_vehicle', 'wanneer krijg ik mijn rijbewijs terug?', 'licenceBack'],
    ['seized_vehicle', 'wann bekomme ich den Führerschein zurück?', 'licenceBack'],
    ['seized_vehicle', 'kiedy odzyskam prawo jazdy?', 'licenceBack'],
    ['enforcement', 'hoe krijgen we hem vrij?', undefined],
    [
      'detention',
      'ik wil iets anders vragen over mijn verkeersboete en de betalingsregeling die ik heb',
      undefined,
    ],
  ])('after %s, "%s" → %s', (topicId, text, expected) => {
    expect(situationFollowUp(topicId, text)).toBe(expected);
  });

  it('"kan ik dat stoppen?" is a question how to stop it; a bare "stop" is not', () => {
    expect(asksHowToStop('kan ik dat stoppen?')).toBe(true);
    expect(asksHowToStop('How can I make it stop?')).toBe(true);
    expect(asksHowToStop('Kann ich das beenden?')).toBe(true);
    expect(asksHowToStop('czy mogę to wstrzymać?')).toBe(true);
    expect(asksHowToStop('stop')).toBe(false);
  });

  it('"wat moet ik doen?" asks for the next step, in four languages', () => {
    for (const text of [
      'wat moet ik doen',
      'Wat kan ik nu doen?',
      'what should I do',
      'Was soll ich tun?',
      'co mam zrobić?',
    ])
      expect(asksWhatToDo(text)).toBe(true);
    expect(asksWhatToDo('wat doet het cjib?')).toBe(false);
  });
});

describe('debt help and "how do I request that?" after an answer', () => {
  it.each([
    'kunt u mij helpen met schuldhulp?',
    'waar kan ik hulp bij schulden krijgen?',
    'can you help me with debt advice?',
    'wo bekomme ich Schuldnerberatung?',
    'gdzie dostanę pomoc w spłacie długów?',
  ])('"%s" is the noodstop topic with the municipality\'s debt help first', (text) => {
    expect(topicOf('help', text)).toBe('noodstop');
    expect(situationLead('noodstop', text)).toBe('noodstopDebtHelp');
  });

  it.each<[TopicId, string, TopicId]>([
    ['payment_deadline', 'hoe vraag ik dat aan?', 'instalments'],
    ['payment_deadline', 'how do I request that?', 'instalments'],
    ['payment_deadline', 'wie beantrage ich das?', 'instalments'],
    ['late_payment', 'hoe vraag ik dat aan?', 'instalments'],
    ['missed_instalment', 'how do I apply?', 'contact'],
    // Its own short answer on the noodstop topic (noodstopApply), not the list of phone numbers.
    ['noodstop', 'hoe vraag ik die aan?', 'noodstop'],
    ['noodstop', 'how do I apply for it?', 'noodstop'],
  ])('after %s, "%s" → %s', (previous, text, expected) => {
    expect(followUpTopic(previous, text)).toBe(expected);
  });
});

describe('detained now, or whether it can happen', () => {
  it.each([
    'kan ik gegijzeld worden?',
    'can I be arrested for not paying?',
    'kann ich verhaftet werden?',
    'czy mogę zostać aresztowany?',
  ])('"%s" asks whether it can happen: not someone detained now', (text) => {
    expect(DETAINED_NOW.test(normalizeQuestion(text))).toBe(false);
  });

  it.each(['mijn broer is gegijzeld', 'my son was arrested', 'mijn broer is opgepakt vanwege boetes'])(
    '"%s" is someone detained now',
    (text) => {
      expect(DETAINED_NOW.test(normalizeQuestion(text))).toBe(true);
    },
  );
});
