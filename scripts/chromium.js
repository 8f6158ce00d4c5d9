/**
 * Debian's Chromium driven by puppeteer-core (no browser download), launched the one way the
 * report tests and `npm run report:screenshots` use: headless, no sandbox (CI containers run as
 * root), no GPU, nothing fetched in the background, a fresh profile each time.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/** The system Chromium on PATH (`CHROMIUM` overrides), or undefined when there is none. */
export function chromiumPath() {
  for (const name of [process.env.CHROMIUM, 'chromium', 'chromium-browser'].filter(Boolean)) {
    const found = spawnSync('sh', ['-c', 'command -v "$1"', 'sh', name], { encoding: 'utf8' });
    if (found.status === 0 && found.stdout.trim()) return found.stdout.trim();
  }
  return undefined;
}

/** A browser with a fresh --user-data-dir; `close()` closes it and removes the profile. */
export async function launchChromium() {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('chromium is not installed (apt-get install -y chromium)');
  const { default: puppeteer } = await import('puppeteer-core');
  const profile = mkdtempSync(join(tmpdir(), 'itstrat-chromium-'));
  const browser = await puppeteer.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS, `--user-data-dir=${profile}`] });
  return {
    browser,
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
