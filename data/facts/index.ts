import type { FactInput } from '../schema';
import bushehr from './bushehr.json';
import diplomacy from './diplomacy.json';
import economy from './economy.json';
import finance from './finance.json';
import history from './history.json';
import military from './military.json';
import nuclearDiplomacy from './nuclear-diplomacy.json';
import seedArticles from './seed-articles.json';

/*
 * The fact base, one file per domain. A maintainer adds a fact by adding one record to the file of its
 * domain; the schema (data/schema.ts) and data/validate.ts check it at every build and in the tests.
 * seed-articles.json holds every claim of the two seed articles, quoted word for word.
 */
export const facts: FactInput[] = [
  ...history,
  ...diplomacy,
  ...nuclearDiplomacy,
  ...bushehr,
  ...military,
  ...finance,
  ...economy,
  ...seedArticles,
] as FactInput[];
