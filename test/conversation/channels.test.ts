/**
 * One dialog layer, rendered per channel, through POST /api/messages: the same step as a card
 * (webchat), numbered text (sms) and SSML speech (telephony); "2" on a plain channel picks the
 * second choice; DTMF and spoken digits on the phone; the warning about fake messages on
 * messaging channels; the chat page's language switch.
 */
import { ConversationState, MemoryStorage, TestAdapter, type Activity, type TurnContext } from 'botbuilder';
import { ChannelTurnStep } from '../../bot/channelTurnStep';
import { I18nLocalizer } from '../../bot/i18n';
import { startTestMongo, type TestMongo } from '../support/mongo';
import { ChannelReplyRenderer } from '../../adapters/channels/channelReplyRenderer';
import { startTestApp, textOf, type TestApp } from '../support/testApp';

const CJIB_NUMBER = '9698948614580658';
const SSML_NL =
  /^<speak version="1\.0" xmlns="http:\/\/www\.w3\.org\/2001\/10\/synthesis" xml:lang="nl-NL"><voice name="nl-NL-FennaNeural">.*<\/voice><\/speak>$/s;

function messages(replies: Partial<Activity>[]): Partial<Activity>[] {
  return replies.filter((a) => a.type === 'message');
}

describe('channels', () => {
  let mongo: TestMongo;
  let app: TestApp;

  beforeAll(async () => {
    mongo = await startTestMongo();
    app = await startTestApp({ MONGODB_URI: mongo.uri, MONGODB_DB: `channels_${Date.now()}` });
  });
  afterAll(async () => {
    await app?.close();
    await mongo?.stop();
  });

  /** Runs the D01 lookup on a channel and returns the replies to the postcode (the result step). */
  async function lookup(
    channelId: string,
    answers: { number: string; postcode: string } = { number: CJIB_NUMBER, postcode: '8911 AB' },
  ) {
    const conversation = app.conversation({ channelId });
    await conversation.start();
    await conversation.say('Ik wil mijn boete opzoeken');
    await conversation.say(answers.number);
    return messages(await conversation.say(answers.postcode));
  }

  describe('the same dialog step on three channels', () => {
    it('welcome: suggested actions on webchat, numbered text on sms, SSML on the phone', async () => {
      const [web] = messages(await app.conversation({ channelId: 'webchat' }).start());
      expect(web.suggestedActions?.actions.map((a) => a.title)).toEqual([
        'Mijn boete opzoeken',
        'Betalingsregeling',
        'Medewerker spreken',
      ]);
      expect(web.speak).toBeUndefined();

      const [sms] = messages(await app.conversation({ channelId: 'sms' }).start());
      expect(sms.suggestedActions).toBeUndefined();
      expect(sms.attachments).toBeUndefined();
      expect(sms.text).toMatch(/1\. Mijn boete opzoeken\n2\. Betalingsregeling\n3\. Medewerker spreken/);

      const [phone] = messages(await app.conversation({ channelId: 'telephony' }).start());
      expect(phone.suggestedActions).toBeUndefined();
      expect(phone.speak).toMatch(SSML_NL);
      expect(phone.speak).toContain('<s>1: Mijn boete opzoeken.</s>');
      expect(phone.inputHint).toBe('expectingInput');
    });

    it('lookup result: an Adaptive Card on webchat, text on sms, spoken amounts on the phone', async () => {
      const web = await lookup('webchat');
      const card = web
        .flatMap((a) => a.attachments ?? [])
        .find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
      expect(JSON.stringify(card?.content)).toContain('€ 129,00');

      const sms = await lookup('sms');
      expect(sms.flatMap((a) => a.attachments ?? [])).toEqual([]);
      expect(textOf(sms)).toContain('€ 129,00');
      expect(textOf(sms)).toMatch(/\n1\. .+\n2\. /);

      const phone = await lookup('telephony');
      expect(phone.flatMap((a) => a.attachments ?? [])).toEqual([]);
      for (const activity of phone) {
        expect(activity.speak).toMatch(SSML_NL);
        expect(activity.inputHint).toMatch(/^(acceptingInput|expectingInput)$/);
      }
      const spoken = phone.map((a) => a.speak).join(' ');
      expect(spoken).toContain('129 euro');
      expect(spoken).not.toMatch(/€|\d{4}-\d{2}-\d{2}/);
    });
  });

  it('on SMS, "2" picks the second offered choice, just as its words do', async () => {
    const byNumber = app.conversation({ channelId: 'sms' });
    await byNumber.start();
    const viaNumber = textOf(messages(await byNumber.say('2')));
    const byWords = app.conversation({ channelId: 'sms' });
    await byWords.start();
    const viaWords = textOf(messages(await byWords.say('Betalingsregeling')));
    expect(viaNumber).toBe(viaWords);
    expect(viaNumber).not.toMatch(/begrijp|weet niet zeker/i);
    const ordinal = app.conversation({ channelId: 'whatsapp' });
    await ordinal.start();
    expect(textOf(messages(await ordinal.say('de tweede')))).toBe(
      viaWords.replace(/\n\nLet op: het CJIB .*$/s, ''),
    );
  });

  describe('numbers on the phone', () => {
    it('accepts the CJIB number as DTMF text and as a DTMF event, and the postcode spoken', async () => {
      const keyed = await lookup('telephony', {
        number: CJIB_NUMBER.split('').join(' ') + ' #',
        postcode: 'acht negen een een a b',
      });
      expect(keyed.map((a) => a.speak).join(' ')).toContain('129 euro');

      const conversation = app.conversation({ channelId: 'telephony' });
      await conversation.start();
      await conversation.say('Ik wil mijn boete opzoeken');
      const afterTones = textOf(
        await conversation.post({ type: 'event', name: 'dtmf', value: { digits: `${CJIB_NUMBER}#` } }),
      );
      expect(afterTones).toMatch(/postcode/i);
    });

    it('accepts spoken digits and a keyed choice', async () => {
      const spoken = await lookup('telephony', {
        number: 'negen zes negen acht negen vier acht zes een vier vijf acht nul zes vijf acht',
        postcode: '8 9 1 1 A B',
      });
      expect(spoken.map((a) => a.speak).join(' ')).toContain('129 euro');
      const conversation = app.conversation({ channelId: 'telephony' });
      await conversation.start();
      const viaKey = textOf(await conversation.post({ type: 'event', name: 'dtmf', value: '1' }));
      expect(viaKey).toMatch(/CJIB-nummer/);
    });
  });

  describe('asking to hear it again on the phone', () => {
    it('"wat zei u?" says the last question again, and the answer to it still counts', async () => {
      const conversation = app.conversation({ channelId: 'telephony' });
      await conversation.start();
      const asked = await conversation.say('Ik wil mijn boete opzoeken');
      const again = await conversation.say('wat zei u?');
      expect(textOf(again)).toMatch(/^Ik herhaal het\./);
      expect(textOf(again)).toContain(textOf(asked).split('\n')[0]);
      const speak = again.map((a) => a.speak).join(' ');
      expect(speak).toMatch(/<s>Ik herhaal het\.<\/s>/);
      expect(again[again.length - 1].inputHint).toBe('expectingInput');
      // the dialog still waits for the number, and a second "again" does not stack the intro
      expect(textOf(await conversation.say('kunt u dat herhalen alstublieft'))).not.toMatch(
        /herhaal het\.\s+Ik herhaal/,
      );
      expect(textOf(await conversation.say(CJIB_NUMBER))).toMatch(/postcode/i);
    });

    it('in English on the phone; in web chat the same words go to the dialogs', async () => {
      const phone = app.conversation({ channelId: 'telephony', locale: 'en-GB' });
      await phone.start();
      await phone.say('I want to look up my fine');
      expect(textOf(await phone.say('sorry, can you repeat that?'))).toMatch(/^I will say that again\./);

      const chat = app.conversation({ channelId: 'webchat' });
      await chat.start();
      await chat.say('Ik wil mijn boete opzoeken');
      expect(textOf(await chat.say('wat zei u?'))).not.toMatch(/Ik herhaal het/);
    });
  });

  describe('messaging channels', () => {
    it('warn once about fake CJIB messages, pointing to the scam answer', async () => {
      const conversation = app.conversation({ channelId: 'whatsapp' });
      const first = textOf(messages(await conversation.say('hallo')));
      expect(first).toMatch(/geen mens/);
      expect(first).toMatch(
        /Let op: het CJIB stuurt u nooit uit zichzelf een boete, aanmaning of betaalverzoek via sms of WhatsApp/,
      );
      expect(first).toContain('Is dit bericht echt?');
      const second = textOf(messages(await conversation.say('bedankt')));
      expect(second).not.toMatch(/Let op: het CJIB/);
      const scam = textOf(messages(await conversation.say('Is dit bericht echt?')));
      expect(scam).toMatch(/nep/i);
    });

    it('do not warn on web chat', async () => {
      const conversation = app.conversation({ channelId: 'webchat' });
      expect(textOf(messages(await conversation.say('hallo')))).not.toMatch(/Let op: het CJIB/);
    });
  });

  it('sets the language when the chat page sends setLanguage', async () => {
    const conversation = app.conversation({ channelId: 'webchat' });
    await conversation.start();
    const changed = textOf(await conversation.post({ type: 'event', name: 'setLanguage', value: 'de' }));
    expect(changed).toMatch(/Ich fahre auf Deutsch fort/);
    // The citizen's choice wins over what the channel says.
    expect(textOf(await conversation.say('hallo'))).toMatch(/Guten Tag|Hallo|Wie kann ich/);
    const ignored = await conversation.post({ type: 'event', name: 'setLanguage', value: 'xx' });
    expect(messages(ignored)).toEqual([]);
  });
});

