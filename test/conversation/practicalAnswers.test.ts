/**
 * Practical questions get their precise answer first (yes/no first for a yes/no question, "I don't
 * know" and a person where DOMAIN.md is silent), not a topic's general block: paying someone else's
 * fine, a card or Bancontact, iDEAL failing, a payment not yet visible, paying from a German or Polish
 * account (the BIC), WhatsApp, e-mail, the hours, calling for a grandmother, a doubtful paper letter,
 * a letter in another language, the letter code in the number, when the bailiff comes and what he may
 * take; and after a lookup "hoe komt dat bedrag" by SMS, "Mahnung nachsehen" starting the lookup, and
 * "why do you want my postcode" at the number.
 */
import { FAST_TYPIST, useTestApp } from '../support/appForTests';
import { textOf } from '../support/testApp';
import {
  describeKnowledgeConversations,
  type KnowledgeConversation as Conversation,
} from '../support/knowledgeConversations';

const FOREIGN_BLOCK =
  /Woont u buiten Nederland en heeft u|Wohnen Sie außerhalb der Niederlande|Czy mieszka Pan\/Pani poza Holandią/;
const HOW_TO_PAY_BLOCK =
  /U kunt op deze manieren betalen|You can pay in these ways|So können Sie zahlen|Można zapłacić w następujący sposób/;
const PHONE_BLOCK = /Welk telefoonnummer u nodig heeft, hangt af|Which phone number you need depends/;
const SMS_SCAM_BLOCK = /Klik niet op de link|Do not click the link/;
const ENFORCEMENT_LIST = /gijzeling|buiten gebruik stellen|Geiselhaft/;
const PERSON_OFFER =
  /Wilt u nu met een medewerker|Would you like to talk to a member|Möchten Sie jetzt|Czy chce Pan\/Pani teraz/;

