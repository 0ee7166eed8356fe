import { beforeAll, describe, expect, it } from 'vitest';
import { dataset } from '../../data/index';
import { topicRows } from '../../utils/db/seed';
import { buildFactSearch } from '../../utils/search/fact-search';

/**
 * What readers of Iran–Russia news look up, typed into the popup as they would type it, and the fact that
 * answers it: it must be among the first three results.
 */
const QUESTIONS: Array<[query: string, expected: string]> = [
  ['When was Bushehr connected to the grid', 'bsh-grid-connection-2011'],
  ['Iranian banks cut off from SWIFT 2012', 'fin-iran-banks-cut-off-2012-03-17'],
  ['which Russian banks were disconnected from SWIFT', 'fin-swift-confirms-12-march-disconnection-2022'],
  ['when was the 2025 treaty signed', 'dip-treaty-signing-kremlin-2025'],
  ['does the treaty oblige Russia to defend Iran', 'dip-treaty-no-mutual-defence-clause'],
  ["where are Iran's drones for Russia made", 'mil-alabuga-plant-us-intel-2023'],
  ['Shahed', 'mil-kyiv-shahed-attack-2022'],
  ['treaty ratification Putin', 'dip-putin-signs-ratification-law-2025'],
  ['S-300 delivery', 'mil-s300-delivery-completed-2016'],
  ['Hamedan air base', 'mil-hamedan-first-strikes-2016'],
  ['Mir Shetab', 'fin-mir-shetab-stage-one-2024-11'],
  ['SPFS SEPAM', 'fin-iran-russia-link-sepam-spfs-2023-01-29'],
  ['Rasht Astara railway', 'eco-rasht-astara-agreement-2023'],
  ['Treaty of Turkmenchay', 'his-treaty-of-turkmenchay-1828'],
  ['Griboyedov', 'his-griboyedov-killed-tehran-1829'],
  ['Tehran Conference 1943', 'his-tehran-conference-1943'],
  ['uranium shipped to Russia 2015', 'nuc-leu-shipment-to-russia-2015'],
  ['Khatami Moscow 2001', 'dip-khatami-putin-2001-treaty'],
  ['Iran SCO membership', 'dip-iran-joins-sco-2023'],
  ['Iran joins BRICS', 'dip-iran-joins-brics-2024'],
  ['Putin visit Tehran 2007', 'dip-putin-tehran-2007-first-since-stalin'],
  ['Alabuga', 'mil-alabuga-plant-us-intel-2023'],
  ['Fath-360 missiles', 'mil-blinken-fath360-claim-2024'],
  ['Su-35', 'mil-su35-deal-finalised-2023'],
  ['Stuxnet Bushehr', 'bsh-stuxnet-staff-computers-2010'],
  ['Rosatom evacuate Bushehr', 'bsh-rosatom-partial-evacuation-2025'],
  ['Bushehr 2 construction start', 'bsh-bushehr2-cornerstone-2016'],
  ['Gazprom gas memorandum Iran', 'eco-gazprom-nigc-memorandum-2024'],
  ['Eurasian Economic Union full free trade agreement', 'eco-eaeu-fta-in-force-2025'],
  ['Kiriyenko fuel loading', 'bsh-fuel-loading-ceremony-2010'],
  ['Soviet troops Azerbaijan 1946', 'his-soviet-troops-leave-azerbaijan-1946'],
  ['Resolution 1929', 'nuc-unsc-1929-2010'],
  ['Resolution 2231', 'nuc-unsc-2231-adopted-2015'],
  ['Sberbank SWIFT', 'fin-eu-sixth-package-sberbank-swift-2022'],
  ['Mnuchin SWIFT Iran', 'fin-mnuchin-warns-swift-2018-11-02'],
  ['1995 contract Bushehr', 'bsh-contract-1995-signed'],
  ['Bushehr full capacity', 'bsh-full-capacity-2012'],
  ['Bushehr handed over to Iran', 'bsh-handover-to-iran-2013'],
];

describe('search relevance: reader questions', () => {
  const search = buildFactSearch(topicRows(dataset), dataset.facts);
  beforeAll(() => search.indexed);

  it('names only facts that exist', () => {
    const ids = new Set(dataset.facts.map((f) => f.id));
    expect(QUESTIONS.filter(([, id]) => !ids.has(id))).toEqual([]);
  });

  it.each(QUESTIONS)('"%s" lists %s among the first three', (query, expected) => {
    // Topics count as results too: a topic listed first takes one of the three places.
    const firstThree = search
      .search(query)
      .slice(0, 3)
      .map((h) => (h.kind === 'fact' ? h.fact.id : `topic:${h.topic.id}`));
    expect(firstThree).toContain(expected);
  });
});
