import type { ScriptGroup } from './alias-regex';
import type { PackedTable } from './alias-table-codec';
import type { PackedVocab } from './vocab-names';

/*
 * How a script group's module (entrypoints/script-*.ts) hands its data to the page app: like the page app
 * itself (see utils/content/page-app-loader.ts), through the isolated world's global object under a symbol the page
 * cannot reach. Kept apart from script-groups.ts so that a group's module carries nothing but its data.
 */

export type OtherGroup = Exclude<ScriptGroup, 'word'>;
export const OTHER_GROUPS: readonly OtherGroup[] = ['cyrillic', 'arabic', 'hebrew', 'cjk'];

/** The path of a group's module in the extension (a web-accessible resource with a dynamic URL). */
export const scriptGroupPath = (group: OtherGroup) => `/script-${group}.js` as const;

/** What a group's module holds: its aliases (packed) and its words for the context rules. */
export interface ScriptGroupData {
  table: PackedTable;
  vocab: PackedVocab;
}

const KEY = Symbol.for('backstory.script-groups');
type GroupGlobal = { [KEY]?: Partial<Record<OtherGroup, ScriptGroupData>> };

/** Called by a group's module when it is evaluated (in the content script's isolated world). */
export function registerScriptGroup(group: OtherGroup, json: string): void {
  const global = globalThis as GroupGlobal;
  (global[KEY] ??= {})[group] = JSON.parse(json) as ScriptGroupData;
}

/** Imports a group's module from `url` and resolves to its data. */
export async function importScriptGroup(group: OtherGroup, url: string): Promise<ScriptGroupData> {
  await import(/* @vite-ignore */ url);
  const data = (globalThis as GroupGlobal)[KEY]?.[group];
  if (data === undefined) throw new Error(`${url} did not register the ${group} script group`);
  return data;
}
