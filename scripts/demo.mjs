// `npm run demo`: builds Backstory, opens Chromium with it on a sample news page, hovers a mention and shows
// the card. With a display it opens a real window; without one it runs headless and saves screenshots.
import { execSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchWithExtension } from './launch.mjs';
import { mentionsOf, pointOfWord, toolbarPopupOf, waitForCard } from './demo-steps.mjs';
import { startStaticServer } from './static-server.mjs';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'demo-screenshots');
const headed =
  Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) &&
  !process.env.CI &&
  !process.argv.includes('--headless');

console.log('Building the extension...');
execSync('npx wxt build', { cwd: root, stdio: 'inherit' });
const server = await startStaticServer([join(root, 'demo')]);
const pageUrl = `${server.url}/sample-news.html`;

async function showCard(context, worker, word, topicName) {
  const page = await context.newPage();
  await page.goto(pageUrl);
  const { tabId, mentions } = await mentionsOf(worker, page);
  const point = await pointOfWord(page, word);
  if (!point) throw new Error(`"${word}" is not on the sample page`);
  await page.mouse.move(point.x, point.y);
  await waitForCard(page, topicName);
  await page.waitForTimeout(300); // let the facts arrive and the entry animation finish
  return { page, tabId, mentions };
}

async function capture(colorScheme) {
  const { context, worker, extensionId } = await launchWithExtension({ headless: true, colorScheme });
  try {
    const { page, tabId, mentions } = await showCard(context, worker, 'Bushehr', 'Bushehr');
    const suffix = colorScheme === 'dark' ? '-dark' : '';
    const files = [join(outDir, `1-page-with-card${suffix}.png`)];
    await page.screenshot({ path: files[0] });
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(await toolbarPopupOf(worker, tabId)); // what a click on the toolbar icon opens
    await popup.waitForTimeout(600);
    files.push(join(outDir, `2-popup${suffix}.png`));
    await popup.screenshot({ path: files[1] });
    const options = await context.newPage();
    await options.setViewportSize({ width: 900, height: 1100 });
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.waitForTimeout(400);
    files.push(join(outDir, `3-options${suffix}.png`));
    await options.screenshot({ path: files[2] });
    // The card at the page's edges: it stays inside the viewport and beside its mention.
    const edges = await context.newPage();
    await edges.goto(`${server.url}/edges.html`);
    await mentionsOf(worker, edges);
    for (const [word, topic, label] of [
      ['Iran', 'Iran', 'top'],
      ['Russia', 'Russia', 'right'],
      ['Bushehr', 'Bushehr', 'bottom'],
    ]) {
      await edges.mouse.move(1, 1);
      await edges.waitForTimeout(400);
      const point = await pointOfWord(edges, word);
      await edges.mouse.move(point.x, point.y);
      await waitForCard(edges, topic);
      await edges.waitForTimeout(300);
      const file = join(outDir, `4-card-${label}${suffix}.png`);
      await edges.screenshot({ path: file });
      files.push(file);
    }
    // The welcome page a first install opens (the launcher closed that tab), its sample's card open.
    const welcome = await context.newPage();
    await welcome.goto(`chrome-extension://${extensionId}/welcome.html`);
    await mentionsOf(worker, welcome);
    // Its sample's last mention: the card opens below the paragraph and leaves it to read.
    const sampleWord = await pointOfWord(welcome, 'SWIFT', 'figure');
    await welcome.mouse.move(sampleWord.x, sampleWord.y);
    await waitForCard(welcome, 'SWIFT');
    await welcome.waitForTimeout(300);
    files.push(join(outDir, `5-welcome${suffix}.png`));
    await welcome.screenshot({ path: files.at(-1) });
    return { files, mentions };
  } finally {
    await context.close();
  }
}

/**
 * What readers of other lookup tools asked for, and the interface in other languages: the card as a sheet on a
 * phone (a real tap), the "why" line of an ambiguous name, the popup of a browser speaking Persian and the card
 * of one speaking Russian. Light only.
 */
async function captureReaderViews() {
  const files = [];
  const shoot = async (page, name) => {
    files.push(join(outDir, name));
    await page.screenshot({ path: files.at(-1) });
  };
  const phone = await launchWithExtension({
    headless: true,
    viewport: { width: 390, height: 844 },
    device: { hasTouch: true, isMobile: true },
  });
  try {
    const page = await phone.context.newPage();
    await page.goto(pageUrl);
    await mentionsOf(phone.worker, page);
    const point = await pointOfWord(page, 'Bushehr');
    await page.touchscreen.tap(point.x, point.y);
    await waitForCard(page, 'Bushehr');
    await page.waitForTimeout(500);
    await shoot(page, '6-phone-sheet.png');
  } finally {
    await phone.context.close();
  }
  const english = await launchWithExtension({ headless: true });
  try {
    const { page } = await showCard(english.context, english.worker, 'Moscow warned', 'Russia');
    await shoot(page, '7-card-why.png');
  } finally {
    await english.context.close();
  }
  const persian = await launchWithExtension({ headless: true, extraArgs: ['--lang=fa'] });
  try {
    const popup = await persian.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${persian.extensionId}/popup.html`);
    await popup.waitForTimeout(800);
    await shoot(popup, '8-popup-persian.png');
  } finally {
    await persian.context.close();
  }
  const russian = await launchWithExtension({ headless: true, extraArgs: ['--lang=ru'] });
  try {
    const { page } = await showCard(russian.context, russian.worker, 'Putin', 'Путин');
    await shoot(page, '9-card-russian.png');
  } finally {
    await russian.context.close();
  }
  return files;
}

try {
  if (headed) {
    const { context, worker } = await launchWithExtension({ headless: false });
    const { mentions } = await showCard(context, worker, 'Bushehr', 'Bushehr');
    console.log(`Backstory found ${mentions.length} mentions on the sample page; the Bushehr card is open.`);
    console.log(
      'Hover other highlighted names, press Alt+Shift+K / Alt+Shift+J, then close the window to finish.',
    );
    await new Promise((done) => context.on('close', done));
  } else {
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    const light = await capture('light');
    const dark = await capture('dark');
    const readerViews = await captureReaderViews();
    console.log(`Backstory found ${light.mentions.length} mentions on the sample page.`);
    console.log(`No display: ran headless. Screenshots saved in ${outDir}:`);
    for (const f of [...light.files, ...dark.files, ...readerViews]) console.log(`  ${f}`);
  }
} finally {
  await server.close();
}
