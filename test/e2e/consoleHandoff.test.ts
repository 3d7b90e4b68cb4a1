import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchBrowser, type TestBrowser } from '../support/browser';
import { createStaffAccount } from '../support/consoleClient';
import { startTestApp, type TestApp } from '../support/testApp';

jest.setTimeout(120_000);

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Serious and critical accessibility violations on the page (axe-core). */
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

/** The visible text of the chat transcript (Web Chat renders into #webchat). */
function chatText(page: Page): Promise<string> {
  return page.locator('#webchat').innerText();
}

async function waitForChat(page: Page, pattern: RegExp): Promise<void> {
  await page.waitForFunction(
    (source) => new RegExp(source, 'i').test(document.querySelector('#webchat')?.textContent ?? ''),
    pattern.source,
    {
      timeout: 20_000,
    },
  );
}

async function citizenSays(page: Page, text: string): Promise<void> {
  const input = page.locator('[data-id="webchat-sendbox-input"]');
  await input.fill(text);
  await input.press('Enter');
}

/**
 * The whole handoff in two browser contexts: a citizen in the chat page asks for a person, an agent
 * signs in to the console, sees the conversation with its summary, claims it, they chat both ways,
 * the agent hands back and the assistant answers the citizen's next question.
 */
describe('handoff in the browser: chat page and staff console', () => {
  let app: TestApp;
  // Two separate browser profiles: the citizen's and the agent's (own cookies, own storage).
  let citizenBrowser: TestBrowser;
  let agentBrowser: TestBrowser;

  beforeAll(async () => {
    app = await startTestApp({
      OFFICE_HOURS: 'mon-sun 00:00-24:00',
      PUBLIC_HOLIDAYS: '2000-01-01',
      HANDOFF_POLL_MS: '200',
    });
    await createStaffAccount(app.app.mongo!.db, 'ann', 'ann-secret-1');
    citizenBrowser = await launchBrowser();
    agentBrowser = await launchBrowser();
  });
  afterAll(async () => {
    await citizenBrowser?.close();
    await agentBrowser?.close();
    await app?.close();
  });

  it('citizen asks for a person, agent claims, they chat, agent hands back, assistant answers again', async () => {
    const citizen = await citizenBrowser.newPage();
    const agent = await agentBrowser.newPage();

    await citizen.goto(`${app.url}/`);
    await waitForChat(citizen, /digitale assistent/);
    await citizenSays(citizen, 'Ik wil een medewerker spreken');
    await waitForChat(citizen, /wachtrij.*nummer 1/);

    await agent.goto(`${app.url}/console`);
    await agent.fill('#username', 'ann');
    await agent.fill('#password', 'ann-secret-1');
    await agent.click('#loginButton');
    const row = agent.locator('#queueList li', { hasText: 'Vraagt om een medewerker' });
    await row.waitFor();
    await row.getByRole('button', { name: 'Openen' }).click();
    await agent.locator('#summary', { hasText: 'NL' }).waitFor();
    await agent.locator('#transcript li.citizen', { hasText: 'Ik wil een medewerker spreken' }).waitFor();
    await agent.click('#claimButton');
    await agent.locator('#chatForm').waitFor({ state: 'visible' });
    await waitForChat(citizen, /neemt het gesprek nu over/);

    expect(await accessibilityViolations(agent)).toEqual([]);

    await agent.fill('#message', 'Goedemiddag, ik kijk met u mee.');
    await agent.press('#message', 'Enter');
    await waitForChat(citizen, /ik kijk met u mee/);
    // Signed with the agent's name, never a placeholder.
    expect(await chatText(citizen)).toMatch(/ann \(CJIB\):\s*Goedemiddag/i);
    expect(await chatText(citizen)).not.toContain('{{');
    // Screen readers hear who wrote: the CJIB, never "Bot said" before a person's message.
    const spoken = (await citizen.locator('#webchat').textContent()) ?? '';
    expect(spoken).toContain('CJIB zei:');
    expect(spoken).not.toMatch(/Bot \S* ?zei/);

    // While the agent owns the conversation the assistant stays silent: no new bot message appears.
    const botBubbles = citizen.locator('.webchat__bubble:not(.webchat__bubble--from-user)');
    const silentFrom = await botBubbles.count();
    await citizenSays(citizen, 'Dank u, ik heb een vraag over mijn aanmaning');
    await agent.locator('#transcript li.citizen', { hasText: 'vraag over mijn aanmaning' }).waitFor();
    await citizen.waitForTimeout(1000);
    expect(await botBubbles.count()).toBe(silentFrom);
    expect(await chatText(citizen)).toContain('vraag over mijn aanmaning');

    await agent.fill('#note', 'Vraag over aanmaning beantwoord');
    await agent.click('#handBackButton');
    await waitForChat(citizen, /teruggegeven aan mij/);
    await agent.locator('#transcript li.system').first().waitFor();

    const before = await botBubbles.count();
    await citizenSays(citizen, 'Hoe kan ik betalen?');
    await citizen.waitForFunction(
      (n) => document.querySelectorAll('.webchat__bubble:not(.webchat__bubble--from-user)').length > n,
      before,
      { timeout: 20_000 },
    );

    await citizen.close();
    await agent.close();
  });

  it('shows a supervisor the queue figures and switches the console to English', async () => {
    await createStaffAccount(app.app.mongo!.db, 'sue', 'sue-secret-1', 'supervisor');
    const visitor = await launchBrowser();
    const page = await visitor.newPage();
    await page.goto(`${app.url}/console`);
    await page.fill('#username', 'sue');
    await page.fill('#password', 'sue-secret-1');
    await page.click('#loginButton');
    await page.click('#supervisorNav');
    await page.locator('#stats', { hasText: 'Wachtend' }).waitFor();
    await page.click('#langSwitch');
    await page.locator('#stats', { hasText: 'Waiting' }).waitFor();
    expect(await page.locator('h2', { hasText: 'Queue overview' }).isVisible()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    await visitor.close();
  });

  it('shows the login form to a visitor without a session and refuses the API', async () => {
    const visitor = await launchBrowser();
    const page = await visitor.newPage();
    await page.goto(`${app.url}/console`);
    await page.locator('#loginForm').waitFor();
    expect(await page.locator('#queueView').isHidden()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    const status = await page.evaluate(async () => (await fetch('/console/api/queue')).status);
    expect(status).toBe(401);
    await visitor.close();
  });
});
