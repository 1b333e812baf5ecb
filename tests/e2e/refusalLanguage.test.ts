import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { poll } from './support/browserPage.ts';
import { describeInBrowser, startBrowserTest, type BrowserTest } from './support/browserTest.ts';

const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));

/**
 * What the services refuse reaches a Chinese-speaking reviewer in 简体中文: a file an import cannot take and a
 * document that cannot be opened are said from their reason codes, not in the services' English.
 */
describeInBrowser('refusals in the reviewer\'s language', () => {
  let session: BrowserTest;
  let filesDir: string;

  beforeAll(async () => {
    session = await startBrowserTest();
    await session.served.api['settings.set']({ reviewer: '王审核', language: 'zh-CN' });
    filesDir = session.served.userData;
  }, 300_000);

  afterAll(() => session?.close());

  it('an import refused because the file is an image, and a damaged document in the list', { timeout: 300_000 }, async () => {
    // A picture saved with a .txt name (PNG bytes), and a document file cut short by hand.
    const picture = join(filesDir, '截图.txt');
    await writeFile(picture, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    await writeFile(join(session.served.dir, 'documents', 'damaged.json'), '{"schema": 1, "records": {');

    const { page, errors } = await session.openPage({ locale: 'zh-CN' });
    await page.goto(session.served.url);
    const broken = page.locator('.document-broken', { hasText: 'damaged' });
    await poll(() => broken.count()).toBe(1);
    expect(await broken.locator('.document-meta').textContent()).toMatch(/^无法打开：.*damaged\.json 不是有效的 JSON（.+）；文件保持原样$/);

    await page.getByRole('button', { name: '导入…' }).first().click();
    await page.locator('.import-dialog input[type="file"]').setInputFiles([picture]);
    const report = page.locator('.import-report li');
    await poll(() => report.count()).toBe(1);
    expect(await report.first().textContent()).toContain('这是 PNG 文件，不是文本文件');
    expect(await report.first().textContent()).not.toMatch(/not a text file/);
    await page.screenshot({ path: `${ARTIFACTS}refusals-zh-CN.png` });
    expect(errors).toEqual([]);
  });
});
