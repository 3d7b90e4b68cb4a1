import { normalizeText } from '../language/normalizeText';

/**
 * Phrases (normalised: lower case, no diacritics or punctuation) that signal a citizen in distress,
 * in nl, en, de and pl. A match makes the assistant offer a person straight away. Phrases that
 * also start "I cannot pay any more" ("ik kan niet meer …") are left out: that is the cannot-pay flow.
 * Matching is by word start, so 'verzweifel' covers 'verzweifelt' and 'verzweifelung'. Worry that
 * keeps someone awake or out of options counts too: the offer also names the noodstop and debt help.
 */
const DISTRESS_PHRASES = [
  'zelfmoord',
  'zie het niet meer zitten',
  'zie het niet meer zo zitten',
  'ik zie geen uitweg',
  'geen uitweg meer',
  'ik wil dood',
  'ik wil niet meer leven',
  'ik ben wanhopig',
  'ten einde raad',
  'mezelf iets aandoen',
  'mezelf wat aandoen',
  'mezelf wat aan',
  'mezelf iets aan',
  'mezelf van kant',
  'ik wil er niet meer zijn',
  'er een eind aan maken',
  'er een einde aan maken',
  'ik maak er een eind',
  'ik maak er een einde',
  'ik wil niet meer verder',
  'het leven heeft geen zin',
  'heeft allemaal geen zin meer',
  'ik ben radeloos',
  'ik weet niet meer wat ik moet',
  'ik lig er wakker van',
  'lig er nachten wakker van',
  'ik slaap er niet meer van',
  'ik kan niet meer slapen',
  'ik trek het niet meer',
  'het wordt me te veel',
  'het groeit me boven het hoofd',
  'suicide',
  'suicidal',
  'kill myself',
  'end my life',
  'end it all',
  'hurt myself',
  'harm myself',
  'no reason to live',
  'not worth living',
  'dont want to live',
  'do not want to live',
  'dont want to be here any',
  'want to die',
  'i cant go on',
  'i am desperate',
  'im desperate',
  'at the end of my rope',
  'at my wits end',
  'hopeless',
  'i feel helpless',
  'cant sleep',
  'cannot sleep',
  'can not sleep',
  'i cant cope',
  'i cannot cope',
  'i cant take it any',
  'i cannot take it any',
  'i dont know what to do any',
  'i dont know what to do with myself',
  'im overwhelmed',
  'i am overwhelmed',
  'i feel overwhelmed',
  'selbstmord',
  'suizid',
  'ich will sterben',
  'nicht mehr leben',
  'mich umbringen',
  'bringe mich um',
  'bring mich um',
  'mir das leben nehmen',
  'dem leben ein ende',
  'verzweifel',
  'ich weiss nicht mehr weiter',
  'ich weiss nicht mehr was ich tun',
  'ich kann nicht mehr schlafen',
  'ich schaffe das nicht mehr',
  'ich halte das nicht mehr aus',
  'hoffnungslos',
  'keinen ausweg',
  'ausweglos',
  'mir etwas antun',
  'samobojstw',
  'chce umrzec',
  'nie chce zyc',
  'nie chce juz zyc',
  'nie chce dluzej zyc',
  'zabic sie',
  'zabije sie',
  'sie zabije',
  'sie zabic',
  'odebrac sobie zycie',
  'zrobic sobie krzywde',
  'zrobie sobie krzywde',
  'skoncze ze soba',
  'skonczyc ze soba',
  'jestem zrozpaczon',
  'zrozpaczon',
  'nie mam juz sily',
  'nie mam sily',
  'nie wiem juz co',
  'nie wiem co mam robic',
  'nie moge spac',
  'nie spie przez',
  'nie daje rady',
  'nie radze sobie',
  'bez wyjscia',
  'beznadziej',
  'mam dosc zycia',
  'dosc mam zycia',
  'nie chce mi sie zyc',
  'nie dam rady zyc',
  'nie dam rady dalej zyc',
  'nie moge zyc',
  'nie moge dalej zyc',
  'nie widze sensu zycia',
  'nie widze sensu w zyciu',
  'zalaman',
];

/** Each phrase with the space before it, so a phrase starts at a word (built once, not per message). */
const DISTRESS_STARTS = DISTRESS_PHRASES.map((phrase) => ` ${phrase}`);

/**
 * Words that strengthen without changing what is said: "ik zie het echt niet meer zitten", "nie daję
 * już rady", "ich weiss wirklich nicht mehr weiter". The message is matched with and without them.
 */
const INTENSIFIERS =
  / (echt|gewoon|helemaal|allemaal|totaal|really|just|truly|wirklich|einfach|naprawde|juz|po prostu) /g;

/**
 * Fear said on its own ("I'm scared", "ik ben zo bang", "ich habe Angst", "boję się"). Inside a
 * longer message fear usually comes with its reason ("bang dat de deurwaarder komt"), which the
 * knowledge base answers; alone it needs kindness first.
 */
const FEAR_ALONE =
  /^(ik ben (zo |echt |heel )?(bang|angstig|in paniek)|(i am|im|i feel) (so |really |very )?(scared|afraid|frightened|terrified|panicking)|ich habe (so |solche |gro(ss|ß)e )?angst|ich bin (so )?(verangstigt|in panik)|(ja )?(bardzo )?boje sie|jestem (bardzo )?(przerazon\w*|przestraszon\w*))$/;

export function isDistressSignal(text: string): boolean {
  const normal = normalizeText(text);
  if (FEAR_ALONE.test(normal)) return true;
  const padded = ` ${normal} `;
  // Twice: "echt echt" or "już naprawdę" leave a second word after the first is removed.
  const plain = padded.replace(INTENSIFIERS, ' ').replace(INTENSIFIERS, ' ');
  return DISTRESS_STARTS.some((start) => padded.includes(start) || plain.includes(start));
}
