import { afterEach, describe, expect, it } from 'vitest';
import { PAGE_FACTS_PER_TOPIC, pageFactGroups } from '../../components/popup/page-facts';
import { TOPIC_IDS, type TopicId } from '../../data/constants';
import { dataset } from '../../data/index';
import { toFactView } from '../../utils/db/fact-base';
import { citeFact, citeFactsMarkdown } from '../../utils/facts/cite';
import { joinParts, readCatalogParts } from '../../utils/i18n/catalogs';
// Renamed: the lint rule for React hooks takes any `use…` call for a hook, and this is no hook.
import { setMessages as speakCatalog, type Messages } from '../../utils/i18n/i18n';
import { orderTimeline } from '../../utils/search/timeline';

// Real facts from the bundled base, each chosen for what it has (or lacks).
const articles = new Map(dataset.articles.map((a) => [a.id, a]));
const view = (id: string) => {
  const fact = dataset.facts.find((f) => f.id === id);
  if (!fact) throw new Error(`No fact ${id} in the base`);
  return toFactView(fact, articles);
};
/** A claim dated to the day, two published sources, one titled in brackets. */
const CLAIM = 'bsh-rogozin-stuxnet-chernobyl-2011';
/** A period (two dates), its one source's address has parentheses. */
const WAR = 'his-russo-persian-war-1826-1828';
/** No date at all, sourced by a passage of a seed article (no publisher, no address). */
const UNDATED_SEED = 'isolation-not-treaty-drove-ties';
/** Dated to the year, sources that disagree. */
const DISPUTED = 'bsh-german-construction-start-1970s';
/** An article's view resting on two passages of the same seed article. */
const TWO_PASSAGES = 'russia-sees-iran-as-partner-against-west';

const names = Object.fromEntries(dataset.topics.map((t) => [t.id, t.name])) as Record<TopicId, string>;

