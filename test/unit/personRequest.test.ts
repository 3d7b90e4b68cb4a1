import { asksForPerson, declinesPerson } from '../../domain/handoff/personRequest';

describe('asksForPerson', () => {
  it.each([
    'mag ik een mens',
    'Waarom duurt het zo lang?! Ik wil een mens',
    'Ik wil NU een echte medewerker spreken',
    'kan ik iemand spreken?',
    'real person please',
    'actually yes I want a person',
    'this bot is useless, get me a human',
    'Can I talk to someone from the CJIB?',
    'ich will mit jemandem sprechen',
    'Kann ich bitte mit einem Menschen reden?',
    'Verbinden Sie mich mit einem Mitarbeiter',
    'chcę rozmawiać z konsultantem',
    'Proszę o kontakt z pracownikiem',
    'czy mogę porozmawiać z człowiekiem',
    'ok then yes call me',
    'bel me maar',
    'Rufen Sie mich bitte an',
    'zadzwońcie do mnie',
    'mens',
    'echt iemand',
    'echt iemand graag',
    'Medewerker!',
    'operator please',
    'Mensch bitte',
    'człowiek',
    'konsultant',
    'poproszę konsultanta',
    'can I speak to your manager',
    'live chat',
    'Ich hätte gerne einen Ansprechpartner',
    'ik wil uw leidinggevende spreken',
  ])('hears a request for a person in "%s"', (text) => {
    expect(asksForPerson(text)).toBe(true);
  });

  it.each([
    'Ik wil geen medewerker, ik wil betalen',
    'no human please, just tell me the amount',
    'Is dit een mens?',
    'Are you a real person?',
    'Een medewerker zei dat ik uitstel had',
    'Een medewerker van het CJIB zei dat ik kan betalen in termijnen',
    'Someone told me I can pay later',
    'I want to pay for another person',
    'Kann jemand anderes für mich zahlen?',
    'Jestem pracownikiem budowlanym, czy mogę zapłacić w ratach?',
    'Hoe kan ik betalen?',
    'Ich möchte keinen Mitarbeiter',
    'nie chcę rozmawiać z konsultantem',
    'I want to pay my fine',
    'please do not call me',
    'bel me niet',
    'iemand anders',
    'I am the manager of a company, can I pay the fine of my employee?',
    'iemand',
    'waar kan ik klagen over een medewerker van het cjib',
    'ik wil een klacht indienen over een medewerker',
    'I want to complain about one of your staff',
    'Ich möchte mich über einen Mitarbeiter beschweren',
    'Beschwerde über einen Mitarbeiter, wo kann ich die einreichen?',
    'chcę złożyć skargę na pracownika',
    '',
  ])('leaves "%s" to the intent model', (text) => {
    expect(asksForPerson(text)).toBe(false);
  });
});

describe('declinesPerson', () => {
  it.each([
    'ik wil geen medewerker, gewoon betalen',
    'no human please, just tell me the amount',
    "I don't want to talk to a person",
    'Ich möchte keinen Mitarbeiter',
    'nie chcę rozmawiać z konsultantem',
  ])('hears a person turned down in "%s"', (text) => {
    expect(declinesPerson(text)).toBe(true);
  });

  it.each([
    'ik wil een medewerker',
    'Ik wil geen robot, ik wil een mens',
    'no, I want a person',
    'Mitarbeiter bitte',
    '',
  ])('not in "%s"', (text) => {
    expect(declinesPerson(text)).toBe(false);
  });
});

describe('a person turned down, in other words', () => {
  it.each([
    'no i dont want to talk to anyone',
    'ik wil met niemand praten',
    'ich möchte mit niemandem sprechen',
    'nie chcę z nikim rozmawiać',
  ])('"%s"', (text) => {
    expect(declinesPerson(text)).toBe(true);
    expect(asksForPerson(text)).toBe(false);
  });
});
