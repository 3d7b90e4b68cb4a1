/**
 * Whole conversations on the phone and on SMS/WhatsApp, in Dutch, English, German and Polish, as a
 * caller hears them and a texter reads them: the SSML is well-formed and in the caller's voice,
 * amounts and dates are spoken, every choice is read out and can be said, keyed or answered "ja";
 * on messaging channels numbered choices can be answered by number, by words or with a typo, and
 * no payment link is ever pushed.
 */
import type { Activity } from 'botbuilder';
import { isPaymentUrl } from '../../adapters/channels/paymentLinks';
import { FAST_TYPIST, STAFF_NEVER_IN, useStaffedApp, useTestApp } from '../support/appForTests';
import { isBareHeading } from '../support/cardHeadings';
import { DEMO_DEBTORS } from '../support/demoDebtors';
import { heardSentences as heard, messagesOf as messages } from '../support/replyText';
import { spokenSentences, textOf, type TestConversation } from '../support/testApp';

const { D01, D02, D11, D12, D09, D13 } = DEMO_DEBTORS;

const VOICE = {
  nl: ['nl-NL', 'nl-NL-FennaNeural'],
  en: ['en-GB', 'en-GB-SoniaNeural'],
  de: ['de-DE', 'de-DE-KatjaNeural'],
  pl: ['pl-PL', 'pl-PL-AgnieszkaNeural'],
} as const;
type Lang = keyof typeof VOICE;

/** Whether `xml` is well-formed: balanced tags, quoted attributes, only the five XML entities. */
function wellFormed(xml: string): boolean {
  const stack: string[] = [];
  for (const m of xml.matchAll(/<[^>]*>|&[^;\s<]*;?|[<>]/g)) {
    const token = m[0];
    if (token.startsWith('&')) {
      if (!/^&(amp|lt|gt|quot|apos);$/.test(token)) return false;
      continue;
    }
    if (token === '<' || token === '>') return false;
    const tag = /^<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<&]*")*)\s*(\/?)>$/.exec(token);
    if (!tag) return false;
    const [, closing, name, , selfClosing] = tag;
    if (selfClosing) continue;
    if (closing) {
      if (stack.pop() !== name) return false;
    } else stack.push(name);
  }
  return stack.length === 0;
}

/**
 * What every phone reply must be: SSML in the caller's language and voice, well-formed, nothing
 * only a screen can show (cards, buttons, links, markdown, emoji, euro signs, written dates or
 * cents), and an input hint.
 */
function expectPhoneReplies(replies: Partial<Activity>[], lang: Lang): void {
  const [xmlLang, voice] = VOICE[lang];
  const spoken = messages(replies);
  expect(spoken.length).toBeGreaterThan(0);
  for (const activity of spoken) {
    const speak = activity.speak ?? '';
    expect(speak).toMatch(
      new RegExp(
        `^<speak version="1\\.0" xmlns="http://www\\.w3\\.org/2001/10/synthesis" xml:lang="${xmlLang}"><voice name="${voice}">.*</voice></speak>$`,
        's',
      ),
    );
    expect(wellFormed(speak)).toBe(true);
    expect(activity.attachments ?? []).toEqual([]);
    expect(activity.suggestedActions).toBeUndefined();
    expect(activity.inputHint).toMatch(/^(acceptingInput|expectingInput)$/);
    const inner = speak.replace(/^<speak[^>]*><voice[^>]*>/, '').replace(/<\/voice><\/speak>$/, '');
    expect(inner).not.toMatch(/https?:|www\.|\*\*|__|\]\(|^#|€|\bEUR\b|\d{4}-\d{2}-\d{2}|\d+[.,]\d{2}\b/m);
    expect(inner).not.toMatch(/\p{Extended_Pictographic}/u);
    expect(inner).not.toMatch(/AdaptiveCard|"type"|\{|\}/);
    // Short sentences: a caller cannot scroll back. No card heading said on its own as a sentence.
    for (const sentence of spokenSentences([activity])) {
      expect(sentence.split(/\s+/).length).toBeLessThanOrEqual(35);
      expect({ sentence, bare: isBareHeading(sentence, lang) }).toEqual({ sentence, bare: false });
    }
  }
}

/** The numbered choices read out in the last reply: "1: Mijn boete opzoeken." → ['Mijn boete opzoeken']. */
function spokenChoices(replies: Partial<Activity>[]): string[] {
  return spokenSentences(replies)
    .map((s) => /^(\d+): (.*)\.$/.exec(s))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => m[2]);
}

