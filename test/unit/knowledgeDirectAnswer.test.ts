import { asksAsPayer } from '../../domain/knowledge/compensationPayer';
import { directAnswer, prisonLead } from '../../domain/knowledge/directAnswer';
import { saysWorried } from '../../domain/language/worry';
import { topicInContext } from '../../domain/knowledge/followUpTopic';
import { selectTopic } from '../../domain/knowledge/selectTopic';

describe('directAnswer: the short answer to a follow-up on the topic just answered', () => {
  it.each([
    ['late_payment', 'en hoeveel komt erbij', 'lateCost'],
    ['late_payment', 'how much extra?', 'lateCost'],
    ['objection', 'hoe lang heb ik daarvoor', 'objectionDeadline'],
    ['objection', 'moet ik dan ondertussen betalen', 'objectionPayDuring'],
    ['objection', 'muss ich in der Zwischenzeit zahlen?', 'objectionPayDuring'],
    ['objection', 'en als ik het verlies', 'objectionLost'],
    ['objection', 'and if I lose?', 'objectionLost'],
    ['enforcement', 'kan ik dan de gevangenis in', 'enforcementPrison'],
    ['enforcement', 'czy pójdę do więzienia', 'enforcementPrison'],
    ['scam', 'ik heb al betaald via die link wat nu', 'scamPaid'],
    ['noodstop', 'hoe vraag ik die noodstop aan', 'noodstopApply'],
    ['noodstop', 'wie beantrage ich das?', 'noodstopApply'],
    // (Its answer holds more than the duration; on SMS and the phone the whole text again was too much.)
    ['noodstop', 'hoe lang duurt dat', 'noodstopDuration'],
    ['late_payment', 'waarom?', 'lateWhy'],
    ['noodstop', 'en daarna?', 'noodstopAfter'],
    ['noodstop', 'and then?', 'noodstopAfter'],
    ['late_payment', 'but why?', 'lateWhy'],
    ['late_payment', 'warum?', 'lateWhy'],
    ['contact', 'ik bel vanuit het buitenland', 'contactAbroad'],
    ['photo', 'en hoe vraag ik die op', 'photoApply'],
    ['enforcement', 'kan ik mijn auto terug krijgen', 'enforcementCar'],
    // Where to send it: the part of the appeal's answer with the address (answerParts.ts).
    ['objection', 'waar stuur ik het naartoe', 'faqParts:objection.apply'],
  ] as const)('%s + "%s" → %s', (topic, text, expected) => {
    expect(directAnswer(topic, text)).toBe(expected);
  });

  it.each([
    ['late_payment', 'en daarna?'],
    ['enforcement', 'hoeveel kost de deurwaarder'],
    ['contact', 'wat is jullie telefoonnummer'],
  ] as const)('%s + "%s" → the whole answer', (topic, text) => {
    expect(directAnswer(topic, text)).toBeUndefined();
  });
});

describe('saysWorried', () => {
  it.each(['ik ben echt wanhopig', 'ik ben echt bang', "I'm scared", 'ich habe Angst', 'boję się'])(
    '"%s" → yes',
    (text) => expect(saysWorried(text)).toBe(true),
  );
  it.each(['hoe betaal ik', 'what is the CJIB'])('"%s" → no', (text) =>
    expect(saysWorried(text)).toBe(false),
  );
});

describe('asksAsPayer: a compensation order asked about by the one who pays it', () => {
  it.each([
    'ik moet een schadevergoedingsmaatregel betalen, wat is dat',
    'I have to pay a compensation order',
  ])('"%s" → payer', (text) => expect(asksAsPayer(text)).toBe(true));
  it.each([
    'wat is een schadevergoedingsmaatregel',
    'de dader moet mij schadevergoeding betalen',
    'the offender was ordered to pay me',
  ])('"%s" → not the payer', (text) => expect(asksAsPayer(text)).toBe(false));
});

describe('the topic in context: prison after the increases is enforcement, abroad after the numbers is contact', () => {
  it.each([
    ['late_payment', 'strafbeschikking', 'enforcement'],
    ['enforcement', 'strafbeschikking', 'enforcement'],
    ['contact', 'foreign', 'contact'],
    [undefined, 'strafbeschikking', 'strafbeschikking'],
    ['how_to_pay', 'foreign', 'foreign'],
  ] as const)('after %s, %s → %s', (previous, asked, expected) => {
    expect(topicInContext(previous, asked)).toBe(expected);
  });
});

describe('selectTopic for what the CJIB is, a noodstop request and moving house', () => {
  it.each([
    ['help', 'wat is het cjib', 'about_cjib'],
    ['help', 'wie is het cjib eigenlijk', 'about_cjib'],
    ['help', 'what is the CJIB', 'about_cjib'],
    ['help', 'was ist das CJIB', 'about_cjib'],
    ['help', 'czym jest CJIB', 'about_cjib'],
    ['how_to_pay', 'hoe vraag ik die noodstop aan', 'noodstop'],
    ['foreign', 'ik heb een boete maar ben net verhuisd', 'lost_letter'],
    ['foreign', 'ik ben verhuisd naar duitsland, moet ik de boete nog betalen', 'foreign'],
  ] as const)('%s "%s" → %s', (intent, text, expected) => {
    expect(selectTopic(intent, text)).toEqual({ kind: 'topic', topicId: expected });
  });

  it.each(['help', 'ik heb hulp nodig', 'wat is het cjib nummer'])('help "%s" → none', (text) => {
    expect(selectTopic('help', text)).toEqual({ kind: 'none' });
  });
});

describe('prisonLead: prison for not paying, no kind of fine named', () => {
  it.each([
    ['klopt het dat ik naar de gevangenis moet als ik niet betaal??? ik ben echt bang', 'enforcementPrison'],
    ['Muss ich in Haft, wenn ich nicht zahle?', 'enforcementPrison'],
    ['jail time for not paying a criminal fine', undefined],
    ['Ik moet de gevangenis in voor een taakstraf', undefined],
  ] as const)('"%s" → %s', (text, expected) => {
    expect(prisonLead('strafbeschikking', text)).toBe(expected);
  });
});
