import { ConversationState, MemoryStorage, UserState, type TurnContext } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { ChannelReplyRenderer } from '../../adapters/channels/channelReplyRenderer';
import { MemoryFeedbackStore } from '../../adapters/storage/memoryFeedbackStore';
import { I18nLocalizer } from '../../bot/i18n';
import type { Locale } from '../../domain/language/locale';
import type { Recognition, Recognizer } from '../../domain/ports/recognizer';
import type { ConversationData, UserProfile } from '../../dialogs/conversationData';
import type { DialogDeps } from '../../dialogs/dialogDeps';
import { FaqDialog, type FaqOptions, type FaqResult } from '../../dialogs/faqDialog';
import { setTurnLocale } from '../../dialogs/turn';

/** A recognizer that only knows yes and no: the FAQ dialog must not depend on the trained model. */
const yesNoRecognizer: Recognizer = {
  async recognize(text: string): Promise<Recognition> {
    const yesNo = /^(ja|yes|jawel|ja hoor)\b/i.test(text)
      ? true
      : /^(nee|no|neen)\b/i.test(text)
        ? false
        : undefined;
    return { text, intent: 'none', score: 0, ranked: [], entities: yesNo === undefined ? {} : { yesNo } };
  },
};

const localizer = I18nLocalizer.create();
const NOW = new Date('2026-11-23T12:00:00Z');

function setup(options: { locale?: Locale; channelId?: string; feedback?: boolean } = {}) {
  const storage = new MemoryStorage();
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const feedback = new MemoryFeedbackStore();
  const deps: DialogDeps = {
    recognizer: yesNoRecognizer,
    localizer,
    renderer: new ChannelReplyRenderer(localizer),
    clock: { now: () => NOW },
    confidenceThreshold: 0.5,
    state: {
      conversation: conversationState.createProperty<ConversationData>('conversationData'),
      user: userState.createProperty<UserProfile>('userProfile'),
    },
    feedback: options.feedback === false ? undefined : feedback,
  };
  const locale = options.locale ?? 'nl';
  const client = (dialogOptions: FaqOptions) =>
    new DialogTestClient(
      options.channelId ?? 'test',
      new FaqDialog(deps),
      dialogOptions,
      [
        {
          async onTurn(context: TurnContext, next: () => Promise<void>) {
            setTurnLocale(context, locale);
            await next();
            await conversationState.saveChanges(context);
          },
        },
      ],
      conversationState,
    );
  return { client, feedback };
}

const titles = (activity: { suggestedActions?: { actions: { title?: string }[] } }) =>
  activity.suggestedActions?.actions.map((a) => a.title) ?? [];

