import { useArrangementRound } from '../support/arrangementRound';
import { DEMO_DEBTORS } from '../support/demoDebtors';
import { startAndIdentify } from '../support/identify';
import { oneLine as plain } from '../support/replyText';

/**
 * After a lookup, "what does stage open mean?" (nl/en/de/pl) explains that stage for the citizen's
 * own fines (DOMAIN.md §2.3), not "I am not sure what you mean". And one Dutch answer in an English
 * arrangement ("ja graag, vraag maar aan") keeps English: the contact question and the read-back
 * come in the conversation's language.
 */

describe('the stage of a fine explained, and the language kept for one answer', () => {
  const { talk } = useArrangementRound();

  it.each([
    ['en', 'check fine', 'what does stage open mean', /“Open” for Running a red light: You can pay this fine now/],
    ['nl', 'mijn boete opzoeken', 'wat betekent status open', /“Open” bij Door rood licht rijden: U kunt deze boete nu betalen/],
    ['en', 'check fine', 'what does first reminder mean?', /“First reminder” for .*statutory increase has been added/],
  ] as const)('%s: "%s" then "%s"', async (lang, opening, question, answer) => {
    const c = talk(lang);
    await startAndIdentify(c, opening, DEMO_DEBTORS.D02);
    const reply = plain(await c.say(question));
    expect(reply).toMatch(answer);
    expect(reply).not.toMatch(/not sure what you mean|weet niet zeker wat u bedoelt/);
  });

  it('de, living abroad: "was bedeutet der Status?" says what the second reminder means from abroad', async () => {
    const c = talk('de');
    await startAndIdentify(c, 'Bußgeld nachsehen', DEMO_DEBTORS.D11);
    const reply = plain(await c.say('was bedeutet der Status?'));
    expect(reply).toMatch(/„Zweite Mahnung“ bei .*EU-Land/);
  });

  it('pl: "co znaczy status otwarty?"', async () => {
    const c = talk('pl');
    await startAndIdentify(c, 'sprawdź mój mandat', DEMO_DEBTORS.D12);
    expect(plain(await c.say('co znaczy status otwarty?'))).toMatch(/„Otwarty” przy mandacie .*Może Pan\/Pani teraz zapłacić/);
  });

  it('en-GB: "ja graag, vraag maar aan" keeps English for the contact question and the read-back', async () => {
    const c = talk('en');
    await startAndIdentify(c, 'payment arrangement', DEMO_DEBTORS.D13);
    const contact = plain(await c.say('ja graag, vraag maar aan'));
    expect(contact).toMatch(/At which e-mail address or phone number can we reach you/);
    expect(contact).not.toMatch(/Op welk e-mailadres/);
    expect(plain(await c.say('s.thompson@outlook.com'))).toMatch(/We will reach you at s\.thompson@outlook\.com/);
  });
});
