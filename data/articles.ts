import type { Article } from './schema';

/** The two seed articles every fact is sourced from. */
export const articles: Article[] = [
  {
    id: 'unraveling-partnership',
    title: 'Iran & Russia: Unraveling Their Strategic Partnership',
    seedFile: '000_55d04feb3a4e1a7e.txt',
  },
  {
    id: 'evolving-alliance',
    title: 'Iran Putin: Unpacking The Evolving Strategic Alliance',
    seedFile: '003_72d182a4429e96b3.txt',
  },
];
