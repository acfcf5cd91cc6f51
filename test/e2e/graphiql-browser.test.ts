import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { type BuiltGateway, startBuiltGateway } from '../helpers/start-built-gateway.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * An analyst opens /graphql in a browser with no internet: GraphiQL loads from the gateway's
 * own assets, comes preset with the demo token, and runs the example query.
 */
describe('the query editor in a browser', () => {
  let gateway: BuiltGateway;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM))
      throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM_PATH`);
    gateway = await startBuiltGateway();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await gateway?.stop();
  });

  it('loads offline, runs the preset wallboard query and shows its result', async () => {
    const page = await browser.newPage();
    const requested: string[] = [];
    const problems: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });

    await page.goto(gateway.url, { waitUntil: 'load' });
    await page.waitForSelector('.graphiql-container', { timeout: 20_000 });
    await page.click('.graphiql-execute-button');
    await page.locator('.result-window', { hasText: 'totalCalls' }).waitFor({ timeout: 20_000 });
    const result = await page.locator('.result-window').innerText();
    expect(result).toContain('"queues"');
    expect(result).not.toContain('"errors"');

    const origin = new URL(gateway.url).origin;
    expect(requested.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([]);
    expect(problems).toEqual([]);
  }, 60_000);
});
