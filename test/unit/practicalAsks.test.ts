import { askedFirst } from '../../domain/knowledge/askedFirst';
import { asksAboutLettersLanguage } from '../../domain/knowledge/contactLetterAsks';
import { normalizeQuestion } from '../../domain/knowledge/normalizeQuestion';
import { isWholePracticalLead, offersPersonAfter } from '../../domain/knowledge/practicalAsks';
import { specificAsk } from '../../domain/knowledge/specificAsks';
import { asksToLookUpLetter } from '../../domain/language/letterLookupRequest';
import { ownClaimQuestion } from '../../domain/language/ownClaimQuestion';
import { asksWhyAsked } from '../../domain/language/whyAsked';

describe('practical asks: paying, contact, letters, the bailiff (nl/en/de/pl)', () => {
  it.each([
    // paying a fine of someone else
    ['ik wil de boete van mn zoon betalen kan dat', 'how_to_pay', ['payForOther']],
    ['kan mijn vriend de boete voor mij betalen vanaf zijn rekening', 'how_to_pay', ['payForOther']],
    ["can I pay my son's fine?", 'how_to_pay', ['payForOther']],
    ['can someone else pay my fine', 'how_to_pay', ['payForOther']],
    ['kann ich das Bußgeld meines Sohnes bezahlen', 'how_to_pay', ['payForOther']],
    ['darf mein Freund für mich zahlen?', 'how_to_pay', ['payForOther']],
    ['czy moge zaplacic mandat za syna', 'how_to_pay', ['payForOther']],
    // ways to pay DOMAIN.md does not name
    ['kan ik met creditcard of paypal betalen', 'how_to_pay', ['otherPayMethod']],
    [
      'ik woon in belgie en heb een boete uit nederland kan ik met bancontact betalen',
      'how_to_pay',
      ['otherPayMethod'],
    ],
    ['can i pay with a credit card', 'how_to_pay', ['otherPayMethod']],
    ['czy moge zaplacic blikiem', 'how_to_pay', ['otherPayMethod']],
    ['kann ich mit Kreditkarte bezahlen?', 'how_to_pay', ['otherPayMethod']],
    ['met een creditcard?', 'how_to_pay', ['otherPayMethod']],
    ['and with PayPal?', 'how_to_pay', ['otherPayMethod']],
    ['kan ik ook telefonisch betalen?', 'how_to_pay', ['payByPhone']],
    ['can I pay over the phone?', 'how_to_pay', ['payByPhone']],
    ['kann ich am Telefon bezahlen?', 'how_to_pay', ['payByPhone']],
    ['czy mogę zapłacić przez telefon?', 'how_to_pay', ['payByPhone']],
    // iDEAL failing, a payment not yet visible
    ['ideal werkt niet bij het betalen foutmelding', 'how_to_pay', ['idealFails']],
    ["the QR code doesn't work when I try to pay", 'how_to_pay', ['idealFails']],
    ['iDEAL funktioniert nicht', 'how_to_pay', ['idealFails']],
    [
      'ik heb via ideal betaald maar zie het niet terug in het digitaal loket hoe lang duurt het voor het verwerkt is',
      'payment_problem',
      ['paymentNotVisible'],
    ],
    ['I paid yesterday but it still shows open', 'payment_problem', ['paymentNotVisible']],
    ['zaplacilem ale nadal nie widac platnosci', 'payment_problem', ['paymentNotVisible']],
    // an account in another EU country, the BIC
    [
      'und wie bezahle ich von einem deutschen konto aus, brauche ich BIC?',
      'how_to_pay',
      ['payFromEuAccount'],
    ],
    ['ok, to jak zaplacic? moge przelewem z polskiego konta?', 'how_to_pay', ['payFromEuAccount']],
    ['can I pay from my Belgian bank account?', 'how_to_pay', ['payFromEuAccount']],
    // contact
    ['heeft het cjib een whatsapp nummer', 'contact', ['contactWhatsapp']],
    ['kan ik jullie mailen', 'contact', ['contactEmail']],
    ['what is your email address?', 'contact', ['contactEmail']],
    ['Wie lautet Ihre E-Mail-Adresse?', 'contact', ['contactEmail']],
    ['jaki jest adres email cjib', 'contact', ['contactEmail']],
    ['hoe laat zijn jullie open', 'contact', ['openingHours']],
    ['are you open on saturday?', 'contact', ['openingHours']],
    ['o której otwieracie?', 'contact', ['openingHours']],
    ['mn oma van 85 snapt de brief niet mag ik namens haar bellen of regelen', 'contact', ['onBehalf']],
    ['can I call on behalf of my grandmother?', 'contact', ['onBehalf']],
    ['czy moge zadzwonic w imieniu babci', 'contact', ['onBehalf']],
    // letters
    [
      'hoe weet ik of een brief echt van het cjib is, er staat een ander rekeningnummer op dan vorige keer',
      'scam',
      ['letterGenuine'],
    ],
    ['is this letter real? the account number is different', 'scam', ['letterGenuine']],
    ['ist der Brief echt oder Betrug?', 'scam', ['letterGenuine']],
    [
      'ik heb een brief in het frans gekregen van jullie snap er niks van',
      'letter_explained',
      ['letterLanguage'],
    ],
    ['ich habe einen Brief auf Französisch bekommen', 'letter_explained', ['letterLanguage']],
    ['dostałem list po francusku', 'letter_explained', ['letterLanguage']],
    ['wat betekent de M in mijn cjib nummer, en bij mijn broer staat een S', 'letter_code', []],
    ['what does the E before my CJIB number mean?', 'letter_code', []],
    // other words for the same asks
    ['kan ik pinnen bij jullie', 'how_to_pay', ['otherPayMethod']],
    ['Hoe laat kan ik jullie bellen?', 'contact', ['openingHours']],
    ['Ik heb een brief gekregen maar ik denk dat het nep is', 'scam', ['letterGenuine']],
    ['my transfer is not showing yet, how long does it take', 'payment_problem', ['paymentNotVisible']],
    ['Kann ich von meinem österreichischen Konto überweisen?', 'how_to_pay', ['payFromEuAccount']],
    ['czy moge zaplacic z czeskiego konta', 'how_to_pay', ['payFromEuAccount']],
    ['what can the bailiff take from my house', 'bailiff_involved', ['bailiffSeize']],
    // the bailiff
    ['wanneer komt de deurwaarder precies langs', 'bailiff_involved', ['bailiffWhen']],
    ['kiedy przyjdzie komornik?', 'bailiff_involved', ['bailiffWhen']],
    ['mag de deurwaarder mijn tv meenemen', 'bailiff_involved', ['bailiffSeize']],
    ['darf der Gerichtsvollzieher meinen Fernseher mitnehmen?', 'bailiff_involved', ['bailiffSeize']],
  ])('%s', (text, topicId, leads) => {
    expect(specificAsk(text)).toEqual({ topicId, leads });
    expect(askedFirst(text)?.topicId).toBe(topicId);
  });

  it.each([
    'mijn zoon van 16 heeft een boete, moet ik als ouder betalen?',
    'kan mijn vader de regeling voor mij betalen',
    'can you set up a payment plan for me',
    'mijn email is jan@example.com',
    'ik kreeg een sms van het cjib, is dat echt?',
    'ich habe eine Mail bekommen, was kostet das',
    'Hertz charged my credit card 45 euros admin fee, do I pay twice??',
    'can I pay with credit card or paypal? I am in australia',
    'which account do I pay to',
    'ik heb mijn boete betaald maar toch een aanmaning gekregen',
    'how long does it take for my payment plan request to be processed',
  ])('leaves %s to its own answer', (text) => {
    const leads = specificAsk(text)?.leads ?? [];
    for (const practical of [
      'payForOther',
      'otherPayMethod',
      'contactEmail',
      'letterGenuine',
      'paymentNotVisible',
    ])
      expect(leads).not.toContain(practical);
  });

  it('says the practical answer alone, and a person where it does not know', () => {
    expect(isWholePracticalLead('contactWhatsapp+contactEmail')).toBe(true);
    expect(isWholePracticalLead('payFromAbroad+otherPayMethod')).toBe(false);
    expect(isWholePracticalLead(undefined)).toBe(false);
    expect(offersPersonAfter('onBehalf')).toBe(true);
    expect(offersPersonAfter('bailiffWhen')).toBe(true);
    expect(offersPersonAfter('contactEmail')).toBe(false);
  });

  it('tells a letter in another language from a request to change the chat language', () => {
    const about = (text: string): boolean => asksAboutLettersLanguage(normalizeQuestion(text));
    expect(
      about('ik krijg post in het engels maar ik woon gewoon in nederland, kan dat in het nederlands'),
    ).toBe(true);
    expect(about('kan het in het engels')).toBe(false);
    expect(about('can we speak Polish please')).toBe(false);
  });
});

