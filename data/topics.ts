import type { Topic } from './schema';

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

/*
 * Each summary says only what its sources say. Colours sit in a mid-luminance band so an underline keeps at
 * least 3:1 contrast on white and on near-black (#121212) pages alike, and the five hues stay apart.
 */
export const topics: Topic[] = [
  {
    id: 'iran',
    name: 'Iran',
    summary:
      'Iran, governed from Tehran, signed a Comprehensive Strategic Partnership Treaty with Russia in the Kremlin on 17 January 2025, covering trade, military ties, science, education and culture. ' +
      'Unlike Russia’s pact with North Korea, the treaty has no mutual-defence clause.',
    sources: [AP_TREATY, REUTERS_NO_DEFENCE],
    color: '#0d9488',
  },
  {
    id: 'russia',
    name: 'Russia',
    summary:
      'Russia, governed from Moscow, built Iran’s first nuclear power plant at Bushehr, which was linked to Iran’s grid in September 2011. ' +
      'In January 2025 the two countries signed a strategic partnership treaty that contains no mutual-defence clause.',
    sources: [GRID, AP_TREATY, REUTERS_NO_DEFENCE],
    color: '#d6336c',
  },
  {
    id: 'putin',
    name: 'Putin',
    summary:
      'Vladimir Putin is the President of Russia. He visited Tehran for a Caspian summit in October 2007 and signed the strategic partnership treaty with Iranian President Masoud Pezeshkian in the Kremlin on 17 January 2025.',
    sources: [
      {
        publisher: 'Al Jazeera',
        title: 'Putin arrives in Tehran for summit',
        url: 'https://www.aljazeera.com/news/2007/10/16/putin-arrives-in-tehran-for-summit/',
        published: '2007-10-16',
        checked,
      },
      AP_TREATY,
    ],
    color: '#8b5cf6',
  },
  {
    id: 'bushehr',
    name: 'Bushehr',
    summary:
      'Bushehr, in southern Iran, is the site of Iran’s first nuclear power plant. ' +
      'Its Russian-built reactor of about 1,000 MW was connected to the national grid on 3 September 2011, after years of delays.',
    sources: [GRID, GRID_AFP],
    color: '#c27c0e',
  },
  {
    id: 'swift',
    name: 'SWIFT',
    summary:
      'SWIFT is an interbank messaging cooperative founded in 1973 under Belgian law; banks use its network to send payment instructions. ' +
      'On EU decisions it disconnected sanctioned Iranian banks in March 2012, and seven Russian banks were barred from it in March 2022.',
    sources: [
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
    color: '#2f7be0',
  },
];
