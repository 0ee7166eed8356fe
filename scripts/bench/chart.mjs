// A hand-written SVG chart: main-thread time added after load against page size, log-log, medians with min–max
// bars. After load, as the budgets: over the whole load, the page's own loading time varies by more than the
// modes' cost on the largest page.

const W = 680;
const H = 420;
const PAD = { left: 80, right: 150, top: 40, bottom: 56 };
const SERIES = [
  { mode: 'extension', label: 'Backstory', color: '#d0455b' },
  { mode: 'markjs', label: 'mark.js', color: '#2f7fd8' },
  { mode: 'floor', label: 'Floor (one regex, one highlight)', color: '#0f9d8a' },
];
/** Values at or below this are drawn on the bottom edge (a log axis has no zero). */
const LOWEST = 1;

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;');
const log10 = (v) => Math.log10(Math.max(v, LOWEST));

/**
 * The chart for `pages` (generated pages with `paragraphs` and `summary.addedAfterLoadMs`), as SVG text. Points of
 * a series whose rounds hit the time cap are drawn hollow (a lower bound).
 */
export function addedTimeChart(pages, machine) {
  const sized = pages.filter((p) => p.kind === 'generated').sort((a, b) => a.paragraphs - b.paragraphs);
  const xs = sized.map((p) => p.paragraphs);
  const ys = sized.flatMap((p) =>
    [
      ...SERIES.map((s) => p.summary.addedAfterLoadMs[s.mode]?.max),
      p.summary.unfinished?.addedTaskMsEstimate,
    ].filter((v) => v !== undefined),
  );
  const xLo = Math.floor(Math.log10(Math.min(...xs)));
  const xHi = Math.ceil(Math.log10(Math.max(...xs)));
  const yLo = Math.floor(log10(LOWEST));
  const yHi = Math.max(yLo + 1, Math.ceil(log10(Math.max(...ys, 1))));
  // A little room left and right of the smallest and largest page.
  const [x0, x1] = [xLo - 0.15, Math.max(xHi, xLo + 1) + 0.15];
  const px = (n) => PAD.left + ((Math.log10(n) - x0) / (x1 - x0)) * (W - PAD.left - PAD.right);
  const py = (v) => H - PAD.bottom - ((log10(v) - yLo) / (yHi - yLo)) * (H - PAD.top - PAD.bottom);
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="system-ui, sans-serif" font-size="12">`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    `<text x="${PAD.left}" y="22" font-size="15" font-weight="600">Main-thread time added over the bare page, after load</text>`,
  ];
  for (let e = yLo; e <= yHi; e++) {
    const y = py(10 ** e);
    out.push(`<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${y}" y2="${y}" stroke="#e3e3e3"/>`);
    out.push(`<text x="${PAD.left - 8}" y="${y + 4}" text-anchor="end">${esc(msLabel(10 ** e))}</text>`);
  }
  for (const n of xs) {
    const x = px(n);
    out.push(`<line x1="${x}" x2="${x}" y1="${PAD.top}" y2="${H - PAD.bottom}" stroke="#eee"/>`);
    out.push(
      `<text x="${x}" y="${H - PAD.bottom + 18}" text-anchor="middle">${n.toLocaleString('en')}</text>`,
    );
  }
  out.push(
    `<text x="${(PAD.left + W - PAD.right) / 2}" y="${H - 14}" text-anchor="middle">paragraphs on the page (log scale)</text>`,
    `<text transform="translate(18 ${(PAD.top + H - PAD.bottom) / 2}) rotate(-90)" text-anchor="middle">added main-thread time (log scale)</text>`,
    `<rect x="${PAD.left}" y="${PAD.top}" width="${W - PAD.left - PAD.right}" height="${H - PAD.top - PAD.bottom}" fill="none" stroke="#999"/>`,
  );
  SERIES.forEach((s, i) => {
    const points = sized
      .map((p) => ({
        n: p.paragraphs,
        v: p.summary.addedAfterLoadMs[s.mode],
        capped: s.mode === 'extension' && p.summary.allRoundsCapped,
        estimate: s.mode === 'extension' ? p.summary.unfinished?.addedTaskMsEstimate : undefined,
      }))
      .filter((p) => p.v);
    if (points.length > 1)
      out.push(
        `<polyline fill="none" stroke="${s.color}" stroke-width="2" points="${points.map((p) => `${px(p.n)},${py(p.v.median)}`).join(' ')}"/>`,
      );
    for (const p of points) {
      const x = px(p.n);
      if (p.estimate) {
        const [ey, my] = [py(p.estimate), py(p.v.median)];
        out.push(
          `<line x1="${x}" x2="${x}" y1="${my}" y2="${ey}" stroke="${s.color}" stroke-dasharray="4 3"/>`,
          `<path d="M${x - 5} ${ey - 5}L${x + 5} ${ey + 5}M${x - 5} ${ey + 5}L${x + 5} ${ey - 5}" stroke="${s.color}" stroke-width="2"><title>extrapolated from the share highlighted: ${esc(msLabel(p.estimate))}</title></path>`,
        );
      }
      out.push(
        `<line x1="${x}" x2="${x}" y1="${py(p.v.min)}" y2="${py(p.v.max)}" stroke="${s.color}" stroke-width="1.5"/>`,
      );
      out.push(
        `<circle cx="${x}" cy="${py(p.v.median)}" r="4.5" fill="${p.capped ? '#fff' : s.color}" stroke="${s.color}" stroke-width="2"><title>${esc(s.label)}: ${esc(msLabel(p.v.median))} at ${p.n.toLocaleString('en')} paragraphs${p.capped ? ' (did not finish: lower bound)' : ''}</title></circle>`,
      );
    }
    const ly = PAD.top + 16 + i * 22;
    out.push(
      `<line x1="${W - PAD.right + 12}" x2="${W - PAD.right + 32}" y1="${ly - 4}" y2="${ly - 4}" stroke="${s.color}" stroke-width="3"/>`,
    );
    out.push(`<text x="${W - PAD.right + 38}" y="${ly}">${esc(s.label.split(' (')[0])}</text>`);
  });
  const note = `Medians; bars min–max; hollow: did not finish within the cap (lower bound); ×: extrapolated from the share highlighted.`;
  out.push(
    `<text x="${W - PAD.right + 12}" y="${PAD.top + 90}" font-size="10" fill="#555">${wrap(note, 24)
      .map((t, i) => `<tspan x="${W - PAD.right + 12}" dy="${i ? 13 : 0}">${esc(t)}</tspan>`)
      .join('')}</text>`,
  );
  if (machine)
    out.push(
      `<text x="${W - PAD.right + 12}" y="${H - PAD.bottom - 30}" font-size="10" fill="#555">${wrap(
        `${machine.cores} cores, ${machine.chromium.split(' built')[0]}`,
        24,
      )
        .map((t, i) => `<tspan x="${W - PAD.right + 12}" dy="${i ? 13 : 0}">${esc(t)}</tspan>`)
        .join('')}</text>`,
    );
  out.push('</svg>\n');
  return out.join('\n');
}

function msLabel(ms) {
  if (ms >= 1000) return `${(ms / 1000).toLocaleString('en', { maximumFractionDigits: 1 })} s`;
  return `${ms.toLocaleString('en', { maximumFractionDigits: 1 })} ms`;
}

function wrap(text, width) {
  const lines = [''];
  for (const word of text.split(' ')) {
    if ((lines.at(-1) + ' ' + word).trim().length > width) lines.push(word);
    else lines[lines.length - 1] = (lines.at(-1) + ' ' + word).trim();
  }
  return lines;
}
