import { ActivityTypes, type ConversationState, type TurnContext, type UserState } from 'botbuilder';
import {
  DialogSet,
  DialogTurnStatus,
  type Dialog,
  type DialogStateManagerConfiguration,
} from 'botbuilder-dialogs';
import type { DialogDeps } from '../dialogs/dialogDeps';
import { MAIN_DIALOG } from '../dialogs/mainDialog';
import { rememberConversationIdentity } from '../dialogs/signinToken';
import { sayCapabilities } from '../dialogs/smallTalk';
import type { Logger } from '../domain/ports/logger';
import { toLocale } from '../domain/language/locale';
import { isMessagingChannel } from '../adapters/channels/channelKinds';
import { isSpeechTurn, say, setTurnLocale, turnLocale } from '../dialogs/turn';
import { registerDialogsComponentOnce } from './dialogsRegistrationOnce';
import { learnActivityReceivedMarker, skipActivityReceivedEvent } from './activityReceivedEvent';

/**
 * Where botbuilder-dialogs looks for the memory scopes and path resolvers of a turn before it builds
 * them (through its component registry, on every turn). They hold no per-turn data, so the bot builds
 * them once and hands them to every turn (test/unit/assistantBot.test.ts checks the key still works).
 */
export const DIALOG_STATE_CONFIGURATION_KEY = 'DialogStateManagerConfiguration';

interface StackState {
  dialogStack?: { id: string; state?: { dialogs?: StackState } }[];
}

/** The id of the innermost active dialog (components keep their own stack in their state). */
function innermostDialog(state: StackState | undefined): string | undefined {
  const top = state?.dialogStack?.at(-1);
  if (!top) return undefined;
  return innermostDialog(top.state?.dialogs) ?? top.id;
}

/**
 * The turn's behaviour: welcome new conversations with the AI disclosure, and run every message
 * through the dialog stack (continue the active dialog, else start the router). Activities are
 * dispatched by type here directly: the bot handles three kinds, and botbuilder's ActivityHandler
 * chain of generic handlers cost more per turn than the dispatch itself.
 */
export class AssistantBot {
  private readonly dialogs: DialogSet;
  private dialogStateConfiguration?: DialogStateManagerConfiguration;

  constructor(
    private readonly deps: DialogDeps,
    private readonly conversationState: ConversationState,
    private readonly userState: UserState,
    mainDialog: Dialog,
    private readonly logger?: Logger,
  ) {
    registerDialogsComponentOnce();
    this.dialogs = new DialogSet(conversationState.createProperty('dialogState'));
    this.dialogs.add(mainDialog);
  }

  /** Runs the turn and saves what changed; state is saved even when the dialogs sent nothing. */
  async run(context: TurnContext): Promise<void> {
    await rememberConversationIdentity(context, this.deps);
    switch (context.activity.type) {
      case ActivityTypes.ConversationUpdate:
        await this.onMembersAdded(context);
        break;
      case ActivityTypes.Message:
        await this.onMessage(context);
        break;
      // The chat page's language switch: the citizen's explicit choice, as if they had asked for it.
      case ActivityTypes.Event:
        if (context.activity.name === 'setLanguage') await this.setLanguage(context);
        break;
    }
    await this.conversationState.saveChanges(context, false);
    await this.userState.saveChanges(context, false);
  }

  private async onMembersAdded(context: TurnContext): Promise<void> {
    const added = context.activity.membersAdded ?? [];
    if (!added.some((m) => m.id !== context.activity.recipient?.id)) return;
    await this.welcome(context);
    // The welcome asks "Wilt u liever een medewerker spreken?": a bare "ja" as the first message means a
    // person. The spoken welcome asks "Waarmee kan ik helpen?" instead ("zeg medewerker…"): no offer to take.
    if (!isSpeechTurn(context)) (await this.deps.state.conversation.get(context, {})).personOffered = true;
  }

  private async onMessage(context: TurnContext): Promise<void> {
    const data = await this.deps.state.conversation.get(context, {});
    data.turns = (data.turns ?? 0) + 1;
    data.citizenId ??= context.activity.from?.id;
    // A conversation that starts with a message (SMS, phone) still hears the AI disclosure first.
    if (!data.welcomed) await this.welcome(context);
    await this.runDialogs(context);
    // The welcome counts: it asks how the assistant can help (a first "Guten Tag" on the phone needs nothing more).
    if (!context.responded) await this.answerSilentTurn(context);
  }

  /**
   * A message must never go unanswered: a citizen who hears nothing thinks the chat is broken or
   * types the same thing again. A dialog that ended the turn without a word is a defect; the citizen
   * still gets "please say it in other words" with the main choices, and the log says which dialog
   * was active (no message text) so it can be found.
   */
  private async answerSilentTurn(context: TurnContext): Promise<void> {
    const activeDialog = innermostDialog(
      this.conversationState.get(context)?.dialogState as StackState | undefined,
    );
    this.logger?.warn(
      { conversationId: context.activity.conversation?.id, activeDialog: activeDialog ?? null },
      'message turn ended without a reply',
    );
    this.deps.metrics?.fallback();
    await sayCapabilities(context, this.deps, 'common:fallback.notUnderstood');
  }

  private async setLanguage(context: TurnContext): Promise<void> {
    const wanted = toLocale(typeof context.activity.value === 'string' ? context.activity.value : undefined);
    if (!wanted) return;
    const profile = await this.deps.state.user.get(context, {});
    const data = await this.deps.state.conversation.get(context, {});
    profile.locale = wanted;
    data.locale = wanted;
    // As the router's own language change: a "thanks" right after it thanks for this, not a second time.
    data.lastIntent = 'change_language';
    setTurnLocale(context, wanted);
    await say(context, this.deps, { text: this.deps.localizer.t(wanted, 'common:language.changed') });
  }

  async runDialogs(context: TurnContext): Promise<void> {
    if (context.activity.type !== ActivityTypes.Message) return;
    if (this.dialogStateConfiguration)
      context.turnState.set(DIALOG_STATE_CONFIGURATION_KEY, this.dialogStateConfiguration);
    const dc = await this.dialogs.createContext(context);
    this.dialogStateConfiguration ??= dc.state.configuration;
    skipActivityReceivedEvent(context);
    const result = await dc.continueDialog();
    learnActivityReceivedMarker(context);
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(MAIN_DIALOG);
  }

  private async welcome(context: TurnContext): Promise<void> {
    const data = await this.deps.state.conversation.get(context, {});
    if (data.welcomed) return;
    data.welcomed = true;
    const locale = turnLocale(context);
    const t = (key: string): string => this.deps.localizer.t(locale, key);
    // On SMS and WhatsApp a short welcome: every line costs and arrives in pieces (the warning about
    // fake messages follows it once, channelTurnStep).
    const messaging = isMessagingChannel(context.activity.channelId);
    await say(context, this.deps, {
      text: t(messaging ? 'common:welcome.textMessaging' : 'common:welcome.text'),
      speech: t('common:welcome.speech'),
      choices: [
        { value: 'fine_status', title: t('common:choice.lookup') },
        { value: 'payment_arrangement', title: t('common:choice.arrangement') },
        { value: 'human_agent', title: t('common:choice.human') },
      ],
    });
  }
}
