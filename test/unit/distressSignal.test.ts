import { isDistressSignal } from '../../domain/handoff/distressSignal';

describe('isDistressSignal', () => {
  it.each([
    'Ik zie het niet meer zitten met al die boetes',
    'ik denk aan zelfmoord',
    'I just want to end my life',
    'Ich bin verzweifelt.',
    'Myślę o samobójstwie',
    // Informal, with the words that only strengthen it.
    'nie dam rady już żyć',
    'nie mam pieniędzy, mam długi, nie dam rady już żyć',
    'ik zie het allemaal niet meer zitten met die schulden',
    'het leven heeft geen zin meer',
    // Worry that keeps someone awake or out of options, in each language.
    'ik lig er wakker van, ik weet niet meer wat ik moet doen',
    'Ik ben radeloos door die boetes',
    "I can't sleep because of these debts",
    'I feel hopeless, I cannot cope with these fines anymore',
    'Ich weiß nicht mehr weiter',
    'Ich habe Angst wegen der Schulden, ich kann nicht mehr schlafen',
    'nie mam już siły',
    'Nie wiem już co robić, nie mogę spać przez te długi',
    'Nie daję rady z tymi długami',
    // Thoughts of self-harm said in other words.
    'ik doe mezelf wat aan',
    'ik wil er een eind aan maken',
    "i'm going to end it all",
    "I don't want to live anymore",
    'ich will nicht mehr leben',
    'Ich bringe mich um',
    'nie chcę już żyć',
    'chyba się zabiję',
    // The same with a word that only strengthens it.
    'ik zie het echt niet meer zitten met al die schulden',
    'zie het gewoon niet meer zitten',
    'nie daję już rady, mam dość życia przez te długi',
    'Ich weiß wirklich nicht mehr weiter',
    'I really want to end my life',
    'ik zie geen uitweg meer',
    // Fear said on its own.
    "I'm scared",
    'ik ben zo bang',
    'Ich habe Angst!',
    'boję się',
  ])('recognises "%s"', (text) => {
    expect(isDistressSignal(text)).toBe(true);
  });

  it.each([
    'ik kan niet meer betalen',
    'I cannot pay',
    'Wie kann ich zahlen?',
    'Hoe zit het met mijn boete?',
    'Ich kann nicht mehr zahlen',
    'Nie mogę zapłacić mandatu',
    'ik weet het niet meer precies, welk nummer bedoelt u?',
    'I do not know my CJIB number',
    'ik wil niet meer wachten',
    'ik ben bang dat de deurwaarder komt',
    "I'm afraid I lost the letter",
    'Ich möchte nicht mehr warten',
    'ik wil echt niet meer wachten',
    'ik heb het echt niet meer zitten op die bank',
    '',
  ])('leaves "%s" alone', (text) => {
    expect(isDistressSignal(text)).toBe(false);
  });
});
