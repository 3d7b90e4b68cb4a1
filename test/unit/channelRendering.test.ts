import { channelKind, isMessagingChannel } from '../../adapters/channels/channelKinds';
import { ChannelReplyRenderer } from '../../adapters/channels/channelReplyRenderer';
import { offeredChoicesOf } from '../../adapters/channels/offeredChoices';
import { askedForLink, isPaymentUrl, withoutPaymentLinks } from '../../adapters/channels/paymentLinks';
import { parseAmountCents, sentences, speakableText } from '../../adapters/channels/speakable';
import { collapseDigitRuns, dtmfFromEvent, normalizeSpokenInput } from '../../adapters/channels/spokenInput';
import { pickOfferedChoice } from '../../bot/channelTurnStep';
import { I18nLocalizer } from '../../bot/i18n';
import type { Reply } from '../../domain/ports/replyRenderer';

const localizer = I18nLocalizer.create();
const renderer = new ChannelReplyRenderer(localizer);

/** One dialog step: a lookup result with a card and follow-up choices. */
const step: Reply = {
  text: 'Dit is wat ik vond.',
  card: {
    title: 'Verkeersboete',
    sections: [
      {
        facts: [
          { label: 'Openstaand bedrag', value: '€ 129,00' },
          { label: 'Betalen vóór', value: '2026-12-15' },
        ],
      },
    ],
    link: { title: 'Meer over betalen', url: 'https://www.cjib.nl/betalen' },
  },
  choices: [
    { value: 'pay', title: 'Hoe betaal ik' },
    { value: 'arrangement', title: 'Betalingsregeling' },
  ],
  expectsInput: true,
};

