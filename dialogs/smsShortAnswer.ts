/** Text-message channels: every character costs, and a long text arrives in pieces. */
const SMS_CHANNELS: ReadonlySet<string> = new Set(['sms', 'twilio-sms', 'infobip-sms']);
/** From this length an answer is sent short on SMS; the short part is its first paragraphs up to SMS_PART. */
const SMS_LONG = 600;
const SMS_PART = 420;

/**
 * On a text-message channel, the first paragraphs of a long answer (at least one); undefined elsewhere
 * or when the answer is short already. The FAQ dialog gives the whole answer on "meer".
 */
export function smsShort(channelId: string | undefined, text: string): string | undefined {
  if (!SMS_CHANNELS.has(channelId ?? '') || text.length <= SMS_LONG) return undefined;
  const paragraphs = text.split('\n\n');
  let short = paragraphs[0];
  for (const next of paragraphs.slice(1)) {
    if (short.length + next.length > SMS_PART) break;
    short = `${short}\n\n${next}`;
  }
  return short.length < text.length ? short : undefined;
}
