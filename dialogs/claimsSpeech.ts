import type { Claim } from '../domain/claims/claim';
import type { Locale } from '../domain/language/locale';
import type { Localizer } from '../domain/ports/localizer';

/** Ordinals said before each fine ("Eerste boete:"); after the last one, "Boete 6:". */
const ORDINALS = 5;

/**
 * Several fines on the phone, in the order a listener can follow: how many and the total first
 * ("U heeft 2 boetes. In totaal moet u nog … betalen."), then each fine short, named by its place
 * ("Eerste boete: … Tweede boete: …"). One fine is said as it was, intro first.
 */
export function spokenClaimsList(
  claims: readonly Claim[],
  locale: Locale,
  localizer: Localizer,
  parts: {
    intro: string;
    /** Each claim as a caller hears it: in full for one, short for several. */
    line: (claim: Claim, short: boolean) => string;
    /** The total sentence; undefined when everything is paid. */
    total?: string;
  },
): string[] {
  if (claims.length < 2)
    return [parts.intro, ...claims.map((c) => parts.line(c, false)), ...(parts.total ? [parts.total] : [])];
  const t = (key: string, vars?: Record<string, unknown>): string => localizer.t(locale, key, vars);
  const head = parts.total
    ? [t('channels:claims.count', { count: claims.length }), parts.total]
    : [parts.intro, t('channels:claims.count', { count: claims.length })];
  const each = claims.map((claim, i) => {
    const place =
      i < ORDINALS ? t(`channels:claims.ordinal.${i + 1}`) : t('channels:claims.nth', { number: i + 1 });
    return `${place}: ${parts.line(claim, true)}`;
  });
  return [...head, ...each];
}

/** The first sentence of a stage's meaning: with several fines each is said short. */
export function firstSentence(text: string): string {
  return /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;
}
