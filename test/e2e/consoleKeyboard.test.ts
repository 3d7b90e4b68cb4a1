import { readFileSync } from 'node:fs';
import type { Activity } from 'botbuilder';
import type { Page } from 'playwright-core';
import { launchBrowser, type TestBrowser } from '../support/browser';
import { createStaffAccount } from '../support/consoleClient';
import { startFakeChannel, type FakeChannel } from '../support/fakeChannel';
import { startTestApp, type TestApp } from '../support/testApp';

jest.setTimeout(120_000);

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

async function accessibilityViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(d: Document, o: object): Promise<{ violations: { id: string; impact: string }[] }> };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.id);
  });
}

/** The focused element's accessible name (aria-label) or id. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    return active?.getAttribute('aria-label') ?? active?.id ?? '';
  });
}

/**
 * The console with the keyboard and as the claiming agent sees it: the queue keeps the focus while
 * it refreshes, every button names its case, taking over moves to the message box, the citizen's
 * own words title the case (a citizen in distress first and marked), and numbers the citizen types
 * to the agent are shown as typed, while a colleague's view of the same case stays masked.
 */
describe('staff console: keyboard, case titles and the words as typed', () => {
  let app: TestApp;
  let channel: FakeChannel;
  let browser: TestBrowser;

  beforeAll(async () => {
    channel = await startFakeChannel();
    app = await startTestApp({
      OFFICE_HOURS: 'mon-sun 00:00-24:00',
      PUBLIC_HOLIDAYS: '2000-01-01',
      HANDOFF_POLL_MS: '200',
      RATE_LIMIT_CONVERSATION_BURST: '100',
    });
    await createStaffAccount(app.app.mongo!.db, 'ann', 'ann-secret-1');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await channel?.close();
  });

  it('keeps focus across refreshes, names each button, focuses the message box and shows the typed numbers', async () => {
    const extra = { serviceUrl: channel.serviceUrl } as Partial<Activity>;
    const asking = app.conversation({ extra });
    await asking.start();
    await asking.say('wat moet ik betalen voor mijn boete?');
    await asking.say('ik wil een medewerker');
    const worried = app.conversation({ extra });
    await worried.start();
    await worried.say('ik kan mijn boete niet betalen ik heb geen geld meer en ik weet het niet meer');
    await worried.say('ik wil een medewerker spreken');

    const agent = await browser.newPage();
    await agent.goto(`${app.url}/console`);
    await agent.fill('#username', 'ann');
    await agent.fill('#password', 'ann-secret-1');
    await agent.click('#loginButton');
    const rows = agent.locator('#queueList li');
    await rows.nth(1).waitFor();
    // The one in distress first, marked; each row titled with the citizen's own words.
    await expect(rows.nth(0).innerText()).resolves.toMatch(/Kwetsbaar[\s\S]*ik weet het niet meer/);
    await expect(rows.nth(1).innerText()).resolves.toContain('wat moet ik betalen voor mijn boete?');

    const claim = agent.getByRole('button', { name: 'Overnemen: wat moet ik betalen voor mijn boete?' });
    await claim.focus();
    // Several refreshes of the list (the events poll every 200 ms): the focus stays on the button.
    await agent.waitForTimeout(1500);
    expect(await focused(agent)).toBe('Overnemen: wat moet ik betalen voor mijn boete?');
    await agent.keyboard.press('Enter');
    await agent.waitForFunction(() => document.activeElement?.id === 'message', undefined, {
      timeout: 10_000,
    });
    await channel.waitFor((t) => /neemt het gesprek nu over/.test(t), 10_000);

    // What the citizen types to the agent: as typed for this agent, marked as not stored.
    await asking.say('mijn nummer is 9690 0000 0000 0027 en bel me op 0612345678');
    const line = agent.locator('#transcript li.citizen', { hasText: '0612345678' });
    await line.waitFor({ timeout: 10_000 });
    await expect(line.innerText()).resolves.toContain('9690 0000 0000 0027');
    await expect(line.innerText()).resolves.toMatch(/niet opgeslagen/);

    // The list of cases being helped is its own list; opening moves the focus to the case.
    await agent.locator('#handledList li').first().waitFor();
    await agent.getByRole('button', { name: /^Openen: ik kan mijn boete niet betalen/ }).click();
    await agent.waitForFunction(() => document.activeElement?.id === 'detailTitle', undefined, {
      timeout: 10_000,
    });
    await expect(agent.locator('#detailTitle').innerText()).resolves.toMatch(/ik weet het niet meer/);
    expect(await accessibilityViolations(agent)).toEqual([]);

    // The stored transcript never has the typed numbers.
    const stored = JSON.stringify(await app.app.mongo!.db.collection('transcripts').find({}).toArray());
    expect(stored).not.toContain('0612345678');
    expect(stored).not.toContain('9690 0000 0000 0027');
    await agent.close();
  });
});
