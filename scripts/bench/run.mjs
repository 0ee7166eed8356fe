#!/usr/bin/env node
// `npm run bench`: measures what Backstory costs a page, against the bare page, mark.js and the floor.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { mentionsOf } from '../demo-steps.mjs';
import { EXTENSION_DIR } from '../launch.mjs';
import { startStaticServer } from '../static-server.mjs';
import { combinedPattern, englishAliases } from './aliases.mjs';
import { benchPage } from './bench-page.mjs';
import { launchBrowsers } from './browsers.mjs';
import { checkBudgets } from './budgets.mjs';
import { bundleSizes } from './bundles.mjs';
import { checkCostBudgets } from './cost-budgets.mjs';
import { benchCost } from './cost.mjs';
import { floorScript } from './floor.mjs';
import { benchHover } from './hover.mjs';
import { describeMachine, loadAverage, watchSteal } from './machine.mjs';
import { markjsScript, markjsSource } from './markjs-runner.mjs';
import { parseOptions } from './options.mjs';
import { JOINED_PAGE, writeJoinedPage, writeScrollPage, writeSizedPage } from './pages.mjs';
import { benchPopup } from './popup.mjs';
import { benchSeeding } from './seeding.mjs';
import { buildUnminified, diagnose } from './profile.mjs';
import { printReport, writeReports } from './report.mjs';
import { costWarnings, countWarnings, summariseCost, summarisePage } from './summarise.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT_DIR = join(ROOT, 'bench-results');
const TMP_DIR = join(OUT_DIR, 'tmp');
const PAGES_DIR = join(TMP_DIR, 'pages');
const REAL_DIR = resolve(ROOT, '../shared/real-pages');

