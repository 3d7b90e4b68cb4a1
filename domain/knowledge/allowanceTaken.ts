/**
 * "Mag het CJIB de boete van mijn huurtoeslag afhalen?", "can the CJIB take the fine from my housing
 * allowance?", "kann das CJIB das von meinem Wohngeld abziehen?", "czy CJIB może zabrać z dodatku
 * mieszkaniowego?": whether a fine can be taken from a Dutch allowance (toeslag). DOMAIN.md knows wages
 * and benefits only, so the enforcement answer says so honestly first (faq:direct.allowancesUnknown).
 * Patterns work on normalizeQuestion's text.
 */

/** Dutch income-related allowances (toeslagen) by their Dutch names or as the citizen translates them. */
// (Not the bare German "Zuschlag": that is also a surcharge; not the Polish "dodatkowe": extra.)
export const ALLOWANCES =
  /toeslag\w*|kindgebonden budget|\b(housing|healthcare|health care|care|rent|rental|childcare|child care) (allowance|benefit|subsidy)s?\b|\ballowances?\b|\bwohngeld\w*|\b(miet|pflege|kinderbetreuungs)zuschu(ss|sse)\w*|\b(miet|pflege|kinder)zuschlag\w*|\bdodat(ek|ku|kiem|ki|kow|kach|kami)\b|\bzasil\w* mieszkaniow\w*/;

/** Taken or kept back by someone: "afhalen", "inhouden", "take", "abziehen", "zabrać", "potrącić". */
const TAKEN =
  /\b(take|takes|taken|taking|took|garnish\w*|seize\w*|deduct\w*|withh[oe]ld\w*|offset|afhalen|afgehaald|afhouden|afgehouden|inhouden|ingehouden|inhoudt|verrekenen|verrekend|beslag|afpakken|afnemen|halen|pakken|aankomen|abziehen|abgezogen|zieht|pfand\w*|einbehalt\w*|nehmen|genommen|verrechn\w*|zabrac|zabierze|zabiora|zabierac|potrac\w*|zajac|zajmie\w*|zajmowac|zajeci\w*|sciagnac|sciagnie|sciagac|pobrac|pobierze|pobierac)\b/;

/** Whether the question asks if a fine can be taken from an allowance (`normalized` by normalizeQuestion). */
export function asksAllowanceTaken(normalized: string): boolean {
  return ALLOWANCES.test(normalized) && TAKEN.test(normalized);
}
