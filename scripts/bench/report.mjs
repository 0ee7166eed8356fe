// The run's outputs: a table on the console, a Markdown report and the JSON of every figure.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addedTimeChart } from './chart.mjs';
import { costNote, costRows } from './cost-report.mjs';
import { fmt, fmtSpread } from './stats.mjs';

const med = (s, d) => fmt(s?.median, d);
const kb = (bytes) => fmt(bytes / 1024, 1);

/** Rows of the page table: [header, ...rows] of strings; `full` adds min–max to every figure. */
function pageRows(pages, full) {
  const f = full ? fmtSpread : med;
  const header = [
    'Page',
    '¶',
    'Bare load ms',
    '+main ext ms',
    '+main floor ms',
    '+main mark.js ms',
    'ext ÷ floor',
    'ext ÷ mark.js',
    '+main after load ext / floor ms',
    'ext ÷ floor after load',
    'Ext shown after load ms',
    'Floor shown ms',
    'Ext script ms (traced)',
    'Ext eval ms',
    'Ext longest LoAF ms (ext share: wall / CPU)',
    '+heap ext KB',
    '+heap mark.js KB',
    '+DOM nodes ext',
    '+DOM nodes mark.js',
    'Found ext / floor / mark.js / planted',
  ];
  const rows = pages.map((p) => {
    const s = p.summary;
    const t = s.trace;
    const capped = s.allRoundsCapped ? '≥' : '';
    const ext = s.counts.extension?.total;
    const planted =
      s.counts.planted?.total ??
      (s.counts.expected ? Object.values(s.counts.expected).reduce((a, b) => a + b, 0) : undefined);
    return [
      p.name,
      p.paragraphs ? fmt(p.paragraphs, 0) : '',
      f(s.bareLoadMs),
      capped + f(s.addedTaskMs.extension),
      f(s.addedTaskMs.floor),
      f(s.addedTaskMs.markjs),
      capped + f(s.extToFloor, 1),
      capped + f(s.extToMarkjs, 2),
      `${f(s.addedAfterLoadMs?.extension ?? {})} / ${f(s.addedAfterLoadMs?.floor ?? {})}`,
      f(s.extToFloorAfterLoad ?? {}, 1),
      capped + f(s.shownMs.extension),
      f(s.shownMs.floor),
      fmt(t?.extensionScriptMs),
      fmt(t?.evaluationMs),
      t ? `${fmt(t.longestFrameMs)} (${fmt(t.longestFrameExtMs)} / ${fmt(t.longestFrameExtCpuMs)})` : '–',
      f(s.addedHeapKB.extension),
      f(s.addedHeapKB.markjs),
      f(s.addedDomNodes.extension, 0),
      f(s.addedDomNodes.markjs, 0),
      [fmt(ext, 0), med(s.counts.floor, 0), med(s.counts.markjs, 0), fmt(planted, 0)].join(' / '),
    ];
  });
  return [header, ...rows];
}

