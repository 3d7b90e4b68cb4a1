import { useArrangementRound, ASK_INSTALMENTS as ASK } from '../support/arrangementRound';
import { oneLine as plain, spokenOneLine as spoken } from '../support/replyText';

/**
 * Round 4 of whole conversations through POST /api/messages: what worried citizens ask while the
 * arrangement flow asks its questions, in nl, en, de and pl, on web chat and the phone. More months
 * hears the term table (DOMAIN.md §1.3), the citizen's own band and the way to a personal
 * arrangement; a running arrangement that covers everything ends with a question, not a dead end;
 * the dates, paying early, a partner paying, direct debit, the letter, costs, a later instalment
 * that cannot be paid, "ik weet het niet" and second thoughts are answered, what DOMAIN.md has no
 * source for honestly as not known, and the question of the flow is asked again.
 */

const REFERENCE = /BR-2026-\d{8}/;
/** The answer when the flow has nothing to say: never the reply to these questions. */
const NO_ANSWER = /geen precies antwoord|no exact answer|keine genaue Antwort|dokładnej odpowiedzi/;
/** The schedule question, asked again after an answer. */
const PLAN_ASK: Record<string, RegExp> = {
  nl: /Wilt u deze betalingsregeling aanvragen\?/,
  en: /Would you like to request this payment arrangement\?/,
  de: /Möchten Sie diese Ratenzahlung beantragen\?/,
  pl: /Czy chce Pan\/Pani złożyć wniosek o ten plan spłaty w ratach\?/,
};