describe('asksToLookUpLetter: a short request to look up the letter', () => {
  it.each([
    'Mahnung nachsehen',
    'aanmaning opzoeken',
    'check my reminder',
    'sprawdź upomnienie',
    'boete bekijken',
  ])('%s', (text) => expect(asksToLookUpLetter(text)).toBe(true));
  it.each([
    'wat is een aanmaning?',
    'Mahnung',
    'wie kann ich meine Mahnung nachsehen',
    'ik wil weten waarom mijn boete hoger is',
  ])('not %s', (text) => expect(asksToLookUpLetter(text)).toBe(false));
});

describe('why the lookup asks, and where an amount comes from', () => {
  it.each([
    'waarom wil je mijn postcode weten, is dit wel veilig?',
    'why do you want my postcode',
    'warum wollen Sie meine Postleitzahl?',
  ])('%s asks why', (text) => expect(asksWhyAsked(text)).toBe(true));
  it('not "ik wil weten waarom het bedrag hoger is"', () => {
    expect(asksWhyAsked('ik wil weten waarom het bedrag hoger is')).toBe(false);
  });
  it.each([
    'hoe komt dat bedrag',
    'where does this amount come from?',
    'wie kommt der Betrag zustande?',
    'skąd ta kwota?',
  ])('%s asks for the breakdown', (text) => expect(ownClaimQuestion(text)).toBe('breakdown'));
});
