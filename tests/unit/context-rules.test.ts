import { describe, expect, it } from 'vitest';
import type { ContextRule } from '../../data/schema';
import { applyCorrections, passesContext } from '../../utils/matching/context-rules';
import { buildContextRegexes } from '../../utils/matching/context-text';

/** Runs a rule on the first occurrence of `word` in `block`. */
function counts(rule: ContextRule, block: string, word: string): boolean {
  const start = block.indexOf(word);
  expect(start).toBeGreaterThanOrEqual(0);
  return passesContext(rule, block, start, start + word.length);
}

describe('finance', () => {
  it.each([
    ['Iran’s rial hit a record low as SWIFT access was restricted.', true],
    ['The SWIFT messaging system links 11,000 institutions.', true],
    ['SWIFT said it would comply with EU sanctions.', true],
    ['Russia was kicked out of SWIFT after the invasion.', true],
    ['Российские банки отключены от SWIFT.', true],
    ['Die Banken wurden von SWIFT ausgeschlossen.', true],
    ['Les banques iraniennes ont été exclues de SWIFT.', true],
    ['Los bancos rusos fueron desconectados de SWIFT.', true],
    ['تحریم‌های بانکی ایران را از سوئیفت جدا کرد.', true],
    ['العقوبات أخرجت البنوك من نظام سويفت.', true],
    ['欧盟将俄罗斯银行排除在SWIFT之外。', true],
    ['The SWIFT Act passed the Senate.', false],
    ['NASA’s SWIFT telescope spotted the flare.', false],
    ['The SWIFT mission studies gamma-ray bursts, funded by a bank grant.', false],
  ])('%s → %s', (block, expected) => {
    const word = ['SWIFT', 'سوئیفت', 'سويفت'].find((w) => block.includes(w)) ?? 'SWIFT';
    expect(counts('finance', block, word)).toBe(expected);
  });
});

describe('government', () => {
  it.each([
    ['Moscow responded by expelling diplomats.', 'Moscow', true],
    ['Moscow and Beijing have deepened ties.', 'Moscow', true],
    ['Washington accused Tehran of supplying drones.', 'Tehran', true],
    ['Moscow, however, insists the drills are routine.', 'Moscow', true],
    ['The move angered Moscow.', 'Moscow', true],
    ['Der Kreml unterstütze Teheran, sagte ein Sprecher.', 'Teheran', true],
    ['Kyzyl lies 3,600 kilometers east of Moscow, the regional government said.', 'Moscow', false],
    ['Beijing supports Tehran in the dispute.', 'Tehran', true],
    ['Тегеран отверг обвинения.', 'Тегеран', true],
    ['Moskau und Peking rücken zusammen.', 'Moskau', true],
    ['وحذرت طهران من التصعيد.', 'طهران', true],
    ['莫斯科方面表示不满。', '莫斯科', true],
    ['A drone struck an oil depot near Moscow overnight.', 'Moscow', false],
    ['Protests spread across Tehran on Friday.', 'Tehran', false],
    ['He lives on Tehran Street.', 'Tehran', false],
    ['Moscow time is three hours ahead of London.', 'Moscow', false],
    ['The Moscow Region governor resigned.', 'Moscow', false],
    ['Tehran’s streets were quiet.', 'Tehran', false],
    ['بورس تهران سقوط کرد.', 'تهران', false],
    ['德黑兰大学的学生抗议。', '德黑兰', false],
    ['MOSCOW, Jan 5: The rouble slid.', 'MOSCOW', false],
    ['Earlier story\nTEHRAN (IRNA) — The minister said...', 'TEHRAN', false],
  ])('%s', (block, word, expected) => {
    expect(counts('government', block, word)).toBe(expected);
  });
});

describe('person', () => {
  it.each([
    ['Vladimir Poutine a déclaré la guerre.', true],
    ['Selon M. Poutine, rien ne change.', true],
    ['Hier, Poutine a rencontré Erdogan.', true],
    ['POUTINE MENACE L’OCCIDENT', true],
    ['Nous avons mangé une poutine au restaurant.', false],
    ['La Poutine Week commence à Montréal.', false],
    ['Poutine : frites, fromage en grains et sauce brune.', false],
  ])('%s → %s', (block, expected) => {
    const word = /poutine/i.exec(block)?.[0] ?? '';
    expect(counts('person', block, word)).toBe(expected);
  });
});

describe('applyCorrections', () => {
  const mentions = [
    { topic: 'russia' as const, text: 'Moscow', start: 0, end: 6 },
    { topic: 'iran' as const, text: 'ايران', start: 10, end: 15 },
    { topic: 'putin' as const, text: 'Putin', start: 20, end: 25 },
  ];

  it('drops mentions of the same topic and text, compared after normalisation', () => {
    const kept = applyCorrections(mentions, [
      { topic: 'russia', text: 'MOSCOW' },
      { topic: 'iran', text: 'ایران' },
    ]);
    expect(kept.map((m) => m.text)).toEqual(['Putin']);
  });

  it('keeps mentions of another topic with the same text, and everything without corrections', () => {
    expect(applyCorrections(mentions, [{ topic: 'iran', text: 'Putin' }])).toHaveLength(3);
    expect(applyCorrections(mentions, [])).toEqual(mentions);
  });
});

describe('building the context regexes ahead of need', () => {
  it('builds them a piece at a time, only while there is time, and the rules still decide alike', () => {
    let pieces = 0;
    expect(buildContextRegexes(() => pieces++ < 1)).toBe(false);
    expect(buildContextRegexes(() => false)).toBe(false);
    expect(buildContextRegexes(() => true)).toBe(true);
    expect(buildContextRegexes(() => false)).toBe(true);
    expect(counts('finance', 'Banks were cut off from SWIFT after the sanctions.', 'SWIFT')).toBe(true);
    expect(counts('finance', 'Taylor Swift sang; SWIFT fans cheered.', 'SWIFT')).toBe(false);
  });
});
