import { TOPIC_IDS } from '../../domain/knowledge/topics';
import { KEY_FACTS, UNCERTAIN_FACTS } from '../support/faqKeyFacts';
import { useAppWithMongo } from '../support/appWithMongo';
import { textOf } from '../support/testApp';

const CHANNEL_LOCALE = { nl: 'nl-NL', en: 'en-GB' } as const;

/** Every topic asked in Dutch and in English, as a citizen would type it. */
const TABLE = TOPIC_IDS.flatMap((id) =>
  (['nl', 'en'] as const).map((lang) => [id, lang, KEY_FACTS[id].question[lang]] as const),
);

describe('answers to citizen questions through POST /api/messages', () => {
  const dbName = `faq_${Date.now()}`;
  const assistant = useAppWithMongo({ MONGODB_DB: dbName });

  it.each(TABLE)('%s (%s): "%s" is answered with the key facts', async (id, lang, question) => {
    const conversation = assistant.app.conversation({ locale: CHANNEL_LOCALE[lang] });
    await conversation.start();
    const answer = textOf(await conversation.say(question));
    const facts = KEY_FACTS[id];
    for (const fact of [...facts.any, ...facts[lang]]) expect(answer).toMatch(fact);
    expect(answer).toMatch(/\]\(https:\/\/(www\.)?cjib\.nl[^)]*\)/);
    for (const uncertain of UNCERTAIN_FACTS) {
      if (uncertain.topics && !uncertain.topics.includes(id)) continue;
      expect({ fact: uncertain.what, found: answer.match(uncertain.pattern)?.[0] }).toEqual({
        fact: uncertain.what,
        found: undefined,
      });
    }
  });

  it.each([
    ['de-DE', 'Kann ich mein Bußgeld in Raten zahlen?', /mindestens 75 €/],
    ['de-DE', 'Wie lange habe ich Zeit, um zu zahlen?', /8 Wochen/],
    ['de-DE', 'Warum ist mein Bußgeld höher geworden?', /1,5-Fache/],
    ['de-DE', 'Ich habe eine SMS vom CJIB bekommen, ist die echt?', /nie per E-Mail, SMS oder WhatsApp/],
    ['pl-PL', 'Czy mogę zapłacić mandat w ratach?', /co najmniej 75 EUR/],
    ['pl-PL', 'Ile mam czasu na zapłatę?', /8 tygodni/],
    ['pl-PL', 'Mam długi i nie mogę zapłacić', /4 miesiące/],
    ['pl-PL', 'Dostałem SMS od CJIB, czy to oszustwo?', /nigdy nie wysyła/],
  ])('answers in German and Polish too (%s) "%s"', async (locale, question, fact) => {
    const conversation = assistant.app.conversation({ locale });
    await conversation.start();
    expect(textOf(await conversation.say(question))).toMatch(fact);
  });

  it('offers the lookup after the deadline answer and the arrangement after the instalments answer', async () => {
    const deadline = assistant.app.conversation();
    await deadline.start();
    expect(textOf(await deadline.say(KEY_FACTS.payment_deadline.question.nl))).toMatch(/Mijn boete opzoeken/);
    const instalments = assistant.app.conversation({ locale: 'en-GB' });
    await instalments.start();
    expect(textOf(await instalments.say(KEY_FACTS.instalments.question.en))).toMatch(
      /Request a payment arrangement/,
    );
  });

  it('asks "did this help?" and stores the rating with the topic id only', async () => {
    const conversation = assistant.app.conversation();
    await conversation.start();
    const answer = textOf(await conversation.say('Kan ik de foto van de flitspaal zien?'));
    expect(answer).toMatch(/Heeft dit antwoord u geholpen\?/);
    expect(textOf(await conversation.say('Ja'))).toMatch(/Dank u wel voor uw reactie/);
    const docs = await assistant.mongo.client.db(dbName).collection('feedback').find({}).toArray();
    expect(
      docs.map(({ topicId, helpful, locale, channelId }) => ({ topicId, helpful, locale, channelId })),
    ).toEqual([{ topicId: 'photo', helpful: true, locale: 'nl', channelId: 'webchat' }]);
    expect(JSON.stringify(docs)).not.toMatch(/flitspaal|Ja/);
  });

  it('handles a new question typed instead of yes/no as a new question', async () => {
    const conversation = assistant.app.conversation();
    await conversation.start();
    await conversation.say('Kan ik de foto van de flitspaal zien?');
    const next = textOf(await conversation.say('Ik heb schulden en kan mijn boete echt niet betalen'));
    expect(next).toMatch(/noodstop/);
    expect(next).toMatch(/4 maanden/);
  });

  it('a short follow-up ("wat kost dat?", "and if I don\'t?") is about the answer just given', async () => {
    const nl = assistant.app.conversation();
    await nl.start();
    await nl.say('Hoe lang heb ik om mijn verkeersboete te betalen?');
    const cost = textOf(await nl.say('en wat kost dat?'));
    expect(cost).toMatch(/1,5 keer/);
    const next = textOf(await nl.say('en als ik dat niet doe?'));
    expect(next).toMatch(/deurwaarder/);

    const en = assistant.app.conversation({ locale: 'en-GB' });
    await en.start();
    await en.say('What happens if I pay my traffic fine late?');
    expect(textOf(await en.say("and if I don't?"))).toMatch(/bailiff/);
  });

  it('answers a question in the middle of the fine lookup the same way, then resumes the lookup', async () => {
    const conversation = assistant.app.conversation();
    await conversation.start();
    const ask = textOf(await conversation.say('Ik wil mijn boete opzoeken'));
    expect(ask).toMatch(/CJIB-nummer/);
    const replies = await conversation.say(KEY_FACTS.payment_deadline.question.nl);
    const text = textOf(replies);
    expect(text).toMatch(/8 weken/);
    expect(text).toMatch(/https:\/\/www\.cjib\.nl\/en\/our-procedures-traffic-fines/);
    // The lookup asks for the number again.
    expect(replies[replies.length - 1].text).toMatch(/CJIB-nummer/);
  });

  it('warns about scam messages even when the recognizer is unsure', async () => {
    const conversation = assistant.app.conversation({ channelId: 'whatsapp' });
    await conversation.start();
    const answer = textOf(await conversation.say('kreeg net een appje van cjib met een tikkie, klopt dat??'));
    expect(answer).toMatch(/nooit een boete of aanmaning via e-mail, sms of WhatsApp/);
  });
});
