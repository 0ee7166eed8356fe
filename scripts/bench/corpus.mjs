// Sentences for the generated pages: filler prose that names none of the topics, and news sentences that do.

/** A small seeded random generator (mulberry32), so every run writes the same pages. */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = [
  'The city council',
  'A small bakery on the corner',
  'Researchers at the regional university',
  'The hiking club',
  'Our neighbour across the street',
  'The school board',
  'A group of volunteers',
  'The museum director',
  'Local farmers',
  'The new head coach',
  'Several shop owners',
  'The library',
  'A retired engineer',
  'The harbour authority',
  'Parents at the primary school',
  'The orchestra',
  'A young architect',
  'The cycling association',
  'The weather service',
  'Two students from the art college',
  'The county planning office',
  'A family-run vineyard',
  'The fire brigade',
  'The community garden',
];
const VERBS = [
  'announced',
  'postponed',
  'reviewed',
  'celebrated',
  'repaired',
  'questioned',
  'presented',
  'finished',
  'welcomed',
  'described',
  'tested',
  'photographed',
  'painted',
  'organised',
  'measured',
  'rebuilt',
  'recommended',
  'documented',
];
const OBJECTS = [
  'the new bicycle lanes',
  'a plan for the old harbour',
  'the autumn festival',
  'the roof of the town hall',
  'a collection of antique maps',
  'the results of the soil survey',
  'a recipe for rye bread',
  'the footpath along the river',
  'the timetable for the night buses',
  'a mural near the railway station',
  'the annual chess tournament',
  'the budget for street lighting',
  'a guide to local mushrooms',
  'the restoration of the windmill',
  'the water quality in the lake',
  'a proposal to extend the market hours',
  'the choir rehearsal schedule',
  'a study of migrating birds',
  'the recycling programme',
  'the design of the new playground',
];
const WHEN = [
  'on Tuesday',
  'after the storm',
  'near the old mill',
  'before the summer holidays',
  'late last night',
  'during the spring fair',
  'for the third time this year',
  'without much fuss',
  'in front of a small crowd',
  'despite the heavy rain',
  'earlier this month',
  'at the end of a long meeting',
];
const ADJECTIVES = [
  'surprisingly useful',
  'a little too ambitious',
  'long overdue',
  'charming',
  'expensive but worth it',
  'hard to follow',
  'well organised',
  'quieter than expected',
];
const PLACES = ['the valley', 'the northern district', 'the coastal villages', 'the old town', 'the suburbs'];
const TEMPLATES = [
  (p) => `${p(SUBJECTS)} ${p(VERBS)} ${p(OBJECTS)} ${p(WHEN)}.`,
  (p) => `According to ${p(SUBJECTS).toLowerCase()}, ${p(OBJECTS)} was ${p(ADJECTIVES)}.`,
  (p) => `Visitors who saw ${p(OBJECTS)} said it was ${p(ADJECTIVES)}.`,
  (p, n) => `About ${n(3, 95)} percent of residents in ${p(PLACES)} supported ${p(OBJECTS)}.`,
  (p) =>
    `${p(SUBJECTS)} ${p(VERBS)} ${p(OBJECTS)}, and ${p(SUBJECTS).toLowerCase()} ${p(VERBS)} ${p(OBJECTS)}.`,
  (p, n) => `The work on ${p(OBJECTS)} will take ${n(2, 14)} weeks, ${p(SUBJECTS).toLowerCase()} said.`,
  (p) => `Nobody in ${p(PLACES)} expected ${p(OBJECTS)} to be ${p(ADJECTIVES)}.`,
  (p, n) => `In ${n(1990, 2024)}, ${p(SUBJECTS).toLowerCase()} ${p(VERBS)} ${p(OBJECTS)} for the first time.`,
  (p) => `Critics called ${p(OBJECTS)} ${p(ADJECTIVES)}, while supporters pointed to ${p(OBJECTS)}.`,
  (p) => `"We simply ${p(VERBS)} ${p(OBJECTS)}," one resident said.`,
];

/**
 * News sentences, each naming one or more topics in a way a careful reader counts: the ambiguous names
 * (Moscow, Tehran, SWIFT) only where they stand for a government or the payments network.
 */
export const MENTION_SENTENCES = [
  'Iran said on Monday that it would expand uranium enrichment despite new pressure from Europe.',
  'Russian officials declined to comment on the report.',
  'Vladimir Putin met the delegation in the Kremlin late on Thursday.',
  'The Bushehr nuclear power plant was completed with help from Russia.',
  'Several banks were cut off from SWIFT, the messaging network used for international payments.',
  'Moscow warned that the new sanctions would hurt European consumers.',
  'Tehran rejected the proposal, according to state media.',
  'Analysts expect the Russian Federation to reroute more of its oil exports to Asia.',
  'President Putin signed the decree on Friday evening.',
  'Iranian diplomats said the talks would resume next month.',
  'Exporters in Iran have struggled to receive payments since their banks lost access to SWIFT.',
  'Inspectors visited the Bushehr reactor twice last year.',
  'The Kremlin said the meeting had been constructive.',
  'Trade between Russia and Iran grew sharply over the past decade.',
  'Officials in the Islamic Republic of Iran described the agreement as a first step.',
  'Putin told reporters that the economy had adapted to the restrictions.',
  'Russians queued outside exchange offices as the rouble fell.',
  'Iranians living abroad followed the election closely.',
  'The European Union discussed whether to disconnect more Russian banks from SWIFT.',
  'Moscow has repeatedly denied the accusations.',
  'Tehran has signalled that it is open to indirect talks.',
  'Fuel for the Bushehr plant is supplied by a Russian state company.',
  'Vladimir V. Putin addressed the parliament in a long speech.',
  'The Society for Worldwide Interbank Financial Telecommunication is based in Belgium.',
  'Relations between Russia and its neighbours have been tense for years.',
];

/** Filler text: 1 or 2 sentences built from the templates (news sites write short paragraphs), no topic named. */
export function fillerParagraph(random, sentences = 1 + Math.floor(random() * 2)) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const number = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const parts = [];
  for (let i = 0; i < sentences; i++) parts.push(pick(TEMPLATES)(pick, number));
  return parts.join(' ');
}

/** A paragraph with one news sentence among filler; the sentence goes first, middle or last. */
export function mentionParagraph(random, index) {
  const sentence = MENTION_SENTENCES[index % MENTION_SENTENCES.length];
  const before = Math.floor(random() * 2);
  const after = Math.floor(random() * 2);
  return [
    before ? fillerParagraph(random, before) : '',
    sentence,
    after ? fillerParagraph(random, after) : '',
  ]
    .filter(Boolean)
    .join(' ');
}