describe('citeFact as plain text', () => {
  it('gives the fact, its date, who claims it, and each source’s publisher, title, date and address', () => {
    expect(citeFact(view(CLAIM), 'text').split('\n')).toEqual([
      `26 January 2011: ${view(CLAIM).text}`,
      'Claimed by Dmitry Rogozin, Russian ambassador to NATO',
      'Source: The Age, “Russia calls for NATO probe into Iran cyber strike”, 27 January 2011, ' +
        'https://www.theage.com.au/technology/russia-calls-for-nato-probe-into-iran-cyber-strike-20110127-1a5ph.html',
      'Source: RFE/RL, “[RFE/RL report on Rogozin’s Stuxnet remarks, January 2011]”, January 2011, ' +
        'https://rferl.org/amp/russia_iran_cyberattack_chornobyl/2288523.html',
    ]);
  });

  it('dates a period from its first to its last month', () => {
    expect(citeFact(view(WAR), 'text')).toMatch(/^July 1826 – February 1828: Qajar Persia /);
  });

  it('starts with the fact itself when it has no date', () => {
    const [head] = citeFact(view(UNDATED_SEED), 'text').split('\n');
    expect(head).toBe(view(UNDATED_SEED).text);
  });

  it('cites a seed article by its title and the passage quoted, since it has no address', () => {
    const lines = citeFact(view(UNDATED_SEED), 'text').split('\n');
    expect(lines).toHaveLength(2); // an article's view is not attributed twice
    expect(lines[1]).toBe(
      'Source: Article “Iran & Russia: Unraveling Their Strategic Partnership”: “This surge in cooperation ' +
        'is not primarily due to a groundbreaking treaty but rather a direct consequence of Russia’s ' +
        'isolation from the West amid the war in Ukraine.”',
    );
    expect(lines[1]).not.toMatch(/https?:|undefined/);
  });

  it('lists one seed article once, with each of its passages', () => {
    const sources = citeFact(view(TWO_PASSAGES), 'text')
      .split('\n')
      .filter((l) => l.startsWith('Source:'));
    expect(sources).toHaveLength(1);
    expect(sources[0]).toMatch(/“Russia has long viewed Iran .*” … “The shared disdain .*”$/);
  });

  it('says a disputed fact is disputed, with every version its sources give', () => {
    const lines = citeFact(view(DISPUTED), 'text').split('\n');
    expect(lines[0]).toMatch(/^1974: West Germany's Kraftwerk Union/);
    expect(lines[1]).toBe(
      'Disputed: Construction began in 1974, per Neftegaz.RU and Sputnik; ' +
        'Construction began in 1975, per El Periódico Extremadura',
    );
    expect(lines.filter((l) => l.startsWith('Source: '))).toHaveLength(3);
    expect(lines.join('\n')).toContain(
      'https://www.elperiodicoextremadura.com/noticias/internacional/35-anos-construccion_526648.html',
    );
  });
});

describe('citeFact as Markdown', () => {
  it('is one line: the date in bold, the fact, then each source with its title linked to its address', () => {
    const md = citeFact(view(CLAIM), 'markdown');
    expect(md).not.toContain('\n');
    expect(md).toMatch(/^\*\*26 January 2011\*\*: Russia's NATO envoy Dmitry Rogozin said /);
    expect(md).toContain(' (Claimed by Dmitry Rogozin, Russian ambassador to NATO) (Sources: ');
    expect(md).toContain(
      'The Age, [“Russia calls for NATO probe into Iran cyber strike”]' +
        '(https://www.theage.com.au/technology/russia-calls-for-nato-probe-into-iran-cyber-strike-20110127-1a5ph.html)' +
        ', 27 January 2011; ',
    );
    // A title in brackets would close the link's text early: its brackets are escaped.
    expect(md).toContain(
      'RFE/RL, [“\\[RFE/RL report on Rogozin’s Stuxnet remarks, January 2011\\]”]' +
        '(https://rferl.org/amp/russia_iran_cyberattack_chornobyl/2288523.html), January 2011)',
    );
  });

  it('keeps an address with balanced parentheses whole inside the link', () => {
    expect(citeFact(view(WAR), 'markdown')).toMatch(
      /\(Source: Wikipedia, \[“Russo-Persian War \(1826–1828\)”\]\(https:\/\/en\.wikipedia\.org\/wiki\/Russo-Persian_War_\(1826%E2%80%931828\)\), 2026\)$/,
    );
  });

  it('percent-encodes what would break a link target: spaces and unbalanced parentheses', () => {
    const fact = view(WAR);
    const odd = { ...fact, sources: [{ ...fact.sources[0]!, url: 'https://example.org/a b)c' }] };
    expect(citeFact(odd, 'markdown')).toContain('](https://example.org/a%20b%29c)');
  });

  it('has no link, and no bold date, for an undated fact from a seed article', () => {
    const md = citeFact(view(UNDATED_SEED), 'markdown');
    expect(md.startsWith('The article attributes the recent surge')).toBe(true);
    expect(md).not.toMatch(/\*\*|\]\(/);
    expect(md).toMatch(
      /\(Source: Article “Iran & Russia: Unraveling Their Strategic Partnership”: “This surge/,
    );
  });

  it('carries a disputed fact’s versions', () => {
    expect(citeFact(view(DISPUTED), 'markdown')).toContain(
      '(Disputed: Construction began in 1974, per Neftegaz.RU and Sputnik; Construction began in 1975, ' +
        'per El Periódico Extremadura) (Sources: Neftegaz.RU, [',
    );
  });
});

describe('a citation in the interface’s language', () => {
  const english = joinParts('en', readCatalogParts().get('en')!);
  /** A few German labels, enough to see every part of a citation follow the catalog. */
  const german: Messages = {
    ...english,
    locale: { message: 'de' },
    lead_claim: { message: 'Behauptet von' },
    title_quoted: { message: '„{title}“' },
    cite_passage: { message: '„{text}“' },
    cite_source_line: { message: 'Quelle: {source}' },
    cite_markdown_sources: { message: 'Quellen: {sources}' },
    cite_disputed: { message: 'Umstritten: {versions}' },
    cite_article: { message: 'Artikel {title}' },
  };
  afterEach(() => speakCatalog({ locale: 'en', messages: english }));

  it('puts labels, quotation marks and dates in that language, and leaves the fact’s own words as they are', () => {
    speakCatalog({ locale: 'de', messages: german });
    const fact = view(CLAIM);
    expect(citeFact(fact, 'text').split('\n').slice(0, 3)).toEqual([
      `26. Januar 2011: ${fact.text}`,
      'Behauptet von Dmitry Rogozin, Russian ambassador to NATO',
      'Quelle: The Age, „Russia calls for NATO probe into Iran cyber strike“, 27. Januar 2011, ' +
        'https://www.theage.com.au/technology/russia-calls-for-nato-probe-into-iran-cyber-strike-20110127-1a5ph.html',
    ]);
    const md = citeFact(fact, 'markdown');
    expect(md).toMatch(/^\*\*26\. Januar 2011\*\*: Russia's NATO envoy /);
    expect(md).toContain(
      '(Quellen: The Age, [„Russia calls for NATO probe into Iran cyber strike“](https://',
    );
    expect(citeFact(view(DISPUTED), 'text')).toContain('\nUmstritten: Construction began in 1974, per ');
    expect(citeFact(view(UNDATED_SEED), 'text')).toContain(
      '\nQuelle: Artikel „Iran & Russia: Unraveling Their Strategic Partnership“: „This surge',
    );
  });
});

describe('citeFactsMarkdown', () => {
  it('writes a heading per topic and a list item per fact, skipping topics without facts', () => {
    const md = citeFactsMarkdown([
      { title: 'Iran', facts: [view(CLAIM), view(UNDATED_SEED)] },
      { title: 'SWIFT', facts: [] },
      { title: 'Bushehr', facts: [view(DISPUTED)] },
    ]);
    expect(md.split('\n')).toEqual([
      '## Iran',
      '',
      `- ${citeFact(view(CLAIM), 'markdown')}`,
      `- ${citeFact(view(UNDATED_SEED), 'markdown')}`,
      '',
      '## Bushehr',
      '',
      `- ${citeFact(view(DISPUTED), 'markdown')}`,
    ]);
  });
});

describe('the facts "Copy facts as Markdown" takes for a page', () => {
  const topics: TopicId[] = ['bushehr', 'iran', 'russia'];
  const groups = pageFactGroups(topics, dataset.facts, articles, names);

  it('keeps the page’s topics in its order, each named', () => {
    expect(groups.map((g) => [g.topic, g.title])).toEqual([
      ['bushehr', 'Bushehr'],
      ['iran', 'Iran'],
      ['russia', 'Russia'],
    ]);
  });

  it('gives each topic its newest facts, as its timeline leads with them, and no fact twice', () => {
    const ids = groups.flatMap((g) => g.facts.map((f) => f.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(groups.every((g) => g.facts.length === PAGE_FACTS_PER_TOPIC)).toBe(true);
    // The first topic takes the head of its own timeline as it is.
    const bushehr = orderTimeline(dataset.facts.filter((f) => f.topics.includes('bushehr')));
    expect(groups[0]!.facts.map((f) => f.id)).toEqual(
      bushehr.slice(0, PAGE_FACTS_PER_TOPIC).map((f) => f.id),
    );
    // A later one skips what an earlier one listed and takes its next newest instead.
    const taken = new Set(groups[0]!.facts.map((f) => f.id));
    const iran = orderTimeline(dataset.facts.filter((f) => f.topics.includes('iran')));
    expect(groups[1]!.facts.map((f) => f.id)).toEqual(
      iran
        .filter((f) => !taken.has(f.id))
        .slice(0, PAGE_FACTS_PER_TOPIC)
        .map((f) => f.id),
    );
  });

  it('is a short list even for every topic at once', () => {
    const all = pageFactGroups(TOPIC_IDS, dataset.facts, articles, names);
    expect(all.reduce((n, g) => n + g.facts.length, 0)).toBe(TOPIC_IDS.length * PAGE_FACTS_PER_TOPIC);
  });
});