describe('FaqDialog', () => {
  it('answers the topic with its link, then asks "did this help?" with the follow-ups as further choices', async () => {
    const { client } = setup();
    const answer = await client({ topicId: 'payment_deadline' }).sendActivity('start');
    expect(answer.text).toMatch(/8 weken/);
    expect(answer.text).toMatch(/\(https:\/\/www\.cjib\.nl\/en\/our-procedures-traffic-fines\)/);
    expect(answer.suggestedActions).toBeUndefined();
  });

  it('records a yes with the topic id, locale and channel, and thanks the citizen', async () => {
    const { client, feedback } = setup();
    const dialog = client({ topicId: 'payment_deadline' });
    await dialog.sendActivity('start');
    const question = dialog.getNextReply();
    expect(question.text).toBe('Heeft dit antwoord u geholpen?');
    expect(titles(question)).toEqual([
      'Ja',
      'Nee',
      'Mijn boete opzoeken',
      'Betalen in termijnen',
      'Wat als ik te laat betaal?',
    ]);
    const thanks = await dialog.sendActivity('Ja');
    expect(thanks.text).toBe('Dank u wel voor uw reactie.');
    expect(await feedback.countsByTopic()).toEqual([
      { topicId: 'payment_deadline', helpful: 1, notHelpful: 0 },
    ]);
    expect(dialog.dialogTurnResult.result).toEqual({});
  });

  it('records a no given by number or in words', async () => {
    const { client, feedback } = setup();
    const byNumber = client({ topicId: 'scam' });
    await byNumber.sendActivity('start');
    byNumber.getNextReply();
    expect((await byNumber.sendActivity('2')).text).toMatch(/Jammer/);
    // The no is answered with the offer of a person; declining it ends the dialog, with no goodbye as if helped.
    const declined = (await byNumber.sendActivity('nee')).text;
    expect(declined).toMatch(/telefoonnummers/);
    expect(declined).not.toMatch(/Fijn dat ik u kon helpen/);
    const inWords = client({ topicId: 'scam' });
    await inWords.sendActivity('start');
    inWords.getNextReply();
    await inWords.sendActivity('nee hoor');
    expect(await feedback.countsByTopic()).toEqual([{ topicId: 'scam', helpful: 0, notHelpful: 2 }]);
  });

  it('ends silently with { reroute: true } when the citizen types something else, and stores nothing', async () => {
    const { client, feedback } = setup();
    const dialog = client({ topicId: 'objection' });
    await dialog.sendActivity('start');
    dialog.getNextReply();
    const reply = await dialog.sendActivity('mijn auto is gestolen, wat moet ik doen?');
    expect(reply).toBeUndefined();
    expect(dialog.dialogTurnResult.result).toEqual({ reroute: true } satisfies FaqResult);
    expect(await feedback.countsByTopic()).toEqual([]);
  });

  it('answers a topic follow-up right away and asks again', async () => {
    const { client } = setup();
    const dialog = client({ topicId: 'payment_deadline' });
    await dialog.sendActivity('start');
    dialog.getNextReply();
    const next = await dialog.sendActivity('Wat als ik te laat betaal?');
    expect(next.text).toMatch(/1,5 keer/);
    expect(dialog.getNextReply().text).toBe('Heeft dit antwoord u geholpen?');
  });

  it('takes a short question it cannot place ("wat kost dat?") as a follow-up to the answer just given', async () => {
    const { client } = setup();
    const dialog = client({ topicId: 'payment_deadline' });
    await dialog.sendActivity('start');
    dialog.getNextReply();
    const next = await dialog.sendActivity('en wat kost dat?');
    expect(next.text).toMatch(/1,5 keer/);
    expect(dialog.getNextReply().text).toBe('Heeft dit antwoord u geholpen?');
  });

  it('hands a flow follow-up back to the router', async () => {
    const { client } = setup();
    const lookup = client({ topicId: 'payment_deadline' });
    await lookup.sendActivity('start');
    await lookup.sendActivity('Mijn boete opzoeken');
    expect(lookup.dialogTurnResult.result).toEqual({
      reroute: true,
      next: 'fine_status',
    } satisfies FaqResult);
    const person = client({ topicId: 'noodstop' });
    await person.sendActivity('start');
    await person.sendActivity('Een medewerker spreken');
    expect(person.dialogTurnResult.result).toEqual({ handoff: true } satisfies FaqResult);
  });

  it('asks one short clarifying question when two topics fit, and answers the one picked', async () => {
    const { client } = setup();
    const recognition: Recognition = {
      // (Not "..., ik reed niet zelf": not driving is the reason given, which owner liability answers.)
      text: 'Ik ben het niet eens met de boete, waar is de foto?',
      intent: 'objection',
      score: 0.9,
      ranked: [],
      entities: {},
    };
    const dialog = client({ recognition });
    const question = await dialog.sendActivity(recognition.text);
    expect(question.text).toMatch(/Waar gaat uw vraag over/);
    expect(titles(question)).toEqual(['Niet eens met de boete', 'De foto bekijken']);
    const answer = await dialog.sendActivity('De foto bekijken');
    expect(answer.text).toMatch(/Digitaal Loket/);
  });

  it("takes the router's selection as it is", async () => {
    const { client } = setup({ locale: 'en' });
    const recognition: Recognition = {
      text: 'took money from my account',
      intent: 'foreign',
      score: 0.4,
      ranked: [],
      entities: {},
    };
    const answer = await client({
      recognition,
      selection: { kind: 'topic', topicId: 'bank_debit' },
    }).sendActivity('x');
    expect(answer.text).toMatch(/EUR 500/);
  });

  it('answers in English with the English link', async () => {
    const { client } = setup({ locale: 'en' });
    const answer = await client({ topicId: 'instalments' }).sendActivity('start');
    expect(answer.text).toMatch(/at least EUR 75/);
    expect(answer.text).toMatch(/https:\/\/www\.cjib\.nl\/en\/id-pay-my-fine-instalments/);
  });

  it('without a feedback store answers with the follow-ups as choices and ends', async () => {
    const { client } = setup({ feedback: false });
    const dialog = client({ topicId: 'instalments' });
    const answer = await dialog.sendActivity('start');
    expect(titles(answer)).toContain('Betalingsregeling aanvragen');
    expect(dialog.getNextReply()).toBeUndefined();
  });

  // (By SMS no rating is asked after every answer; WhatsApp shows it as numbered text.)
  it('shows the choices as numbered text on WhatsApp and takes the number back', async () => {
    const { client, feedback } = setup({ channelId: 'whatsapp' });
    const dialog = client({ topicId: 'contact' });
    await dialog.sendActivity('start');
    expect(dialog.getNextReply().text).toMatch(/1\. Ja\n2\. Nee/);
    await dialog.sendActivity('1');
    expect(await feedback.countsByTopic()).toEqual([{ topicId: 'contact', helpful: 1, notHelpful: 0 }]);
  });
});
