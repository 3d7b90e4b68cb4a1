import { answerExcerpt, sameQuestion } from '../../domain/knowledge/answerExcerpt';
import { directAnswer } from '../../domain/knowledge/directAnswer';
import { situationFollowUp } from '../../domain/knowledge/enforcementSituations';
import {
  arrangementBeside,
  firstQuestionTopic,
  secondFollowUp,
  secondQuestionTopic,
} from '../../domain/knowledge/secondQuestion';
import { daysAsked } from '../../domain/handoff/dayAsked';
import { ownClaimQuestion } from '../../domain/language/ownClaimQuestion';

const PUNITIVE = [
  'Een strafbeschikking krijgt u van het Openbaar Ministerie. Het bedrag staat op de brief.',
  'Betaalt u niet op tijd? Dan krijgt u maximaal 2 aanmaningen.',
  'Bent u het niet eens met de strafbeschikking? Stuur dan binnen 14 dagen een verzetschrift naar de officier van justitie.',
].join('\n\n');

const VICTIM = [
  'Heeft de rechter bepaald dat de dader u schadevergoeding moet betalen? Dan haalt het CJIB dat geld op.',
  'Heeft de dader 8 maanden nadat de uitspraak definitief werd nog niet alles betaald? Dan kunt u een voorschot krijgen.\n- Bij een geweldsmisdrijf is er geen maximum.',
  'Laat u het geld zelf innen? Meld dat aan het CJIB. U krijgt dan geen voorschot.',
].join('\n\n');

describe('answerExcerpt: the paragraph a new follow-up asks about', () => {
  it('an objection asked after a punitive order: the verzet paragraph (said in other words)', () => {
    expect(answerExcerpt(PUNITIVE, 'kan ik daar ook bezwaar tegen maken')).toMatch(/^Bent u het niet eens/);
  });

  it('"wanneer krijg ik dat voorschot": the paragraph with the 8 months, not the one without an advance', () => {
    expect(answerExcerpt(VICTIM, 'wanneer krijg ik dat voorschot dan')).toMatch(/^Heeft de dader 8 maanden/);
  });

  it('"wat is een X?": the first paragraph naming it', () => {
    expect(answerExcerpt(VICTIM, 'wat is een voorschot?')).toMatch(/^Heeft de dader 8 maanden/);
  });

  it.each([
    // Nothing named of its own: the whole answer is meant.
    ['hoeveel kost dat dan?', undefined],
    ['en waar staat dat?', undefined],
    // The question just answered, asked again: pointed back to with all of it.
    ['schadevergoeding dader betalen', 'de dader moet mij schadevergoeding betalen'],
  ])('"%s" (asked before: %s) has no excerpt', (question, previous) => {
    expect(answerExcerpt(VICTIM, question, previous)).toBeUndefined();
  });

  it('the same question again is told apart from a new one', () => {
    expect(sameQuestion('hoe lang heb ik om te betalen?', 'hoe lang heb ik om te betalen')).toBe(true);
    expect(sameQuestion('wanneer krijg ik het voorschot', 'ik ben overvallen')).toBe(false);
    expect(sameQuestion('wanneer krijg ik het voorschot', undefined)).toBe(false);
  });

  it('a verb in another form is the same word ("betaal", "betaalt", "betalen")', () => {
    expect(sameQuestion('hoe betaal ik?', 'ik wil mijn boete betalen')).toBe(true);
    expect(sameQuestion('wie betaalt dat?', 'ik moet betalen')).toBe(true);
    expect(sameQuestion('hoeveel maanden?', 'hoeveel per maand')).toBe(true);
  });
});

describe('short answers to follow-ups', () => {
  it.each([
    ['court_appeal', 'moet ik dan eerst betalen?', 'courtSecurityFirst'],
    ['court_appeal', 'do I have to pay first?', 'courtSecurityFirst'],
    ['court_appeal', 'muss ich zuerst bezahlen?', 'courtSecurityFirst'],
    ['noodstop', 'en als ik dat niet doe?', 'noodstopSkipped'],
    ['noodstop', 'and if I dont pay?', 'noodstopSkipped'],
    ['noodstop', 'en daarna?', 'noodstopAfter'],
    ['objection', 'ik was het niet, ik stond daar niet', 'notMe'],
    ['objection', "that wasn't me", 'notMe'],
    ['photo', 'ich war nicht dort', 'notMe'],
    ['objection', 'to nie ja, nie byłem tam', 'notMe'],
  ])('after %s, "%s" → %s', (topicId, text, expected) => {
    expect(directAnswer(topicId as never, text)).toBe(expected);
  });

  it.each([
    ['hoeveel tijd heb ik', 'vehicleTime'],
    ['how much time do I have?', 'vehicleTime'],
    ['ile mam czasu?', 'vehicleTime'],
    ['how long do I have to pay?', undefined],
  ])('a taken car, "%s" → %s', (text, expected) => {
    expect(situationFollowUp('seized_vehicle', text)).toBe(expected);
  });
});

