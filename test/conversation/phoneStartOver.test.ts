/**
 * Halfway through the CJIB number a caller says "sorry, ik begin opnieuw": the digits so far are
 * dropped and the number is asked again (the lookup used to stop: "Goed, ik ben gestopt"). Naming the
 * arrangement at the number question ("betalingsregeling") goes on for the arrangement instead of
 * "Dat lijkt geen CJIB-nummer".
 */
import { useStaffedApp } from '../support/appForTests';
import { DEMO_DEBTORS } from '../support/demoDebtors';
import { heardSentences as heard } from '../support/replyText';

const { D01 } = DEMO_DEBTORS;
type Lang = 'nl' | 'en' | 'de' | 'pl';
const LOCALE: Record<Lang, string> = { nl: 'nl-NL', en: 'en-US', de: 'de-DE', pl: 'pl-PL' };
const CALL: Record<
  Lang,
  { lookUp: string; part: string; over: string; arrangement: string; stopped: RegExp; notNumber: RegExp }
> = {
  nl: {
    lookUp: 'boete opzoeken',
    part: 'negen zes negen acht negen vier',
    over: 'sorry ik begin opnieuw',
    arrangement: 'betalingsregeling',
    stopped: /gestopt/,
    notNumber: /lijkt geen CJIB-nummer/,
  },
  en: {
    lookUp: 'look up my fine',
    part: 'nine six nine eight nine four',
    over: 'sorry, let me start again',
    arrangement: 'payment arrangement',
    stopped: /stopped/,
    notNumber: /not look like a CJIB number|does not look like/,
  },
  de: {
    lookUp: 'Bußgeld nachsehen',
    part: 'neun sechs neun acht neun vier',
    over: 'Moment, ich fange nochmal an',
    arrangement: 'Ratenzahlung',
    stopped: /gestoppt|beendet/,
    notNumber: /keine CJIB-Nummer/,
  },
  pl: {
    lookUp: 'sprawdzić mój mandat',
    part: 'dziewięć sześć dziewięć osiem dziewięć cztery',
    over: 'przepraszam, zacznę od nowa',
    arrangement: 'rozłożenie na raty',
    stopped: /przerwałem|zatrzyma/,
    notNumber: /nie wygląda na numer CJIB/,
  },
};

describe('starting the number again, or asking for the arrangement, at the number question', () => {
  const assistant = useStaffedApp();
  const caller = (lang: Lang) => assistant.open({ channelId: 'telephony', locale: LOCALE[lang] });

  it.each<Lang>(['nl', 'en', 'de', 'pl'])(
    '%s: "start again" drops the digits and asks the number again',
    async (lang) => {
      const c = await caller(lang);
      await c.say(CALL[lang].lookUp);
      await c.say(CALL[lang].part);
      const again = heard(await c.say(CALL[lang].over));
      expect(again).not.toMatch(CALL[lang].stopped);
      expect(again).toMatch(/CJIB/);
      // The whole number now, without the six digits said before it glued in front.
      const taken = heard(await c.say(D01.number));
      expect(taken).toContain('9 6 9 8, 9 4 8 6, 1 4 5 8, 0 6 5 8');
    },
  );

  it.each<Lang>(['nl', 'en', 'de', 'pl'])(
    '%s: the arrangement named at the number question',
    async (lang) => {
      const c = await caller(lang);
      await c.say(CALL[lang].lookUp);
      const said = heard(await c.say(CALL[lang].arrangement));
      expect(said).not.toMatch(CALL[lang].notNumber);
      expect(said).toMatch(/CJIB/);
    },
  );
});
