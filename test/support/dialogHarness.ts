import { ConversationState, MemoryStorage, UserState, type Middleware, type TurnContext } from 'botbuilder';
import type { Dialog } from 'botbuilder-dialogs';
import { DialogTestClient } from 'botbuilder-testing';
import { ChannelReplyRenderer } from '../../adapters/channels/channelReplyRenderer';
import { I18nLocalizer } from '../../bot/i18n';
import { INTENT_CONFIDENCE_THRESHOLD } from '../../domain/language/confidence';
import type { Locale } from '../../domain/language/locale';
import type { Clock } from '../../domain/ports/clock';
import type { ConversationData, UserProfile } from '../../dialogs/conversationData';
import type { DialogDeps } from '../../dialogs/dialogDeps';
import { setTurnLocale } from '../../dialogs/turn';
import { localRecognizer } from './nluModel';

/** The demo data's reference date: the day the demo fixtures describe. */
export const DEMO_NOW = new Date('2026-11-22T10:00:00+01:00');

export interface DialogHarness {
  deps: DialogDeps;
  conversationState: ConversationState;
  userState: UserState;
}

/** Dialog dependencies with in-memory state, the real localizer, renderer and trained model. */
export async function dialogHarness(extra: Partial<DialogDeps> = {}, clock: Clock = { now: () => DEMO_NOW }): Promise<DialogHarness> {
  const storage = new MemoryStorage();
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const localizer = I18nLocalizer.create();
  const deps = {
    recognizer: localRecognizer(),
    localizer,
    renderer: new ChannelReplyRenderer(localizer),
    clock,
    confidenceThreshold: INTENT_CONFIDENCE_THRESHOLD,
    state: {
      conversation: conversationState.createProperty<ConversationData>('conversationData'),
      user: userState.createProperty<UserProfile>('userProfile'),
    },
    ...extra,
  } as DialogDeps;
  return { deps, conversationState, userState };
}

/** Sets the turn's language (as the turn pipeline does) and saves state after each turn. */
function turnSetup(harness: DialogHarness, locale: Locale): Middleware {
  return {
    async onTurn(context: TurnContext, next: () => Promise<void>) {
      setTurnLocale(context, locale);
      await next();
      await harness.conversationState.saveChanges(context);
      await harness.userState.saveChanges(context);
    },
  };
}

/** A botbuilder-testing client for one dialog on a channel, in a language. */
export function dialogClient(harness: DialogHarness, dialog: Dialog, options: { channelId?: string; locale?: Locale } = {}): DialogTestClient {
  return new DialogTestClient(options.channelId ?? 'test', dialog, undefined, [turnSetup(harness, options.locale ?? 'nl')], harness.conversationState);
}
