import type { TopicId } from './constants';
import type { WebSource } from './schema';

/* The pages each topic's summary (data/topics.ts) rests on. */
const checked = '2026-12-06';
const AP_TREATY = {
  publisher: 'Newser (AP)',
  title: "Russia-Iran Deal Will Affect 'the Entire Region'",
  url: 'https://www.newser.com/story/362687/russia-iran-deal-will-affect-the-entire-region.html',
  published: '2025-01-17',
  checked,
};
const REUTERS_NO_DEFENCE = {
  publisher: 'Dunya News (Reuters)',
  title: 'Iran parliament approves strategic pact with Russia',
  url: 'https://dunyanews.tv/en/World/885262-iran-parliament-approves-strategic-pact-with-russia',
  published: '2025-05-21',
  checked,
};
const GRID = {
  publisher: 'Power Engineering International',
  title: 'Bushehr nuclear plant connects to Iran grid',
  url: 'https://www.powerengineeringint.com/nuclear/bushehr-nuclear-plant-connects-to-iran-grid/',
  published: '2011-09',
  checked,
};
const GRID_AFP = {
  publisher: 'Your Middle East / AFP',
  title: 'Iran’s nuclear plant linked to national grid',
  url: 'https://yourmiddleeast.com/2011/09/04/irans-nuclear-plant-linked-to-national-grid/',
  published: '2011-09-04',
  checked,
};

export const topicSources: Record<TopicId, WebSource[]> = {
  iran: [AP_TREATY, REUTERS_NO_DEFENCE],
  russia: [GRID, AP_TREATY, REUTERS_NO_DEFENCE],
  putin: [
    {
      publisher: 'Al Jazeera',
      title: 'Putin arrives in Tehran for summit',
      url: 'https://www.aljazeera.com/news/2007/10/16/putin-arrives-in-tehran-for-summit/',
      published: '2007-10-16',
      checked,
    },
    AP_TREATY,
  ],
  bushehr: [GRID, GRID_AFP],
  swift: [
    {
      publisher: 'SWIFT',
      title: 'Swift Sanctions Statement',
      url: 'https://www.swift.com/insights/press-releases/swift-sanctions-statement',
      published: '2014-10-06',
      checked,
    },
    {
      publisher: 'SWIFT',
      title: 'Swift instructed to disconnect sanctioned Iranian banks following EU Council decision',
      url: 'https://www.swift.com/node/2891',
      published: '2012-03-15',
      checked,
    },
    {
      publisher: 'Finextra',
      title: 'EU bans seven banks from Swift network',
      url: 'https://www.finextra.com/newsarticle/39787/eu-bans-seven-banks-from-swift-network',
      published: '2022-03-02',
      checked,
    },
  ],
};