describe('two questions in one message', () => {
  it('"… en ook wil ik weten wat jullie telefoonnummer is": the other question too', () => {
    expect(
      secondQuestionTopic('ik wil bezwaar maken en ook wil ik weten wat jullie telefoonnummer is', 'contact'),
    ).toBe('objection');
  });

  it.each([
    'welke gegevens hebben jullie van mij en hoe lang bewaren jullie die',
    'what personal data do you have on me and how long do you keep it',
    'welche Daten haben Sie über mich und wie lange speichern Sie sie',
    'jakie dane o mnie macie i jak długo je przechowujecie',
    'what data do you have and can you delete it',
  ])('"%s": keeping data is in the privacy answer, no payment term beside it', (text) => {
    expect(secondQuestionTopic(text, 'privacy')).toBeUndefined();
  });

  it('two intents nearly alike: the first question is the one its words name', () => {
    const intents = ['how_to_pay', 'payment_deadline'] as const;
    expect(firstQuestionTopic(intents, 'how do i pay and whats the deadline')).toBe('how_to_pay');
    expect(firstQuestionTopic(intents, 'bis wann muss ich zahlen und wie zahle ich')).toBe('payment_deadline');
    expect(firstQuestionTopic(intents, 'how do i pay')).toBeUndefined();
  });

  it('beside privacy, a question of its own is still answered', () => {
    expect(secondQuestionTopic('what data do you keep and how can I pay by iDEAL', 'privacy')).toBe('how_to_pay');
  });

  it('"… en hoe lang duurt dat?" leans on the first: honestly unknown, not the payment term', () => {
    const text = 'heb 2x betaald per ongeluk krijg ik dat terug en hoe lang duurt dat';
    expect(secondQuestionTopic(text, 'payment_problem')).toBeUndefined();
    expect(secondFollowUp(text, 'payment_problem')).toBe('durationUnknown');
  });

  it.each([
    ['ik wil de foto zien en ook een betalingsregeling', 'photo', true],
    ['I want to see the photo and also a payment plan', 'photo', true],
    ['ik wil bezwaar maken en ook een betalingsregeling', 'objection', false],
    ['ik wil de foto zien', 'photo', false],
  ])('"%s" after %s: arrangement offered %s', (text, first, expected) => {
    expect(arrangementBeside(text, first as never)).toBe(expected);
  });
});

describe('follow-ups about the fines looked up', () => {
  it.each([
    ['dus ik hoef nu niks te betalen?', 'dueDate'],
    ['so I dont have to pay anything now?', 'dueDate'],
    ['also muss ich jetzt gar nichts zahlen?', 'dueDate'],
    ['czyli nie muszę teraz nic płacić?', 'dueDate'],
    ['welke moet ik eerst betalen?', 'payFirst'],
    ['which one should I pay first?', 'payFirst'],
    ['welche soll ich zuerst bezahlen?', 'payFirst'],
    ['który mandat najpierw zapłacić?', 'payFirst'],
    ['wat moet ik nu doen', 'whatNow'],
    ['what should I do now?', 'whatNow'],
    ['was soll ich jetzt tun?', 'whatNow'],
    ['co mam teraz zrobić?', 'whatNow'],
    ['en als ik dat niet haal?', 'cannotPay'],
    ['what if I miss the deadline?', 'cannotPay'],
    ['und wenn ich das nicht schaffe?', 'cannotPay'],
    ['a jak nie zdążę?', 'cannotPay'],
  ])('"%s" → %s', (text, expected) => {
    expect(ownClaimQuestion(text)).toBe(expected);
  });

  it('a longer message about something else is no "what now"', () => {
    expect(ownClaimQuestion('ik heb een aanmaning en wil weten wat ik nu moet doen met de regeling')).not.toBe(
      'whatNow',
    );
  });
});

describe('a day asked after the opening hours', () => {
  it.each([
    ['en op zaterdag?', [6]],
    ['and on Sunday?', [0]],
    ['am Wochenende auch?', [6, 0]],
    ['a w sobotę?', [6]],
    ['en op feestdagen?', []],
    ['en dan?', undefined],
  ])('"%s" → %s', (text, days) => {
    expect(daysAsked(text)).toEqual(days);
  });
});
