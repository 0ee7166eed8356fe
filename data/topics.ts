import type { Topic } from './schema';

/*
 * Colours sit in a mid-luminance band so an underline keeps at least 3:1 contrast on white and on
 * near-black (#121212) pages alike, and the five hues stay apart from one another.
 */
export const topics: Topic[] = [
  {
    id: 'iran',
    name: 'Iran',
    summary:
      'The Islamic Republic of Iran, governed from Tehran, has drawn closer to Russia as both face Western sanctions. ' +
      'Their cooperation spans trade, payments, military supplies and diplomatic backing, though analysts describe it as pragmatic and limited.',
    color: '#0d9488',
  },
  {
    id: 'russia',
    name: 'Russia',
    summary:
      'Russia, governed from Moscow, regards Iran as a strategic partner in the Middle East, a tie that has deepened since the West isolated Moscow over its 2022 full-scale invasion of Ukraine. ' +
      'It built Iran’s first nuclear power plant and has backed Tehran at the United Nations, but it has stopped short of defending Iran militarily.',
    color: '#d6336c',
  },
  {
    id: 'putin',
    name: 'Putin',
    summary:
      'Vladimir Putin is the President of Russia. ' +
      'He signed the law ratifying the comprehensive strategic partnership treaty with Iran, has offered to mediate between Iran and Israel, and, according to analysts, does not want Iran to have nuclear weapons.',
    color: '#8b5cf6',
  },
  {
    id: 'bushehr',
    name: 'Bushehr',
    summary:
      'Bushehr is a port city on Iran’s Gulf coast and the site of the country’s only nuclear power plant. ' +
      'Russia built the plant, Iran’s first, and it became operational in 2013.',
    color: '#c27c0e',
  },
  {
    id: 'swift',
    name: 'SWIFT',
    summary:
      'SWIFT is the Belgium-based messaging network that banks around the world use to send payment instructions. ' +
      'Iran and Russia, both under Western sanctions, are linking their national payment systems so that they can settle transactions without it.',
    color: '#2f7be0',
  },
];
