import {
  aboutFiledRequest,
  askedFirst,
  askedLead,
  asksCostsWhilePending,
  grownFineCents,
} from '../../domain/knowledge/askedFirst';
import { asksAsPayer } from '../../domain/knowledge/compensationPayer';
import {
  abroadAsk,
  abroadLead,
  asksAboutDigid,
  livesAbroadOrNoDigid,
} from '../../domain/knowledge/livingAbroad';

describe('askedFirst: the topic the words say, before the intent', () => {
  it.each([
    // Living abroad or without DigiD: the question asked, with that detail as its lead.
    ['I live in Belgium, how do I appeal against the fine?', 'objection'],
    ['mieszkam w polsce, nie mam digid, jak moge sie odwolac od mandatu?', 'objection'],
    ['Ich wohne in Österreich, wie lege ich Einspruch ein?', 'objection'],
    ['ik woon in duitsland en wil bezwaar maken', 'objection'],
    ['i rented a car at schiphol and now i got a fine at home in ireland', 'not_the_driver'],
    [
      'Ich habe in Amsterdam einen Mietwagen gehabt und wohne in Deutschland, jetzt ein Bußgeld',
      'not_the_driver',
    ],
    ['Ich wohne in Deutschland und habe kein DigiD. Wie kann ich bezahlen?', 'foreign'],
    ["I don't have DigiD, I live in France, can I see the photo?", 'photo'],
    ['I live in Spain, can I pay in instalments?', 'instalments'],
    ["what is DigiD? i don't have it, i'm a tourist", 'digid'],
    ['wat is digid', 'digid'],
    ['nie mam digid', 'digid'],
    // The letter and its Dutch words.
    ["was bedeutet 'beschikking' auf meinem Brief?", 'letter_explained'],
    ['dostalem beschikking z cjib, co teraz', 'letter_explained'],
    ["what does 'Mulder' mean on my letter", 'letter_explained'],
    ['I got a letter from CJIB, what do I do now?', 'letter_explained'],
    ['dostalem list z cjib co mam zrobic', 'letter_explained'],
    ['ik heb een brief van het cjib gekregen, wat moet ik nu doen?', 'letter_explained'],
    ['Ich habe einen Brief vom CJIB bekommen und verstehe ihn nicht', 'letter_explained'],
    // Others.
    ['I was ordered to pay compensation to the victim, can I pay in instalments?', 'victim_compensation'],
    [
      'ik moet een schadevergoeding aan het slachtoffer betalen, kan dat in termijnen?',
      'victim_compensation',
    ],
    ['hoeveel rente betaal ik?', 'interest'],
    ['do I pay interest on a payment plan?', 'interest'],
    ['Welche IBAN?', 'how_to_pay'],
    ['what is the account number', 'how_to_pay'],
    ['ik heb de regeling net aangevraagd maar wil hem toch intrekken', 'filed_request'],
    ['I just applied for a payment plan but I want to cancel my request', 'filed_request'],
    ['Ich habe gerade eine Ratenzahlung beantragt, kann ich den Antrag zurückziehen?', 'filed_request'],
    ['złożyłem wniosek o raty, chcę go wycofać', 'filed_request'],
    ['BR-2026-15176552', 'filed_request'],
    ['900 euro voor een boete van 310??', 'late_payment'],
    ['they want 450 for a fine of 150, why?', 'late_payment'],
    ['krijg ik nog een aanmaning terwijl ik wacht op het besluit?', 'instalments'],
    ['kan ik uitstel van betaling krijgen? ik krijg pas eind december salaris', 'payment_deadline'],
    ["Hi, I'm from Germany and got a Dutch speeding ticket. How can I object?", 'objection'],
    ['Ich lebe in Österreich. Ich war nicht der Fahrer, wie kann ich widersprechen?', 'not_the_driver'],
    ['Ich wurde zu Schadenersatz verurteilt, kann ich in Raten zahlen?', 'victim_compensation'],
    ['can I get more time to pay? I get paid at the end of the month', 'payment_deadline'],
    ['Kann ich die Zahlung aufschieben bis nächsten Monat?', 'payment_deadline'],
    ['why do I have to pay 600 euros for a 200 euro fine??', 'late_payment'],
    [
      'Goedemiddag, ik ben vorige maand geflitst en de brief is zoekgeraakt bij de verhuizing. Hoe kan ik toch betalen?',
      'lost_letter',
    ],
    ['komen er kosten bij terwijl ik op het besluit over mijn regeling wacht?', 'instalments'],
    ['wat is het rekeningnummer van het cjib', 'how_to_pay'],
    ["I have to pay damages to the victim but I can't pay all at once", 'victim_compensation'],
    ['kan ik daar iets tegen doen', 'objection'],
    ['ik zat helemaal niet op de fiets, kan ik daar iets tegen doen?', 'objection'],
    ['can I do something about it', 'objection'],
    ['was kann ich dagegen tun?', 'objection'],
  ])('"%s" → %s', (text, topicId) => {
    expect(askedFirst(text)?.topicId).toBe(topicId);
  });

  it.each([
    'Kan ik in termijnen betalen?',
    'ik wil een betalingsregeling aanvragen',
    'hoe betaal ik mijn boete',
    'ik heb een brief van het cjib gekregen',
    'hi, i got a letter with a big M on it, what is it',
    'czy potrzebuję DigiD, żeby zapłacić z Polski?',
    'ik trek mijn beroep in',
    'kan ik uitstel krijgen want ik heb schulden',
    'ik woon in Utrecht',
    'de verhoging is te hoog, kan ik daar iets tegen doen',
    'de dader moet mij een schadevergoeding betalen',
  ])('"%s" is left to the usual routing', (text) => {
    expect(askedFirst(text)).toBeUndefined();
  });

  it('"mein Bruder hatte das Auto": someone else had the car, the owner-liability answer', () => {
    expect(
      askedFirst(
        'Guten Tag, ich habe ein Schreiben vom CJIB bekommen. Ich war aber gar nicht der Fahrer, mein Bruder hatte das Auto. Was soll ich jetzt tun?',
      )?.topicId,
    ).toBe('not_the_driver');
  });

  it('gives the lead for the topic asked so, and none for another topic', () => {
    expect(askedLead('letter_explained', "what does 'Mulder' mean")).toBe('termMulder');
    expect(askedLead('letter_explained', 'wat betekent beschikking')).toBe('termBeschikking');
    expect(askedLead('filed_request', 'BR-2026-15176552')).toBe('filedReference');
    expect(askedLead('payment_deadline', 'can I get a deferral of payment?')).toBe('deferral');
    expect(askedLead('objection', 'hoeveel rente betaal ik?')).toBeUndefined();
    expect(
      askedLead('victim_compensation', "I have to pay damages to the victim but I can't pay all at once"),
    ).toBe('compensationInParts');
  });

  it('reads the original fine in "X for a fine of Y" only when X is the larger', () => {
    expect(grownFineCents('900 euro voor een boete van 310??')).toBe(31000);
    expect(grownFineCents('€ 1.200 for a fine of 400')).toBe(40000);
    expect(grownFineCents('100 euro voor een boete van 310')).toBeUndefined();
    expect(grownFineCents('hoe hoog is de boete')).toBeUndefined();
  });

  it('a reference or a withdrawal of a request sent is about that request, an appeal withdrawn is not', () => {
    expect(aboutFiledRequest('mijn referentie is BR-2026-48213977')).toBe(true);
    expect(aboutFiledRequest('ik wil mijn aanvraag intrekken')).toBe(true);
    expect(aboutFiledRequest('ik wil mijn beroep intrekken')).toBe(false);
    expect(aboutFiledRequest('kan ik een regeling aanvragen')).toBe(false);
  });
});