describe('round 4: questions during the arrangement flow', () => {
  const { talk, schedule } = useArrangementRound();

  describe('more months: the term table, the own band, and the "too high" path', () => {
    it('nl, D01: "wat is het maximale aantal termijnen?" hears 3 up to € 120 … 36 from € 4.000 and the own band', async () => {
      const c = talk('nl');
      expect(plain(await schedule(c, 'D01', 'nl'))).toMatch(/€ 129,00 in 6 maanden/);
      const max = plain(await c.say('wat is het maximale aantal termijnen?'));
      expect(max).not.toMatch(NO_ANSWER);
      expect(max).toMatch(/tot € 120: 3 maanden/);
      expect(max).toMatch(/€ 4\.000 of meer: 36 maanden/);
      expect(max).toMatch(/Uw bedrag van € 129,00 valt in de groep € 120 tot € 300; daarbij horen 6 maanden/);
      expect(max).toMatch(
        /Is € 21,50 per maand te hoog voor u\? .*'Het maandbedrag is te hoog'.*persoonlijke betalingsregeling/,
      );
      expect(max).toMatch(PLAN_ASK.nl);
    });

    it('nl, D01: "kan het over 12 maanden?" says 12 months is for € 450 to € 1.250; "te hoog" then leads to a personal one', async () => {
      const c = talk('nl');
      await schedule(c, 'D01', 'nl');
      const twelve = plain(await c.say('kan het over 12 maanden?'));
      expect(twelve).toMatch(/12 maanden hoort bij een bedrag in de groep € 450 tot € 1\.250/);
      expect(twelve).toMatch(PLAN_ASK.nl);
      expect(plain(await c.say('Het maandbedrag is te hoog'))).toMatch(/persoonlijke betalingsregeling/);
    });

    it('en, D13: "can I get more months?" names the band of € 1,420.00 (18 months), nothing filed', async () => {
      const c = talk('en');
      await schedule(c, 'D13', 'en');
      const more = plain(await c.say('can I get more months?'));
      expect(more).toMatch(/up to EUR 120: 3 months/);
      expect(more).toMatch(/EUR 4,000 or more: 36 months/);
      expect(more).toMatch(
        /Your amount of €1,420\.00 is in the group EUR 1,250 up to EUR 2,000, which gives 18 months/,
      );
      expect(more).toMatch(/Is €78\.88 a month too high for you\?/);
      expect(more).not.toMatch(REFERENCE);
      expect(more).toMatch(PLAN_ASK.en);
    });

    it('de, phone, D09: "Geht das auch in 24 Raten?" is spoken short (the range, not eight lines) with the choices again', async () => {
      const c = talk('de', 'telephony');
      await schedule(c, 'D09', 'de');
      const said = spoken(await c.say('Geht das auch in 24 Raten?'));
      expect(said).toMatch(/von 3 Monaten für einen Betrag bis 120 Euro bis zu 36 Monaten ab 4000 Euro/);
      expect(said).toMatch(
        /Ihr Betrag von 574 Euro liegt in der Gruppe 450 Euro bis 1250 Euro; dazu gehören 12 Monate/,
      );
      expect(said).toMatch(/24 Monate gehören zu einem Betrag in der Gruppe 2000 Euro bis 3000 Euro/);
      expect(said).toMatch(/Dann sagen Sie: Die Monatsrate ist zu hoch\./);
      expect(said).toMatch(/drücken Sie die Nummer/);
    });

    it('pl, D12: "czy mogę dostać więcej miesięcy?" hears the table and its own band', async () => {
      const c = talk('pl');
      await schedule(c, 'D12', 'pl');
      const more = plain(await c.say('czy mogę dostać więcej miesięcy?'));
      expect(more).toMatch(/do 120 €: 3 mies\./);
      expect(more).toMatch(
        /Pana\/Pani kwota 167,00 € mieści się w przedziale od 120 € do 300 €; oznacza to 6 miesięcy/,
      );
      expect(more).toMatch(/Rata miesięczna jest za wysoka/);
      expect(more).toMatch(PLAN_ASK.pl);
    });

    it('nl, D11 at the read-back: "kan het toch langer?" hears the last band, and the read-back again', async () => {
      const c = talk('nl');
      await schedule(c, 'D11', 'nl');
      await c.say('ja');
      await c.say('lena@example.de');
      const longer = plain(await c.say('kan het toch langer?'));
      expect(longer).toMatch(/valt in de groep € 4\.000 of meer; daarbij horen 36 maanden/);
      expect(longer).toMatch(/Zal ik de aanvraag nu versturen\?/);
      expect(plain(await c.say('ja'))).toMatch(REFERENCE);
    });

    it('en, D01: "can it be shorter?" offers paying the total in one go instead', async () => {
      const c = talk('en');
      await schedule(c, 'D01', 'en');
      const fewer = plain(await c.say('can I do it in fewer months?'));
      expect(fewer).toMatch(/pay the total of €129\.00 in one go/);
      expect(fewer).toMatch(PLAN_ASK.en);
    });

    it('nl, D01: "ik kan 12 euro per maand" is still an amount of its own (a personal arrangement), not the table', async () => {
      const c = talk('nl');
      await schedule(c, 'D01', 'nl');
      const own = plain(await c.say('ik kan maar 12 euro per maand'));
      expect(own).not.toMatch(/vaste tabel/);
      expect(own).toMatch(/persoonlijke betalingsregeling/);
    });
  });

  describe('a running arrangement that covers everything', () => {
    it('nl, D07: nothing new to request, then "what else?" with choices; "Mijn boete opzoeken" looks it up', async () => {
      const c = talk('nl');
      const shown = plain(await schedule(c, 'D07', 'nl'));
      expect(shown).toMatch(/U heeft al een betalingsregeling/);
      expect(shown).toMatch(/Deze boete zit al in uw lopende betalingsregeling/);
      expect(shown).toMatch(/Waarmee kan ik u nog helpen\?/);
      expect(shown).toMatch(/Ik kan niet betalen.*Mijn boete opzoeken.*Medewerker spreken.*Iets anders/);
      expect(plain(await c.say('Mijn boete opzoeken'))).toMatch(/€ 159,50/);
    });

    it('en, phone, D07: the question and the numbered choices are spoken', async () => {
      const c = talk('en', 'telephony');
      const said = spoken(await schedule(c, 'D07', 'en'));
      expect(said).toMatch(/You already have a payment arrangement/);
      expect(said).toMatch(/What else can I help you with\?/);
      expect(said).toMatch(/press the number/);
      expect(said).toMatch(/Talk to a person/);
    });

    it('de, D07: "Wobei kann ich Ihnen sonst noch helfen?" and "2" picks the lookup', async () => {
      const c = talk('de');
      const shown = plain(await schedule(c, 'D07', 'de'));
      expect(shown).toMatch(/Wobei kann ich Ihnen sonst noch helfen\?/);
      expect(shown).toMatch(/Mein Bußgeld nachsehen/);
    });

    it('pl, D07: "W czym jeszcze mogę pomóc?" with the choices', async () => {
      const c = talk('pl');
      const shown = plain(await schedule(c, 'D07', 'pl'));
      expect(shown).toMatch(/Nie trzeba więc teraz składać nowego wniosku\. W czym jeszcze mogę pomóc\?/);
      expect(shown).toMatch(/Rozmowa z pracownikiem/);
    });
  });

  describe('dates, paying and the letter at the schedule', () => {
    it('nl, D01: the last instalment, another pay day, direct debit, the letter; each answered and the question again', async () => {
      const c = talk('nl');
      await schedule(c, 'D01', 'nl');
      const last = plain(await c.say('wanneer is de laatste termijn?'));
      expect(last).toMatch(/De laatste termijn, € 21,50, betaalt u uiterlijk 1 juni 2027/);
      expect(last).not.toMatch(/8 weken/);
      const day = plain(await c.say('kan de datum de 25e worden? dan krijg ik salaris'));
      expect(day).toMatch(/uiterlijk 1 januari 2027/);
      expect(day).toMatch(/Een andere betaaldag kan ik hier niet kiezen/);
      expect(day).not.toMatch(/8 weken/);
      const debit = plain(await c.say('moet ik zelf overmaken of wordt het afgeschreven?'));
      expect(debit).toMatch(/kan ik niet met zekerheid zeggen/);
      expect(debit).toMatch(/op tijd binnen/);
      const letter = plain(await c.say('krijg ik een brief?'));
      expect(letter).toMatch(/besluit per brief/);
      expect(letter).not.toMatch(/brief kwijt/);
      expect(letter).toMatch(PLAN_ASK.nl);
    });

    it('nl, D01: "ik krijg pas op de 25e salaris" is about the pay day (was the letter\'s 8 weeks)', async () => {
      const c = talk('nl');
      await schedule(c, 'D01', 'nl');
      const salary = plain(await c.say('ik krijg pas op de 25e salaris'));
      expect(salary).toMatch(/Een andere betaaldag/);
      expect(salary).not.toMatch(/8 weken/);
    });

    it('en, D02: paying off early and a wife paying are honest "not certain" answers, with paying at once offered', async () => {
      const c = talk('en');
      await schedule(c, 'D02', 'en');
      const early = plain(await c.say('can I pay it off early?'));
      expect(early).toMatch(/I cannot say for certain/);
      expect(early).toMatch(/pay the total of €551\.50 in one go/);
      expect(early).not.toMatch(NO_ANSWER);
      const wife = plain(await c.say('can my wife pay it from her account?'));
      expect(wife).toMatch(/Whether someone else may pay the instalments for you, I cannot say for certain/);
      expect(wife).toMatch(PLAN_ASK.en);
    });

    it('en, D02: "when is the last payment?" and "is this binding?" (nothing is sent before the confirmation)', async () => {
      const c = talk('en');
      await schedule(c, 'D02', 'en');
      expect(plain(await c.say('when is the last payment?'))).toMatch(
        /The last one, €46\.05, is due by 1 December 2027/,
      );
      const binding = plain(await c.say('is this binding?'));
      expect(binding).toMatch(/No, not yet\. I only send a request once you confirm it at the end/);
      expect(binding).not.toMatch(REFERENCE);
    });

    it('de, D13: "Kann meine Frau das bezahlen?", "Wird das abgebucht?", "Wann bin ich fertig?"', async () => {
      const c = talk('de');
      await schedule(c, 'D13', 'de');
      expect(plain(await c.say('Kann meine Frau das bezahlen?'))).toMatch(
        /Ob jemand anders die Raten für Sie zahlen darf/,
      );
      expect(plain(await c.say('Wird das abgebucht?'))).toMatch(/Ob die Raten abgebucht werden/);
      const done = plain(await c.say('Wann bin ich fertig?'));
      expect(done).toMatch(
        /Sie zahlen 18 Raten\. Die letzte Rate, 79,04 €, zahlen Sie bis spätestens 1\. Juni 2028/,
      );
      expect(done).toMatch(PLAN_ASK.de);
    });

    it("pl, D09: late instalment, paying earlier, a standing order, losing one's job", async () => {
      const c = talk('pl');
      await schedule(c, 'D09', 'pl');
      const late = plain(await c.say('co jeśli spóźnię się z ratą?'));
      expect(late).toMatch(/upomnienie z ustawowym podwyższeniem/);
      expect(late).not.toMatch(NO_ANSWER);
      const early = plain(await c.say('czy mogę zapłacić wcześniej?'));
      expect(early).toMatch(/nie mogę powiedzieć na pewno/);
      expect(early).not.toMatch(/8 tygodni/);
      expect(plain(await c.say('czy rata może być przelewem stałym?'))).toMatch(/pobierane z konta/);
      expect(plain(await c.say('a jak stracę pracę?'))).toMatch(/utraty pracy.*skontaktować się z CJIB/);
    });

    it('nl, D01: falling ill, extra costs, documents: answered, nothing invented', async () => {
      const c = talk('nl');
      await schedule(c, 'D01', 'nl');
      const ill = plain(await c.say('wat als ik ziek word en niet kan betalen'));
      expect(ill).toMatch(/Neem dan zo snel mogelijk contact op met het CJIB/);
      expect(ill).toMatch(/Is € 21,50 per maand nu al te hoog\?/);
      const costs = plain(await c.say('komen er nog kosten bij voor de regeling?'));
      expect(costs).toMatch(/Het totaal van € 129,00 is alles wat nu openstaat/);
      expect(costs).toMatch(/kan ik niet met zekerheid zeggen/);
      const docs = plain(await c.say('moet ik iets opsturen?'));
      expect(docs).toMatch(/alleen een e-mailadres of telefoonnummer/);
      expect(docs).toMatch(PLAN_ASK.nl);
    });

    it('en, phone, D12: "what if I miss a payment?" then "yes" goes on to the contact', async () => {
      const c = talk('en', 'telephony');
      await schedule(c, 'D12', 'en');
      const miss = spoken(await c.say('what if I miss a payment?'));
      expect(miss).toMatch(/reminder/);
      expect(miss).toMatch(/press the number/);
      expect(spoken(await c.say('yes'))).toMatch(/e-mail address or phone number/);
    });
  });

  describe('"ik weet het niet", "wacht even" and second thoughts', () => {
    it('nl, D01: "ik weet het niet" explains each choice with the monthly amount, then the question itself', async () => {
      const c = talk('nl');
      await schedule(c, 'D01', 'nl');
      const unsure = plain(await c.say('ik weet het niet'));
      expect(unsure).toMatch(/u hoeft niet meteen te kiezen\. Kunt u elke maand € 21,50 missen\?/);
      expect(unsure).toMatch(PLAN_ASK.nl);
      expect(plain(await c.say('ja'))).toMatch(/e-mailadres of telefoonnummer/);
    });

    it('pl, D12: "nie wiem" is not a no: nothing is declined, the choices are explained', async () => {
      const c = talk('pl');
      await schedule(c, 'D12', 'pl');
      const unsure = plain(await c.say('nie wiem'));
      expect(unsure).not.toMatch(/niczego nie złożyłem/);
      expect(unsure).toMatch(/nie trzeba wybierać od razu/);
      expect(unsure).toMatch(PLAN_ASK.pl);
    });

    it('de, phone, D11: "Ich weiß nicht" is spoken with "sagen Sie", then the choices', async () => {
      const c = talk('de', 'telephony');
      await schedule(c, 'D11', 'de');
      const unsure = spoken(await c.say('Ich weiß nicht'));
      expect(unsure).toMatch(
        /Können Sie jeden Monat 121 Euro und 8 Cent aufbringen\? Dann sagen Sie: ja, beantragen/,
      );
      expect(unsure).toMatch(/drücken Sie die Nummer/);
    });

    it('nl, D02: "ik weet het niet zeker meer" at the read-back: what yes and no do, the read-back again; "nee" files nothing', async () => {
      const c = talk('nl');
      await schedule(c, 'D02', 'nl');
      await c.say('ja');
      await c.say('0612345678');
      const unsure = plain(await c.say('ik weet het niet zeker meer'));
      expect(unsure).toMatch(/Zegt u 'nee', dan verstuur ik niets/);
      expect(unsure).toMatch(/11 termijnen van € 45,95 en een laatste termijn van € 46,05 \(totaal € 551,50\).*0612345678.*Zal ik de aanvraag nu versturen\?/);
      const no = plain(await c.say('nee'));
      expect(no).toMatch(/ik heb niets aangevraagd/);
      expect(no).not.toMatch(REFERENCE);
    });

    it('nl, D02: "ik weet mijn mailadres niet uit mijn hoofd" hears that a phone number will do; the number is then read back', async () => {
      const c = talk('nl');
      await schedule(c, 'D02', 'nl');
      await c.say('ja');
      const forgot = plain(await c.say('ik weet mijn mailadres niet uit mijn hoofd'));
      expect(forgot).toMatch(/Dan is een telefoonnummer ook goed/);
      expect(forgot).not.toMatch(/Dat lijkt geen e-mailadres/);
      expect(plain(await c.say('0612345678'))).toMatch(/We bereiken u via 0612345678/);
    });

    it('en, D13: a phone number instead of the e-mail at the read-back reads the number back; filed once', async () => {
      const c = talk('en');
      await schedule(c, 'D13', 'en');
      await c.say('yes');
      await c.say('my email is sam@example.com');
      const phone = plain(await c.say('actually use my phone instead: 07700 900123'));
      expect(phone).toMatch(/We will reach you at 07700900123/);
      expect(plain(await c.say('yes'))).toMatch(REFERENCE);
    });

    it('pl, D09 at the read-back: "czy mogę to później anulować?" is honest, and the read-back again', async () => {
      const c = talk('pl');
      await schedule(c, 'D09', 'pl');
      await c.say('tak');
      await c.say('jan@example.pl');
      const cancel = plain(await c.say('czy mogę to później anulować?'));
      expect(cancel).toMatch(/nie mogę powiedzieć na pewno/);
      expect(cancel).toMatch(/Czy mam teraz wysłać wniosek\?/);
      expect(cancel).not.toMatch(REFERENCE);
    });

    it('nl, D01 at the read-back: "kan de eerste termijn later?" is the pay day, not the letter\'s deadline', async () => {
      const c = talk('nl');
      await schedule(c, 'D01', 'nl');
      await c.say('ja');
      await c.say('jan@example.nl');
      const later = plain(await c.say('kan de eerste termijn later?'));
      expect(later).toMatch(/Een andere betaaldag kan ik hier niet kiezen/);
      expect(later).toMatch(/Zal ik de aanvraag nu versturen\?/);
      expect(later).not.toMatch(/8 weken/);
    });

    it('nl, D01: "wacht even" at the schedule waits; the answer after it still counts', async () => {
      const c = talk('nl');
      await schedule(c, 'D01', 'nl');
      expect(plain(await c.say('wacht even'))).toMatch(/neem gerust de tijd/);
      expect(plain(await c.say('ja'))).toMatch(/e-mailadres of telefoonnummer/);
    });
  });
  describe('worry, no contact, and the last steps', () => {
    it('nl, D01: "ik heb hier echt stress van" hears a kind word and the choices explained; "ik weet het nog niet" is not a no', async () => {
      const c = talk('nl');
      await schedule(c, 'D01', 'nl');
      const worried = plain(await c.say('ik heb hier echt stress van'));
      expect(worried).toMatch(/Dat begrijp ik; een boete kan veel zorgen geven/);
      expect(worried).toMatch(/Kunt u elke maand € 21,50 missen\?/);
      expect(worried).toMatch(PLAN_ASK.nl);
      const notYet = plain(await c.say('ik weet het nog niet'));
      expect(notYet).not.toMatch(/ik heb niets aangevraagd/);
      expect(notYet).toMatch(/u hoeft niet meteen te kiezen/);
    });

    it('nl, D02: "geen email en geen telefoon" hears that a person can help (not "a phone number is fine too")', async () => {
      const c = talk('nl');
      await schedule(c, 'D02', 'nl');
      await c.say('ja');
      const neither = plain(await c.say('ik heb geen email en geen telefoon'));
      expect(neither).toMatch(/Zonder e-mailadres of telefoonnummer kan ik de aanvraag hier niet versturen/);
      expect(neither).toMatch(/medewerker/);
      expect(neither).not.toMatch(/telefoonnummer ook goed/);
    });

    it('pl, D12: "nie mam maila" at the contact question is no refusal; the phone number is read back and filed', async () => {
      const c = talk('pl');
      await schedule(c, 'D12', 'pl');
      await c.say('tak');
      const noMail = plain(await c.say('nie mam maila'));
      expect(noMail).not.toMatch(/niczego nie złożyłem/);
      expect(noMail).toMatch(/Numer telefonu też wystarczy/);
      expect(plain(await c.say('+48 600 123 456'))).toMatch(/Skontaktujemy się przez \+48600123456/);
      expect(plain(await c.say('tak'))).toMatch(REFERENCE);
    });

    it('en, D13: why the last one differs, "what\'s the max?", "fine, yes", "is it sent now?" (not yet), then filed once', async () => {
      const c = talk('en');
      await schedule(c, 'D13', 'en');
      expect(plain(await c.say('why is the last one different?'))).toMatch(
        /cannot be divided exactly by 18\. That is why the monthly amount is rounded to €78\.88 and the last instalment is €79\.04/,
      );
      expect(plain(await c.say("what's the max?"))).toMatch(/EUR 4,000 or more: 36 months/);
      expect(plain(await c.say('fine, yes'))).toMatch(/e-mail address or phone number/);
      await c.say('sam@example.com');
      const sent = plain(await c.say('is it sent now?'));
      expect(sent).toMatch(/Not yet\. I only send the request once you say 'yes'/);
      expect(sent).not.toMatch(REFERENCE);
      expect(plain(await c.say('yes'))).toMatch(REFERENCE);
    });

    it('nl, D10: "hoeveel moet ik dan per maand?" after "te hoog": the CJIB sets a personal amount (not the months table)', async () => {
      const c = talk('nl');
      await c.start();
      await c.say(ASK.nl);
      await c.say('5111941022799767');
      await c.say('4811 XJ');
      expect(plain(await c.say('Het maandbedrag is te hoog'))).toMatch(/persoonlijke betalingsregeling/);
      const amount = plain(await c.say('hoeveel moet ik dan per maand?'));
      expect(amount).toMatch(
        /Het CJIB bepaalt het bedrag als het uw aanvraag en bewijsstukken heeft beoordeeld/,
      );
      expect(amount).not.toMatch(/tot € 120: 3 maanden/);
      expect(amount).toMatch(/Wilt u met een medewerker spreken\?/);
    });
  });
  describe('a moment away', () => {
    it('en, D09: "hang on, let me check my bank" waits (was a lookup); "ok I\'m back" hears the question again, not a yes', async () => {
      const c = talk('en');
      await schedule(c, 'D09', 'en');
      const wait = plain(await c.say('hang on, let me check my bank'));
      expect(wait).toMatch(/No rush, take your time/);
      expect(wait).not.toMatch(/look up your fine/);
      const back = plain(await c.say("ok I'm back"));
      expect(back).toMatch(PLAN_ASK.en);
      expect(back).not.toMatch(/e-mail address or phone number/);
      expect(plain(await c.say('yes'))).toMatch(/e-mail address or phone number/);
    });

    it('de, D02: "am 15. zahlen?", "wie hoch ist die letzte Rate?", then "Moment, ich suche meine Mail" at the contact question', async () => {
      const c = talk('de');
      await schedule(c, 'D02', 'de');
      expect(plain(await c.say('Kann ich auch am 15. zahlen?'))).toMatch(
        /Einen anderen Zahltag kann ich hier nicht wählen/,
      );
      expect(plain(await c.say('Wie hoch ist die letzte Rate?'))).toMatch(
        /Die letzte Rate, 46,05 €, zahlen Sie bis spätestens 1\. Dezember 2027/,
      );
      await c.say('ja');
      expect(plain(await c.say('Moment, ich suche meine Mail'))).toMatch(/Keine Eile/);
      expect(plain(await c.say('max@example.de'))).toMatch(/Wir erreichen Sie unter max@example\.de/);
    });
  });
  describe('at the offer of a person', () => {
    it('nl, D10: a question nothing answers after the noodstop is said to be unknown (was only the offer again); a person asked for is the handoff', async () => {
      const c = talk('nl');
      await schedule(c, 'D10', 'nl');
      expect(plain(await c.say('kan ik de regeling pauzeren als ik krap zit?'))).toMatch(/noodstop/);
      const interest = plain(await c.say('komt er rente bij?'));
      expect(interest).toMatch(
        /Daar kan ik hier geen precies antwoord op geven\. Een medewerker kan u daar meer over vertellen/,
      );
      expect(interest).toMatch(/Wilt u met een medewerker spreken\?/);
      expect(plain(await c.say('kan ik een medewerker spreken?'))).not.toMatch(/geen precies antwoord/);
    });

    it('de, D09: "Kann mein Sohn die Raten zahlen?" at the schedule is the honest answer about someone else paying', async () => {
      const c = talk('de');
      await schedule(c, 'D09', 'de');
      const son = plain(await c.say('Kann mein Sohn die Raten zahlen?'));
      expect(son).toMatch(
        /Ob jemand anders die Raten für Sie zahlen darf, kann ich nicht mit Sicherheit sagen/,
      );
      expect(son).toMatch(PLAN_ASK.de);
    });
  });
  describe('how to be reached', () => {
    it('nl, D02: "ik wil liever gebeld worden" at the contact question asks the number (was a call-back request); filed with it', async () => {
      const c = talk('nl');
      await schedule(c, 'D02', 'nl');
      await c.say('ja');
      const call = plain(await c.say('ik wil liever gebeld worden'));
      expect(call).toMatch(/Goed, dan bellen we u\. Op welk telefoonnummer/);
      expect(call).not.toMatch(/terugbelt/);
      expect(plain(await c.say('020 123 4567'))).toMatch(/We bereiken u via 0201234567/);
      expect(plain(await c.say('ja'))).toMatch(REFERENCE);
    });

    it('de, D13: "ich möchte lieber angerufen werden" asks the number', async () => {
      const c = talk('de');
      await schedule(c, 'D13', 'de');
      await c.say('ja');
      expect(plain(await c.say('ich möchte lieber angerufen werden'))).toMatch(/Unter welcher Telefonnummer/);
    });
  });
});
