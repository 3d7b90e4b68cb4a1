import type { Activity } from 'botbuilder';
import { FAST_TYPIST, STAFF_NEVER_IN, useTestApp } from './appForTests';
import { DEMO_CLOCK, DEMO_DEBTORS, type DemoDebtorId } from './demoDebtors';
import { startAndIdentify } from './identify';
import { LOCALE, type Lang } from './languages';
import type { TestConversation } from './testApp';

/** Asking for a payment arrangement, per language. */
export const ASK_INSTALMENTS: Record<Lang, string> = {
  nl: 'Ik wil een betalingsregeling aanvragen',
  en: 'I would like to pay in instalments',
  de: 'Ich möchte in Raten zahlen',
  pl: 'Chcę spłacić mandat w ratach',
};

export interface ArrangementRound {
  /** A new conversation in a language, on web chat unless another channel is named. */
  talk(lang: Lang, channelId?: string): TestConversation;
  /** Started, asked for an arrangement, identified: the schedule (or refusal) as shown. */
  schedule(c: TestConversation, debtor: DemoDebtorId, lang: Lang): Promise<Partial<Activity>[]>;
}

/**
 * Rounds of whole arrangement conversations: each test has an app of its own on the demo data's
 * reference date, where a request may be filed, so debtors never collide; staff are never in (no
 * handoff queue in the way) and the outbox delivers within a test.
 */
export function useArrangementRound(): ArrangementRound {
  const assistant = useTestApp(
    { ...FAST_TYPIST, ARRANGEMENT_OUTBOX_POLL_MS: '50', ...STAFF_NEVER_IN },
    { clock: DEMO_CLOCK },
    'test',
  );
  return {
    talk: (lang, channelId = 'webchat') => assistant.app.conversation({ locale: LOCALE[lang], channelId }),
    schedule: (c, debtor, lang) => startAndIdentify(c, ASK_INSTALMENTS[lang], DEMO_DEBTORS[debtor]),
  };
}
