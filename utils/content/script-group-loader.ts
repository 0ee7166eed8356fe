import type { Language } from '../../data/constants';
import { SCRIPT_GROUP_LANGUAGES } from '../matching/script-groups.generated';
import { groupsFor, groupsIn, type OtherGroup, type ScriptGroupData } from '../matching/script-groups';

/**
 * Which script groups (see utils/matching/script-groups.ts) a page loads, and loading them. A group is loaded
 * when text in its script is met and one of its languages is switched on; the first scan waits for the groups
 * the page shows up front (the text that made the content script load the app, the title, the page's
 * language), and a group met later loads, then the page is scanned again: at most four times in a page's life.
 */
export interface GroupLoaderDeps {
  /** Imports a group's module (a web-accessible resource). */
  load: (group: OtherGroup) => Promise<ScriptGroupData>;
  /** Called once a group's data is in (the page's matcher is then built again). */
  loaded: (group: OtherGroup, data: ScriptGroupData) => void;
  /** Called when a group failed to load: the page goes on without it. */
  failed: (group: OtherGroup, error: unknown) => void;
}

/** The groups of `languages` that a page whose `lang` attribute is `lang` is written in. */
export function groupsOfLang(lang: string, languages: readonly Language[]): OtherGroup[] {
  const primary = lang.toLowerCase().split('-')[0] as Language;
  return languages.includes(primary) ? groupsFor([primary], SCRIPT_GROUP_LANGUAGES) : [];
}

export class ScriptGroupLoader {
  /** Groups loaded or on their way. */
  private readonly asked = new Set<OtherGroup>();
  private readonly pending = new Set<Promise<void>>();
  /** The groups the reader's languages use that are not asked for yet: what `spot` looks for. */
  private wanted: OtherGroup[] = [];

  constructor(private readonly deps: GroupLoaderDeps) {}

  /** Sets the reader's languages; the groups they do not use are never loaded. */
  setLanguages(languages: readonly Language[]): void {
    this.wanted = groupsFor(languages, SCRIPT_GROUP_LANGUAGES).filter((g) => !this.asked.has(g));
  }

  /** Loads the wanted groups among `groups`; true when any load started. */
  need(groups: readonly OtherGroup[]): boolean {
    const fresh = groups.filter((g) => this.wanted.includes(g));
    for (const group of fresh) {
      this.asked.add(group);
      const done: Promise<void> = this.deps.load(group).then(
        (data) => this.deps.loaded(group, data),
        (error: unknown) => this.deps.failed(group, error),
      );
      this.pending.add(done);
      void done.finally(() => this.pending.delete(done));
    }
    this.wanted = this.wanted.filter((g) => !this.asked.has(g));
    return fresh.length > 0;
  }

  /** Loads the wanted groups whose script `text` holds (one regex test for text in none); true when any started. */
  spot(text: string): boolean {
    return this.wanted.length > 0 && this.need(groupsIn(text, this.wanted));
  }

  /** True while a load is under way. */
  get busy(): boolean {
    return this.pending.size > 0;
  }

  /** Resolves once every load started so far is done (loaded or failed). */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }
}