/** The numbered choices written in a plain-text reply: "1. Mijn boete opzoeken". */
function writtenChoices(replies: Partial<Activity>[]): string[] {
  return textOf(messages(replies))
    .split('\n')
    .map((line) => /^(\d+)\. (.+)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => m[2]);
}

/** What a texter must never get on a messaging channel: cards, buttons, or a link to pay. */
function expectMessagingReplies(replies: Partial<Activity>[]): void {
  for (const activity of messages(replies)) {
    expect(activity.attachments ?? []).toEqual([]);
    expect(activity.suggestedActions).toBeUndefined();
    expect(activity.speak).toBeUndefined();
    const urls = (activity.text ?? '').match(/https?:\/\/[^\s)]+/g) ?? [];
    for (const url of urls) expect(isPaymentUrl(url.replace(/[.,;:!?]+$/, ''))).toBe(false);
    expect(activity.text ?? '').not.toMatch(/\*\*|\]\(/);
  }
}

describe('whole conversations on the phone and on SMS/WhatsApp', () => {
  // Staff are always in, so asking for a person queues instead of offering a callback.
  const assistant = useStaffedApp();

  /** Says a line on the phone, checks every reply is proper speech, and returns the replies. */
  async function call(c: TestConversation, lang: Lang, line: string | Partial<Activity>) {
    const replies = typeof line === 'string' ? await c.say(line) : await c.post(line);
    expectPhoneReplies(replies, lang);
    return replies;
  }

  /** Sends a text message on a messaging channel and checks what must never be in the answer. */
  async function text(c: TestConversation, line: string) {
    const replies = await c.say(line);
    expectMessagingReplies(replies);
    return replies;
  }

  describe('on the phone', () => {
    const unfiled = useStaffedApp();
    it('nl: a lookup with the number said in pairs and the postcode spelled, then a payment arrangement chosen by key', async () => {
      const c = assistant.app.conversation({ channelId: 'telephony', locale: 'nl-NL' });
      const welcome = await c.start();
      expectPhoneReplies(welcome, 'nl');
      expect(heard(welcome)).toMatch(/digitale assistent/);
      // The same menu as the buttons on web chat, every choice read out with its number.
      const web = messages(await assistant.app.conversation({ channelId: 'webchat' }).start());
      expect(spokenChoices(welcome)).toEqual(
        web.flatMap((a) => a.suggestedActions?.actions ?? []).map((a) => a.title),
      );
      expect(welcome.at(-1)?.inputHint).toBe('expectingInput');

      expect(heard(await call(c, 'nl', 'Ik wil mijn boete opzoeken'))).toMatch(/CJIB-nummer/);
      const afterNumber = await call(
        c,
        'nl',
        'zesennegentig achtennegentig vierennegentig zesentachtig veertien achtenvijftig nul zes achtenvijftig',
      );
      expect(heard(afterNumber)).toMatch(/postcode/);
      const result = await call(c, 'nl', 'acht negen een een a b');
      const said = heard(result);
      expect(said).toContain('129 euro');
      expect(said).toContain('dinsdag 15 december 2026');
      // At most three read out; a person by 'medewerker' or the key 0.
      expect(spokenChoices(result)).toEqual(['Hoe betaal ik', 'Betalen in termijnen', 'Bezwaar maken']);
      expect(said).toMatch(/Voor een medewerker zegt u 'medewerker', of toetst u 0\./);
      expect(result.at(-1)?.inputHint).toBe('expectingInput');

      // Key 2 as a DTMF event: paying in instalments.
      const proposal = await call(c, 'nl', { type: 'event', name: 'dtmf', value: { digits: '2' } });
      expect(heard(proposal)).toContain('129 euro in 6 maanden');
      expect(heard(proposal)).toContain('21 euro en 50 cent per maand');
      expect(heard(proposal)).toContain('1 januari 2027');
      expect(spokenChoices(proposal)).toEqual([
        'Ja, aanvragen',
        'Het maandbedrag is te hoog',
        'Nee, nu niet',
      ]);

      // "ja" to a choice list that was read out.
      expect(heard(await call(c, 'nl', 'ja'))).toMatch(/e-mailadres of telefoonnummer/);
      const confirm = await call(c, 'nl', 'nul zes een twee drie vier vijf zes zeven acht');
      // The number is read back so the caller can check it, in groups.
      expect(heard(confirm)).toContain('0 6, 1 2 3 4, 5 6 7 8');
      expect(spokenChoices(confirm)).toEqual(['Ja, versturen', 'Nee, niet versturen']);
      const done = await call(c, 'nl', 'ja graag');
      expect(heard(done)).toMatch(/aanvraag is ontvangen/);
      // The reference number is read as letters, year and digits one by one, without a "minus".
      expect(heard(done)).toMatch(/BR, 2026, \d( \d){3}, \d( \d){3}/);
    });

    it('en: a payment arrangement for two fines, with thousands and cents spoken and the English voice', async () => {
      const c = assistant.app.conversation({ channelId: 'telephony', locale: 'en-GB' });
      expectPhoneReplies(await c.start(), 'en');
      expect(heard(await call(c, 'en', 'I want a payment arrangement'))).toMatch(/CJIB number/);
      await call(
        c,
        'en',
        'three three three eight zero eight two four five zero five three two seven eight five',
      );
      const proposal = await call(c, 'en', 'three five one two k l');
      const said = heard(proposal);
      expect(said).toContain('551 euros and 50 cents over 12 months');
      expect(said).toContain('45 euros and 95 cents a month');
      expect(said).toContain('1 January 2027');
      expect(said).not.toMatch(/;\./);
      // The caller presses 1 on the keypad (sent as text by the gateway).
      expect(heard(await call(c, 'en', '1'))).toMatch(/e-mail address or phone number/);
      const confirm = await call(c, 'en', 'plus three one six one two three four five six seven eight');
      expect(heard(confirm)).toMatch(/plus 3 1, 6, 1 2 3 4, 5 6 7 8/);
      expect(heard(await call(c, 'en', 'yes'))).toMatch(/received/);
    });

    it('de: a lookup where the date with its ordinal stays one sentence and "ja bitte" answers the offer', async () => {
      const c = assistant.app.conversation({ channelId: 'telephony', locale: 'de-DE' });
      expectPhoneReplies(await c.start(), 'de');
      await call(c, 'de', 'eins');
      await call(
        c,
        'de',
        'null fünf vier drei sieben neun drei null fünf acht eins fünf fünf fünf zwei drei',
      );
      const result = await call(c, 'de', 'vier sieben fünf drei drei');
      const sentences = spokenSentences(result);
      expect(sentences).toContain('Zahlungstermin: Mittwoch, 27. Mai 2026.');
      expect(heard(result)).toContain('4359 Euro');
      expect(heard(result)).not.toMatch(/4\.359/);
      const proposal = await call(c, 'de', 'zwei');
      expect(heard(proposal)).toContain('121 Euro und 8 Cent pro Monat');
      expect(spokenSentences(proposal)).toContain('Die erste Rate zahlen Sie bis spätestens 1. Januar 2027.');
      expect(heard(await call(c, 'de', 'ja bitte'))).toMatch(/E-Mail-Adresse oder Telefonnummer/);
    });

    it('pl: a payment arrangement for two fines with "tak", the Polish voice and Polish plural forms', async () => {
      const c = assistant.app.conversation({ channelId: 'telephony', locale: 'pl-PL' });
      const welcome = await c.start();
      expectPhoneReplies(welcome, 'pl');
      expect(spokenChoices(welcome)).toEqual([
        'Sprawdź mój mandat',
        'Płatność w ratach',
        'Rozmowa z pracownikiem',
      ]);
      // "Pan/Pani" is said as words, not "slash".
      const prompt = heard(await call(c, 'pl', 'dwa'));
      expect(prompt).toContain('Może Pan lub Pani wypowiedzieć cyfry');
      expect(prompt).not.toMatch(/Pan\/Pani/);
      await call(
        c,
        'pl',
        'dwa trzy cztery dwa jeden cztery pięć pięć dwa cztery osiem pięć siedem trzy dziewięć cztery',
      );
      // Two fines, over a thousand euro: the Polish notation "1 420,00 €" is read as an amount.
      const proposal = await call(c, 'pl', D13.postcode);
      expect(heard(proposal)).toContain('1420 euro w 18 miesięcznych ratach');
      expect(heard(proposal)).toContain('78 euro i 88 centów miesięcznie');
      expect(heard(proposal)).toContain('79 euro i 4 centy');
      expect(heard(proposal)).toContain('1 stycznia 2027');
      expect(heard(proposal)).not.toMatch(/1 4 2 0|1 420/);
      expect(heard(await call(c, 'pl', 'tak'))).toMatch(/e-mail lub numerem telefonu/);
      const confirm = await call(
        c,
        'pl',
        'plus czterdzieści osiem, sześćset jeden, dwieście trzydzieści cztery, pięćset sześćdziesiąt siedem',
      );
      expect(heard(confirm)).toContain('plus 4 8, 6 0 1, 2 3 4, 5 6 7');
      expect(heard(await call(c, 'pl', 'tak'))).toMatch(/Wniosek został przyjęty/);
    });

    it('keys pressed in every way a gateway sends them pick the choice', async () => {
      // Keys as text.
      const text = assistant.app.conversation({ channelId: 'telephony', locale: 'nl-NL' });
      await text.start();
      expect(heard(await call(text, 'nl', '1'))).toMatch(/CJIB-nummer/);
      expect(heard(await call(text, 'nl', '9 6 9 8 9 4 8 6 1 4 5 8 0 6 5 8 #'))).toMatch(/postcode/);

      // A message without text whose value or channelData carries the key.
      const value = assistant.app.conversation({ channelId: 'telephony', locale: 'nl-NL' });
      await value.start();
      expect(heard(await call(value, 'nl', { type: 'message', text: '', value: { dtmf: '1' } }))).toMatch(
        /CJIB-nummer/,
      );
      const channelData = assistant.app.conversation({ channelId: 'telephony', locale: 'en-GB' });
      await channelData.start();
      await call(channelData, 'en', { type: 'message', text: '', channelData: { dtmf: '1' } });
      expect(
        heard(
          await call(channelData, 'en', {
            type: 'message',
            text: '',
            channelData: { dtmf: `${D01.number}#` },
          }),
        ),
      ).toMatch(/postcode/);

      const bare = assistant.app.conversation({ channelId: 'telephony', locale: 'de-DE' });
      await bare.start();
      expect(heard(await call(bare, 'de', { type: 'message', text: '', value: '1' }))).toMatch(/CJIB-Nummer/);

      // The key named in words.
      const named = assistant.app.conversation({ channelId: 'telephony', locale: 'nl-NL' });
      await named.start();
      expect(heard(await call(named, 'nl', 'toets twee'))).toMatch(/CJIB-nummer/);
      const pressed = assistant.app.conversation({ channelId: 'telephony', locale: 'en-GB' });
      await pressed.start();
      expect(heard(await call(pressed, 'en', 'press three'))).toMatch(/queue|call you back|staff/);
    });

    it('pauses the recogniser wrote as commas and full stops do not break a number (pl, nl)', async () => {
      const pl = assistant.app.conversation({ channelId: 'telephony', locale: 'pl-PL' });
      await pl.start();
      await call(pl, 'pl', 'Chcę sprawdzić mój mandat');
      await call(
        pl,
        'pl',
        'Jeden sześć dwa cztery, sześć osiem dziewięć sześć, trzy zero trzy dwa, trzy trzy pięć dziewięć.',
      );
      expect(heard(await call(pl, 'pl', 'Sześćdziesiąt jeden, zero zero jeden.'))).toContain('167 euro');

      const nl = assistant.app.conversation({ channelId: 'telephony', locale: 'nl-NL' });
      await nl.start();
      await call(nl, 'nl', 'Mijn boete opzoeken.');
      await call(
        nl,
        'nl',
        'Negen zes negen acht. Negen vier acht zes. Een vier vijf acht. Nul zes vijf acht.',
      );
      expect(heard(await call(nl, 'nl', 'Acht negen een een, A, B.'))).toContain('129 euro');
    });

    it('a caller who switches language hears the voice of the new language', async () => {
      const c = assistant.app.conversation({ channelId: 'telephony', locale: 'nl-NL' });
      expectPhoneReplies(await c.start(), 'nl');
      expect(heard(await call(c, 'en', 'Can we speak English please?'))).toMatch(/English/);
      expect(heard(await call(c, 'en', 'I want to look up my fine'))).toMatch(/CJIB number/);
    });

    it('a menu said again still answers to its numbers and keys', async () => {
      // A fresh app: an arrangement filed for D01 by an earlier test would rightly drop the instalments offer.
      const c = unfiled.app.conversation({ channelId: 'telephony', locale: 'nl-NL' });
      await c.start();
      await call(c, 'nl', 'Mijn boete opzoeken');
      await call(c, 'nl', D01.number);
      await call(c, 'nl', D01.postcode);
      const again = await call(c, 'nl', 'Sorry, kunt u dat herhalen?');
      expect(heard(again)).toMatch(/Ik herhaal het/);
      // At most three read out; the person as the way to reach one at any time (its key 4 still works).
      expect(spokenChoices(again)).toEqual(['Hoe betaal ik', 'Betalen in termijnen', 'Bezwaar maken']);
      expect(heard(again)).toMatch(/Voor een medewerker zegt u 'medewerker', of toetst u 0\./);
      expect(heard(await call(c, 'nl', { type: 'event', name: 'dtmf', value: '4' }))).toMatch(
        /medewerker|wachtrij/i,
      );
    });

    // The turn step keeps only the last batch a turn sent, so the result before the menu is not
    // said again; bot/channelTurnStep.ts should keep every message of the turn. Flip to `it` then.
    it('after the lookup result, "wat zei u?" says the amount again, not only the menu', async () => {
      const c = assistant.app.conversation({ channelId: 'telephony', locale: 'nl-NL' });
      await c.start();
      await call(c, 'nl', '1');
      await call(c, 'nl', D01.number);
      expect(heard(await call(c, 'nl', D01.postcode))).toContain('129 euro');
      const again = heard(await call(c, 'nl', 'wat zei u?'));
      expect(again).toContain('129 euro');
      expect(again).toContain('dinsdag 15 december 2026');
    });

    it('speech marked on another channel gets speech too', async () => {
      const c = assistant.app.conversation({ channelId: 'directline', locale: 'nl-NL' });
      await c.start();
      const replies = await c.say('Ik wil mijn boete opzoeken', {
        entities: [{ type: 'speech' }] as Activity['entities'],
      });
      expectPhoneReplies(replies, 'nl');
    });

    // The channel turn step remembers the last prompt and says it again (adapters/channels/repeatRequest.ts).
    it('"wat zei u?", "can you repeat that", "nochmal bitte", "proszę powtórzyć" say the last prompt again', async () => {
      const cases: [Lang, string, string, string][] = [
        ['nl', 'nl-NL', 'wat zei u?', 'Wat is de postcode van het adres waar de brief naartoe is gestuurd?'],
        [
          'nl',
          'nl-NL',
          'nog een keer',
          'Wat is de postcode van het adres waar de brief naartoe is gestuurd?',
        ],
        ['en', 'en-GB', 'can you repeat that', 'What is the postcode of the address the letter was sent to?'],
        [
          'de',
          'de-DE',
          'nochmal bitte',
          'Wie lautet die Postleitzahl der Adresse, an die das Schreiben geschickt wurde?',
        ],
        ['pl', 'pl-PL', 'proszę powtórzyć', 'Jaki jest kod pocztowy adresu, na który wysłano pismo?'],
      ];
      for (const [lang, locale, ask, question] of cases) {
        const c = assistant.app.conversation({ channelId: 'telephony', locale });
        await c.start();
        await call(c, lang, '1');
        await call(c, lang, D01.number);
        const again = await call(c, lang, ask);
        // The question itself again, not 'that is not a postcode'.
        expect(spokenSentences(again)).toContain(question);
        expect(heard(again)).not.toMatch(/herken|recognise|erkenne|rozpozna/);
        expect(again.at(-1)?.inputHint).toBe('expectingInput');
        // The dialog still waits for the postcode.
        expect(heard(await call(c, lang, D01.postcode))).toMatch(/129/);
      }
    });
  });

  describe('on SMS and WhatsApp', () => {
    it('nl sms: numbered choices answered with the number, the words and a typo; the warning once; no payment link', async () => {
      const c = assistant.app.conversation({ channelId: 'sms', locale: 'nl-NL' });
      const welcome = await c.start();
      expectMessagingReplies(welcome);
      expect(writtenChoices(welcome)).toEqual([
        'Mijn boete opzoeken',
        'Betalingsregeling',
        'Medewerker spreken',
      ]);
      expect(textOf(welcome)).toMatch(/Antwoord met het nummer van uw keuze/);
      expect(textOf(welcome)).toMatch(/stuurt u nooit uit zichzelf een boete/);

      expect(textOf(await text(c, '1'))).toMatch(/CJIB-nummer/);
      await text(c, D09.number);
      const result = await text(c, D09.postcode);
      expect(textOf(result)).toContain('€ 574,00');
      expect(textOf(result)).toContain('12 augustus 2026');
      // (No objection: the punitive order of July is long past its term.)
      expect(writtenChoices(result)).toEqual(['Hoe betaal ik', 'Betalen in termijnen', 'Medewerker spreken']);

      // The words of a choice with a typo.
      const proposal = await text(c, 'betalen in termijen');
      expect(textOf(proposal)).toMatch(/€ 574,00 in \d+ maanden betalen: € \d+,\d{2} per maand/);
      expect(writtenChoices(proposal)).toEqual([
        'Ja, aanvragen',
        'Het maandbedrag is te hoog',
        'Nee, nu niet',
      ]);
      // The words of a choice.
      expect(textOf(await text(c, 'Ja, aanvragen'))).toMatch(/e-mailadres of telefoonnummer/);
      const confirm = await text(c, '06-12345678');
      expect(writtenChoices(confirm)).toEqual(['Ja, versturen', 'Nee, niet versturen']);
      const done = await text(c, '1');
      expect(textOf(done)).toMatch(/aanvraag is ontvangen/);
      expect(textOf(done)).not.toMatch(/stuurt u nooit uit zichzelf een boete/);
    });

    it('en whatsapp: "how to pay" gets no link to pay, a typo picks a choice, the number still works after it', async () => {
      const c = assistant.app.conversation({ channelId: 'whatsapp', locale: 'en-GB' });
      expectMessagingReplies(await c.start());
      await text(c, 'Look up my fine');
      await text(c, '9698 9486 1458 0658');
      const result = await text(c, '8911AB');
      expect(textOf(result)).toContain('€129.00');
      const pay = await text(c, 'how to pay');
      expect(textOf(pay)).toMatch(/iDEAL/);
      expect(textOf(pay)).not.toMatch(/never sends a fine/);
      const feedback = writtenChoices(pay);
      expect(feedback.slice(0, 2)).toEqual(['Yes', 'No']);
      expect(textOf(await text(c, '1'))).toMatch(/Thank you/);
      await text(c, 'I want to pay in instalmnets');
    });

    it('de sms: the choice by its words, "ja bitte" at a yes/no choice, amounts in German notation', async () => {
      const c = assistant.app.conversation({ channelId: 'sms', locale: 'de-DE' });
      await c.start();
      await text(c, 'Mein Bußgeld nachsehen');
      await text(c, D11.number);
      const result = await text(c, D11.postcode);
      expect(textOf(result)).toContain('4.359,00 €');
      expect(textOf(result)).toContain('27. Mai 2026');
      const proposal = await text(c, 'In Ratn zahlen');
      expect(textOf(proposal)).toContain('121,08 € pro Monat');
      expect(textOf(await text(c, 'ja bitte'))).toMatch(/E-Mail-Adresse oder Telefonnummer/);
      const confirm = await text(c, 'max.muster@web.de');
      expect(writtenChoices(confirm)).toEqual(['Ja, absenden', 'Nein, nicht absenden']);
      expect(textOf(await text(c, 'Ja, absenden'))).toMatch(/Antrag ist eingegangen/);
    });

    it('pl whatsapp: an ordinal and "tak" answer the numbered choices', async () => {
      const c = assistant.app.conversation({ channelId: 'whatsapp', locale: 'pl-PL' });
      await c.start();
      expect(textOf(await text(c, 'druga'))).toMatch(/numer CJIB|numeru CJIB/);
      await text(c, D12.number);
      const proposal = await text(c, D12.postcode);
      expect(textOf(proposal)).toContain('27,83 € miesięcznie');
      expect(writtenChoices(proposal)).toEqual([
        'Tak, złóż wniosek',
        'Rata miesięczna jest za wysoka',
        'Nie, nie teraz',
      ]);
      expect(textOf(await text(c, 'tak'))).toMatch(/e-mail lub numerem telefonu/);
      const confirm = await text(c, 'jan@example.pl');
      expect(writtenChoices(confirm)).toEqual(['Tak, wyślij', 'Nie wysyłaj']);
      expect(textOf(await text(c, '1'))).toMatch(/Wniosek został przyjęty/);
    });

    it('a question about paying on every messaging channel never gets a link to pay, in every language', async () => {
      const asks: [string, string][] = [
        ['nl-NL', 'Hoe kan ik mijn boete betalen?'],
        ['en-GB', 'How can I pay my fine?'],
        ['de-DE', 'Wie kann ich mein Bußgeld bezahlen?'],
        ['pl-PL', 'Jak mogę zapłacić mandat?'],
      ];
      for (const channelId of ['sms', 'whatsapp', 'telegram']) {
        for (const [locale, ask] of asks) {
          const c = assistant.app.conversation({ channelId, locale });
          const replies = await text(c, ask);
          // expectMessagingReplies checked every link in the answer; it does answer the question.
          expect(textOf(replies)).toMatch(/iDEAL/);
        }
      }
    });

    it('a lookup of two fines on SMS lists both, with the total, and no link to pay', async () => {
      const c = assistant.app.conversation({ channelId: 'sms', locale: 'nl-NL' });
      await c.start();
      await text(c, 'Mijn boete opzoeken');
      await text(c, D02.number);
      const result = textOf(await text(c, D02.postcode));
      expect(result).toContain('€ 262,50');
      expect(result).toContain('€ 289,00');
      expect(result).toContain('€ 551,50');
      expect(result).not.toMatch(/https?:/);
    });
  });
});