describe('costs while a request awaits its decision (DOMAIN.md §1.10: not known)', () => {
  it('right after a request was sent, "komen er nog kosten bij?" asks it', () => {
    expect(asksCostsWhilePending('komen er nog kosten bij', true)).toBe(true);
    expect(asksCostsWhilePending('are there any more costs?', true)).toBe(true);
    expect(asksCostsWhilePending('komen er nog kosten bij', false)).toBe(false);
  });

  it('waiting for an appeal, or paying late, is another question', () => {
    expect(asksCostsWhilePending('krijg ik een aanmaning terwijl ik wacht op mijn beroep?', true)).toBe(
      false,
    );
    expect(asksCostsWhilePending('krijg ik nog een aanmaning terwijl ik wacht op het besluit?', false)).toBe(
      true,
    );
  });
});

describe('living abroad or without DigiD', () => {
  it.each([
    'I live in Belgium',
    'ik woon in het buitenland',
    'Ich wohne in Deutschland',
    'mieszkam w polsce',
    "i'm a tourist",
    'ik heb geen digid',
    'kein DigiD',
  ])('"%s" says so', (text) => expect(livesAbroadOrNoDigid(text)).toBe(true));

  it.each(['ik woon in Amsterdam', 'I live in the Netherlands', 'een boete uit België', 'I have DigiD'])(
    '"%s" does not',
    (text) => expect(livesAbroadOrNoDigid(text)).toBe(false),
  );

  it('leads the answer with what living abroad changes, only for the topic asked', () => {
    expect(abroadAsk('I live in Belgium, how do I appeal?')).toEqual({
      topicId: 'objection',
      lead: 'abroadObjection',
    });
    expect(abroadLead('objection', 'I live in Belgium, how do I appeal?')).toBe('abroadObjection');
    expect(abroadLead('how_to_pay', 'I live in Belgium, how do I appeal?')).toBeUndefined();
    // (The scam answer itself says where to report it from abroad.)
    expect(abroadLead('scam', 'I live in Poland and got an SMS from CJIB, is it real?')).toBeUndefined();
    expect(abroadAsk('I live in Belgium')).toBeUndefined();
  });

  it('"what is DigiD?" is the DigiD topic; needing it to pay is the paying question', () => {
    expect(asksAboutDigid('what is DigiD?')).toBe(true);
    expect(asksAboutDigid('czy potrzebuję DigiD, żeby zapłacić z Polski?')).toBe(false);
  });
});

