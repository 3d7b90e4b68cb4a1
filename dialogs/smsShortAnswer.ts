/** Text-message channels: every character costs, and a long text arrives in pieces. */
const SMS_CHANNELS: ReadonlySet<string> = new Set(['sms', 'twilio-sms', 'infobip-sms']);
/** Whether the channel is a text-message channel (each message costs; no "did this help?" after answers). */
export function isSmsChannel(channelId: string | undefined): boolean {
  return SMS_CHANNELS.has(channelId ?? '');
}

/** Channels where "STOP" sent alone opts out of messages: text messages, and WhatsApp (its business rules ask for it too). */
const OPT_OUT_CHANNELS: ReadonlySet<string> = new Set([
  ...SMS_CHANNELS,
  'whatsapp',
  'twilio-whatsapp',
  'infobip-whatsapp',
]);
export function optsOutOnChannel(channelId: string | undefined): boolean {
  return OPT_OUT_CHANNELS.has(channelId ?? '');
}

/** From this length an answer is sent short on SMS; the short part is its first lines up to SMS_PART. */
const SMS_LONG = 600;
const SMS_PART = 480;
/** Words of a text meant for a caller, which a text message cannot use. */
const SPOKEN_TO_CALLER =
  /\b(zeg|spreekt|say|speaking|sagen|sprechen|powiedz\w*|rozmawia\w*|toets|press|drücken|naciśnij)\b/i;

/**
 * On a text-message channel, a long answer made short: the topic's short version (`core`), or its
 * first lines (at least one); undefined elsewhere or when the answer is short already. The FAQ dialog gives the whole answer on "meer".
 */
export function smsShort(
  channelId: string | undefined,
  text: string,
  core?: { answer: string; spoken?: string },
): string | undefined {
  if (!SMS_CHANNELS.has(channelId ?? '') || text.length <= SMS_LONG) return undefined;
  // The answer's short version (written for the phone) without its last sentence, which tells the
  // caller to say "meer": the core of the answer, as its authors chose it.
  if (core?.spoken && text.includes(core.answer)) {
    const sentences = core.spoken.split(/(?<=[.?!])\s+/);
    if (/["„“]/.test(sentences[sentences.length - 1] ?? '')) sentences.pop();
    const shorter = text.replace(core.answer, sentences.join(' '));
    // (Not one that talks to a caller: "u spreekt nu met…", "zeg 'medewerker'".)
    if (shorter.length <= SMS_LONG && !SPOKEN_TO_CALLER.test(shorter)) return shorter;
  }
  // Whole lines (a paragraph, or one point of a list), as many as fit; at least the first.
  const lines = text.split('\n');
  let short = lines[0];
  for (const next of lines.slice(1)) {
    if (short.length + next.length + 1 > SMS_PART) break;
    short = `${short}\n${next}`;
  }
  short = short.trimEnd();
  return short.length < text.length ? short : undefined;
}
