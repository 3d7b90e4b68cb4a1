/**
 * The citizen chat page in Debian's chromium: loads with no request leaving the server, welcomes,
 * a fine lookup typed by the citizen (demo record D01), reload keeps the conversation, the language
 * switch, the sign-in token on every activity, and an axe-core scan. Screenshot: test-artifacts/chat.png.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS_DIR, launchBrowser, type TestBrowser } from '../support/browser';
import { startTestMongo, type TestMongo } from '../support/mongo';
import { startTestApp, type TestApp } from '../support/testApp';

jest.setTimeout(120_000);

const SEND_BOX = '[data-id="webchat-sendbox-input"]';
const TRANSCRIPT = '.webchat__basic-transcript';
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

async function send(page: Page, text: string): Promise<void> {
  const box = page.locator(SEND_BOX);
  await box.fill(text);
  await box.press('Enter');
}

/** Waits until the transcript shows the text (bot bubbles, cards and the citizen's own messages). */
async function waitForTranscript(page: Page, pattern: RegExp, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    ({ selector, source, flags }) =>
      new RegExp(source, flags).test(document.querySelector(selector)?.textContent ?? ''),
    { selector: TRANSCRIPT, source: pattern.source, flags: pattern.flags },
    { timeout },
  );
}

async function countMatches(page: Page, pattern: RegExp): Promise<number> {
  const text = (await page.locator(TRANSCRIPT).textContent()) ?? '';
  return text.match(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))?.length ?? 0;
}

describe('the citizen chat page', () => {
  let mongo: TestMongo;
  let app: TestApp;
  let browser: TestBrowser;
  let page: Page;
  const foreignRequests: string[] = [];
  const postedActivities: Record<string, unknown>[] = [];

  beforeAll(async () => {
    mongo = await startTestMongo();
    app = await startTestApp({ MONGODB_URI: mongo.uri, MONGODB_DB: `chat_${Date.now()}` });
    browser = await launchBrowser();
    page = await browser.newPage();
    const local = new URL(app.url);
    const isLocal = (url: string): boolean => {
      if (/^(data|blob|about):/.test(url)) return true;
      const parsed = new URL(url);
      return parsed.host === local.host && /^(http|ws):$/.test(parsed.protocol);
    };
    page.on('request', (request) => {
      if (!isLocal(request.url())) foreignRequests.push(request.url());
      if (request.method() === 'POST' && /\/conversations\/[^/]+\/activities$/.test(request.url())) {
        postedActivities.push(JSON.parse(request.postData() ?? '{}'));
      }
    });
    page.on('websocket', (ws) => {
      if (!isLocal(ws.url())) foreignRequests.push(ws.url());
    });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await mongo?.stop();
  });

  it('loads from the server alone, in Dutch, with the AI disclosure and the welcome', async () => {
    await page.goto(`${app.url}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await expect(page.locator('h1').textContent()).resolves.toBe('Digitale assistent');
    await expect(page.locator('#disclosure').textContent()).resolves.toMatch(/computerprogramma, geen mens/);
    expect(await page.locator('#disclosure').isVisible()).toBe(true);
    await waitForTranscript(page, /digitale assistent van het CJIB/);
    expect(foreignRequests).toEqual([]);
  });

  it('lets a citizen look up a fine by typing (D01 → € 129,00 on a card)', async () => {
    await send(page, 'Ik wil mijn boete opzoeken');
    await waitForTranscript(page, /CJIB-nummer/i);
    await send(page, '9698948614580658');
    await waitForTranscript(page, /postcode/i);
    await send(page, '8911 AB');
    const card = page.locator('.ac-adaptiveCard', { hasText: '€ 129,00' }).first();
    await card.waitFor({ timeout: 15_000 });
    await card.scrollIntoViewIfNeeded();
    expect(await card.isVisible()).toBe(true);
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'chat.png'), fullPage: true });
    expect(foreignRequests).toEqual([]);
  });

  it('keeps the conversation over a reload', async () => {
    const before = await page.evaluate(() =>
      JSON.parse(sessionStorage.getItem('cjib.chat.session') ?? 'null'),
    );
    expect(before.conversationId).toEqual(expect.any(String));
    expect(Number(before.watermark)).toBeGreaterThan(0);
    const welcomes = await countMatches(page, /digitale assistent van het CJIB/);
    await page.reload();
    await waitForTranscript(page, /€ 129,00/);
    const after = await page.evaluate(() =>
      JSON.parse(sessionStorage.getItem('cjib.chat.session') ?? 'null'),
    );
    expect(after.conversationId).toBe(before.conversationId);
    // The same conversation goes on: no second welcome, and the assistant still knows the thread.
    await send(page, 'bedankt');
    await waitForTranscript(page, /Graag gedaan/);
    expect(await countMatches(page, /digitale assistent van het CJIB/)).toBe(welcomes);
  });

  it('switches the language of the page and of the assistant', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expect(page.locator('h1').textContent()).resolves.toBe('Digital assistant');
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    await waitForTranscript(page, /I will continue in English/);
    expect(
      postedActivities.some((a) => a.type === 'event' && a.name === 'setLanguage' && a.value === 'en'),
    ).toBe(true);
    await send(page, 'thanks');
    await waitForTranscript(page, /You're welcome|welcome/i);
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await waitForTranscript(page, /Ik ga verder in het Nederlands/);
  });

  it('has no serious or critical accessibility violations (axe-core)', async () => {
    await page.evaluate(AXE);
    const result = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run(
              context: Document,
              options: object,
            ): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
          };
        }
      ).axe;
      const run = await axe.run(document, { resultTypes: ['violations'] });
      return run.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
      }));
    });
    const serious = result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious).toEqual([]);
  });

  it('can be used with the keyboard alone', async () => {
    await page.goto(`${app.url}/`);
    await waitForTranscript(page, /€ 129,00/);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('skip-link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe(
      'webchat-sendbox-input',
    );
    await page.keyboard.type('wat kun je allemaal?');
    await page.keyboard.press('Enter');
    await waitForTranscript(page, /betalingsregeling aanvragen/);
  });

  it('sends the signed-in citizen token from the host page with every activity', async () => {
    const signedIn = await browser.newPage();
    await signedIn.addInitScript(() => {
      (window as unknown as { CJIB_SIGNIN_TOKEN: string }).CJIB_SIGNIN_TOKEN = 'host-page-token';
    });
    const sent: Record<string, unknown>[] = [];
    signedIn.on('request', (request) => {
      if (request.method() === 'POST' && /\/activities$/.test(request.url()))
        sent.push(JSON.parse(request.postData() ?? '{}'));
    });
    await signedIn.goto(`${app.url}/`);
    await signedIn.locator(TRANSCRIPT).waitFor();
    await waitForTranscript(signedIn, /digitale assistent van het CJIB/);
    await send(signedIn, 'hallo');
    await waitForTranscript(signedIn, /Hallo! Waarmee kan ik u helpen/);
    expect(sent.length).toBeGreaterThan(0);
    expect(
      sent.every((a) => (a.channelData as { signinToken?: string })?.signinToken === 'host-page-token'),
    ).toBe(true);
    // The token is a credential: never stored in, nor echoed by, the conversation.
    const session = await signedIn.evaluate(() =>
      JSON.parse(sessionStorage.getItem('cjib.chat.session') ?? 'null'),
    );
    const history = await (
      await fetch(`${app.url}/v3/directline/conversations/${session.conversationId}/activities`, {
        headers: { authorization: `Bearer ${session.token}` },
      })
    ).text();
    expect(history).not.toContain('host-page-token');
    await signedIn.close();
  });
});
