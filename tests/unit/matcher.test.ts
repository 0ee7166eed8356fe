import { describe, expect, it } from 'vitest';
import { aliases } from '../../data/aliases';
import { buildAliasTable, type AliasesByTopic } from '../../utils/matching/alias-table';
import { matcherFromTable, type MatcherOptions } from '../../utils/matching/matcher';
import { fullAliasTable } from './all-script-groups';
import { found, matcher, table } from './matcher-table';

/** A matcher compiled from `aliases` at test time (pages use the table the build computed). */
const compileMatcher = (aliases: AliasesByTopic, options: MatcherOptions = {}) =>
  matcherFromTable(buildAliasTable(aliases), options);

table('English', [
  ['Vladimir Putin’s government denied the report.', [['putin', 'Vladimir Putin']]],
  ["Putin's spokesman said the talks had stalled.", [['putin', 'Putin']]],
  [
    "Iran's foreign minister met his Russian counterpart.",
    [
      ['iran', 'Iran'],
      ['russia', 'Russian'],
    ],
  ],
  ['IRAN REJECTS NEW UN RESOLUTION', [['iran', 'IRAN']]],
  [
    'Iranians went to the polls as Russians watched.',
    [
      ['iran', 'Iranians'],
      ['russia', 'Russians'],
    ],
  ],
  ['The Islamic Republic of Iran has denied the claims.', [['iran', 'Islamic Republic of Iran']]],
  ['Envoys of the Russian Federation signed the accord.', [['russia', 'Russian Federation']]],
  [
    'The Kremlin said President Putin would attend.',
    [
      ['russia', 'Kremlin'],
      ['putin', 'President Putin'],
    ],
  ],
  ['The Russia-Ukraine war enters its third year.', [['russia', 'Russia']]],
  [
    'Work at the Bushehr nuclear power plant resumed, Iran’s atomic agency said.',
    [
      ['bushehr', 'Bushehr nuclear power plant'],
      ['iran', 'Iran'],
    ],
  ],
  ['Rosatom engineers returned to Bushehr in 2020.', [['bushehr', 'Bushehr']]],
  ['Talks with Vladimir\nPutin ended late.', [['putin', 'Vladimir\nPutin']]],
  [
    'Officials in “Russia” and (iran) disagreed.',
    [
      ['russia', 'Russia'],
      ['iran', 'iran'],
    ],
  ],
]);

table('look-alikes never count', [
  ['Iranga Jayasuriya scored a century in Colombo.', []],
  ['Russel Crowe and Bertrand Russell walked in.', []],
  ['Scholars of Putinism and Kremlinology met in Oxford.', []],
  ['The Russiagate hearings dragged on for months.', []],
  ['He ordered a Putinka at the hotel bar.', []],
  ['Smriti Irani addressed the rally.', []],
  ['Ali Bushehri opened a bakery.', []],
  ['The river flowed swiftly; SWIFTER action was needed.', []],
  ['Tankers crossed the Persian Gulf.', []],
  ['Pakistan calls itself an Islamic Republic.', []],
  // Places named after Russia are not Russia.
  ['We kayaked down the Russian River to Jenner.', []],
  ['Russian Hill has the steepest streets in San Francisco.', []],
  ['Remamos por el río Russian hasta la costa.', []],
  ['The Kievan Rus was a medieval federation.', []],
  ['A Russian hill town was shelled overnight.', [['russia', 'Russian']]],
]);

describe('every word form', () => {
  it('is found as a word of its own, in any script, unless it needs context', () => {
    for (const alias of Object.values(aliases).flat()) {
      if (alias.context !== undefined) continue;
      const text = `— ${alias.text}.`;
      expect(found(text), text).toEqual([[expect.any(String), alias.text]]);
    }
  });
});

