import { TestAdapter, type Activity } from 'botbuilder';
import { ComponentDialog, WaterfallDialog } from 'botbuilder-dialogs';
import { AssistantBot } from '../../bot/assistantBot';
import { MAIN_DIALOG } from '../../dialogs/mainDialog';
import { setTurnLocale } from '../../dialogs/turn';
import type { Logger } from '../../domain/ports/logger';
import { dialogHarness } from '../support/dialogHarness';

/** A main dialog that handles a message without a word (the kind of defect the bot must cover), or answers it. */
class Main extends ComponentDialog {
  constructor(answers: boolean) {
    super(MAIN_DIALOG);
    this.addDialog(
      new WaterfallDialog('main.steps', [
        async (step) => {
          if (answers) await step.context.sendActivity('An answer.');
          return step.endDialog();
        },
      ]),
    );
  }
}

function recordingLogger(): Logger & { warnings: { fields: object; message: string }[] } {
  const warnings: { fields: object; message: string }[] = [];
  const noop = (): void => undefined;
  return {
    warnings,
    warn: (fields: object, message: string) => warnings.push({ fields, message }),
    info: noop,
    debug: noop,
    error: noop,
  } as unknown as Logger & { warnings: { fields: object; message: string }[] };
}

/** The assistant bot around `main`, in English, with a logger that keeps its warnings. */
async function englishBot(main: Main) {
  const harness = await dialogHarness();
  const logger = recordingLogger();
  const bot = new AssistantBot(harness.deps, harness.conversationState, harness.userState, main, logger);
  const adapter = new TestAdapter(async (context) => {
    setTurnLocale(context, 'en');
    await bot.run(context);
  });
  return { adapter, logger };
}

/** The chat opening: the welcome comes first. */
const opening = {
  type: 'conversationUpdate',
  membersAdded: [{ id: 'user' }],
  recipient: { id: 'bot' },
} as Partial<Activity>;

describe('a message turn the dialogs leave unanswered', () => {
  it('still gets a kind reply with the main choices, and the log names the dialog, not the message', async () => {
    const { adapter, logger } = await englishBot(new Main(false));
    const message = 'my number is 9698948614580658';
    await adapter
      .send(opening)
      .assertReply((reply) => expect(reply.text).toMatch(/digital assistant/))
      .send(message)
      .assertReply((reply) => {
        expect(reply.text).toBe(
          'Sorry, I do not quite understand your question. Could you put it differently?',
        );
        expect(reply.suggestedActions?.actions.map((a) => a.title)).toEqual([
          'Look up my fine',
          'Payment arrangement',
          'Talk to a person',
        ]);
      });
    expect(logger.warnings).toHaveLength(1);
    expect(logger.warnings[0].message).toBe('message turn ended without a reply');
    expect(JSON.stringify(logger.warnings[0])).not.toContain('9698948614580658');
  });

  it('the welcome before a first message (SMS, phone) is its answer: it asks how the assistant can help', async () => {
    const { adapter, logger } = await englishBot(new Main(false));
    await adapter
      .send('hello')
      .assertReply((reply) => expect(reply.text).toMatch(/digital assistant/))
      .startTest();
    expect(adapter.activeQueue).toHaveLength(0);
    expect(logger.warnings).toHaveLength(0);
  });

  it('a turn the dialogs answered gets nothing extra', async () => {
    const { adapter, logger } = await englishBot(new Main(true));
    await adapter
      .send(opening)
      .assertReply((reply) => expect(reply.text).toMatch(/digital assistant/))
      .send('hello')
      .assertReply('An answer.')
      .startTest();
    expect(adapter.activeQueue).toHaveLength(0);
    expect(logger.warnings).toHaveLength(0);
  });
});
