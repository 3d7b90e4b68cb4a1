import { normalizeText } from '../language/normalizeText';

/**
 * "Wanneer zijn jullie wel open?", "when can I talk to someone?", "wann sind Sie erreichbar?",
 * "kiedy jesteście dostępni?": when staff are there. Told with the next opening from the office hours.
 */
const WHEN_OPEN = new RegExp(
  [
    // nl
    'wanneer (zijn|is|bent) (jullie|u|er|het cjib|iemand)( \\w+)? (wel |weer )?(open|bereikbaar|er|aanwezig|te bereiken|beschikbaar)',
    'wanneer kan ik (jullie |u |iemand |een medewerker )?(wel |weer )?(bellen|spreken|bereiken|chatten)|openingstijd\\w*|kantoortijd\\w*|tot hoe laat|vanaf hoe laat',
    // en
    'when (are|is) (you|the office|someone|staff|anyone|cjib)( \\w+)? (open|available|back|there|reachable)',
    'when can i (talk|speak|chat) (to|with)|when can i (call|reach)|opening (hours|times)|office hours|business hours|what time do you open',
    // de
    'wann (sind|ist) (sie|ihr|jemand|das buro|das cjib)( \\w+)? (wieder )?(geoffnet|offen|erreichbar|da)|offnungszeit\\w*|burozeit\\w*|geschaftszeit\\w*|wann (kann ich|konnen wir) (jemanden |sie )?(erreichen|sprechen|anrufen)',
    // pl
    'kiedy (jestescie|sa panstwo|jest ktos|bedzie ktos)( \\w+)? (otwarci|czynni|dostepn\\w*)|godziny (otwarcia|pracy)|kiedy (moge|mozna) (zadzwonic|porozmawiac)',
  ]
    .map((p) => `\\b(${p})\\b`)
    .join('|'),
);

export function asksWhenOpen(text: string): boolean {
  return WHEN_OPEN.test(normalizeText(text));
}
