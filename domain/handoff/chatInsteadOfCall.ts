import { normalizeText } from '../language/normalizeText';

/**
 * "Nee bellen kan niet, ik heb geen beltegoed, kan het via whatsapp?", "I have no credit, can we chat
 * instead?", "ich habe kein Guthaben, geht das per Chat?", "nie mam środków na koncie, czy można przez
 * czat?": at the offer of a call back, the citizen cannot or would rather not take a call (cost, no
 * credit, cannot talk). A call back costs them nothing (staff call them), and chatting with a person
 * is possible in the chat itself when staff are in; the answer says both rather than the phone numbers.
 */
const NO_CREDIT =
  /\b(beltegoed|tegoed|belkosten|bundel|prepaid|(phone |call )?credit|airtime|guthaben|prepaid\w*|srodkow na (koncie|karcie)|kredyt\w* na telefon\w*|doladowan\w*)\b/;
const CANNOT_CALL =
  /\b(bellen (kan|lukt|gaat) (\w+ )?niet|kan (\w+ )?niet (bellen|praten|telefoneren)|geen (telefoon|beltegoed)|niet bellen|cant (call|talk|phone)|cannot (call|talk|phone)|not able to (call|talk)|no phone|kann (\w+ )?nicht (telefonieren|anrufen|sprechen)|kein telefon|nie moge (dzwonic|rozmawiac)|nie mam telefonu)\b/;
const CHAT_WISH =
  /\b(via|per|over|through|by|on|in|uber|przez|na) (whatsapp|de chat|chat|chatten|app|sms|berichten|tekst|text|messages?|messenger|czat\w*|wiadomosc\w*)\b|\b(liever|rather|lieber|wole) (\w+ )?(chatten|typen|schrijven|appen|chat|text|type|write|schreiben|tippen|pisac|czatowac)\b|\bkan (het|dat) (ook )?(gewoon )?(hier|in de chat|via de chat)\b/;

export function prefersChatToCall(text: string): boolean {
  const normal = normalizeText(text);
  return NO_CREDIT.test(normal) || CANNOT_CALL.test(normal) || CHAT_WISH.test(normal);
}