const started = Date.now();
const steal = watchSteal();
/** Above this share of stolen CPU time in a 10 s interval, the report warns. */
const STEAL_WARNING_PERCENT = 5;
const log = (msg) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${msg}`);

function build() {
  log('building the extension (npx wxt build)');
  const r = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`wxt build failed:\n${r.stdout}\n${r.stderr}`);
}

/** The saved real pages with their expected counts (those `filter` names), or none when the folder is absent. */
function realPages(options, filter) {
  if (!options.real) return [];
  if (!existsSync(REAL_DIR)) {
    log(`no saved real pages at ${REAL_DIR}: skipping them`);
    return [];
  }
  const expectedFile = join(REAL_DIR, 'expected.json');
  const expected = existsSync(expectedFile) ? JSON.parse(readFileSync(expectedFile, 'utf8')) : {};
  return readdirSync(REAL_DIR)
    .filter((f) => f.endsWith('.html'))
    .filter((f) => !filter || filter.some((s) => f.includes(s)))
    .sort()
    .map((f) => ({
      name: f.replace(/\.html$/, ''),
      kind: 'real',
      file: f,
      expected: expected[f.replace(/\.html$/, '')],
    }));
}

/**
 * Every saved real page joined into one (written now into bench-results/tmp/pages: third-party content stays
 * out of the repository), with the sum of their expected counts; none without the saved pages or when
 * `filter` does not name it.
 */
function joinedPage(options, filter) {
  if (filter && !filter.some((s) => JOINED_PAGE.includes(s))) return [];
  const saved = realPages(options, null);
  if (saved.length === 0) return [];
  const file = `${JOINED_PAGE}.html`;
  writeJoinedPage(
    PAGES_DIR,
    REAL_DIR,
    saved.map((p) => p.file),
    file,
  );
  const expected = {};
  for (const p of saved)
    for (const [topic, n] of Object.entries(p.expected ?? {})) expected[topic] = (expected[topic] ?? 0) + n;
  return [{ name: JOINED_PAGE, kind: 'real', file, expected, joins: saved.length }];
}

/** A generated article of `n` paragraphs, written to bench-results/tmp/pages. */
function generatedPage(n, aliases) {
  const p = writeSizedPage(PAGES_DIR, n, aliases);
  return {
    name: `paras-${n}`,
    kind: 'generated',
    file: p.name,
    paragraphs: n,
    big: n >= 100_000,
    planted: p.planted,
  };
}

/**
 * The pages of the whole-cost part: the generated ones under 100,000 paragraphs (a profile of the largest
 * would take minutes), every saved real page unless `--pages` names some, and the joined page.
 */
function costPages(options, aliases) {
  const generated = options.sizes.filter((n) => n < 100_000).map((n) => generatedPage(n, aliases));
  const filter = options.costPageFilter;
  return [...generated, ...realPages(options, filter), ...joinedPage(options, filter)];
}

/** The generated pages (written to bench-results/tmp/pages) and the saved real ones, in measuring order. */
function preparePages(options, aliases) {
  log(
    `writing generated pages (${options.sizes.map((n) => n.toLocaleString('en')).join(', ')} paragraphs, infinite scroll)`,
  );
  const generated = options.sizes.map((n) => generatedPage(n, aliases));
  const s = writeScrollPage(PAGES_DIR, aliases, options.scroll);
  const scroll = {
    name: 'infinite-scroll',
    kind: 'scroll',
    file: s.name,
    paragraphs: s.paragraphs,
    planted: s.planted,
    scroll: options.scroll,
  };
  // The joined page is measured in the whole-cost part only: here it would add about 8 minutes a run.
  return [...generated, scroll, ...realPages(options, options.pageFilter)];
}

const roundsFor = (page, options) =>
  ({ real: options.realRounds, scroll: options.scrollRounds })[page.kind] ??
  (page.big ? options.bigRounds : options.rounds);

/** Keeps the JSON small: mention lists become counts, trace internals are dropped. */
function slim(record) {
  if (!record) return record;
  const { mentions, ...rest } = record;
  return mentions ? { ...rest, mentionCount: mentions.length } : rest;
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  if (options.help) return console.log(options.help);
  if (options.build) build();
  // Built now, from the same sources as the measured build (others may edit them during a long run).
  const profiles = options.profile && (options.parts.pages || options.parts.popup);
  const unminified = profiles ? buildUnminified(TMP_DIR) : undefined;
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json')))
    throw new Error('No built extension: run without --no-build');
  const aliases = englishAliases();
  const pages = options.parts.pages ? preparePages(options, aliases) : [];
  const profiledPages = options.parts.cost ? costPages(options, aliases) : [];
  // The hover test needs a page with mentions; the smallest generated page is written even when not measured.
  const hoverPage = writeSizedPage(PAGES_DIR, 1000, aliases).name;
  const server = await startStaticServer([PAGES_DIR, ...(existsSync(REAL_DIR) ? [REAL_DIR] : [])]);
  log('launching Chromium with and without the extension');
  const browsers = await launchBrowsers();
  const machine = describeMachine(browsers.ext.context.browser()?.version());
  const env = {
    browsers,
    worker: browsers.worker,
    // Any extension URL: the bench browser loads only ours, and its page app is fetched through a dynamic id.
    extOrigin: 'chrome-extension://',
    injections: {
      floor: `(${floorScript})(${JSON.stringify(combinedPattern(aliases))})`,
      markjs: `${markjsSource()}\n;(${markjsScript})(${JSON.stringify({ words: aliases.map((a) => a.text) })})`,
    },
    verify: async (page) => (await mentionsOf(await browsers.worker(), page)).mentions,
  };
  const results = {
    generatedAt: new Date().toISOString(),
    machine,
    options: { ...options, help: undefined },
    bundles: bundleSizes(EXTENSION_DIR),
    pages: [],
    warnings: [],
  };
  try {
    for (const [i, page] of pages.entries()) {
      const rounds = roundsFor(page, options);
      log(`page ${i + 1}/${pages.length}: ${page.name} (${rounds} rounds)`);
      const raw = await benchPage(
        env,
        { ...page, url: `${server.url}/${page.file}` },
        { rounds, capMs: options.capMs, log },
      );
      const summary = summarisePage(page, raw);
      const warnings = countWarnings(page, summary);
      for (const w of warnings) log(`  ! ${w}`);
      results.warnings.push(...warnings);
      results.pages.push({
        ...page,
        summary,
        rounds: raw.rounds.map((r) =>
          Object.fromEntries(Object.entries(r).map(([m, rec]) => [m, slim(rec)])),
        ),
      });
    }
    if (options.parts.cost) {
      log(
        `what every page pays (CPU profiles): ${profiledPages.length} pages, ${options.costRounds} round(s) each`,
      );
      const measured = await benchCost(
        env,
        profiledPages.map((p) => ({ ...p, url: `${server.url}/${p.file}` })),
        { rounds: options.costRounds, capMs: options.capMs, log },
      );
      results.cost = {
        ...measured,
        rounds: options.costRounds,
        pages: profiledPages.map((page, i) => ({
          ...page,
          summary: summariseCost(measured.pages[i]),
          rounds: measured.pages[i].rounds,
        })),
      };
      const warnings = results.cost.pages.flatMap((p) => costWarnings(p, p.summary, p.rounds));
      for (const w of warnings) log(`  ! ${w}`);
      results.warnings.push(...warnings);
    }
    if (options.parts.hover) {
      log('hover to card, warm and with the service worker stopped');
      results.hover = await benchHover(env, `${server.url}/${hoverPage}`, {
        repeats: options.hoverRepeats,
        log,
      });
    }
    if (options.parts.popup) {
      log('popup on screen, ready for typing and search keystrokes (real fact base, then 5,000 facts)');
      results.popup = await benchPopup(env, {
        repeats: options.popupRepeats,
        opens: options.popupOpens,
        pageUrl: `${server.url}/${hoverPage}`,
        floorDir: join(TMP_DIR, 'popup-floor'),
        log,
      });
    }
    if (options.parts.seeding) {
      log('seeding the fact database on install');
      results.seeding = await benchSeeding({ rounds: options.seedingRounds, log });
    }
    // The whole-cost budgets live in their own module until they join budgets.mjs.
    results.budgets = [...checkBudgets(results), ...checkCostBudgets(results)];
    const failed = results.budgets.filter((b) => b.status === 'fail');
    const target =
      pages.find((p) => p.kind === 'generated' && p.paragraphs === 10_000) ??
      pages.find((p) => p.kind === 'generated');
    const popupMissed = failed.some((b) => /Popup|keystroke/.test(b.name));
    // A whole-cost miss spans many pages: a profile of the 10,000-paragraph page would not explain it.
    const pageMissed = failed.some((b) => !/Popup|keystroke|Hover|gzipped|Whole cost/.test(b.name));
    const big = pages.find((p) => p.big);
    const bigMissed = big && failed.some((b) => /100k/.test(b.name));
    const toProfile = {
      pages: pageMissed && target ? [`${server.url}/${target.file}`] : [],
      phasePages: bigMissed ? [`${server.url}/${big.file}`] : [],
      popup: popupMissed,
    };
    if (options.profile && (toProfile.pages.length || toProfile.phasePages.length || toProfile.popup)) {
      log(`profiling the extension for ${failed.length} missed budget(s)`);
      try {
        results.diagnosis = await diagnose(env, { ...toProfile, capMs: options.capMs, dir: unminified });
      } catch (error) {
        results.warnings.push(`profiling failed: ${error instanceof Error ? error.message : error}`);
      }
    }
  } finally {
    await browsers.close();
    await server.close();
  }
  results.durationS = Math.round((Date.now() - started) / 1000);
  results.machine.loadAtEnd = loadAverage();
  results.machine.steal = steal.stop();
  const busiest = Math.max(results.machine.loadAtStart, results.machine.loadAtEnd);
  if (busiest > results.machine.cores / 2)
    results.warnings.push(
      `the machine was busy (load average ${busiest} on ${results.machine.cores} cores): other work competed for the CPU, so wall-clock figures are noisy`,
    );
  if ((results.machine.steal?.worstPercent ?? 0) > STEAL_WARNING_PERCENT)
    results.warnings.push(
      `the virtual machine's host took up to ${results.machine.steal.worstPercent} % of the CPU time (steal; ${results.machine.steal.meanPercent} % over the run): while it does, wall-clock figures and even thread CPU times are inflated`,
    );
  writeReports(OUT_DIR, results);
  printReport(results);
  log(`wrote bench-results/latest.json, latest.md and chart.svg in ${results.durationS} s`);
  const failed = results.budgets.filter((b) => b.status === 'fail');
  if (options.check && failed.length > 0) {
    console.error(`\n${failed.length} budget(s) missed:`);
    for (const b of failed) console.error(`  ✗ ${b.name}: ${b.shown} (limit ${b.limit} ${b.unit})`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 2;
});