describe('the channel step on its own: payment links and the phone safety net', () => {
  const localizer = I18nLocalizer.create();

  /** A turn through the channel step whose bot always answers `answer` (bypassing the renderer). */
  async function turn(channelId: string, text: string, answer: string): Promise<Partial<Activity>[]> {
    const state = new ConversationState(new MemoryStorage());
    const step = new ChannelTurnStep(state, localizer, new ChannelReplyRenderer(localizer), 'nl');
    const sent: Partial<Activity>[] = [];
    const adapter = new TestAdapter(async (context: TurnContext) => {
      await step.beforeTurn(context);
      await context.sendActivity(answer);
      await state.saveChanges(context);
    });
    await adapter.send({ type: 'message', text, channelId });
    for (let a = adapter.activeQueue.shift(); a; a = adapter.activeQueue.shift()) sent.push(a);
    return sent;
  }

  it('never pushes a payment link on a messaging channel unless the citizen asked for one', async () => {
    const pushed = await turn('sms', 'hoe betaal ik', 'Betaal hier: https://www.cjib.nl/betalen');
    expect(pushed[0].text).not.toContain('https://www.cjib.nl/betalen');
    expect(pushed[0].text).toContain('betaal alleen via cjib.nl');
    const asked = await turn('sms', 'stuur mij de betaallink', 'Betaal hier: https://www.cjib.nl/betalen');
    expect(asked[0].text).toContain('https://www.cjib.nl/betalen');
    const web = await turn('webchat', 'hoe betaal ik', 'Betaal hier: https://www.cjib.nl/betalen');
    expect(web[0].text).toBe('Betaal hier: https://www.cjib.nl/betalen');
  });

  it('gives every message on the phone SSML and an input hint, even when a dialog sent plain text', async () => {
    const [reply] = await turn('telephony', 'hallo', 'U moet nog € 12,50 betalen.');
    expect(reply.speak).toMatch(SSML_NL);
    expect(reply.speak).toContain('12 euro en 50 cent');
    expect(reply.inputHint).toBe('acceptingInput');
  });
});