describe('a callback on the phone outside office hours', () => {
  const afterHours = useTestApp({ ...FAST_TYPIST, ...STAFF_NEVER_IN });

  it('nl: the number said in pairs with pauses, the parts of the day read as times, "1" picks the morning', async () => {
    const c = afterHours.app.conversation({ channelId: 'telephony', locale: 'nl-NL' });
    expectPhoneReplies(await c.start(), 'nl');
    const offer = await c.say('Ik wil een medewerker spreken');
    expectPhoneReplies(offer, 'nl');
    expect(heard(offer)).toMatch(/terugbelt/);
    expectPhoneReplies(await c.say('ja'), 'nl');
    const when = await c.say('nul zes, twaalf, vierendertig, zesenvijftig, achtenzeventig.');
    expectPhoneReplies(when, 'nl');
    expect(spokenChoices(when)).toEqual(["'s Ochtends (8 tot 12 uur)", "'s Middags (12 tot 17 uur)"]);
    const done = await c.say('1');
    expectPhoneReplies(done, 'nl');
    expect(spokenSentences(done)[0]).toBe('Dank u.');
    expect(heard(done)).toMatch(/in de ochtend/);
  });

  it('pl: a phone number said in threes', async () => {
    const c = afterHours.app.conversation({ channelId: 'telephony', locale: 'pl-PL' });
    await c.start();
    await c.say('Chcę rozmawiać z pracownikiem');
    await c.say('tak');
    const when = await c.say(
      'plus czterdzieści osiem, sześćset jeden, dwieście trzydzieści cztery, pięćset sześćdziesiąt siedem',
    );
    expectPhoneReplies(when, 'pl');
    expect(spokenChoices(when)).toEqual(['Rano (8 do 12)', 'Po południu (12 do 17)']);
    expect(heard(await c.say('rano'))).toMatch(/rano/);
  });
});