function markdownTable([header, ...rows]) {
  const esc = (c) => String(c).replace(/\|/g, '\\|');
  return [
    `| ${header.map(esc).join(' | ')} |`,
    `| ${header.map((_, i) => (i < 1 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
  ].join('\n');
}

function textTable([header, ...rows]) {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => String(r[i]).length)));
  const line = (r) =>
    r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function scrollLines(pages) {
  const p = pages.find((x) => x.kind === 'scroll');
  const b = p?.summary.batches;
  if (!b) return [];
  const one = (name, x) =>
    x && `${name}: median ${fmt(x.overBatches.median)} ms, worst ${fmt(x.overBatches.max)} ms per batch`;
  return [
    `Infinite scroll (${p.scroll.batches} batches of ${p.scroll.perBatch} paragraphs every ${p.scroll.intervalMs} ms), main-thread time added per batch over the bare page (median over rounds):`,
    ...[
      one('  extension', b.extension),
      one('  floor', b.floor),
      one('  mark.js', b.markjs),
      one('  extension script in the traced load', b.tracedExtensionScriptMs),
    ].filter(Boolean),
  ];
}

function unfinishedLines(pages) {
  return pages
    .filter((p) => p.summary.unfinished)
    .map((p) => {
      const u = p.summary.unfinished;
      return (
        `${p.name}: the extension had highlighted ${u.highlighted} of ${p.planted.total.toLocaleString('en')} mentions ` +
        `(${Math.round(u.progress * 100)} %) when measured at the cap; extrapolated added main-thread time ` +
        `${fmt(u.addedTaskMsEstimate / 1000, 1)} s (${fmt(u.extToFloorEstimate, 1)} × the floor, ` +
        `${fmt(u.extToMarkjsEstimate, 2)} × mark.js).`
      );
    });
}

function hoverLines(hover) {
  if (!hover) return [];
  const series = (h, label) => [
    `Hover to card, ${label} (card delay ${h.cardDelayMs} ms, subtracted; median (min–max) ms):`,
    `  warm:  card shown ${fmtSpread(h.warm.shownMs)}, with facts ${fmtSpread(h.warm.factsMs)}`,
    `  worker stopped: card shown ${fmtSpread(h.cold.shownMs)}, with facts ${fmtSpread(h.cold.factsMs)}`,
  ];
  return [
    ...series(hover, 'default delay'),
    ...(hover.minimumDelay ? series(hover.minimumDelay, 'smallest delay the options allow') : []),
  ];
}

function popupLines(popup) {
  if (!popup) return [];
  const one = (name, x) =>
    `  ${name}: on screen ${fmtSpread(x.firstPaintMs)} ms (its load event ${fmtSpread(x.loadMs)} ms); ready ` +
    `for typing (search field focused) ${fmtSpread(x.readyMs)} ms; keystroke to next paint ` +
    `${fmtSpread(x.keystrokeNextPaintMs)} ms; to results ${fmtSpread(x.keystrokeResultsMs)} ms`;
  const { real, overPage } = popup;
  return [
    `Popup, the real toolbar popup opened by the extension over a blank tab (on Browse); query "${popup.query}" ` +
      `typed one key at a time; median (min–max). On screen: its first contentful paint, opened with nothing ` +
      `attached; ready for typing and the mentions listed: read by a probe attached from its start, whose ` +
      `set-up delays it:`,
    one('real fact base', real),
    one(`${popup.synthetic.facts.toLocaleString('en')} facts`, popup.synthetic),
    ...(real.floorFirstPaintMs
      ? [
          `  floor, a toolbar popup showing one section from one script, opened the same way after each ` +
            `of those openings: on screen ${fmtSpread(real.floorFirstPaintMs)} ms`,
        ]
      : []),
    ...(real.inTabFirstPaintMs
      ? [
          `  the popup page in a tab of its own, opened after each of those openings: first contentful paint ` +
            `${fmtSpread(real.inTabFirstPaintMs)} ms`,
        ]
      : []),
    ...(overPage
      ? [
          `  over a 1,000-paragraph page, real fact base: on screen ${fmtSpread(overPage.firstPaintMs)} ms; its ` +
            `${overPage.mentions} mentions listed ${fmtSpread(overPage.listedMs)} ms (the popup asks the page ` +
            `for them); ready for typing ${fmtSpread(overPage.readyMs)} ms`,
        ]
      : []),
    ...(popup.reopened?.length
      ? [
          `  openings that failed and were tried again: ${popup.reopened.length} (${popup.reopened.join('; ')})`,
        ]
      : []),
  ];
}

function budgetRows(budgets) {
  return [
    ['Budget', 'Figure', 'Limit', 'Status'],
    ...budgets.map((b) => [
      b.name + (b.note ?? ''),
      b.shown,
      `${b.limit} ${b.unit}`.trim(),
      b.status.toUpperCase(),
    ]),
  ];
}

/** Prints the tables of a run to the console. */
export function printReport(results) {
  const out = [
    '',
    `Machine: ${machineLine(results.machine)}`,
    ...(results.pages.length ? ['', textTable(pageRows(results.pages, false))] : []),
    ...(results.cost
      ? ['', 'What every page pays (CPU profiles):', textTable(costRows(results.cost, false))]
      : []),
    '',
    ...unfinishedLines(results.pages),
    ...scrollLines(results.pages),
    ...hoverLines(results.hover),
    ...popupLines(results.popup),
    '',
    `Bundles (raw / gzipped KB): ${results.bundles.map((b) => `${b.file} ${kb(b.raw)} / ${kb(b.gzip)}`).join('; ')}`,
    '',
    textTable(budgetRows(results.budgets)),
    ...diagnosisLines(results.diagnosis),
    ...(results.warnings.length ? ['', 'Warnings:', ...results.warnings.map((w) => `  ! ${w}`)] : []),
  ];
  console.log(out.join('\n'));
}

function diagnosisLines(diagnosis) {
  if (!diagnosis) return [];
  const fns = (list) =>
    list
      .slice(0, 6)
      .map((f) => `${f.name} ${fmt(f.selfMs)} ms`)
      .join('; ');
  const out = ['', 'Profiles (self time; unminified copy of the extension):'];
  for (const d of diagnosis.pages) {
    out.push(`  ${d.url.split('/').pop()}: ${d.hot ? fns(d.hot.functions) : '(phases only)'}`);
    const phases = d.phases
      .slice(0, 5)
      .map((p) => `${p.name} +${fmt(p.addedMs)} ms (${p.bareCount}→${p.extensionCount} times)`);
    out.push(`    main thread added by phase (traced): ${phases.join('; ')}`);
  }
  if (diagnosis.popup) out.push(`  popup with 5,000 facts: ${fns(diagnosis.popup.functions)}`);
  return out;
}

const machineLine = (m) =>
  `${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, ${m.platform}, Node ${m.node}, ${m.chromium}; ` +
  `load average ${m.loadAtStart} at start, ${m.loadAtEnd ?? '–'} at end` +
  (m.steal
    ? `; CPU time taken by the host (steal) ${m.steal.meanPercent} % over the run, ${m.steal.worstPercent} % at worst`
    : '');

function diagnosisMarkdown(diagnosis) {
  if (!diagnosis) return [];
  const out = ['## Why budgets are missed (profiles)', ''];
  for (const d of diagnosis.pages) {
    out.push(`### ${d.url.split('/').pop()}`);
    if (d.hot) {
      out.push('', 'Content-script functions by self time (CPU profile, unminified copy):', '');
      out.push(
        markdownTable([['Function', 'Self ms'], ...d.hot.functions.map((f) => [f.name, fmt(f.selfMs)])]),
      );
    }
    out.push('', 'Main-thread time by phase, traced, with the extension vs bare (largest additions):', '');
    out.push(
      markdownTable([
        ['Phase', 'With extension ms (times)', 'Bare ms (times)', 'Added ms'],
        ...d.phases.map((p) => [
          p.name,
          `${fmt(p.extensionMs)} (${p.extensionCount})`,
          `${fmt(p.bareMs)} (${p.bareCount})`,
          fmt(p.addedMs),
        ]),
      ]),
      '',
    );
  }
  if (diagnosis.popup) {
    out.push('### Popup with 5,000 facts (open and type the query)', '');
    out.push(
      markdownTable([
        ['Function', 'Self ms'],
        ...diagnosis.popup.functions.map((f) => [f.name, fmt(f.selfMs)]),
      ]),
      '',
    );
  }
  return out;
}

/** The Markdown report. */
export function markdownReport(results) {
  const o = results.options;
  return [
    '# Backstory performance benchmark',
    '',
    `Run ${results.generatedAt} on ${machineLine(results.machine)}.`,
    `Rounds: ${o.rounds} per generated page, ${o.bigRounds} on the largest, ${o.realRounds} per real page; cap ${o.capMs / 1000} s after load.` +
      ' How each figure is measured: `scripts/bench/README.md`.',
    '',
    '![Added main-thread time against page size](chart.svg)',
    '',
    '## Budgets',
    '',
    markdownTable(budgetRows(results.budgets)),
    '',
    '## Pages',
    '',
    'Median (min–max) over rounds; "+" figures are the mode minus the bare page of the same round; ratios are paired by round. "≥": the extension had not finished within the cap in any round (a lower bound); when it finished in some rounds, only those count.',
    '',
    markdownTable(pageRows(results.pages, true)),
    '',
    ...unfinishedLines(results.pages),
    '',
    ...(results.cost
      ? [
          '## What every page pays',
          '',
          costNote(results.cost),
          '',
          markdownTable(costRows(results.cost, true)),
          '',
        ]
      : []),
    ...[
      ...scrollLines(results.pages),
      '',
      ...hoverLines(results.hover),
      '',
      ...popupLines(results.popup),
    ].map((l) => (l.startsWith('  ') ? `- ${l.trim()}` : l)),
    '',
    '## Bundles',
    '',
    markdownTable([
      ['File', 'Raw KB', 'Gzipped KB'],
      ...results.bundles.map((b) => [b.file, kb(b.raw), kb(b.gzip)]),
    ]),
    '',
    ...(results.warnings.length ? ['## Warnings', '', ...results.warnings.map((w) => `- ${w}`), ''] : []),
    ...diagnosisMarkdown(results.diagnosis),
  ].join('\n');
}

/** Writes latest.json, latest.md and chart.svg into `dir`. */
export function writeReports(dir, results) {
  mkdirSync(dir, { recursive: true });
  // The figures first: a failure further down must not lose a ten-minute run.
  writeFileSync(join(dir, 'latest.json'), `${JSON.stringify(results, null, 1)}\n`);
  writeFileSync(join(dir, 'latest.md'), `${markdownReport(results)}\n`);
  if (results.pages.some((p) => p.kind === 'generated'))
    writeFileSync(join(dir, 'chart.svg'), addedTimeChart(results.pages, results.machine));
}