describe('channel rendering of one dialog step', () => {
  it('web chat: an Adaptive Card and suggested actions', () => {
    const activity = renderer.render(step, { channelId: 'webchat', locale: 'nl', speech: false });
    expect(activity.attachments?.[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(activity.attachments?.[0].content)).toContain('€ 129,00');
    expect(activity.suggestedActions?.actions.map((a) => a.title)).toEqual([
      'Hoe betaal ik',
      'Betalingsregeling',
    ]);
    expect(activity.speak).toBeUndefined();
    expect(offeredChoicesOf(activity)?.map((c) => c.value)).toEqual(['pay', 'arrangement']);
  });

  it('SMS: numbered plain text with the card as text, no card, no buttons', () => {
    const activity = renderer.render(step, { channelId: 'sms', locale: 'nl', speech: false });
    expect(activity.attachments).toBeUndefined();
    expect(activity.suggestedActions).toBeUndefined();
    expect(activity.textFormat).toBe('plain');
    expect(activity.text).toContain('Openstaand bedrag: € 129,00');
    expect(activity.text).toMatch(
      /Antwoord met het nummer van uw keuze:\n1\. Hoe betaal ik\n2\. Betalingsregeling$/,
    );
    expect(offeredChoicesOf(activity)).toHaveLength(2);
    // The choices marker is never serialised to a channel.
    expect(JSON.stringify(activity)).not.toContain('offeredChoices');
  });

  it('the phone: SSML with the Dutch voice, the card spoken, amounts and dates as a voice reads them', () => {
    const activity = renderer.render(step, { channelId: 'telephony', locale: 'nl', speech: true });
    expect(activity.attachments).toBeUndefined();
    expect(activity.suggestedActions).toBeUndefined();
    expect(activity.inputHint).toBe('expectingInput');
    expect(activity.speak).toMatch(
      /^<speak version="1.0" xmlns="http:\/\/www.w3.org\/2001\/10\/synthesis" xml:lang="nl-NL"><voice name="nl-NL-FennaNeural">/,
    );
    expect(activity.speak).toContain('<s>Openstaand bedrag: 129 euro.</s>');
    expect(activity.speak).toContain('dinsdag 15 december 2026');
    expect(activity.speak).toContain('<s>1: Hoe betaal ik.</s><s>2: Betalingsregeling.</s>');
    // No web address read aloud: whose website it is.
    expect(activity.speak).toContain('Meer informatie vindt u op de website van het CJIB.');
    const inner = activity.speak!.replace(/^<speak[^>]*><voice[^>]*>/, '');
    expect(inner).not.toMatch(/€|https?:|\*\*|\d{4}-\d{2}-\d{2}/);
    // Short sentences: every sentence its own <s>, none longer than 30 words.
    const spoken = [...activity.speak!.matchAll(/<s>(.*?)<\/s>/g)].map((m) => m[1]);
    expect(spoken.length).toBeGreaterThan(5);
    expect(Math.max(...spoken.map((s) => s.split(' ').length))).toBeLessThanOrEqual(30);
  });

  it('the phone in English uses the English voice and words', () => {
    const activity = renderer.render(
      { text: 'You owe €1,234.50.' },
      { channelId: 'telephony', locale: 'en', speech: true },
    );
    expect(activity.speak).toContain('xml:lang="en-GB"');
    expect(activity.speak).toContain('You owe 1234 euros and 50 cents.');
    expect(activity.inputHint).toBe('acceptingInput');
  });

  it('reads choice titles the way it reads the text (times, amounts)', () => {
    const activity = renderer.render(
      {
        text: 'Wanneer wilt u gebeld worden?',
        choices: [
          { value: 'morning', title: "'s Ochtends (8.00-12.00 uur)" },
          { value: 'afternoon', title: "'s Middags (12.00-17.00 uur)" },
        ],
      },
      { channelId: 'telephony', locale: 'nl', speech: true },
    );
    expect(activity.speak).toContain('<s>1: &apos;s Ochtends (8 tot 12 uur).</s>');
    expect(activity.speak).toContain('<s>2: &apos;s Middags (12 tot 17 uur).</s>');
  });

  it('escapes text in SSML', () => {
    const activity = renderer.render(
      { text: 'A & B <c>' },
      { channelId: 'telephony', locale: 'nl', speech: true },
    );
    expect(activity.speak).toContain('A &amp; B &lt;c&gt;');
  });
});

describe('speakable text', () => {
  const texts = { endingIn: 'eindigend op {{digits}}' };
  it.each([
    ['€ 129,00', 'nl', '129 euro'],
    ['€ 1.234,56', 'nl', '1234 euro en 56 cent'],
    ['1.234,56 €', 'de', '1234 Euro und 56 Cent'],
    ['1 234,56 €', 'pl', '1234 euro i 56 centów'],
    ['EUR 12,50', 'nl', '12 euro en 50 cent'],
    ['129,00 euro', 'nl', '129 euro'],
    ['€ 250.000,00', 'nl', '250000 euro'],
  ] as const)('%s (%s) → %s', (written, locale, spoken) => {
    expect(speakableText(written, locale, texts)).toBe(spoken);
  });

  it('reads dates, long numbers and masked numbers for a voice', () => {
    expect(speakableText('Uiterlijk 15-12-2026.', 'nl', texts)).toBe('Uiterlijk dinsdag 15 december 2026.');
    expect(speakableText('Nummer 9698948614580658', 'nl', texts)).toBe(
      'Nummer 9 6 9 8, 9 4 8 6, 1 4 5 8, 0 6 5 8',
    );
    expect(speakableText('Boete ••••••••••••0658', 'nl', texts)).toBe('Boete eindigend op 0 6 5 8');
    expect(
      speakableText('Zie [de website](https://www.cjib.nl/x) of https://www.cjib.nl/y', 'nl', texts),
    ).toBe('Zie de website of cjib.nl');
  });

  it('keeps the full stop after a link, so the next sentence is not run into the site', () => {
    expect(speakableText('Zie https://www.cjib.nl/betalen?x=1. 14 km/u te hard.', 'nl', texts)).toBe(
      'Zie cjib.nl. 14 km/u te hard.',
    );
    expect(sentences(speakableText('Kijk op https://www.cjib.nl/. Bel dan.', 'nl', texts))).toEqual([
      'Kijk op cjib.nl.',
      'Bel dan.',
    ]);
  });

  it('does not cut a sentence after a German or Polish ordinal date or an abbreviation', () => {
    const de = speakableText('Zahlungstermin: 2026-05-27. Die 1. Rate am 1. Januar 2027.', 'de', texts);
    expect(sentences(de)).toEqual([
      'Zahlungstermin: Mittwoch, 27. Mai 2026.',
      'Die 1. Rate am 1. Januar 2027.',
    ]);
    expect(sentences('Z. B. 3 Monate, ca. 2 Wochen. Nr. 5 bitte.')).toEqual([
      'Z. B. 3 Monate, ca. 2 Wochen.',
      'Nr. 5 bitte.',
    ]);
    expect(sentences('Bijv. 3 maanden. E.g. 3 months. Np. 3 miesiące.')).toEqual([
      'Bijv. 3 maanden.',
      'E.g. 3 months.',
      'Np. 3 miesiące.',
    ]);
    expect(sentences('Das ist so geregelt. 1. Mahnung: das 1,5-Fache.\n- 2. Mahnung: das 3-Fache.')).toEqual([
      'Das ist so geregelt.',
      '1. Mahnung: das 1,5-Fache.',
      '2. Mahnung: das 3-Fache.',
    ]);
    // "u" is a word in Dutch, not an initial.
    expect(sentences('Dank u. Een medewerker belt u. Tot ziens.')).toEqual([
      'Dank u.',
      'Een medewerker belt u.',
      'Tot ziens.',
    ]);
    // A number or a site at a sentence end still ends it.
    expect(sentences('Sie sind Nummer 1. Ich sage Bescheid. Mehr auf cjib.nl. Danke.')).toEqual([
      'Sie sind Nummer 1.',
      'Ich sage Bescheid.',
      'Mehr auf cjib.nl.',
      'Danke.',
    ]);
  });

  it('reads phone and reference numbers in the groups a listener checks them by', () => {
    expect(speakableText('We bellen +48601234567.', 'pl', texts)).toBe('We bellen plus 4 8, 6 0 1, 2 3 4, 5 6 7.');
    expect(speakableText('Via 0612345678.', 'nl', texts)).toBe('Via 0 6, 1 2 3 4, 5 6 7 8.');
    expect(speakableText('Via 06 1234 5678.', 'nl', texts)).toBe('Via 0 6, 1 2 3 4, 5 6 7 8.');
    expect(speakableText('Referentie BR-2026-8181-2073.', 'nl', texts)).toBe(
      'Referentie BR, 2026, 8 1 8 1, 2 0 7 3.',
    );
    expect(speakableText('Toets 9 6 9 8 9 4 8 6', 'nl', texts)).toBe('Toets 9 6 9 8, 9 4 8 6');
  });

  it('drops emoji and ends list items that end in ";" with a full stop', () => {
    expect(speakableText('Gelukt 👍 ✅', 'nl', texts).trim()).toBe('Gelukt');
    expect(sentences('Stuur bewijs:\n- uw inkomen;\n- uw afschriften;\n- uw vaste lasten.')).toEqual([
      'Stuur bewijs:',
      'uw inkomen.',
      'uw afschriften.',
      'uw vaste lasten.',
    ]);
  });

  it('reads times of day as a voice says them', () => {
    const nl = { ...texts, until: 'tot' };
    expect(speakableText("'s Ochtends (8.00-12.00 uur).", 'nl', nl)).toBe("'s Ochtends (8 tot 12 uur).");
    expect(speakableText('Maandag tot en met vrijdag, 10.00 tot 16.00 uur.', 'nl', nl)).toBe(
      'Maandag tot en met vrijdag, 10 tot 16 uur.',
    );
    expect(speakableText('Om 8.30 uur.', 'nl', nl)).toBe('Om 8:30 uur.');
    expect(speakableText('Rano (8:00-12:00).', 'pl', { ...texts, until: 'do' })).toBe('Rano (8 do 12).');
    expect(speakableText('10:00 bis 16:00 Uhr', 'de', { ...texts, until: 'bis' })).toBe('10 bis 16 Uhr');
    expect(speakableText('In the morning (8:00-12:00).', 'en', { ...texts, until: 'to' })).toBe(
      'In the morning (8:00 to 12:00).',
    );
    // Not a time: amounts and thousands stay what they are.
    expect(speakableText('Postbus 50.000, 3500 MJ Utrecht', 'nl', nl)).toBe(
      'Postbus 50.000, 3500 MJ Utrecht',
    );
  });

  it('reads a slash between two words and a Polish gender ending as words', () => {
    const pl = { ...texts, or: 'lub' };
    expect(speakableText('Czy chce Pan/Pani zapłacić? Złożył(a) Pan/Pani wniosek.', 'pl', pl)).toBe(
      'Czy chce Pan lub Pani zapłacić? Złożył lub złożyła Pan lub Pani wniosek.',
    );
    // Not a path, a site or a unit.
    expect(speakableText('Zie cjib.nl/telefoonnummers, 14 km/u, en/of.', 'nl', { ...texts, or: 'of' })).toBe(
      'Zie cjib.nl/telefoonnummers, 14 km/u, en/of.',
    );
  });

  it('parses amounts in every notation', () => {
    expect(parseAmountCents('1,234.56')).toBe(123456);
    expect(parseAmountCents('129')).toBe(12900);
    expect(parseAmountCents('-5,00')).toBe(-500);
  });

  it('cuts text into short sentences', () => {
    expect(sentences('Eerste zin. Tweede zin!\n- een punt\n- nog een')).toEqual([
      'Eerste zin.',
      'Tweede zin!',
      'een punt.',
      'nog een.',
    ]);
  });
});

describe('numbers on the phone', () => {
  it('collapses key presses and spoken digits into numbers', () => {
    expect(normalizeSpokenInput('9 6 9 8 9 4 8 6 1 4 5 8 0 6 5 8#')).toBe('9698948614580658');
    expect(
      normalizeSpokenInput('negen zes negen acht negen vier acht zes een vier vijf acht nul zes vijf acht'),
    ).toBe('9698948614580658');
    expect(normalizeSpokenInput('mijn postcode is acht negen een een a b')).toBe('mijn postcode is 8911 a b');
    expect(collapseDigitRuns('negen zes dubbel acht')).toBe('9688');
    expect(normalizeSpokenInput('ik heb een boete van twee maanden')).toBe(
      'ik heb een boete van twee maanden',
    );
    expect(normalizeSpokenInput('2')).toBe('2');
  });

  it('reads DTMF events', () => {
    expect(dtmfFromEvent({ type: 'event', name: 'dtmf', value: '9698#' })).toBe('9698');
    expect(dtmfFromEvent({ type: 'event', name: 'DTMF', value: { digits: '2' } })).toBe('2');
    expect(dtmfFromEvent({ type: 'event', name: 'tone', value: { tone: 5 } })).toBe('5');
    expect(dtmfFromEvent({ type: 'event', name: 'setLanguage', value: 'en' })).toBeUndefined();
    expect(dtmfFromEvent({ type: 'event', name: 'dtmf', value: 'rm -rf' })).toBeUndefined();
  });
});

describe('choices answered by number', () => {
  const titles = ['Mijn boete opzoeken', 'Betalingsregeling', 'Medewerker spreken'];
  it.each([
    ['2', 'Betalingsregeling'],
    ['twee', 'Betalingsregeling'],
    ['de tweede', 'Betalingsregeling'],
    ['optie 3', 'Medewerker spreken'],
    ['1.', 'Mijn boete opzoeken'],
    ['the last one', 'Medewerker spreken'],
  ])('"%s" → %s', (text, title) => {
    expect(pickOfferedChoice(text, titles)).toBe(title);
  });

  it('leaves everything else alone', () => {
    expect(pickOfferedChoice('4', titles)).toBeUndefined();
    expect(pickOfferedChoice('ik wil een betalingsregeling', titles)).toBeUndefined();
    expect(pickOfferedChoice('9698948614580658', titles)).toBeUndefined();
    expect(pickOfferedChoice('2', ['3 maanden', '6 maanden', '12 maanden'])).toBeUndefined();
  });
});

describe('payment links on messaging channels', () => {
  it('knows the messaging apps by the ids their connectors use', () => {
    for (const id of [
      'sms',
      'SMS',
      'whatsapp',
      'telegram',
      'twilio-whatsapp',
      'infobip-whatsapp',
      'viber',
      'messenger',
    ])
      expect(isMessagingChannel(id)).toBe(true);
    for (const id of ['webchat', 'telephony', 'msteams', undefined])
      expect(isMessagingChannel(id)).toBe(false);
    expect(channelKind('twilio-whatsapp')).toBe('plain');
    expect(channelKind('webchat', true)).toBe('speech');
  });

  it('tells payment links from information pages', () => {
    expect(isPaymentUrl('https://www.cjib.nl/betalen')).toBe(true);
    expect(isPaymentUrl('https://betaalverzoek.rabobank.nl/betaalverzoek/?id=x')).toBe(true);
    expect(isPaymentUrl('https://pay.example.com/x')).toBe(true);
    expect(isPaymentUrl('https://cjib.nl/betalen-delen-aanvragen')).toBe(false);
    expect(isPaymentUrl('https://www.cjib.nl/en/id-pay-my-fine-instalments')).toBe(false);
  });

  it('replaces payment links only', () => {
    const text = 'Betaal via https://www.cjib.nl/betalen. Info: https://cjib.nl/betalen-delen-aanvragen';
    expect(withoutPaymentLinks(text, 'cjib.nl')).toBe(
      'Betaal via cjib.nl. Info: https://cjib.nl/betalen-delen-aanvragen',
    );
    expect(askedForLink('stuur mij de betaallink')).toBe(true);
    expect(askedForLink('hoe betaal ik')).toBe(false);
  });
});

describe("a dialog's own speech on the phone", () => {
  it('is the spoken form of the whole reply: the card is not read out twice', () => {
    const activity = renderer.render(
      { ...step, speech: 'U moet nog € 129,00 betalen.' },
      { channelId: 'telephony', locale: 'nl', speech: true },
    );
    expect(activity.speak).toContain('<s>U moet nog 129 euro betalen.</s>');
    expect(activity.speak).not.toContain('Openstaand bedrag');
    expect(activity.speak).toContain('<s>2: Betalingsregeling.</s>');
  });
});
