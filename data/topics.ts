import type { Topic } from './schema';

/** A topic as the content script needs it; its sources live apart, so every page does not load them. */
export type TopicEntry = Omit<Topic, 'sources'>;

/*
 * Each summary says only what its sources say (data/topic-sources.ts). Colours sit in a mid-luminance band so an underline keeps at
 * least 3:1 contrast on white and on near-black (#121212) pages alike, and the five hues stay apart.
 */
export const topics: TopicEntry[] = [
  {
    id: 'iran',
    name: 'Iran',
    summary:
      'Iran, governed from Tehran, signed a Comprehensive Strategic Partnership Treaty with Russia in the Kremlin on 17 January 2025, covering trade, military ties, science, education and culture. ' +
      'Unlike Russia’s pact with North Korea, the treaty has no mutual-defence clause.',
    color: '#0d9488',
  },
  {
    id: 'russia',
    name: 'Russia',
    summary:
      'Russia, governed from Moscow, built Iran’s first nuclear power plant at Bushehr, which was linked to Iran’s grid in September 2011. ' +
      'In January 2025 the two countries signed a strategic partnership treaty that contains no mutual-defence clause.',
    color: '#d6336c',
  },
  {
    id: 'putin',
    name: 'Putin',
    summary:
      'Vladimir Putin is the President of Russia. He visited Tehran for a Caspian summit in October 2007 and signed the strategic partnership treaty with Iranian President Masoud Pezeshkian in the Kremlin on 17 January 2025.',
    color: '#8b5cf6',
  },
  {
    id: 'bushehr',
    name: 'Bushehr',
    summary:
      'Bushehr, in southern Iran, is the site of Iran’s first nuclear power plant. ' +
      'Its Russian-built reactor of about 1,000 MW was connected to the national grid on 3 September 2011, after years of delays.',
    color: '#c27c0e',
  },
  {
    id: 'swift',
    name: 'SWIFT',
    summary:
      'SWIFT is an interbank messaging cooperative founded in 1973 under Belgian law; banks use its network to send payment instructions. ' +
      'On EU decisions it disconnected sanctioned Iranian banks in March 2012, and seven Russian banks were barred from it in March 2022.',
    color: '#2f7be0',
  },
];
