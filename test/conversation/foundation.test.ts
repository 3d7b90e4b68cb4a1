import type { Activity } from 'botbuilder';
import { useTestApp } from '../support/appForTests';
import { useAppWithMongo } from '../support/appWithMongo';
import type { TestMongo } from '../support/mongo';
import { textOf, type TestConversation } from '../support/testApp';

/** Reads the conversation's saved state straight from MongoDB, as a second process would. */
async function savedConversationData(
  mongo: TestMongo,
  dbName: string,
  channelId: string,
  conversationId: string,
) {
  const doc = await mongo.client
    .db(dbName)
    .collection<{ _id: string; json: string }>('botState')
    .findOne({ _id: `${channelId}/conversations/${conversationId}/` });
  return doc ? (JSON.parse(doc.json).conversationData as { turns?: number }) : undefined;
}

describe('the assistant end to end over HTTP', () => {
  const dbName = `foundation_${Date.now()}`;
  const assistant = useAppWithMongo({ MONGODB_DB: dbName });
  const savedData = (c: TestConversation) =>
    savedConversationData(assistant.mongo, dbName, c.channelId, c.id);

  it('answers the health probes', async () => {
    expect((await fetch(`${assistant.app.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${assistant.app.url}/readyz`)).status).toBe(200);
  });

  it('welcomes a new conversation in Dutch and says it is an automated assistant', async () => {
    const replies = await assistant.app.conversation().start();
    expect(replies).toHaveLength(1);
    expect(replies[0].text).toMatch(/digitale assistent van het CJIB/);
    expect(replies[0].text).toMatch(/computerprogramma, geen mens/);
    expect(replies[0].text).toMatch(/medewerker/);
    expect(textOf(replies)).toMatch(/Betalingsregeling/);
  });

  it('welcomes in English when the channel says English', async () => {
    const replies = await assistant.app.conversation({ locale: 'en-GB' }).start();
    expect(replies[0].text).toMatch(/digital assistant/);
    expect(replies[0].text).toMatch(/not a person/);
  });

  it('tells the AI disclosure first when a conversation starts with a message', async () => {
    const replies = await assistant.app.conversation({ channelId: 'sms' }).say('hallo');
    expect(replies[0].text).toMatch(/geen mens/);
  });

  it('answers help with what it can do', async () => {
    const conversation = assistant.app.conversation();
    await conversation.start();
    const replies = await conversation.say('wat kun je allemaal?');
    expect(textOf(replies)).toMatch(/betalingsregeling aanvragen/);
  });

  it('refuses a malformed body with 400 and keeps serving', async () => {
    const broken = await fetch(`${assistant.app.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{not json',
    });
    expect(broken.status).toBe(400);
    const notAnActivity = await assistant.app.conversation().postRaw({ type: 42 as unknown as string });
    expect(notAnActivity.status).toBe(400);
    const body = await notAnActivity.text();
    expect(body).not.toMatch(/at .*\.ts:\d+/);
    expect((await fetch(`${assistant.app.url}/healthz`)).status).toBe(200);
  });

  it('answers 20 messages posted at once into one conversation and counts all 20 in its state', async () => {
    const conversation = assistant.app.conversation();
    await conversation.start();
    const all = await Promise.all(
      Array.from({ length: 20 }, (_, i) => conversation.say(i % 2 ? 'hallo' : 'bedankt')),
    );
    expect(all.every((replies: Activity[]) => replies.length > 0)).toBe(true);
    const data = await savedData(conversation);
    expect(data?.turns).toBe(20);
  });

  it('keeps a conversation across a restart of the process (state lives in MongoDB)', async () => {
    const conversation = assistant.app.conversation({ locale: 'nl-NL' });
    await conversation.start();
    await conversation.say('can we continue in English please');
    await assistant.restart();
    const again = assistant.app.conversation({
      conversationId: conversation.id,
      userId: conversation.userId,
      locale: 'nl-NL',
    });
    const replies = await again.say('hello');
    // Not welcomed twice, and still in the language chosen before the restart.
    expect(textOf(replies)).not.toMatch(/not a person|geen mens/);
    expect(textOf(replies)).toMatch(/help/i);
    const data = await savedData(conversation);
    expect(data?.turns).toBe(2);
  });
});

describe('the language of a conversation', () => {
  const assistant = useTestApp();

  it('answers a citizen who opens in English on a Dutch page in English', async () => {
    const conversation = assistant.app.conversation({ locale: 'nl-NL' });
    await conversation.start();
    expect(textOf(await conversation.say('Good morning'))).toMatch(/help/i);
  });

  it('answers a short German opening in German', async () => {
    const conversation = assistant.app.conversation({ locale: 'nl-NL' });
    await conversation.start();
    expect(textOf(await conversation.say('Hallo, ich brauche Hilfe'))).toMatch(/Sie|Ihnen/);
  });

  it('keeps a Dutch conversation Dutch when the citizen says a loan word like "thanks"', async () => {
    const conversation = assistant.app.conversation({ locale: 'nl-NL' });
    await conversation.start();
    await conversation.say('hoe lang heb ik om mijn boete te betalen?');
    expect(textOf(await conversation.say('thanks'))).not.toMatch(/welcome|help you/i);
  });
});
