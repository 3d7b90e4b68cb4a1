/**
 * How IdentifyDebtorDialog ends: identified (remembered for the rest of the conversation), or
 * locked out, the back office down, or too many unreadable answers, each said with a person offered.
 */
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { lockReopening } from '../domain/claims/lookupLockNotice';
import { formatMinutes } from '../domain/dates';
import type { Verification } from './debtorVerification';
import type { DialogDeps } from './dialogDeps';
import type { IdentifyOptions, IdentifyResult } from './identifyDebtorOptions';
import { offerPerson } from './identifyReplies';
import { rememberIdentification, sayWhichLetterArranged } from './secondDebtor';
import { text, turnLocale } from './turn';

/** Ends the dialog with what the verification found, saying why when it is not an identification. */
export async function concludeIdentification(
  deps: DialogDeps,
  step: WaterfallStepContext,
  verification: Exclude<Verification, { kind: 'no_match' | 'unknown_debtor' }>,
): Promise<DialogTurnResult> {
  const context = step.context;
  switch (verification.kind) {
    case 'identified': {
      const { debtorId, claims, via } = verification;
      const data = await deps.state.conversation.get(context, {});
      data.lookupOutage = undefined;
      rememberIdentification(context, data, {
        debtorId,
        cjibNumbers: claims.map((c) => c.cjibNumber),
        via,
        at: deps.clock.now().toISOString(),
      });
      const { purpose } = (step.options ?? {}) as IdentifyOptions;
      if (purpose === 'arrangement') await sayWhichLetterArranged(context, deps);
      return step.endDialog({
        status: 'identified',
        debtorId,
        claims,
        via,
        ...(purpose ? { purpose } : {}),
      } satisfies IdentifyResult);
    }
    case 'locked': {
      // The same words whichever key is locked (a locked number says nothing about whether it exists),
      // and no blame: the failures may have been someone else's. When it reopens, and a person now.
      const locale = turnLocale(context);
      const { time, minutes } = lockReopening(verification.until, deps.clock.now(), locale);
      await offerPerson(
        context,
        deps,
        text(context, deps, 'lookup:locked', { time, duration: formatMinutes(minutes, locale) }),
      );
      return step.endDialog({ status: 'locked' } satisfies IdentifyResult);
    }
    case 'unavailable':
      await offerPerson(context, deps, text(context, deps, 'lookup:unavailable'));
      return step.endDialog({ status: 'unavailable' } satisfies IdentifyResult);
  }
}

/**
 * "Ik heb de brief niet", "ik weet het nummer niet": the number is not asked again (a loop of "where is
 * it" helps no one without the letter). The ways without it (the Digitaal Loket with DigiD, a person),
 * with a person offered; said shorter the second time. A number given later starts the lookup again.
 */
export async function withoutLetter(deps: DialogDeps, step: WaterfallStepContext): Promise<DialogTurnResult> {
  const data = await deps.state.conversation.get(step.context, {});
  const key = data.noLetterTold ? 'guidance:noLetter.again' : 'guidance:noLetter.ways';
  data.noLetterTold = true;
  await offerPerson(step.context, deps, text(step.context, deps, key));
  return step.endDialog({ status: 'failed' } satisfies IdentifyResult);
}

/** Too many unreadable answers to the number (or the postcode): a person offered instead. */
export async function giveUpIdentification(
  deps: DialogDeps,
  step: WaterfallStepContext,
  key: 'lookup:number.giveUp' | 'lookup:postcode.giveUp' | 'lookup:postcode.unknown' = 'lookup:number.giveUp',
): Promise<DialogTurnResult> {
  await offerPerson(step.context, deps, text(step.context, deps, key));
  return step.endDialog({ status: 'failed' } satisfies IdentifyResult);
}
