// Command-line options of `npm run bench`.

const HELP = `Usage: npm run bench -- [options]
  --rounds N        rounds per generated page (default 5; 2 with --quick)
  --real-rounds N   rounds per saved real page (default 5; 1 with --quick)
  --scroll-rounds N rounds on the infinite-scroll page (default 7; 3 with --quick, as its worst batch is budgeted)
  --big-rounds N    rounds on the 100,000-paragraph page (default 5)
  --cost-rounds N   profiled rounds per page in the whole-cost part (default 3; 1 with --quick)
  --sizes A,B,C     paragraph counts of the generated pages (default 1000,10000,100000)
  --cap S           seconds the extension may work after the load event before it is measured anyway (default 20)
  --pages a,b       only the real pages whose names contain one of these (the whole-cost part measures every
                    real page unless this is given, also with --quick)
  --only a,b        only these parts: pages (generated, scroll and real pages), cost (what every page pays,
                    from CPU profiles), hover, popup, seeding (default: all)
  --quick           fewer sizes, rounds, batches and real pages, no profiling, for development (about 8 minutes,
                    6 of them in the whole-cost part; a default run takes 45-60)
  --no-build        use the existing .output/chrome-mv3
  --no-real         skip the saved real pages
  --no-profile      skip profiling the extension where it misses a budget (--profile turns it on with --quick)
  --check           exit non-zero when a budget is missed
  --help            this text`;

/** The parts of a run `--only` can pick. */
const PARTS = ['pages', 'cost', 'hover', 'popup', 'seeding'];

/** Parses argv into the run's options. */
export function parseOptions(argv) {
  const quick = argv.includes('--quick');
  const options = {
    quick,
    build: !argv.includes('--no-build'),
    real: !argv.includes('--no-real'),
    profile: !argv.includes('--no-profile') && (!quick || argv.includes('--profile')),
    check: argv.includes('--check'),
    rounds: quick ? 2 : 5,
    realRounds: quick ? 1 : 5,
    seedingRounds: quick ? 2 : 5,
    scrollRounds: quick ? 3 : 7,
    bigRounds: quick ? 1 : 5,
    costRounds: quick ? 1 : 3,
    sizes: quick ? [1000, 10000] : [1000, 10000, 100000],
    capMs: 20_000,
    pageFilter: quick ? ['yahoo-2', 'v8-blog', 'rtl-1'] : undefined,
    scroll: { initial: 100, batches: quick ? 10 : 20, perBatch: 50, intervalMs: 250 },
    hoverRepeats: quick ? 2 : 4,
    popupRepeats: quick ? 1 : 2,
    popupOpens: quick ? 3 : 10,
  };
  const value = (name) => {
    const i = argv.indexOf(name);
    if (i < 0) return undefined;
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new Error(`${name} needs a value\n\n${HELP}`);
    return v;
  };
  const count = (name) => {
    const v = value(name);
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a whole number of at least 1`);
    return n;
  };
  options.rounds = count('--rounds') ?? options.rounds;
  options.realRounds = count('--real-rounds') ?? options.realRounds;
  options.bigRounds = count('--big-rounds') ?? options.bigRounds;
  options.scrollRounds = count('--scroll-rounds') ?? options.scrollRounds;
  options.costRounds = count('--cost-rounds') ?? options.costRounds;
  options.capMs = (count('--cap') ?? options.capMs / 1000) * 1000;
  const sizes = value('--sizes');
  if (sizes) options.sizes = sizes.split(',').map((s) => Number(s.replace(/_/g, '')));
  if (options.sizes.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error('--sizes takes whole numbers');
  const pages = value('--pages');
  if (pages) options.pageFilter = pages.split(',');
  // Asked for by name: the whole-cost part, which otherwise measures every real page, keeps to these too.
  options.costPageFilter = pages?.split(',');
  const only = value('--only')?.split(',') ?? PARTS;
  const unknownPart = only.find((part) => !PARTS.includes(part));
  if (unknownPart) throw new Error(`--only takes ${PARTS.join(', ')}; not ${unknownPart}`);
  options.parts = Object.fromEntries(PARTS.map((part) => [part, only.includes(part)]));
  const known = new Set([
    '--quick',
    '--no-build',
    '--no-real',
    '--no-profile',
    '--profile',
    '--check',
    '--help',
  ]);
  const withValue = new Set([
    '--rounds',
    '--real-rounds',
    '--big-rounds',
    '--scroll-rounds',
    '--cost-rounds',
    '--sizes',
    '--cap',
    '--pages',
    '--only',
  ]);
  for (let i = 0; i < argv.length; i++) {
    if (withValue.has(argv[i])) i += 1;
    else if (!known.has(argv[i])) throw new Error(`Unknown option ${argv[i]}\n\n${HELP}`);
  }
  options.help = argv.includes('--help') ? HELP : undefined;
  return options;
}