table('SWIFT', [
  [
    'Seven Russian banks were cut off from SWIFT.',
    [
      ['russia', 'Russian'],
      ['swift', 'SWIFT'],
    ],
  ],
  ['SWIFT payments between the two countries were halted.', [['swift', 'SWIFT']]],
  [
    'Russia built SPFS as its alternative to SWIFT.',
    [
      ['russia', 'Russia'],
      ['swift', 'SWIFT'],
    ],
  ],
  [
    'Iran was disconnected from SWIFT in 2012.',
    [
      ['iran', 'Iran'],
      ['swift', 'SWIFT'],
    ],
  ],
  [
    'EU TO CUT RUSSIAN BANKS FROM SWIFT',
    [
      ['russia', 'RUSSIAN'],
      ['swift', 'SWIFT'],
    ],
  ],
  ['Enter the bank’s SWIFT code to receive the transfer.', [['swift', 'SWIFT']]],
  [
    'the Society for Worldwide Interbank Financial Telecommunication',
    [['swift', 'Society for Worldwide Interbank Financial Telecommunication']],
  ],
  ['Taylor Swift announced a new album.', []],
  ['TAYLOR SWIFT ANNOUNCES STADIUM TOUR', []],
  ['Write the app in Swift using Xcode; the Swift code compiles fast.', []],
  ['The ministry promised a swift response.', []],
  ['The SWIFT satellite observed a gamma-ray burst.', []],
  ['The SWIFT programme trains young coders in Leeds.', []],
]);

table('capitals as governments', [
  ['Moscow warned Washington against new sanctions.', [['russia', 'Moscow']]],
  [
    'Tehran and Moscow signed a cooperation treaty.',
    [
      ['iran', 'Tehran'],
      ['russia', 'Moscow'],
    ],
  ],
  [
    'Moscow’s support for Tehran has grown.',
    [
      ['russia', 'Moscow'],
      ['iran', 'Tehran'],
    ],
  ],
  ['Relations between Washington and Moscow soured.', [['russia', 'Moscow']]],
  ['Moscow has repeatedly denied the allegations.', [['russia', 'Moscow']]],
  ['Moscow-backed separatists shelled the town.', [['russia', 'Moscow']]],
  ['MOSCOW (AP) — Officials said on Monday that talks would resume.', []],
  ["MOSCOW, March 3 (Reuters) - Russia's central bank cut rates.", [['russia', 'Russia']]],
  ['TEHRAN, Iran (AP) — Protesters gathered downtown.', [['iran', 'Iran']]],
  ['TEHRAN — Prices rose again.', []],
  ['She studied in Moscow before moving to Paris.', []],
  ['Moscow, Idaho, is a college town.', []],
  ['Spartak Moscow beat Zenit 2-1.', []],
  ['Shares fell on the Tehran Stock Exchange.', []],
  ['Tehran University students protested.', []],
  ['Order a Moscow mule at the bar.', []],
  ['He graduated from Moscow State University.', []],
  ['A Moscow-based analyst disagreed.', []],
  ['Moscow is home to 13 million people.', []],
]);

describe('block context', () => {
  it('reads the enclosing block, not just the text node', () => {
    const block = 'MOSCOW (AP) — Moscow warned the West.';
    expect(found('MOSCOW', { text: block, offset: 0 })).toEqual([]);
    expect(found('Moscow warned the West.', { text: block, offset: 14 })).toEqual([['russia', 'Moscow']]);
    expect(found('Moscow', { text: 'She lives in Moscow.', offset: 13 })).toEqual([]);
  });

  it('calls a lazy block source only for ambiguous matches', () => {
    let calls = 0;
    const source = (): { text: string; offset: number } => {
      calls++;
      return { text: 'Banks were cut off from SWIFT.', offset: 24 };
    };
    expect(found('Iran and Russia', source)).toEqual([
      ['iran', 'Iran'],
      ['russia', 'Russia'],
    ]);
    expect(calls).toBe(0);
    expect(found('SWIFT', source)).toEqual([['swift', 'SWIFT']]);
    expect(calls).toBe(1);
  });

  it('ignores a block that does not hold the text at the offset', () => {
    expect(found('Moscow warned.', { text: 'unrelated', offset: 3 })).toEqual([['russia', 'Moscow']]);
  });
});

