import { describe, expect, it } from 'vitest';
import type { ContextRule } from '../../data/schema';
import { applyCorrections, contextEvidence, passesContext } from '../../utils/matching/context-rules';
import { buildContextRegexes } from '../../utils/matching/context-text';

/** Runs a rule on the first occurrence of `word` in `block` (on `page`, when given). */
function counts(rule: ContextRule, block: string, word: string, page?: string): boolean {
  const start = block.indexOf(word);
  expect(start).toBeGreaterThanOrEqual(0);
  return passesContext(rule, block, start, start + word.length, page === undefined ? undefined : () => page);
}

describe('finance', () => {
  it.each([
    ['Iran’s rial hit a record low as SWIFT access was restricted.', true],
    ['The SWIFT messaging system links 11,000 institutions.', true],
    ['SWIFT said it would comply with EU sanctions.', true],
    ['Russia was kicked out of SWIFT after the invasion.', true],
    ['Российские банки отключены от SWIFT.', true],
    ['Die Banken wurden von SWIFT ausgeschlossen.', true],
    ['Les banques iraniennes ont été exclues de SWIFT.', true],
    ['Los bancos rusos fueron desconectados de SWIFT.', true],
    ['تحریم‌های بانکی ایران را از سوئیفت جدا کرد.', true],
    ['العقوبات أخرجت البنوك من نظام سويفت.', true],
    ['欧盟将俄罗斯银行排除在SWIFT之外。', true],
    ['The SWIFT Act passed the Senate.', false],
    ['NASA’s SWIFT telescope spotted the flare.', false],
    ['The SWIFT mission studies gamma-ray bursts, funded by a bank grant.', false],
  ])('%s → %s', (block, expected) => {
    const word = ['SWIFT', 'سوئیفت', 'سويفت'].find((w) => block.includes(w)) ?? 'SWIFT';
    expect(counts('finance', block, word)).toBe(expected);
  });
});

describe('finance, one sense per page', () => {
  /** The evidence for `word` in `block` on `page`. */
  const why = (block: string, word: string, page: string) => {
    const start = block.indexOf(word);
    return contextEvidence('finance', block, start, start + word.length, () => page);
  };

  // A page in the style of the network's own press releases: "Swift" in title case, banking words in places.
  const release = [
    'Swift instructed to disconnect sanctioned banks',
    'Swift said on Tuesday that it had received instructions to disconnect three banks from its messaging network.',
    'The disconnection takes effect at midnight, in line with the sanctions adopted by the Council.',
    'Swift is a member-owned cooperative.',
    'In a statement, Swift added that it follows the law where it operates.',
  ].join('\n');

  it('counts every Swift on a page about banks and sanctions, with what the page is about as evidence', () => {
    for (const block of release.split('\n')) expect(why(block, 'Swift', release), block).toBeDefined();
    expect(why('Swift is a member-owned cooperative.', 'Swift', release)).toEqual({
      pageAbout: expect.arrayContaining(['banks']) as unknown,
    });
    expect(why('Swift said on Tuesday.', 'Swift', 'Swift said on Tuesday.')).toBeUndefined();
  });

  it('counts an upper-case SWIFT a paragraph away from the banking words', () => {
    const page = `Seven Russian banks lose access to payments network\nThe EU disconnected seven banks.\nSWIFT said it would comply.\nThe sanctions also target the central bank's reserves.`;
    expect(why('SWIFT said it would comply.', 'SWIFT', page)).toBeDefined();
    expect(counts('finance', 'SWIFT said it would comply.', 'SWIFT')).toBe(false);
  });

  it('lets a local veto win on a page about banks', () => {
    const page = `${release}\nEven Taylor Swift sold out a stadium in Zurich that week.`;
    expect(why('Even Taylor Swift sold out a stadium in Zurich that week.', 'Swift', page)).toBeUndefined();
    expect(why('The Swift programming language has no part in it.', 'Swift', page)).toBeUndefined();
  });

  it('does not take a sentence-initial adjective for the network', () => {
    const page = `${release}\nSwift action is needed, the minister said.`;
    expect(why('Swift action is needed, the minister said.', 'Swift', page)).toBeUndefined();
  });

  it('never counts Swift on a page about the car, the language or the singer, even beside money words', () => {
    const car = [
      'Review: the Suzuki Swift hatchback',
      'The Swift has a lively engine and a light gearbox.',
      'The dealer offers financing through its bank partner, and the Swift costs less than its rivals.',
    ].join('\n');
    expect(why(car.split('\n')[2]!, 'Swift', car)).toBeUndefined();
    const code =
      'Learn Swift\nOptionals in Swift: the compiler checks them.\nA payment form in Swift with Xcode.';
    expect(why('A payment form in Swift with Xcode.', 'Swift', code)).toBeUndefined();
    const singer =
      'Taylor Swift in Zurich\nFans paid by bank transfer for tickets.\nSwift sang for three hours.';
    expect(why('Swift sang for three hours.', 'Swift', singer)).toBeUndefined();
  });

  it('still finds the one network mention on a page about the bird', () => {
    const page = [
      'The common swift spends almost its whole life in the air.',
      'Swifts nest under roofs; a swift may fly 500 km a day. The Swift returns to Europe in May.',
      '(Not to be confused with SWIFT, the messaging network banks use for payments.)',
    ].join('\n');
    expect(why('The Swift returns to Europe in May.', 'Swift', page)).toBeUndefined();
    expect(why(page.split('\n')[2]!, 'SWIFT', page)).toBe('messaging');
  });

  // A live page of short items about the war and Iran: the item naming SWIFT has no banking word, nor has the page.
  const briefs = [
    'Live: Russia and Iran',
    'Putin met the Iranian president in Moscow on Tuesday.',
    'Tehran said the talks would go on next month.',
    'SWIFT was among the subjects, an aide to the Kremlin said.',
    'Swift progress was promised on a new road link.',
  ].join('\n');

  it('counts an upper-case SWIFT on a page that keeps naming Iran and Russia, with no banking word anywhere', () => {
    expect(why(briefs.split('\n')[3]!, 'SWIFT', briefs)).toEqual({ pageAbout: ['iran', 'russia'] });
    // The names alone do not make a title-case Swift the network.
    expect(why(briefs.split('\n')[4]!, 'Swift', briefs)).toBeUndefined();
  });

  it('needs the names often, and more often than the words of another SWIFT', () => {
    const once = 'Travel notes\nWe flew home from Russia in May.\nSWIFT was the name of the coach company.';
    expect(why(once.split('\n')[2]!, 'SWIFT', once)).toBeUndefined();
    const concert = [
      'Taylor Swift in Moscow? Fans in Russia hope so',
      'Russian fans of the singer queued for the album in Moscow; her tour skips Russia and Iran.',
      'SWIFT fans in Russia wrote a song about her concert and her album.',
    ].join('\n');
    expect(why(concert.split('\n')[2]!, 'SWIFT', concert)).toBeUndefined();
  });
});