const CONVERSATIONS: Conversation[] = [
  {
    name: "paying a son's fine, a friend paying from his account (nl)",
    locale: 'nl-NL',
    turns: [
      {
        says: 'ik wil de boete van mn zoon betalen kan dat',
        has: [/^Ja, dat kan/, /CJIB-nummer van die brief/],
        not: [HOW_TO_PAY_BLOCK],
      },
      { says: 'kan mijn vriend de boete voor mij betalen vanaf zijn rekening', has: [/^Ja, dat kan/] },
    ],
  },
  {
    name: 'someone else paying (en, de, pl)',
    locale: 'en-GB',
    turns: [{ says: "can I pay my son's fine?", has: [/^Yes, that is possible/, /payment reference/] }],
  },
  {
    name: 'ein Freund zahlt (de)',
    locale: 'de-DE',
    turns: [{ says: 'darf mein Freund für mich zahlen?', has: [/^Ja, das geht/, /Verwendungszweck/] }],
  },
  {
    name: 'zapłacić za syna (pl)',
    locale: 'pl-PL',
    turns: [{ says: 'czy moge zaplacic mandat za syna', has: [/^Tak, to możliwe/, /tytułem przelewu/] }],
  },
  {
    name: 'a card, PayPal, Bancontact from Belgium: not the eurozone text (nl)',
    locale: 'nl-NL',
    turns: [
      {
        says: 'kan ik met creditcard of paypal betalen',
        has: [/^Betalen met een creditcard, PayPal/, /iDEAL/, /overboeking/],
        not: [/buiten de eurozone/],
      },
      {
        says: 'ik woon in belgie en heb een boete uit nederland kan ik met bancontact betalen',
        has: [/Bancontact/, /ook vanuit het buitenland/],
        not: [FOREIGN_BLOCK],
      },
    ],
  },
  {
    name: 'BLIK (pl)',
    locale: 'pl-PL',
    turns: [{ says: 'czy moge zaplacic blikiem?', has: [/BLIK/, /przelewem w euro/] }],
  },
  {
    name: 'iDEAL failing, then a payment not visible yet (nl)',
    locale: 'nl-NL',
    turns: [
      {
        says: 'ideal werkt niet bij het betalen foutmelding',
        has: [/^Lukt betalen met iDEAL/, /gewone overboeking/, /uiterste betaaldatum/],
        not: [HOW_TO_PAY_BLOCK],
      },
      {
        says: 'ik heb via ideal betaald maar zie het niet terug in het digitaal loket hoe lang duurt het voor het verwerkt is',
        has: [/kan ik niet met zekerheid zeggen/, /betaalbewijs/, PERSON_OFFER],
        not: [/verkeerd CJIB-nummer, of heeft u twee keer/],
      },
    ],
  },
  {
    name: 'from a German account, the BIC (de)',
    locale: 'de-DE',
    turns: [
      {
        says: 'wie bezahle ich von einem deutschen konto aus, brauche ich BIC?',
        has: [/^Ja, das geht/, /BIC/, /IBAN/],
        not: [FOREIGN_BLOCK],
      },
    ],
  },
  {
    name: 'from a Polish account (pl)',
    locale: 'pl-PL',
    turns: [
      { says: 'moge przelewem z polskiego konta?', has: [/^Tak, to możliwe/, /BIC/], not: [FOREIGN_BLOCK] },
    ],
  },
  {
    name: 'WhatsApp, e-mail, the hours (nl)',
    locale: 'nl-NL',
    turns: [
      {
        says: 'heeft het cjib een whatsapp nummer',
        has: [/^Nee, een WhatsApp-nummer/, /nooit boetes/],
        not: [PHONE_BLOCK],
      },
      {
        says: 'kan ik jullie mailen',
        has: [/^Nee, het CJIB is niet bereikbaar via e-mail/],
        not: [PHONE_BLOCK],
      },
      {
        says: 'hoe laat zijn jullie open',
        has: [/^Medewerkers beantwoorden deze chat maandag tot en met vrijdag/],
        not: [PHONE_BLOCK],
      },
    ],
  },
  {
    name: 'e-mail and hours (en, de, pl)',
    locale: 'en-GB',
    turns: [
      { says: 'what is your email address?', has: [/^No, the CJIB cannot be reached by e-mail/] },
      { says: 'what time are you open?', has: [/^Members of staff answer this chat/, /call back/] },
    ],
  },
  {
    name: 'E-Mail (de)',
    locale: 'de-DE',
    turns: [
      { says: 'Wie lautet Ihre E-Mail-Adresse?', has: [/^Nein, per E-Mail ist das CJIB nicht erreichbar/] },
    ],
  },
  {
    name: 'WhatsApp (pl)',
    locale: 'pl-PL',
    turns: [{ says: 'czy cjib ma numer whatsapp?', has: [/^Nie, nie znam numeru WhatsApp/] }],
  },
  {
    name: 'calling for a grandmother: not known, a person offered (nl)',
    locale: 'nl-NL',
    turns: [
      {
        says: 'mn oma van 85 snapt de brief niet mag ik namens haar bellen of regelen',
        has: [/^Of u namens iemand anders mag bellen/, /kan ik niet met zekerheid zeggen/, PERSON_OFFER],
        not: [PHONE_BLOCK],
      },
    ],
  },
  {
    name: 'a paper letter with another account number: check it, not the SMS warning (nl)',
    locale: 'nl-NL',
    turns: [
      {
        says: 'hoe weet ik of een brief echt van het cjib is, er staat een ander rekeningnummer op dan vorige keer',
        has: [
          /^Een echte boete van het CJIB komt per brief/,
          /Betaal dan nog niet/,
          /ING/,
          /cjib\.nl\/telefoonnummers/,
        ],
        not: [SMS_SCAM_BLOCK],
      },
    ],
  },
  {
    name: 'ist der Brief echt (de)',
    locale: 'de-DE',
    turns: [{ says: 'ist der Brief echt oder Betrug?', has: [/kommt per Post/, /ING/] }],
  },
  {
    name: 'a letter in French; post in English at a Dutch address (nl)',
    locale: 'nl-NL',
    turns: [
      {
        says: 'ik heb een brief in het frans gekregen van jullie snap er niks van',
        has: [/andere taal kan ook uit een ander land komen/, /CJIB-nummer van 16 cijfers/],
      },
      {
        says: 'ik krijg post in het engels maar ik woon gewoon in nederland, kan dat in het nederlands',
        has: [/in het Nederlands kunt krijgen, kan ik niet zeggen/],
        not: [/Ik ga verder in het Nederlands/, FOREIGN_BLOCK],
      },
    ],
  },
  {
    name: 'a letter in French (en)',
    locale: 'en-GB',
    turns: [{ says: 'I got a letter in French, what is it?', has: [/another country/] }],
  },
  {
    name: 'the letters M and S in the number (nl)',
    locale: 'nl-NL',
    turns: [
      {
        says: 'wat betekent de M in mijn cjib nummer, en bij mijn broer staat een S',
        has: [/M: verkeersboete/, /S: boete van de rechter/],
      },
    ],
  },
  {
    name: 'when the bailiff comes, what he may take: not known, the bailiff says (nl)',
    locale: 'nl-NL',
    turns: [
      {
        says: 'wanneer komt de deurwaarder precies langs',
        has: [/^Wanneer de deurwaarder precies langskomt, kan ik niet/, PERSON_OFFER],
        not: [ENFORCEMENT_LIST],
      },
    ],
  },
  {
    name: 'the bailiff and the tv (nl)',
    locale: 'nl-NL',
    turns: [
      {
        says: 'mag de deurwaarder mijn tv meenemen',
        has: [/kan ik niet met zekerheid zeggen/, /beslagvrije voet/],
        not: [ENFORCEMENT_LIST],
      },
    ],
  },
  {
    name: 'Gerichtsvollzieher (de)',
    locale: 'de-DE',
    turns: [
      { says: 'wann kommt der Gerichtsvollzieher?', has: [/^Wann genau der Gerichtsvollzieher kommt/] },
    ],
  },
];

