import { ConfigurationBotFrameworkAuthentication, type Activity } from 'botbuilder';
import { ClaimsIdentity } from 'botframework-connector';
import { ClientReusingAuthentication } from '../../bot/clientReusingAuthentication';

const activity = (serviceUrl: string): Activity =>
  ({
    type: 'message',
    channelId: 'test',
    serviceUrl,
    conversation: { id: 'c1' },
    from: { id: 'u1' },
  }) as Activity;

describe('ClientReusingAuthentication', () => {
  const auth = new ClientReusingAuthentication(new ConfigurationBotFrameworkAuthentication({}));

  it('authenticates as the configured authentication does (anonymous without an app id)', async () => {
    const result = await auth.authenticateRequest(activity('http://localhost/'), '');
    expect(result.claimsIdentity.isAuthenticated).toBe(true);
  });

  it('reuses one connector client per service URL and audience across turns', async () => {
    const first = await auth.authenticateRequest(activity('http://a.example/'), '');
    const second = await auth.authenticateRequest(activity('http://a.example/'), '');
    const a1 = await first.connectorFactory!.create('http://a.example/', first.audience);
    const a2 = await second.connectorFactory!.create('http://a.example/', second.audience);
    const b = await second.connectorFactory!.create('http://b.example/', second.audience);
    expect(a2).toBe(a1);
    expect(b).not.toBe(a1);
    const proactive = await auth
      .createConnectorFactory(first.claimsIdentity)
      .create('http://a.example/', first.audience);
    expect(proactive).toBe(a1);
  });

  it('reuses the user-token client per app id', async () => {
    const anonymous = new ClaimsIdentity([], 'anonymous');
    expect(await auth.createUserTokenClient(anonymous)).toBe(await auth.createUserTokenClient(anonymous));
  });
});