describe('government', () => {
  it.each([
    ['Moscow responded by expelling diplomats.', 'Moscow', true],
    ['Moscow and Beijing have deepened ties.', 'Moscow', true],
    ['Washington accused Tehran of supplying drones.', 'Tehran', true],
    ['Moscow, however, insists the drills are routine.', 'Moscow', true],
    ['Moscow has once again firmly denied it.', 'Moscow', true],
    ['Moscow, where officials said the metro would reopen, was calm.', 'Moscow', false],
    ['The summit was hosted by Beijing and Moscow.', 'Moscow', true],
    ['A deal that suits Moscow and Beijing.', 'Moscow', true],
    ['A deal that suits Moscow and Springfield.', 'Moscow', false],
    ['Moscow and its many old suburbs today said nothing.', 'Moscow', false],
    ['Moscow (the city) said goodbye to summer.', 'Moscow', false],
    ['The move angered Moscow.', 'Moscow', true],
    ['Der Kreml unterstütze Teheran, sagte ein Sprecher.', 'Teheran', true],
    ['Kyzyl lies 3,600 kilometers east of Moscow, the regional government said.', 'Moscow', false],
    ['Beijing supports Tehran in the dispute.', 'Tehran', true],
    ['Тегеран отверг обвинения.', 'Тегеран', true],
    ['Moskau und Peking rücken zusammen.', 'Moskau', true],
    ['وحذرت طهران من التصعيد.', 'طهران', true],
    ['莫斯科方面表示不满。', '莫斯科', true],
    ['A drone struck an oil depot near Moscow overnight.', 'Moscow', false],
    ['Protests spread across Tehran on Friday.', 'Tehran', false],
    ['He lives on Tehran Street.', 'Tehran', false],
    ['Moscow time is three hours ahead of London.', 'Moscow', false],
    ['The Moscow Region governor resigned.', 'Moscow', false],
    ['Tehran’s streets were quiet.', 'Tehran', false],
    ['بورس تهران سقوط کرد.', 'تهران', false],
    ['德黑兰大学的学生抗议。', '德黑兰', false],
    ['MOSCOW, Jan 5: The rouble slid.', 'MOSCOW', false],
    ['Earlier story\nTEHRAN (IRNA) — The minister said...', 'TEHRAN', false],
  ])('%s', (block, word, expected) => {
    expect(counts('government', block, word)).toBe(expected);
  });
});

