import { answerCovers } from '../../domain/knowledge/answerCoverage';
import { askedFirst } from '../../domain/knowledge/askedFirst';
import { directAnswer } from '../../domain/knowledge/directAnswer';
import { asksToApplyAfter, saysNotHelpful } from '../../domain/knowledge/ratingReply';
import { followUpLead, specificAsk, specificLead } from '../../domain/knowledge/specificAsks';

describe('specificAsk: precise questions with their own answer', () => {
  it.each([
    [
      'Ich habe einen Strafbefehl bekommen, ich wohne in Deutschland. Ich bin nicht einverstanden. Soll ich erst zahlen?',
      'strafbeschikking',
      ['punitiveObjection'],
    ],
    [
      'I got a strafbeschikking, I live in Belgium and I disagree. Should I pay first?',
      'strafbeschikking',
      ['punitiveObjection'],
    ],
    ['ik ben het niet eens met mijn strafbeschikking', 'strafbeschikking', ['punitiveObjection']],
    ["I'm American. If I just don't pay the fine, what happens?", 'foreign', ['outsideEu']],
    ['is the UK still handled since brexit?', 'foreign', ['outsideEu']],
    ['what if I come back to the netherlands next year', 'foreign', ['comeBack']],
    ['can I pay with credit card or paypal? I am in australia', 'how_to_pay', ['payFromAbroad']],
    ['the CJIB received 5 euro less than the fine', 'how_to_pay', ['underpaid']],
    ['ik heb 5 euro te weinig betaald', 'how_to_pay', ['underpaid']],
    [
      'can i pay in dollars? and the letter took 3 weeks to arrive, do i get extra time?',
      'how_to_pay',
      ['payFromAbroad', 'lateLetter'],
    ],
    ['can I pay both fines in one transfer?', 'how_to_pay', ['oneTransferPerFine']],
    ['Hertz charged my credit card 45 euros admin fee, do I pay twice??', 'not_the_driver', ['rentalFee']],
    ['ein Mietwagen von Sixt, ich war gar nicht der Fahrer', 'not_the_driver', ['rentalDriver']],
    ['ich habe einen Brief vom CJIB bekommen, aber das ist ein Mietwagen gewesen', 'not_the_driver', ['rentalDriver']],
    ['I got a letter from the CJIB but it was a rental car', 'not_the_driver', ['rentalDriver']],
    ['I sold my car before I moved to Ireland', 'not_the_driver', ['soldCar']],
    ["I don't have that vrijwaringsbewijs thing", 'not_the_driver', ['noVrijwaring']],
    ['co to jest machtiging? gdzie jest ten formularz', 'not_the_driver', ['machtigingForm']],
    ['im in the uk now, how do I contact the bailiff', 'bailiff_involved', ['bailiffContact']],
    ['a fine from france. i was never in france! how do i object', 'european_fine', ['europeanObjection']],
    ['it says Beschikking and Aanmaning on top', 'letter_explained', ['termBeschikking', 'termAanmaning']],
    ['what is aanmaning', 'late_payment', ['termAanmaning']],
    ['the letter went to my old address in Poland. can I pay here?', 'how_to_pay', ['oldAddress']],
  ])('%s', (text, topicId, leads) => {
    expect(specificAsk(text)).toEqual({ topicId, leads });
  });

  it.each([
    'hoe kan ik betalen',
    'kan ik in termijnen betalen?',
    'I live in Belgium, how do I appeal?',
    'wat is een strafbeschikking',
  ])('leaves %s to the usual routing', (text) => {
    expect(specificAsk(text)).toBeUndefined();
  });

  it('is asked before the abroad rules: the sanction decides the procedure', () => {
    expect(askedFirst('I got a strafbeschikking, I live in Belgium and I disagree')?.topicId).toBe(
      'strafbeschikking',
    );
  });

  it('joins several leads for one topic', () => {
    expect(
      specificLead('how_to_pay', 'in dollars? the letter took 3 weeks to arrive, do i get extra time?'),
    ).toBe('payFromAbroad+lateLetter');
  });
});

describe('follow-ups that lean on the answer just given', () => {
  it.each([
    ['not_the_driver', 'Muss ich trotzdem bezahlen?', 'stillPay'],
    ['not_the_driver', 'do I still have to pay?', 'stillPay'],
    ['foreign', 'and if I come back to Holland?', 'comeBack'],
    ['how_to_pay', 'what about wise or revolut', 'payViaService'],
  ] as const)('after %s: %s', (topicId, text, lead) => {
    expect(followUpLead(topicId, text)).toBe(lead);
    expect(directAnswer(topicId, text)).toBe(lead);
  });

  it('gives the photo without DigiD its own answer', () => {
    expect(directAnswer('photo', 'i dont have digid, i live in belgium')).toBe('abroadPhoto');
  });

  it('a foreign fine for a country never visited is contested abroad', () => {
    expect(
      specificAsk('got a letter from CJIB about a fine from france. i was never in france!')?.leads,
    ).toEqual(['europeanObjection']);
  });
});

describe('ratingReply', () => {
  it.each([
    'nee dit helpt niet',
    'dit heeft me niet geholpen',
    "that didn't help",
    'not helpful',
    'das hilft mir nicht',
    'nie pomogło',
  ])('%s is a no', (text) => expect(saysNotHelpful(text)).toBe(true));
  it.each(['ja', 'ja dank je', 'yes thanks'])('%s is not', (text) =>
    expect(saysNotHelpful(text)).toBe(false),
  );

  it('"ja, aanvragen" after an answer that offers the arrangement asks for it', () => {
    expect(asksToApplyAfter('strafbeschikking', 'ja, aanvragen')).toBe(true);
    expect(asksToApplyAfter('instalments', 'yes, apply please')).toBe(true);
    expect(asksToApplyAfter('photo', 'ja, aanvragen')).toBe(false);
    expect(asksToApplyAfter('instalments', 'ja')).toBe(false);
    expect(asksToApplyAfter('instalments', 'nee, niet aanvragen')).toBe(false);
  });
});

describe('answerCovers', () => {
  it('a word asked the meaning of must be in the answer', () => {
    expect(answerCovers('You get a reminder (aanmaning) and it goes up.', 'what is aanmaning')).toBe(true);
    expect(answerCovers('You get a reminder and it goes up.', 'what is aanmaning')).toBe(false);
  });
  it('other follow-ups are not judged', () => {
    expect(answerCovers('You get a reminder.', 'hoeveel is dat bij een boete van 100 euro')).toBe(true);
  });
});