describeKnowledgeConversations('practical questions get their precise answer', CONVERSATIONS);

describe('practical questions around a lookup', () => {
  const assistant = useTestApp(FAST_TYPIST);
  const talk = async (channelId: string, locale: string, ...messages: string[]): Promise<string[]> => {
    const c = await assistant.open({ channelId, locale });
    const answers: string[] = [];
    for (const m of messages) answers.push(textOf(await c.say(m)));
    return answers;
  };

  it('de: the BIC after a lookup is answered, not the foreign-residents text', async () => {
    const answers = await talk(
      'webchat',
      'de-DE',
      'Bußgeld nachsehen',
      '2342145524857394',
      '1071 DJ',
      'und wie bezahle ich von einem deutschen konto aus, brauche ich BIC?',
    );
    expect(answers[3]).toMatch(/^Ja, das geht/);
    expect(answers[3]).toMatch(/BIC/);
    expect(answers[3]).not.toMatch(FOREIGN_BLOCK);
  });

  it('sms nl: "hoe komt dat bedrag" after a lookup is the breakdown', async () => {
    const answers = await talk('sms', 'nl-NL', '1', '2342145524857394', '1071 DJ', 'hoe komt dat bedrag');
    expect(answers[3]).toMatch(/Zo is het bedrag opgebouwd/);
    expect(answers[3]).not.toMatch(FOREIGN_BLOCK);
  });

  it.each([
    ['de-DE', 'Mahnung nachsehen', /CJIB-Nummer/],
    ['nl-NL', 'aanmaning opzoeken', /CJIB-nummer nodig/],
    ['pl-PL', 'sprawdź upomnienie', /numeru CJIB/],
  ])('%s: "%s" starts the lookup', async (locale, said, asks) => {
    const [answer] = await talk('webchat', locale, said);
    expect(answer).toMatch(asks);
    expect(answer).not.toMatch(/1,5|1\.5/);
  });

  it('nl: "waarom wil je mijn postcode weten" at the number says why, then asks the number again', async () => {
    const [, why] = await talk(
      'webchat',
      'nl-NL',
      'betalingsregeling',
      'waarom wil je mijn postcode weten, is dit wel veilig?',
    );
    expect(why).toMatch(/controleer ik dat de boete bij u hoort/);
    expect(why).toMatch(/geen naam en geen BSN/);
    expect(why).toMatch(/Wat is het CJIB-nummer op uw brief/);
    expect(why).not.toMatch(/burgerservicenummer \(BSN\) gebruiken/);
  });

  it('en: "why do you need my postcode" at the number', async () => {
    const [, why] = await talk('webchat', 'en-GB', 'look up my fine', 'why do you want my postcode?');
    expect(why).toMatch(/the fine is yours/);
  });
});