describe('government, more readings and more languages', () => {
  it.each([
    // Subject of a statement or decision, object of sanctions, pairs.
    ['Tehran is one of the largest suppliers of drones to the Russian army.', 'Tehran', true],
    ['The EU imposed new sanctions on Tehran last week.', 'Tehran', true],
    ['Moscow decided to expel four diplomats.', 'Moscow', true],
    ['Moscow is sending more troops to the border.', 'Moscow', true],
    ['Las sanciones contra Teherán se endurecieron.', 'Teherán', true],
    ['فرضت واشنطن عقوبات على طهران بسبب برنامجها النووي.', 'طهران', true],
    ['美国宣布制裁德黑兰。', '德黑兰', true],
    ['Bien que Téhéran ait nié, les livraisons continuent.', 'Téhéran', true],
    ['הם דנו בקשרים בין מוסקבה לטהרן.', 'מוסקבה', true],
    ['הם דנו בקשרים בין מוסקבה לטהרן.', 'טהרן', true],
    ['מוסקבה הודיעה כי תגיב.', 'מוסקבה', true],
    ['モスクワ側はこの報道を否定した。', 'モスクワ', true],
    ['テヘランとモスクワは協力を深めている。', 'テヘラン', true],
    ['Moskova yönetimi yeni bir açıklama yaptı.', 'Moskova', true],
    ['Moskwa ostrzegła Zachód przed eskalacją.', 'Moskwa', true],
    ['Oś Pekin-Moskwa-Teheran budzi niepokój.', 'Moskwa', true],
    ['Moskou waarschuwde voor nieuwe sancties.', 'Moskou', true],
    ['Teerã acusou Washington de sabotagem.', 'Teerã', true],
    ['Тегеран визнав, що передавав безпілотники.', 'Тегеран', true],
    // Places, datelines and addresses stay places.
    ['Moscow is an amazing city with many museums.', 'Moscow', false],
    ['W Moskwie podpisano porozumienie.', 'Moskwie', false],
    ['התיירים ביקרו במוסקבה בחורף.', 'מוסקבה', false],
    ['הם טסו מחר למוסקבה.', 'מוסקבה', false],
    ['הנשיא נחת במוסקבה, אמרה הדוברת.', 'מוסקבה', false],
    ["Moskova'da düzenlenen fuar ilgi gördü.", 'Moskova', false],
    ['テヘランで抗議デモが行われた。', 'テヘラン', false],
    ['У Тегерані пройшли консультації.', 'Тегерані', false],
    ['MOSKOU (ANP) – De president heeft gesproken.', 'MOSKOU', false],
    ['السفارة الروسية لدى طهران أعلنت ذلك.', 'طهران', false],
    // Places and shops named after the city.
    ['The Moscow City Council approved the budget on Monday.', 'Moscow', false],
    ['Dinner at Tehran Restaurant has always been good.', 'Tehran', false],
    ['Café Tehran has opened a second branch downtown.', 'Tehran', false],
    ['Moscow, Idaho, has a new mayor.', 'Moscow', false],
  ])('%s (%s)', (block, word, expected) => {
    expect(counts('government', block, word)).toBe(expected);
  });

  it('reads Moscow on a page about Idaho as the town, whatever its verbs', () => {
    const block = 'Moscow has approved a new bike lane on Main Street.';
    expect(counts('government', block, 'Moscow')).toBe(true);
    const page = `Moscow, Idaho: news from the Palouse\n${block}\nThe University of Idaho returns in August.`;
    expect(counts('government', block, 'Moscow', page)).toBe(false);
  });
});

describe('person', () => {
  it.each([
    ['Vladimir Poutine a déclaré la guerre.', true],
    ['Selon M. Poutine, rien ne change.', true],
    ['Hier, Poutine a rencontré Erdogan.', true],
    ['POUTINE MENACE L’OCCIDENT', true],
    ['Nous avons mangé une poutine au restaurant.', false],
    ['La Poutine Week commence à Montréal.', false],
    ['Poutine : frites, fromage en grains et sauce brune.', false],
  ])('%s → %s', (block, expected) => {
    const word = /poutine/i.exec(block)?.[0] ?? '';
    expect(counts('person', block, word)).toBe(expected);
  });
});

describe('applyCorrections', () => {
  const mentions = [
    { topic: 'russia' as const, text: 'Moscow', start: 0, end: 6 },
    { topic: 'iran' as const, text: 'ايران', start: 10, end: 15 },
    { topic: 'putin' as const, text: 'Putin', start: 20, end: 25 },
  ];

  it('drops mentions of the same topic and text, compared after normalisation', () => {
    const kept = applyCorrections(mentions, [
      { topic: 'russia', text: 'MOSCOW' },
      { topic: 'iran', text: 'ایران' },
    ]);
    expect(kept.map((m) => m.text)).toEqual(['Putin']);
  });

  it('keeps mentions of another topic with the same text, and everything without corrections', () => {
    expect(applyCorrections(mentions, [{ topic: 'iran', text: 'Putin' }])).toHaveLength(3);
    expect(applyCorrections(mentions, [])).toEqual(mentions);
  });
});

describe('building the context regexes ahead of need', () => {
  it('builds them a piece at a time, only while there is time, and the rules still decide alike', () => {
    let pieces = 0;
    expect(buildContextRegexes(() => pieces++ < 1)).toBe(false);
    expect(buildContextRegexes(() => false)).toBe(false);
    expect(buildContextRegexes(() => true)).toBe(true);
    expect(buildContextRegexes(() => false)).toBe(true);
    expect(counts('finance', 'Banks were cut off from SWIFT after the sanctions.', 'SWIFT')).toBe(true);
    expect(counts('finance', 'Taylor Swift sang; SWIFT fans cheered.', 'SWIFT')).toBe(false);
  });
});
