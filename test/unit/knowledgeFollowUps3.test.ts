import { followUpTopic, refersBack } from '../../domain/knowledge/followUpTopic';
import { namesFineAmount, trafficFineReminderAmounts } from '../../domain/knowledge/reminderAmounts';
import { selectTopic } from '../../domain/knowledge/selectTopic';
import type { IntentId } from '../../domain/language/intents';
import type { TopicId } from '../../domain/knowledge/topics';

describe('follow-ups that lean on the answer just given (third round)', () => {
  it.each([
    ['late_payment', 'hoeveel komt erbij', 'late_payment'],
    ['late_payment', 'how much is that', 'late_payment'],
    ['late_payment', 'ile więcej muszę zapłacić?', 'late_payment'],
    ['late_payment', 'hoeveel is dat dan bij een boete van 100 euro?', 'late_payment'],
    ['late_payment', 'en bij 200 euro?', 'late_payment'],
    ['late_payment', 'and if the fine was 100 euros?', 'late_payment'],
    ['late_payment', 'und bei 80 Euro?', 'late_payment'],
    ['instalments', 'en bij 500 euro?', 'instalment_terms'],
    ['bank_debit', 'kan ik daar iets tegen doen?', 'bank_debit'],
    ['bank_debit', 'can I do anything about it?', 'bank_debit'],
    ['bank_debit', 'kann ich etwas dagegen tun?', 'bank_debit'],
    ['bank_debit', 'czy mogę coś z tym zrobić?', 'bank_debit'],
    ['objection', 'hoe lang duurt het voor ik antwoord krijg?', 'objection'],
    ['objection', 'wie lange dauert es bis ich eine Antwort bekomme?', 'objection'],
    ['strafbeschikking', 'hoe lang heb ik daarvoor?', 'strafbeschikking'],
    ['objection', 'how long do I have for that?', 'objection'],
    ['european_fine', 'can I do anything about it?', 'european_fine'],
    ['payment_problem', 'hoe kan dat?', 'payment_problem'],
    ['new_fine_in_arrangement', 'hoe doe ik dat?', 'contact'],
    ['court_appeal', 'en als ik onder de 16 ben?', 'court_appeal'],
    ['photo', 'and does that give me more time?', 'photo'],
  ] as [TopicId, string, TopicId][])('after %s, "%s" → %s', (previous, text, topic) => {
    expect(refersBack(text)).toBe(true);
    expect(followUpTopic(previous, text)).toBe(topic);
  });

  it('answers a wait for a decision no answer knows with the honest answer, not a neighbouring topic', () => {
    expect(followUpTopic('complaint', 'hoe lang duurt het voor ik antwoord krijg?')).toBe('beyond_knowledge');
    expect(followUpTopic('privacy', 'how long until I get an answer')).toBe('beyond_knowledge');
    expect(followUpTopic('payment_problem', 'hoe lang duurt het voordat het is opgelost?')).toBe(
      'beyond_knowledge',
    );
  });

  it('leaves questions with a subject of their own to the router', () => {
    expect(refersBack('hoe lang duurt het beroep?')).toBe(false);
    expect(refersBack('hoeveel moet ik betalen')).toBe(false);
    expect(refersBack('kan ik bezwaar maken tegen de boete?')).toBe(false);
    expect(
      followUpTopic('late_payment', 'ik wil een betalingsregeling voor 300 euro aanvragen'),
    ).toBeUndefined();
  });
});

describe('what a traffic fine grows to (DOMAIN.md §2.3)', () => {
  it('is 1.5 times at the 1st reminder and 3 times at the 2nd', () => {
    expect(trafficFineReminderAmounts(5000)).toEqual({ firstCents: 7500, secondCents: 15000 });
    expect(trafficFineReminderAmounts(10000)).toEqual({ firstCents: 15000, secondCents: 30000 });
    expect(trafficFineReminderAmounts(4501)).toEqual({ firstCents: 6752, secondCents: 13503 });
  });

  it.each([
    ['hoeveel is dat dan bij een boete van 100 euro?', true],
    ['en bij 200 euro?', true],
    ['and if the fine was 100 euros?', true],
    ['ile kosztuje upomnienie? mandat był 100 euro', true],
    ['hoeveel is dat bij een boete van honderd euro', true],
    // The amount after a reminder, or two amounts: an example for them would mislead.
    ['ik moet nu 150 euro betalen, waarom zo hoog', false],
    ['fine was 80 euro now they want 240', false],
  ])('"%s" names the original fine: %s', (text, named) => {
    expect(namesFineAmount(text)).toBe(named);
  });
});

