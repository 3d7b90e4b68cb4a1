/**
 * The cues behind the QA-sweep fixes: where a debtor lives, a complaint that calls the CJIB a fraud,
 * a noodstop wanted or asked of the assistant, and "I disagree, I was not driving".
 */
import { livesAbroad } from '../../domain/claims/residence';
import { complainsAboutCjib } from '../../domain/knowledge/cjibComplaint';
import { normalizeQuestion } from '../../domain/knowledge/normalizeQuestion';
import { asksAssistantToDoIt, asksToApplyForNoodstop } from '../../domain/knowledge/noodstopRequest';
import { selectTopic } from '../../domain/knowledge/selectTopic';

describe('livesAbroad', () => {
  it.each([
    [{ country: 'DE', postcode: '47533' }, true],
    [{ country: 'PL', postcode: '61-001' }, true],
    [{ country: 'NL', postcode: '8911 AB' }, false],
    [{ postcode: '8911 AB' }, false],
    [{ postcode: '8911AB' }, false],
    [{ postcode: '47533' }, true],
    [{ postcode: 'B-1000' }, true],
  ])('%j → %s', (debtor, abroad) => expect(livesAbroad(debtor)).toBe(abroad));
});

describe('complainsAboutCjib', () => {
  it.each([
    'jullie zijn echt oplichters 3x de boete dit is belachelijk ik wil een klacht indienen',
    'you are scammers, I want to file a complaint',
    'ihr seid Betrüger, ich will mich beschweren',
    'jesteście oszustami, chcę złożyć skargę',
  ])('"%s" is a complaint', (q) => expect(complainsAboutCjib(normalizeQuestion(q))).toBe(true));
  it.each([
    "is dit sms'je van jullie echt?",
    'ik kreeg een betaallink, is dat oplichting?',
    'ik wil een klacht indienen over een nep sms',
    'is this email a scam?',
  ])('"%s" is about a message', (q) => expect(complainsAboutCjib(normalizeQuestion(q))).toBe(false));
});

describe('noodstop requests', () => {
  it.each([
    ['ik wil een noodstop aanvragen', false],
    ['hoe vraag ik een noodstop aan', false],
    ['how do I apply for an emergency stop', false],
    ['ich möchte einen Notstopp beantragen', false],
    ['jak poprosić o wstrzymanie awaryjne?', false],
    ['hoe vraag ik die aan?', true],
  ])('"%s" asks to apply (after the noodstop: %s)', (q, after) =>
    expect(asksToApplyForNoodstop(q, after)).toBe(true),
  );
  it.each(['komen er tijdens de noodstop verhogingen bij?', 'wat is een noodstop?'])(
    '"%s" does not ask to apply',
    (q) => expect(asksToApplyForNoodstop(q)).toBe(false),
  );
  it.each([
    'kan dat via jou?',
    'kun je dat voor mij aanvragen?',
    'can you do that for me?',
    'können Sie das für mich beantragen?',
    'czy możesz to za mnie załatwić?',
  ])('"%s" asks the assistant to do it', (q) => expect(asksAssistantToDoIt(q)).toBe(true));
  it.each(['kan dat ook later?', 'can I pay later?'])('"%s" does not', (q) =>
    expect(asksAssistantToDoIt(q)).toBe(false),
  );
});

describe('"I disagree, I was not driving" is owner liability (DOMAIN.md §4)', () => {
  it.each([
    'Ik ben het niet eens met de boete, ik reed niet zelf',
    'nie zgadzam się z mandatem, nie ja prowadziłem',
    'I disagree with the fine, my wife was driving',
    'ich bin nicht einverstanden, meine Frau ist gefahren',
  ])('"%s"', (q) =>
    expect(selectTopic('objection', q)).toEqual({ kind: 'topic', topicId: 'not_the_driver' }),
  );
});