describe('options and output', () => {
  it('counts only the enabled languages', () => {
    const en = compileMatcher(aliases, { languages: ['en'] });
    expect(found('Россия, Iran, 伊朗', undefined, en)).toEqual([['iran', 'Iran']]);
  });

  it('counts only the enabled topics', () => {
    const onlyPutin = compileMatcher(aliases, { topics: ['putin'] });
    expect(found('Putin visited Iran.', undefined, onlyPutin)).toEqual([['putin', 'Putin']]);
  });

  it('still finds a shorter enabled alias inside a longer switched-off one', () => {
    const noGerman = matcherFromTable(fullAliasTable(), { languages: ['en', 'fr'] });
    expect(found('Besuch in der Islamischen Republik Iran.', undefined, noGerman)).toEqual([
      ['iran', 'Iran'],
    ]);
    expect(found('Besuch in der Islamischen Republik Iran.')).toEqual([
      ['iran', 'Islamischen Republik Iran'],
    ]);
  });

  it('returns offsets into the original text through soft hyphens and harakat', () => {
    const text = 'Der Rus\u00ADsland-Besuch; إِيرَانُ';
    const mentions = matcher.findMentions(text);
    expect(mentions.map((m) => [m.start, m.end, m.text])).toEqual([
      [4, 13, 'Rus\u00ADsland'],
      [22, 30, 'إِيرَانُ'],
    ]);
  });

  it('returns the alias that matched, and nothing for empty or plain text', () => {
    expect(matcher.findMentions('SWIFT sanctions')[0]?.alias).toEqual({
      text: 'SWIFT',
      lang: 'en',
      caseSensitive: true,
      context: 'finance',
    });
    expect(matcher.findMentions('')).toEqual([]);
    expect(matcher.findMentions('Nothing to see here.')).toEqual([]);
    expect(compileMatcher({}).findMentions('Iran')).toEqual([]);
  });
});

describe('the alias table computed at build time', () => {
  it('is exactly what the aliases compile to now (run a build or `npx wxt prepare` after editing them)', () => {
    expect(fullAliasTable()).toEqual(buildAliasTable(aliases));
  });

  it('finds what a matcher compiled on the page finds', () => {
    const onPage = compileMatcher(aliases);
    const text =
      'Vladimir Putin’s envoy met Iranian officials; Moscow warned that SWIFT sanctions on banks hurt ' +
      'Россия и Иран, ایران و روسیه, 俄罗斯与伊朗 and the Bushehr plant.';
    expect(matcher.findMentions(text)).toEqual(onPage.findMentions(text));
    expect(matcher.findMentions(text).length).toBeGreaterThan(8);
  });

  it('keeps one regex per script group, the caseless scripts without case folding', () => {
    expect(fullAliasTable().patterns.map((p) => [p.script, p.flags])).toEqual([
      ['word', 'giu'],
      ['cyrillic', 'giu'],
      ['arabic', 'gu'],
      ['hebrew', 'gu'],
      ['cjk', 'gu'],
    ]);
  });

  it('returns mentions from several scripts in one text in the order they appear', () => {
    const text = '俄罗斯 said Iran, ایران و روسیه, and Россия, then 伊朗 again.';
    expect(matcher.findMentions(text).map((m) => m.text)).toEqual([
      '俄罗斯',
      'Iran',
      'ایران',
      'روسیه',
      'Россия',
      '伊朗',
    ]);
  });
});

describe('warming the regex up ahead of the scan', () => {
  it('does one piece per call (one-byte text, then two-byte text), then reports it is ready', () => {
    const fresh = matcherFromTable(fullAliasTable());
    expect([fresh.warmUp(), fresh.warmUp(), fresh.warmUp()]).toEqual([true, true, false]);
    expect(fresh.findMentions('Iran’s envoy met Putin in Moscow’s Kremlin.').map((m) => m.text)).toEqual([
      'Iran',
      'Putin',
      'Kremlin',
    ]);
  });

  it('has nothing to do when no topic is enabled', () => {
    expect(matcherFromTable(fullAliasTable(), { topics: [] }).warmUp()).toBe(false);
  });
});
