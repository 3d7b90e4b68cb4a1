import { useArrangementRound, ASK_INSTALMENTS as ASK } from '../support/arrangementRound';
import { DEMO_DEBTORS as D } from '../support/demoDebtors';
import { oneLine as plain, spokenOneLine as spoken } from '../support/replyText';

/**
 * Round 3 of whole conversations through POST /api/messages, as citizens have them with the lookup
 * and the payment arrangement: every demo debtor's situation (several claims, one in a running
 * arrangement, one paid, one too small, a strafbeschikking, victim compensation, a broken earlier
 * arrangement, an appeal, a bailiff, amounts at the table's edges), in nl, en, de and pl, on web
 * chat, SMS (numbered choices) and the phone. Questions at the schedule ("which fines are in it?",
 * "and if I get another fine?", "one fine now and the rest in parts"), corrections after the
 * read-back, silence and "are you still there?", starting over, and a number typed with O and I.
 * Each test has its own app where a request may be filed, so debtors never collide.
 */

const REFERENCE = /BR-2026-\d{8}/;

describe('round 3: lookup and arrangement conversations', () => {
  const round = useArrangementRound();
  const talk = round.talk;
  /** Started, asked for an arrangement, identified: the schedule (or refusal) as shown. */
  const schedule = async (...args: Parameters<typeof round.schedule>): Promise<string> =>
    plain(await round.schedule(...args));

  describe('which fines are in the arrangement', () => {
    it('nl, D13: "welke boetes zitten erin?" lists both with their amounts, and the schedule is still asked', async () => {
      const c = talk('nl');
      expect(await schedule(c, 'D13', 'nl')).toMatch(/€ 1\.420,00 in 18 maanden/);
      const which = plain(await c.say('welke boetes zitten erin?'));
      expect(which).toMatch(/Snelheidsovertreding van 35 km\/u op de autosnelweg: € 1\.111,00/);
      expect(which).toMatch(/Door rood licht rijden: € 309,00/);
      expect(which).toMatch(/Wilt u deze betalingsregeling aanvragen/);
      expect(which).not.toMatch(/geen precies antwoord/);
      expect(plain(await c.say('ja'))).toMatch(/e-mailadres of telefoonnummer/);
    });

    it('en, phone, D13: "which fines are in it?" is said: both fines and the choices again', async () => {
      const c = talk('en', 'telephony');
      await c.start();
      await c.say('I want to pay in instalments');
      await c.say('two three four two one four five five two four eight five seven three nine four');
      expect(spoken(await c.say('one zero seven one d j'))).toMatch(/1420 euros over 18 months/);
      const which = spoken(await c.say('which fines are in it?'));
      // (The speed said in full: a voice would read "km slash h".)
      expect(which).toMatch(/Speeding by 35 kilometres per hour on the motorway: 1111 euros/);
      expect(which).toMatch(/Running a red light: 309 euros/);
      expect(which).toMatch(/press the number/);
      expect(which).not.toMatch(/exact answer/);
    });

    it('de, D09 (strafbeschikking): "welche Bußgelder sind dabei?" names the Strafbefehl with 574,00 €', async () => {
      const c = talk('de');
      expect(await schedule(c, 'D09', 'de')).toMatch(/574,00 € in 12 Monaten bezahlen: 47,83 €/);
      const which = plain(await c.say('welche Bußgelder sind dabei?'));
      expect(which).toMatch(/Strafbefehl \(strafbeschikking\).*: 574,00 €/);
      expect(which).toMatch(/Möchten Sie diese Ratenzahlung beantragen/);
    });

    it('pl, SMS, D12: "które mandaty są w planie?" lists the fine, then "1" goes on to the contact', async () => {
      const c = talk('pl', 'sms');
      expect(await schedule(c, 'D12', 'pl')).toMatch(/1\. Tak, złóż wniosek/);
      const which = plain(await c.say('które mandaty są w planie?'));
      expect(which).toMatch(/Przekroczenie prędkości o 16 km\/h na autostradzie: 167,00 €/);
      expect(which).toMatch(/1\. Tak, złóż wniosek/);
      expect(plain(await c.say('1'))).toMatch(/adresem e-mail lub numerem telefonu/);
    });

    it('nl, D13: asked again at the read-back, the list and the same read-back; then filed once', async () => {
      const c = talk('nl');
      await schedule(c, 'D13', 'nl');
      await c.say('ja');
      expect(plain(await c.say('sarah@example.com'))).toMatch(/17 termijnen van € 78,88 en een laatste termijn van € 79,04 \(totaal € 1\.420,00\).*sarah@example\.com/);
      const which = plain(await c.say('welke boetes zitten er nou in?'));
      expect(which).toMatch(/Door rood licht rijden: € 309,00/);
      expect(which).toMatch(/17 termijnen van € 78,88 en een laatste termijn van € 79,04.*sarah@example\.com.*Zal ik de aanvraag nu versturen/);
      expect(plain(await c.say('ja'))).toMatch(REFERENCE);
    });
  });

  describe('the kind of claim', () => {
    it('nl, D09: "gaat de strafbeschikking ook in de regeling?" — yes, it is listed (was the general strafbeschikking answer)', async () => {
      const c = talk('nl');
      await schedule(c, 'D09', 'nl');
      const one = plain(await c.say('gaat de strafbeschikking ook in de regeling?'));
      expect(one).toMatch(/In de nieuwe regeling.*Strafbeschikking.*€ 574,00/);
      expect(one).toMatch(/Wilt u deze betalingsregeling aanvragen/);
    });

    it('nl and en, D10 (victim compensation): interest keeps running and a bill for the rest follows (DOMAIN §1.7)', async () => {
      const nl = talk('nl');
      await schedule(nl, 'D10', 'nl');
      const interest = plain(await nl.say('komt er nog rente bij?'));
      expect(interest).toMatch(/wettelijke rente loopt de rente door/);
      expect(interest).toMatch(/Wilt u deze betalingsregeling aanvragen/);
      const en = talk('en');
      await schedule(en, 'D10', 'en');
      expect(plain(await en.say('is there any interest on top?'))).toMatch(/interest keeps running/);
    });

    it('en, D01 (a traffic fine): a question about interest is no compensation answer', async () => {
      const c = talk('en');
      await schedule(c, 'D01', 'en');
      expect(plain(await c.say('is there any interest on top?'))).not.toMatch(/compensation order/);
    });
  });

  describe('another fine later', () => {
    it('de, D09: "was passiert, wenn ich noch ein Bußgeld bekomme?" stays in the flow (was a new lookup)', async () => {
      const c = talk('de');
      await schedule(c, 'D09', 'de');
      const later = plain(await c.say('was passiert, wenn ich noch ein Bußgeld bekomme?'));
      expect(later).toMatch(/nicht automatisch in diese Ratenzahlung aufgenommen/);
      expect(later).toMatch(/Möchten Sie diese Ratenzahlung beantragen/);
      expect(later).not.toMatch(/Das habe ich für Sie gefunden/);
      expect(plain(await c.say('Ja, beantragen'))).toMatch(/E-Mail-Adresse|Telefonnummer/);
    });

    it('en, D13: "what if I get another fine later?" is not added automatically; contact the CJIB', async () => {
      const c = talk('en');
      await schedule(c, 'D13', 'en');
      const later = plain(await c.say('what if I get another fine later?'));
      expect(later).toMatch(/not added to this arrangement automatically/);
      expect(later).not.toMatch(/exact answer/);
    });

    it('pl, D12: "co jeśli dostanę kolejny mandat?"', async () => {
      const c = talk('pl');
      await schedule(c, 'D12', 'pl');
      const later = plain(await c.say('co jeśli dostanę kolejny mandat?'));
      expect(later).toMatch(/nie zostanie on automatycznie dodany/);
      expect(later).toMatch(/Czy chce Pan\/Pani złożyć wniosek/);
    });

    it('nl, D01 at the read-back: "en als ik nog een boete krijg?" then the read-back again', async () => {
      const c = talk('nl');
      await schedule(c, 'D01', 'nl');
      await c.say('ja');
      await c.say('jan@example.nl');
      const later = plain(await c.say('en als ik nog een boete krijg?'));
      expect(later).toMatch(/komt niet vanzelf in deze regeling/);
      expect(later).toMatch(/Zal ik de aanvraag nu versturen/);
    });
  });

  describe('one fine now, the rest in parts', () => {
    it('nl, D13: the arrangement covers what is open when requested; pay the one first, then ask', async () => {
      const c = talk('nl');
      await schedule(c, 'D13', 'nl');
      const one = plain(await c.say('ik wil de rood licht boete nu betalen en de andere in termijnen'));
      expect(one).toMatch(/alle boetes die openstaan op het moment dat u haar aanvraagt/);
      expect(one).toMatch(/CJIB-nummer van die brief als betalingskenmerk/);
      expect(one).toMatch(/Wilt u deze betalingsregeling aanvragen/);
      expect(plain(await c.say('nee, nu niet'))).not.toMatch(REFERENCE);
    });

    it('en, D02: "I\'d like to pay one fine now and the rest in instalments"', async () => {
      const c = talk('en');
      expect(await schedule(c, 'D02', 'en')).toMatch(/€551\.50 over 12 months/);
      const one = plain(await c.say("I'd like to pay one fine now and the rest in instalments"));
      expect(one).toMatch(/covers all fines that are open at the moment you request it/);
      expect(one).toMatch(/Would you like to request this payment arrangement/);
    });

    it('de, D02: "eins jetzt bezahlen und den Rest in Raten"', async () => {
      const c = talk('de');
      await schedule(c, 'D02', 'de');
      const one = plain(await c.say('kann ich eins jetzt bezahlen und den Rest in Raten?'));
      expect(one).toMatch(/alle Bußgelder, die zum Zeitpunkt des Antrags offen sind/);
    });

    it('en, nl, de: only one of the fines in instalments ("only the speeding fine", "alleen de snelheidsboete", "nur das eine")', async () => {
      const en = talk('en');
      await schedule(en, 'D13', 'en');
      const only = plain(await en.say('I only want to pay the speeding fine in instalments'));
      // An arrangement may cover one fine (DOMAIN.md §1.1): the schedule again for the speeding fine alone.
      expect(only).toMatch(/only for: Speeding by 35 km\/h on the motorway.*€1,111\.00 over 12 months/);
      expect(only).toMatch(/Would you like to request this payment arrangement/);
      expect(only).not.toMatch(/You can pay in these ways/);
      const nl = talk('nl');
      await schedule(nl, 'D13', 'nl');
      expect(plain(await nl.say('kan ik alleen de snelheidsboete in termijnen betalen?'))).toMatch(
        /alleen voor: Snelheidsovertreding.*€ 1\.111,00 in 12 maanden/,
      );
      const de = talk('de');
      await schedule(de, 'D02', 'de');
      expect(plain(await de.say('nur das eine Bußgeld in Raten bitte'))).toMatch(
        /Welches Bußgeld soll in die Ratenzahlung\?/,
      );
    });

    it('pl, D13: "chcę zapłacić jeden mandat teraz a resztę w ratach"', async () => {
      const c = talk('pl');
      await schedule(c, 'D13', 'pl');
      const one = plain(await c.say('chcę zapłacić jeden mandat teraz a resztę w ratach'));
      expect(one).toMatch(/obejmuje wszystkie mandaty, które są otwarte w chwili złożenia wniosku/);
    });
  });

  describe('what the total is made of, and the monthly amount again', () => {
    it('nl, D01: "zijn de administratiekosten inbegrepen?" — yes, the total is all that is open (was the increases answer)', async () => {
      const c = talk('nl');
      await schedule(c, 'D01', 'nl');
      const incl = plain(await c.say('zijn de administratiekosten hier ook bij inbegrepen?'));
      expect(incl).toMatch(/Het totaal van € 129,00 is alles wat nog openstaat.*administratiekosten/);
      expect(incl).not.toMatch(/1,5 keer de oorspronkelijke boete/);
      expect(incl).toMatch(/Wilt u deze betalingsregeling aanvragen/);
    });

    it('en and de, D02 (first reminder): the increase and the administration costs are in the total', async () => {
      const en = talk('en');
      await schedule(en, 'D02', 'en');
      expect(plain(await en.say('does this include the increase?'))).toMatch(
        /total of €551\.50 is everything still open/,
      );
      const de = talk('de');
      await schedule(de, 'D02', 'de');
      expect(plain(await de.say('sind die Verwaltungskosten da mit drin?'))).toMatch(
        /Gesamtbetrag von 551,50 €/,
      );
      expect(plain(await de.say('wie viel war das pro Monat?'))).toMatch(
        /12 Monatsraten zu 45,95 €.*letzte Rate 46,05 €/,
      );
    });

    it('nl, D01: "hoeveel was het ook alweer per maand?" at the contact question, then the contact question again', async () => {
      const c = talk('nl');
      await schedule(c, 'D01', 'nl');
      await c.say('ja');
      const again = plain(await c.say('hoeveel was het ook alweer per maand?'));
      expect(again).toMatch(/6 maandelijkse termijnen van € 21,50/);
      expect(again).toMatch(/Op welk e-mailadres of telefoonnummer/);
      expect(again).not.toMatch(/€ 120 tot € 300/);
    });

    it('nl, D13: "ja maar dan zonder de rood licht boete" is no yes to all fines (was the contact question)', async () => {
      const c = talk('nl');
      await schedule(c, 'D13', 'nl');
      const without = plain(await c.say('ja maar dan zonder de rood licht boete'));
      expect(without).toMatch(/alleen voor: Snelheidsovertreding.*€ 1\.111,00 in 12 maanden/);
      expect(without).not.toMatch(/Op welk e-mailadres/);
    });

    it('pl, D12: "czy koszty administracyjne są wliczone?"', async () => {
      const c = talk('pl');
      await schedule(c, 'D12', 'pl');
      expect(plain(await c.say('czy koszty administracyjne są wliczone?'))).toMatch(
        /Kwota 167,00 € to wszystko/,
      );
    });
  });

  describe('a part already paid', () => {
    it('nl, D02: "maar ik heb al 50 euro betaald" is no amount of one\'s own (was the personal arrangement)', async () => {
      const c = talk('nl');
      await schedule(c, 'D02', 'nl');
      const paid = plain(await c.say('maar ik heb al 50 euro betaald van de eerste boete'));
      expect(paid).toMatch(/wat nu bij het CJIB openstaat/);
      expect(paid).not.toMatch(/persoonlijke betalingsregeling/);
      expect(paid).toMatch(/Wilt u deze betalingsregeling aanvragen/);
    });

    it('en and de: "I already paid 100 of it" / "ich habe schon 100 Euro überwiesen"', async () => {
      const en = talk('en');
      await schedule(en, 'D13', 'en');
      expect(plain(await en.say('but I already paid 100 euros of it'))).toMatch(
        /what is open with the CJIB now/,
      );
      const de = talk('de');
      await schedule(de, 'D09', 'de');
      expect(plain(await de.say('ich habe schon 100 Euro überwiesen'))).toMatch(
        /was beim CJIB jetzt offen ist/,
      );
    });
  });

  describe('months', () => {
    it('nl, D01: "kan ik ook minder maanden kiezen?" hears how the months follow from the amount', async () => {
      const c = talk('nl');
      expect(await schedule(c, 'D01', 'nl')).toMatch(/€ 129,00 in 6 maanden betalen: € 21,50 per maand/);
      const fewer = plain(await c.say('kan ik ook minder maanden kiezen?'));
      expect(fewer).toMatch(/€ 120 tot € 300: 6 maanden/);
      expect(fewer).toMatch(/Wilt u deze betalingsregeling aanvragen/);
    });

    it('en, D13: "can I have more months?" hears the table; "the monthly amount is too high" leads to a personal one', async () => {
      const c = talk('en');
      await schedule(c, 'D13', 'en');
      expect(plain(await c.say('can I have more months?'))).toMatch(/EUR 1,250 up to EUR 2,000: 18 months/);
      expect(plain(await c.say('The monthly amount is too high'))).toMatch(/personal/i);
    });

    it('de, D11: 4.359,00 € is 36 months (the last band)', async () => {
      const c = talk('de');
      const shown = await schedule(c, 'D11', 'de');
      expect(shown).toMatch(/4\.359,00 € in 36 Monaten bezahlen: 121,08 € pro Monat/);
      expect(shown).toMatch(/letzte Rate 121,20 €/);
    });

    it('en, D10 (victim compensation): € 2,480.00 over 24 months, and filed', async () => {
      const c = talk('en');
      expect(await schedule(c, 'D10', 'en')).toMatch(/€2,480\.00 over 24 months: €103\.33 a month/);
      await c.say('yes');
      await c.say('tom@example.nl');
      expect(plain(await c.say('yes, send it'))).toMatch(REFERENCE);
    });
  });

  describe("each debtor's situation", () => {
    it('nl, D07: the running arrangement (5 of 9 paid) and its fine not in a new one', async () => {
      const c = talk('nl');
      const shown = await schedule(c, 'D07', 'nl');
      expect(shown).toMatch(/U heeft al een betalingsregeling/);
      expect(shown).toMatch(/"Termijnen betaald","value":"5"/);
      expect(shown).toMatch(/al in uw lopende betalingsregeling/);
      expect(shown).not.toMatch(/Wilt u deze betalingsregeling aanvragen/);
    });

    it('en, D08: the paid fine is left out and nothing is open', async () => {
      const c = talk('en');
      const shown = await schedule(c, 'D08', 'en');
      expect(shown).toMatch(/already been paid|already paid/);
      expect(shown).not.toMatch(/Would you like to request this payment arrangement/);
    });

    it('nl, D03: € 45,00 is below € 75 (administration costs do not count); pay € 54,00 at once', async () => {
      const c = talk('nl');
      const shown = await schedule(c, 'D03', 'nl');
      expect(shown).toMatch(/vanaf € 75,00/);
      expect(shown).toMatch(/Bij u is dat € 45,00/);
      expect(shown).toMatch(/€ 54,00 in één keer/);
    });

    it('pl, D05: an appeal is running: no arrangement now', async () => {
      const c = talk('pl');
      const shown = await schedule(c, 'D05', 'pl');
      expect(shown).toMatch(/odwołanie/);
      expect(shown).not.toMatch(/Czy chce Pan\/Pani złożyć wniosek o ten plan/);
    });

    it('de, D04: the bailiff: contact the bailiff named in the letter', async () => {
      const c = talk('de');
      expect(await schedule(c, 'D04', 'de')).toMatch(/Gerichtsvollzieher/);
    });

    it('nl, D06: a broken arrangement within 6 months: a person is offered, "nee, dank u" files nothing', async () => {
      const c = talk('nl');
      const shown = await schedule(c, 'D06', 'nl');
      expect(shown).toMatch(/afgelopen 6 maanden een betalingsregeling niet volgehouden/);
      expect(shown).toMatch(/Wilt u met een medewerker spreken/);
      // "Waarom kan dat niet?": the reason again (was the bare question), then the offer.
      const why = plain(await c.say('waarom kan dat niet?'));
      expect(why).toMatch(
        /afgelopen 6 maanden een betalingsregeling niet volgehouden.*Wilt u met een medewerker spreken/,
      );
      expect(plain(await c.say('nee, dank u'))).not.toMatch(REFERENCE);
    });

    it('en and de (SMS), D06: "why not?" / "warum nicht?" at the offer of a person hears the reason again', async () => {
      const en = talk('en');
      await schedule(en, 'D06', 'en');
      expect(plain(await en.say('why not?'))).toMatch(
        /In the last 6 months you did not keep to a payment arrangement/,
      );
      const de = talk('de', 'sms');
      await schedule(de, 'D06', 'de');
      const why = plain(await de.say('warum nicht?'));
      expect(why).toMatch(/in den letzten 6 Monaten eine Ratenzahlung nicht eingehalten.*1\. Ja, gerne/);
      expect(plain(await de.say('2'))).toMatch(/jederzeit später/);
    });

    it('en, D09 lookup then "can I pay this in instalments?" keeps the identification', async () => {
      const c = talk('en');
      await c.start();
      await c.say('How much do I still have to pay?');
      await c.say(D.D09.number);
      expect(plain(await c.say(D.D09.postcode))).toMatch(/€574\.00/);
      const own = plain(await c.say('can I pay this in instalments?'));
      expect(own).toMatch(/€574\.00 over 12 months/);
      expect(own).not.toMatch(/CJIB number\. It has 16 digits/);
    });
  });

  describe('the number typed with letters', () => {
    it('nl: "96989486I458O658" is D01\'s number (was "14 cijfers")', async () => {
      const c = talk('nl');
      await c.start();
      await c.say('boete opzoeken');
      expect(plain(await c.say('96989486I458O658'))).toMatch(/Wat is de postcode/);
      expect(plain(await c.say('8911 AB'))).toMatch(/€ 129,00/);
    });

    it('en: "2342-l455-2485-7394" with a small L, and a postcode with an O: "1O71 DJ"', async () => {
      const c = talk('en');
      await c.start();
      await c.say('check my fine');
      expect(plain(await c.say('2342-l455-2485-7394'))).toMatch(/What is the postcode/);
      expect(plain(await c.say('1O71 DJ'))).toMatch(/Total still to pay: €1,420\.00/);
    });

    it('pl, SMS: a Polish postcode with O for 0 ("61-OO1") finds the fine (was "no fine with this postcode")', async () => {
      const c = talk('pl', 'sms');
      await c.start();
      await c.say(ASK.pl);
      await c.say(D.D12.number);
      expect(plain(await c.say('61-OO1'))).toMatch(/167,00 € w 6 miesięcznych ratach/);
    });

    it('de, in the arrangement: "1852 9O6O 9514 13O2"', async () => {
      const c = talk('de');
      await c.start();
      await c.say('Ratenzahlung');
      expect(plain(await c.say('1852 9O6O 9514 13O2'))).toMatch(/Postleitzahl/);
      expect(plain(await c.say('7511 JE'))).toMatch(/574,00 € in 12 Monaten/);
    });
  });

  describe('moved since the letter', () => {
    it('nl, D01: "ik ben verhuisd, welke postcode moet ik geven?" — the letter\'s postcode (was the living-abroad answer)', async () => {
      const c = talk('nl');
      await c.start();
      await c.say(ASK.nl);
      await c.say(D.D01.number);
      const moved = plain(await c.say('ik ben verhuisd, welke postcode moet ik geven?'));
      expect(moved).toMatch(/postcode van het adres waar de brief van het CJIB naartoe is gestuurd/);
      expect(moved).not.toMatch(/buiten Nederland/);
      expect(plain(await c.say('8911 AB'))).toMatch(/€ 129,00 in 6 maanden/);
    });

    it('en, de, pl (SMS): moved, then the old postcode finds the fines', async () => {
      const en = talk('en');
      await en.start();
      await en.say('check my fine');
      await en.say(D.D13.number);
      expect(plain(await en.say('I have moved since, which postcode do you want?'))).toMatch(
        /postcode of the address this letter was sent to/,
      );
      expect(plain(await en.say('1071 DJ'))).toMatch(/€1,420\.00/);
      const de = talk('de');
      await de.start();
      await de.say('Bußgeld nachsehen');
      await de.say(D.D11.number);
      expect(plain(await de.say('ich bin umgezogen, welche Postleitzahl?'))).toMatch(/Sind Sie umgezogen/);
      const pl2 = talk('pl', 'sms');
      await pl2.start();
      await pl2.say(ASK.pl);
      await pl2.say(D.D12.number);
      expect(plain(await pl2.say('przeprowadziłam się, jaki kod podać?'))).toMatch(
        /adresu, na który wysłano to pismo/,
      );
      expect(plain(await pl2.say('61-001'))).toMatch(/167,00 € w 6 miesięcznych ratach/);
    });
  });

  describe('corrections after the read-back', () => {
    it('nl, D01: "nee wacht, mijn mail is …" reads back the new address; "ja" files it', async () => {
      const c = talk('nl');
      await schedule(c, 'D01', 'nl');
      await c.say('ja');
      expect(plain(await c.say('jan@example.nl'))).toMatch(/6 termijnen van € 21,50.*jan@example\.nl/);
      const fixed = plain(await c.say('nee wacht, mijn mail is jan.devries@example.nl'));
      expect(fixed).toMatch(/jan\.devries@example\.nl/);
      expect(fixed).toMatch(/Zal ik de aanvraag nu versturen/);
      expect(plain(await c.say('ja'))).toMatch(REFERENCE);
    });

    it('nl, D02: "nee het nummer klopt niet, het is 0612345679"', async () => {
      const c = talk('nl');
      await schedule(c, 'D02', 'nl');
      await c.say('ja');
      await c.say('0612345678');
      const fixed = plain(await c.say('nee het nummer klopt niet, het is 0612345679'));
      expect(fixed).toMatch(/0612345679/);
      expect(fixed).not.toMatch(/0612345678/);
    });

    it('en, D13: "can I pay it off faster?" at the read-back: no exact answer, the read-back again, nothing filed', async () => {
      const c = talk('en');
      await schedule(c, 'D13', 'en');
      await c.say('yes');
      await c.say('sarah@example.com');
      const q = plain(await c.say('can I pay it off faster if I want?'));
      expect(q).toMatch(/Shall I send the request now/);
      expect(q).not.toMatch(REFERENCE);
    });

    it('pl, D10: "czy mój partner może zapłacić?" keeps the schedule on the table', async () => {
      const c = talk('pl');
      await schedule(c, 'D10', 'pl');
      const q = plain(await c.say('czy mój partner może zapłacić?'));
      expect(q).toMatch(/Tak, złóż wniosek/);
    });
  });

  describe('silence, "are you still there?", starting over', () => {
    it('nl, D01: "hallo? ben je er nog?" at the contact question: the question again', async () => {
      const c = talk('nl');
      await schedule(c, 'D01', 'nl');
      await c.say('ja');
      expect(plain(await c.say('hallo? ben je er nog?'))).toMatch(/Op welk e-mailadres of telefoonnummer/);
      expect(plain(await c.say('jan@example.nl'))).toMatch(/Zal ik de aanvraag nu versturen/);
    });

    it('en, D13: "hello? are you still there?" at the schedule: the schedule question again', async () => {
      const c = talk('en');
      await schedule(c, 'D13', 'en');
      const back = plain(await c.say('hello? are you still there?'));
      expect(back).toMatch(/Would you like to request this payment arrangement/);
    });

    it('de, lookup: an empty message while the postcode is asked, then the postcode', async () => {
      const c = talk('de');
      await c.start();
      await c.say('Bußgeld nachsehen');
      await c.say(D.D11.number);
      expect(plain(await c.say(''))).toMatch(/Postleitzahl/);
      expect(plain(await c.say('47533'))).toMatch(/4\.359,00 €/);
    });

    it('nl, D02: "opnieuw beginnen" at the schedule starts the request again; nothing is filed', async () => {
      const c = talk('nl');
      await schedule(c, 'D02', 'nl');
      const over = plain(await c.say('opnieuw beginnen'));
      expect(over).toMatch(/we beginnen opnieuw met de aanvraag/);
      expect(over).toMatch(/€ 551,50 in 12 maanden/);
      expect(over).not.toMatch(REFERENCE);
      const again = plain(await c.say('betalingsregeling'));
      expect(again).not.toMatch(REFERENCE);
    });
  });

  describe('failed tries', () => {
    it('nl: five wrong postcodes lock the lookup for a while', async () => {
      const c = talk('nl');
      await c.start();
      await c.say('boete opzoeken');
      let last = '';
      for (let i = 0; i < 5; i++) {
        await c.say(D.D01.number);
        last = plain(await c.say('1234 ZZ'));
      }
      expect(last).not.toMatch(/€ 129,00/);
      expect(last).toMatch(/later|medewerker|geblokkeerd|te vaak/i);
    });

    it('de, D11: a wrong postcode once, then the right one finds the fine', async () => {
      const c = talk('de');
      await c.start();
      await c.say('Bußgeld nachsehen');
      await c.say(D.D11.number);
      expect(plain(await c.say('12345'))).toMatch(/finde ich kein Bußgeld/);
      await c.say(D.D11.number);
      expect(plain(await c.say('47533'))).toMatch(/4\.359,00 €/);
    });
  });

  describe('SMS and phone', () => {
    it('nl, SMS, D02: "2" (too high) offers a personal arrangement with a person', async () => {
      const c = talk('nl', 'sms');
      expect(await schedule(c, 'D02', 'nl')).toMatch(/2\. Het maandbedrag is te hoog/);
      expect(plain(await c.say('2'))).toMatch(/persoonlijke/);
    });

    it('nl, phone, D01: spoken number and postcode, the amounts said in euro and cent, "welke boetes zitten erin"', async () => {
      const c = talk('nl', 'telephony');
      await c.start();
      await c.say('ik wil betalen in termijnen');
      await c.say('negen zes negen acht negen vier acht zes een vier vijf acht nul zes vijf acht');
      expect(spoken(await c.say('acht negen een een a b'))).toMatch(/21 euro en 50 cent per maand/);
      expect(spoken(await c.say('welke boetes zitten erin'))).toMatch(
        /Snelheidsovertreding van 14 kilometer per uur binnen de bebouwde kom: 129 euro/,
      );
    });

    it('en, SMS, D13: "1" then an e-mail, then "1" sends it', async () => {
      const c = talk('en', 'sms');
      await schedule(c, 'D13', 'en');
      await c.say('1');
      expect(plain(await c.say('sarah@example.com'))).toMatch(/1\. Yes, send it/);
      expect(plain(await c.say('1'))).toMatch(REFERENCE);
    });
  });
});
