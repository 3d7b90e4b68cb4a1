import { normalizeText } from './normalizeText';

/**
 * "Mahnung nachsehen", "aanmaning opzoeken", "check my reminder", "sprawdź upomnienie": a short request
 * to look up the letter the citizen has (a reminder, a fine, a punitive order), which the lookup
 * answers with their own amounts and stage, not a question about reminders in general.
 */
const VERB =
  /\b(opzoeken|zoek\w* op|nakijken|kijk\w* na|bekijken|checken|check|look ?up|look at|see|find|nachsehen|nachschauen|ansehen|anzeigen|prufen|uberprufen|sprawdz\w*|zobacz\w*|pokaz\w*|znajdz\w*)\b/;
const LETTER =
  /\b(aanmaning\w*|herinnering\w*|boete\w*|bekeuring\w*|strafbeschikking\w*|brief|reminder\w*|fine|fines|ticket|letter|penalty|mahnung\w*|bussgeld\w*|strafzettel|strafbefehl|schreiben|upomnieni\w*|mandat\w*|pismo|kar\w*)\b/;
/** Words that make it a question about the thing, not a request to look it up. */
const ASKS =
  /\?|\b(hoe|wat|waarom|wanneer|kan|mag|how|what|why|when|can|may|wie|was|warum|wann|kann|darf|jak|co|dlaczego|kiedy|czy)\b/;
const MAX_WORDS = 5;

export function asksToLookUpLetter(text: string): boolean {
  const normalized = normalizeText(text);
  const words = normalized.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > MAX_WORDS || ASKS.test(text.toLowerCase())) return false;
  return VERB.test(normalized) && LETTER.test(normalized);
}
