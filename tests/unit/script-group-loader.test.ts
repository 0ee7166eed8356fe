import { describe, expect, it } from 'vitest';
import { groupsOfLang, ScriptGroupLoader } from '../../utils/content/script-group-loader';
import {
  groupsFor,
  groupsIn,
  type OtherGroup,
  type ScriptGroupData,
} from '../../utils/matching/script-groups';
import { allGroupData } from './all-script-groups';

describe('which script groups a page needs', () => {
  it.each([
    ['Talks with Iran resumed on Tuesday’s “summit”.', []],
    ['Путин и Иран', ['cyrillic']],
    ['ایران و روسیه; ישראל', ['arabic', 'hebrew']],
    ['俄罗斯 and モスクワ', ['cjk']],
  ] as Array<[string, OtherGroup[]]>)('%s', (text, expected) => {
    expect(groupsIn(text, ['cyrillic', 'arabic', 'hebrew', 'cjk'])).toEqual(expected);
  });

  it('only for the languages the reader reads', () => {
    const served = {
      cyrillic: ['ru', 'uk'],
      arabic: ['ar', 'fa'],
      hebrew: ['he'],
      cjk: ['zh', 'ja'],
    } as const;
    expect(groupsFor(['en', 'de'], served)).toEqual([]);
    expect(groupsFor(['en', 'uk', 'ja'], served)).toEqual(['cyrillic', 'cjk']);
    expect(groupsOfLang('ru-RU', ['en', 'ru'])).toEqual(['cyrillic']);
    expect(groupsOfLang('ru', ['en'])).toEqual([]);
    expect(groupsOfLang('en', ['en', 'ru'])).toEqual([]);
  });
});

describe('the script group loader', () => {
  const dataOf = new Map(
    allGroupData().map((data) => [data.table.scripts[0]![0] as OtherGroup, data] as const),
  );
  function loader() {
    const requested: OtherGroup[] = [];
    const loaded: OtherGroup[] = [];
    const groups = new ScriptGroupLoader({
      load: async (group) => {
        requested.push(group);
        return dataOf.get(group) as ScriptGroupData;
      },
      loaded: (group) => void loaded.push(group),
      failed: () => undefined,
    });
    return { groups, requested, loaded };
  }

  it('loads nothing for Latin text, and each group met once', async () => {
    const { groups, requested, loaded } = loader();
    groups.setLanguages(['en', 'ru', 'he']);
    expect(groups.spot('Moscow and Tehran')).toBe(false);
    expect(groups.spot('Москва')).toBe(true);
    expect(groups.spot('Москва и Тегеран')).toBe(false);
    expect(groups.busy).toBe(true);
    await groups.settled();
    expect(groups.busy).toBe(false);
    expect(groups.spot('טהרן')).toBe(true);
    await groups.settled();
    expect(requested).toEqual(['cyrillic', 'hebrew']);
    expect(loaded).toEqual(['cyrillic', 'hebrew']);
  });

  it('never loads a group whose languages are all switched off', async () => {
    const { groups, requested } = loader();
    groups.setLanguages(['en', 'fr']);
    expect(groups.spot('Москва, طهران, 北京')).toBe(false);
    expect(groups.need(['cyrillic'])).toBe(false);
    await groups.settled();
    expect(requested).toEqual([]);
  });

  it('goes on without a group that failed to load', async () => {
    const failures: OtherGroup[] = [];
    const groups = new ScriptGroupLoader({
      load: () => Promise.reject(new Error('gone')),
      loaded: () => undefined,
      failed: (group) => void failures.push(group),
    });
    groups.setLanguages(['ja']);
    expect(groups.spot('東京')).toBe(true);
    await groups.settled();
    expect(failures).toEqual(['cjk']);
    expect(groups.spot('東京')).toBe(false);
  });
});
