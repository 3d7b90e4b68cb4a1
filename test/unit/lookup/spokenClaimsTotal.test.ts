/**
 * The spoken total of a lookup: an amount under appeal is on hold, so it is named apart from what
 * is left to pay now (a total that counted it would contradict "you need not pay this fine").
 */
import { I18nLocalizer, loadLocaleResources } from '../../../bot/i18n';
import { claimsReply } from '../../../dialogs/claimsReply';
import type { Claim, ClaimStage } from '../../../domain/claims/claim';

const localizer = I18nLocalizer.create(loadLocaleResources());

function claim(stage: ClaimStage, fine: number, dueDate = '2026-12-15'): Claim {
  return {
    cjibNumber: `${fine}`.padStart(16, '1'),
    debtorId: 'D',
    type: 'wahv',
    letterCode: 'WAHV',
    description: { nl: `Boete ${fine}`, en: `Fine ${fine}` },
    offenceDate: '2026-10-01',
    issueDate: '2026-10-20',
    dueDate,
    stage,
    amounts: { fine, increase: 0, adminCosts: 0, paid: 0 },
  };
}

const speech = (claims: Claim[], locale: 'nl' | 'en' = 'nl'): string =>
  claimsReply(claims, { locale, localizer, today: '2026-11-22' }).speech ?? '';

describe('the spoken total of a lookup', () => {
  it('without an appeal: the whole open amount', () => {
    expect(speech([claim('open', 10000), claim('first_reminder', 5000)])).toMatch(
      /In totaal moet u nog 150 euro betalen\./,
    );
  });

  it('with an appeal and other fines: the amount on hold, then the rest still to pay', () => {
    const said = speech([claim('appeal_pending', 21400), claim('open', 10000)]);
    expect(said).toMatch(/Zolang het beroep loopt, hoeft u 214 euro nog niet te betalen\./);
    expect(said).toMatch(/De rest, 100 euro, moet u nog wel betalen\./);
    expect(said).not.toMatch(/314/);
    expect(speech([claim('appeal_pending', 21400), claim('open', 10000)], 'en')).toMatch(
      /you do not have to pay 214 euros yet\. The rest, 100 euros, you do still have to pay\./,
    );
  });

  it('with only fines under appeal: nothing to pay now', () => {
    const said = speech([claim('appeal_pending', 21400)]);
    expect(said).toMatch(/Het bedrag van 214 euro staat dus stil: u hoeft nu niets te betalen\./);
    expect(said).not.toMatch(/In totaal moet u nog/);
  });

  it('a due date before today is said to have passed', () => {
    expect(speech([claim('first_reminder', 10000, '2026-08-26')])).toMatch(
      /woensdag 26 augustus 2026. Die datum is verstreken\./,
    );
    expect(speech([claim('open', 10000, '2026-12-09')])).not.toMatch(/verstreken/);
  });
});
