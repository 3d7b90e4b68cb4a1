/**
 * "Ik woon in België en wil in termijnen betalen": read as a question from abroad, answered with the
 * instalment conditions, which say the arrangement can be requested here. The letter's number sent
 * next is that request (the offer of a schedule), as after "kan ik in termijnen betalen?", not only
 * the overview of the fines; on WhatsApp, SMS and the phone alike.
 */
import { useStaffedApp } from '../support/appForTests';
import { DEMO_DEBTORS } from '../support/demoDebtors';
import { heardSentences, messagesOf } from '../support/replyText';
import { textOf } from '../support/testApp';

const { D01, D11, D12 } = DEMO_DEBTORS;

describe('the instalment conditions answered for someone abroad, then the letter’s number', () => {
  const assistant = useStaffedApp();

  it.each([
    [
      'whatsapp',
      'nl-NL',
      'ik woon in belgie en wil in termijnen betalen',
      D01,
      /€ 129,00 in 6 maanden/,
      /Wilt u deze betalingsregeling aanvragen\?/,
    ],
    [
      'sms',
      'de-DE',
      'Hallo, ich habe ein Bußgeld aus Holland und möchte in Raten zahlen',
      D11,
      /4\.359,00 € in 36 Monaten/,
      /Möchten Sie diese Ratenzahlung beantragen\?/,
    ],
    [
      'whatsapp',
      'en-GB',
      'I live in Germany, can I pay in instalments?',
      D11,
      /€4,359\.00 over 36 months/,
      /request this payment arrangement\?/,
    ],
  ])(
    '%s %s: "%s", the number and postcode: the schedule offered',
    async (channelId, locale, asked, debtor, terms, question) => {
      const c = await assistant.open({ channelId, locale });
      await c.say(asked);
      await c.say(debtor.number);
      const offer = textOf(messagesOf(await c.say(debtor.postcode)));
      expect(offer).toMatch(terms);
      expect(offer).toMatch(question);
    },
  );

  it('pl phone: "mieszkam w Polsce i chcę spłacić mandat w ratach", then the number said: the schedule heard', async () => {
    const c = await assistant.open({ channelId: 'telephony', locale: 'pl-PL' });
    await c.say('mieszkam w Polsce i chcę spłacić mandat w ratach');
    await c.say(
      'jeden sześć dwa cztery, sześć osiem dziewięć sześć, trzy zero trzy dwa, trzy trzy pięć dziewięć',
    );
    const offer = heardSentences(await c.say(D12.postcode));
    expect(offer).toMatch(/167 euro w 6 miesięcznych ratach/);
    expect(offer).toMatch(/Czy chce Pan lub Pani złożyć wniosek/);
  });
});