describe('topics chosen in the third round', () => {
  it.each([
    ['reminder_increase', 'hoe hoog zijn de administratiekosten', 'admin_costs'],
    ['reminder_increase', 'How much are the administration costs?', 'admin_costs'],
    ['reminder_increase', 'Wie hoch sind die Verwaltungskosten?', 'admin_costs'],
    ['reminder_increase', 'Ile wynoszą koszty administracyjne?', 'admin_costs'],
    ['reminder_increase', 'telen de administratiekosten mee voor de 75 euro?', 'instalments'],
    [
      'reminder_increase',
      'waarom is mijn boete verhoogd met administratiekosten en aanmaning',
      'late_payment',
    ],
    ['fine_status', 'ik heb een herinnering gehad van het cjib', 'late_payment'],
    ['payment_not_processed', 'ik heb een betalingsherinnering gekregen', 'late_payment'],
    ['payment_not_processed', 'betaald via ideal maar toch een herinnering gekregen', 'payment_problem'],
    ['how_to_pay', 'wat als ik gewoon niks doe met die boete', 'late_payment'],
    ['objection', 'ik ben het niet eens met de uitspraak van de rechter', 'court_of_appeal'],
    ['objection', 'Ich bin mit dem Urteil des Richters nicht einverstanden', 'court_of_appeal'],
    ['lost_letter', 'er komt post van het cjib voor iemand die hier niet woont', 'wrong_address'],
    ['lost_letter', 'er ligt hier een brief voor iemand die hier niet meer woont', 'wrong_address'],
    [
      'foreign',
      'Ich habe einen Bußgeldbescheid aus den Niederlanden bekommen, ich war nicht der Fahrer',
      'not_the_driver',
    ],
    ['foreign', 'Dostałem mandat z Holandii, ale to nie ja prowadziłem', 'not_the_driver'],
    ['reminder_increase', 'co się stanie jeśli nie zapłacę mandatu z Holandii', 'foreign'],
    ['fine_status', 'mijn vader is overleden en had nog boetes', 'beyond_knowledge'],
    ['objection', 'ik rij een leaseauto en kreeg een flitsboete, hoe zie ik de foto', 'photo'],
    ['payment_arrangement', 'ik betaal de regeling niet meer wat gebeurt er', 'missed_instalment'],
    ['fine_status', 'mn bteaalregleing hoeveel maande', 'instalment_terms'],
    ['bailiff', 'wat kan het cjib doen als ik niet betaal', 'enforcement'],
    ['how_to_pay', 'kan ik de boete in 2 keer betalen', 'instalments'],
    ['fine_status', 'boete niet betaald wat nu', 'late_payment'],
    ['payment_not_processed', 'ik heb al betaald, wat nu?', 'payment_problem'],
    ['fine_status', 'hi, i got a letter with a big M on it, what is it', 'letter_code'],
    ['contact', 'how do I know this email is really from CJIB', 'scam'],
    ['payment_not_processed', 'can I get a refund of the increase', 'late_payment'],
    ['reminder_increase', 'krijg ik de verhoging terug', 'late_payment'],
    ['payment_not_processed', 'kan ik mijn geld terugkrijgen, ik heb dubbel betaald', 'payment_problem'],
    ['fine_status', 'is there interest on my fine', 'beyond_knowledge'],
    ['payment_arrangement', 'Ich kann die Raten nicht mehr bezahlen', 'personal_arrangement'],
    [
      'objection',
      'Ich habe eine Strafe aus Belgien über das CJIB bekommen, kann ich Einspruch einlegen?',
      'european_fine',
    ],
  ] as [IntentId, string, TopicId][])('%s "%s" → %s', (intent, text, topic) => {
    expect(selectTopic(intent, text)).toEqual({ kind: 'topic', topicId: topic });
  });

  it('still looks up the citizen’s own fine when a reminder comes with a lookup request', () => {
    expect(selectTopic('fine_status', 'ik heb een aanmaning gekregen, kunt u mijn boete opzoeken?')).toEqual({
      kind: 'none',
    });
  });
});