describe('the payer of a compensation order', () => {
  it.each([
    'I was ordered to pay compensation to the victim, can I pay in instalments?',
    'ik moet een schadevergoeding aan het slachtoffer betalen',
    'Ich muss Schadenersatz an das Opfer zahlen',
    'muszę zapłacić odszkodowanie ofierze',
  ])('"%s" asks as the payer', (text) => expect(asksAsPayer(text)).toBe(true));

  it('the victim does not', () => {
    expect(asksAsPayer('has the offender been ordered to pay me compensation?')).toBe(false);
  });
});

describe('paying with one’s phone: how to pay', () => {
  it.each([
    'kan ik met mijn telefoon betalen?',
    'can I pay with my phone?',
    'kann ich mit dem Handy bezahlen?',
    'czy mogę zapłacić telefonem?',
  ])('"%s" is how to pay', (text) => {
    expect(askedFirst(text)?.topicId).toBe('how_to_pay');
  });
});

describe('where the account number is: on the citizen’s own letter', () => {
  it.each([
    'waar staat het rekeningnummer',
    'where can I find the account number?',
    'wo finde ich die Kontonummer?',
    'gdzie znajdę numer konta?',
  ])('"%s" is the IBAN on the letter', (text) => {
    expect(askedFirst(text)).toEqual({ topicId: 'how_to_pay', lead: 'ibanOnLetter' });
  });
});
