// Writes the benchmark pages: generated articles of a given paragraph count, an infinite-scroll page, and the
// saved real pages joined into one.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { combinedPattern, topicLookup } from './aliases.mjs';
import { fillerParagraph, mentionParagraph, seededRandom } from './corpus.mjs';

/** One paragraph in 50 (2 percent) carries a news sentence. */
const MENTION_EVERY = 50;

const HEAD = (title) =>
  `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
  '<meta name="viewport" content="width=device-width, initial-scale=1">' +
  '<style>body{font:17px/1.55 Georgia,serif;max-width:44em;margin:0 auto;padding:1em 1.5em;color:#222}' +
  'nav a{margin-right:1em}h2{font:600 1.2em system-ui,sans-serif;margin-top:2em}</style></head><body>' +
  `<header><h1>${title}</h1><nav><a href="#">Home</a><a href="#">Local</a><a href="#">Culture</a>` +
  '<a href="#">Weather</a></nav></header><main><article>';
const FOOT = '</article></main><footer><p>Letters to the editor are welcome.</p></footer>';

/** Paragraph texts: `count` of them, about 2 percent with a mention, from a seeded generator. */
export function paragraphTexts(count, seed) {
  const random = seededRandom(seed);
  const texts = [];
  let mentionIndex = 0;
  // The mention paragraph sits at a random place within each block of 50.
  let nextMention = Math.floor(random() * MENTION_EVERY);
  for (let i = 0; i < count; i++) {
    if (i === nextMention) {
      texts.push({ text: mentionParagraph(random, mentionIndex++), mention: true });
      nextMention =
        (Math.floor(i / MENTION_EVERY) + 1) * MENTION_EVERY + Math.floor(random() * MENTION_EVERY);
    } else {
      texts.push({ text: fillerParagraph(random), mention: false });
    }
  }
  return texts;
}

/** The HTML of one paragraph; some filler paragraphs get inline markup, as real articles have. */
function paragraphHtml({ text, mention }, i) {
  if (!mention && i % 7 === 3) {
    const cut = text.indexOf(' ', Math.floor(text.length / 3));
    if (cut > 0) return `<p>${text.slice(0, cut)} <em>${text.slice(cut + 1)}</em></p>`;
  }
  if (!mention && i % 11 === 5) return `<p>${text} <a href="#p${i}">Read more</a></p>`;
  return `<p>${text}</p>`;
}

/** Counts the planted mentions per topic (the generator writes names in their canonical case). */
export function countPlanted(texts, aliases) {
  const { source, flags } = combinedPattern(aliases, { exactCase: true });
  const re = new RegExp(source, flags);
  const topicOf = topicLookup(aliases);
  const byTopic = {};
  let total = 0;
  for (const { text, mention } of texts) {
    if (!mention) continue;
    for (const m of text.matchAll(re)) {
      const topic = topicOf(m[0]) ?? 'unknown';
      byTopic[topic] = (byTopic[topic] ?? 0) + 1;
      total += 1;
    }
  }
  return { total, byTopic };
}

function articleHtml(title, texts) {
  const parts = [HEAD(title)];
  texts.forEach((t, i) => {
    if (i % 20 === 0) parts.push(`<h2>Part ${i / 20 + 1}</h2>`);
    parts.push(paragraphHtml(t, i));
  });
  return parts;
}

/** Writes `paras-<n>.html` into `dir`; returns { name, file, paragraphs, planted }. */
export function writeSizedPage(dir, paragraphs, aliases) {
  mkdirSync(dir, { recursive: true });
  const texts = paragraphTexts(paragraphs, paragraphs);
  const name = `paras-${paragraphs}.html`;
  const parts = articleHtml(`Notes from the valley (${paragraphs.toLocaleString('en')} paragraphs)`, texts);
  parts.push(FOOT, '</body></html>\n');
  writeFileSync(join(dir, name), parts.join('\n'));
  return { name, paragraphs, planted: countPlanted(texts, aliases) };
}

/**
 * Writes `scroll.html`: `initial` paragraphs, then `batches` batches of `perBatch` more that the page appends
 * when the benchmark calls `window.benchAppendBatch(i)` (as an infinite-scroll feed does on scrolling).
 */
export function writeScrollPage(dir, aliases, { initial = 100, batches = 20, perBatch = 50 } = {}) {
  mkdirSync(dir, { recursive: true });
  const texts = paragraphTexts(initial + batches * perBatch, 7);
  const first = texts.slice(0, initial);
  const rest = [];
  for (let b = 0; b < batches; b++)
    rest.push(texts.slice(initial + b * perBatch, initial + (b + 1) * perBatch).map((t) => t.text));
  const parts = articleHtml('An endless feed', first);
  parts.push(
    '</article></main>',
    `<script type="application/json" id="feed">${JSON.stringify(rest).replace(/</g, '\\u003c')}</script>`,
    `<script>
const feed = JSON.parse(document.getElementById('feed').textContent);
const article = document.querySelector('article');
window.benchAppendBatch = (i) => {
  const fragment = document.createDocumentFragment();
  for (const text of feed[i]) {
    const p = document.createElement('p');
    p.textContent = text;
    fragment.append(p);
  }
  article.append(fragment);
  return feed[i].length;
};
</script>`,
    '</body></html>\n',
  );
  writeFileSync(join(dir, 'scroll.html'), parts.join('\n'));
  return {
    name: 'scroll.html',
    paragraphs: texts.length,
    batches,
    perBatch,
    planted: countPlanted(texts, aliases),
  };
}

/** The name of the page that joins the saved real pages (writeJoinedPage). */
export const JOINED_PAGE = 'joined-real-pages';

/** Script elements, and event-handler attributes inside a start tag (`<img onerror=...>`). */
const SCRIPT_ELEMENT = /<script\b[\s\S]*?<\/script\s*>/gi;
const START_TAG = /<[a-z][^>]*>/gi;
const HANDLER_ATTRIBUTE = /\son[a-z]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi;

/** What a saved page's <body> holds, without its scripts (its iframes stay). */
export function bodyWithoutScripts(html) {
  // Scripts first: one may hold "</body>" in a string.
  const page = html.replace(SCRIPT_ELEMENT, '');
  const start = /<body\b[^>]*>/i.exec(page);
  const from = start ? start.index + start[0].length : 0;
  const end = page.search(/<\/body\s*>(?![\s\S]*<\/body\s*>)/i);
  return page
    .slice(from, end > from ? end : undefined)
    .replace(START_TAG, (tag) => tag.replace(HANDLER_ATTRIBUTE, ''));
}

/**
 * Writes `name` into `dir`: the bodies of the saved pages `files` (in `sourceDir`) one after another, each in
 * a <section>, scripts removed. Third-party content: written at run time, never kept in the repository.
 */
export function writeJoinedPage(dir, sourceDir, files, name) {
  mkdirSync(dir, { recursive: true });
  const parts = [
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Saved pages, joined</title></head><body>',
  ];
  for (const file of files)
    parts.push(
      `<section data-saved-page="${file}">`,
      bodyWithoutScripts(readFileSync(join(sourceDir, file), 'utf8')),
      '</section>',
    );
  parts.push('</body></html>\n');
  writeFileSync(join(dir, name), parts.join('\n'));
  return { name, pages: files.length };
}
