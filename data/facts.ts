import type { FactInput } from './schema';

/*
 * Every claim the two seed articles make about the five topics, restated in our own words.
 * Quotes are copied character for character (straight and curly apostrophes as the seeds have them);
 * tests/unit/dataset.test.ts checks each one against the article body.
 * Dates appear only where an article states one, never more precisely than it does.
 */

const UNRAVELING = 'unraveling-partnership';
const EVOLVING = 'evolving-alliance';

export const facts: FactInput[] = [
  // History and the drivers of the partnership
  {
    id: 'ties-surged-since-2022',
    topics: ['iran', 'russia'],
    text: 'Iran–Russia ties have grown to new heights since Russia launched its full-scale invasion of Ukraine in 2022.',
    date: { label: 'Since 2022', sortKey: '2022' },
    kind: 'event',
    category: 'history',
    keywords: ['ukraine', 'invasion', 'war', 'closer ties', 'deepening', 'cooperation'],
    sources: [
      {
        articleId: UNRAVELING,
        quote:
          "particularly since Russia's full-scale invasion of Ukraine in 2022, their ties have reached new heights",
      },
    ],
  },
  {
    id: 'isolation-not-treaty-drove-ties',
    topics: ['iran', 'russia'],
    text: 'The article attributes the recent surge in cooperation less to any landmark treaty than to the West isolating Russia over the Ukraine war, with shared sanctions pressure forging a pragmatic bond.',
    kind: 'assessment',
    category: 'history',
    keywords: ['isolation', 'sanctions', 'ukraine', 'west', 'pragmatic', 'treaty'],
    sources: [
      {
        articleId: UNRAVELING,
        quote:
          'This surge in cooperation is not primarily due to a groundbreaking treaty but rather a direct consequence of Russia’s isolation from the West amid the war in Ukraine.',
      },
    ],
  },
  {
    id: 'history-of-cooperation-and-rivalry',
    topics: ['iran', 'russia'],
    text: 'The relationship between Tehran and Moscow is long-standing and has alternated between periods of cooperation and periods of competition.',
    kind: 'assessment',
    category: 'history',
    keywords: ['history', 'historical', 'rivalry', 'competition', 'relations', 'tehran', 'moscow'],
    sources: [
      {
        articleId: UNRAVELING,
        quote: "it's one steeped in history, often marked by periods of cooperation and competition",
      },
    ],
  },
  {
    id: 'russia-sees-iran-as-partner-against-west',
    topics: ['iran', 'russia'],
    text: 'Russia has long regarded Iran as a key Middle Eastern partner; a shared hostility to Western values and influence makes Iran especially useful to the Kremlin, the article says.',
    kind: 'assessment',
    category: 'diplomacy',
    keywords: ['kremlin', 'middle east', 'western', 'influence', 'strategic partner', 'ally'],
    sources: [
      {
        articleId: UNRAVELING,
        quote:
          'Russia has long viewed Iran as a crucial player in the Middle East, a strategic partner with whom it shares common interests',
      },
      {
        articleId: UNRAVELING,
        quote:
          'The shared disdain for Western values and influence has made Iran a particularly useful "strategic partner" for the Kremlin',
      },
    ],
  },
  {
    id: 'shared-multipolar-goal',
    topics: ['iran', 'russia'],
    text: 'Both articles say Tehran and Moscow are aligned by a wish to challenge a US-led unipolar order and build a multipolar world in which they carry more weight.',
    kind: 'assessment',
    category: 'diplomacy',
    keywords: ['multipolar', 'unipolar', 'world order', 'united states', 'hegemony', 'western dominance'],
    sources: [
      {
        articleId: UNRAVELING,
        quote:
          'a mutual desire to challenge the unipolar world order and establish a more multipolar international system',
      },
      {
        articleId: EVOLVING,
        quote:
          'Both nations share a vision of a multipolar world, challenging the unipolar dominance often associated with the United States and its allies.',
      },
    ],
  },
  {
    id: 'putin-fostered-partnership',
    topics: ['iran', 'russia', 'putin'],
    text: 'The article credits Vladimir Putin with driving the closer relationship, saying he sees Iran as an essential partner in both the Middle East and Central Asia.',
    kind: 'assessment',
    category: 'diplomacy',
    keywords: ['kremlin', 'central asia', 'middle east', 'partner', 'leadership', 'president'],
    sources: [
      {
        articleId: EVOLVING,
        quote:
          'Russian President Vladimir Putin has been instrumental in fostering this deeper connection, viewing Iran as a vital partner in the Middle East and Central Asia.',
      },
    ],
  },
  {
    id: 'russia-sees-iran-as-ally',
    topics: ['iran', 'russia'],
    text: 'According to the article, Moscow treats Iran as more than a partner: an ally whose stability and security it considers tied to Russia’s own.',
    kind: 'assessment',
    category: 'diplomacy',
    keywords: ['ally', 'security', 'stability', 'alliance', 'partner'],
    sources: [
      {
        articleId: EVOLVING,
        quote:
          'Russia views Iran not just as a partner but as an ally whose stability and security are intrinsically linked to its own.',
      },
    ],
  },

  // The treaty and other formal agreements
  {
    id: 'partnership-treaty-ratified',
    topics: ['iran', 'russia', 'putin'],
    text: 'Putin signed the law ratifying the comprehensive strategic partnership treaty with Iran; the ratification document was published on April 21 (the article gives no year).',
    kind: 'event',
    category: 'diplomacy',
    keywords: [
      'treaty',
      'ratification',
      'ratified',
      'agreement',
      'comprehensive strategic partnership',
      'law',
    ],
    sources: [
      {
        articleId: EVOLVING,
        quote:
          'President Vladimir Putin signed the law ratifying this treaty, with the corresponding document published on April 21',
      },
    ],
  },
  {
    id: 'treaty-long-term-framework',
    topics: ['iran', 'russia'],
    text: 'The article presents the treaty as a long-term commitment across many sectors that replaces ad-hoc deals with a more structured, lasting alliance.',
    kind: 'assessment',
    category: 'diplomacy',
    keywords: ['treaty', 'long-term', 'framework', 'commitment', 'agreement', 'sectors'],
    sources: [
      {
        articleId: EVOLVING,
        quote:
          'This treaty signifies a long-term commitment to cooperation across various sectors, moving beyond ad-hoc agreements to a more structured and enduring alliance.',
      },
    ],
  },
  {
    id: 'iranian-president-promised-pact',
    topics: ['iran', 'russia'],
    text: 'Iran’s new president pledged to sign a strategic pact with Russia, a sign that Tehran wanted to formalise and deepen the relationship.',
    kind: 'statement',
    speaker: 'Iran’s new president',
    category: 'diplomacy',
    keywords: ['president', 'pact', 'treaty', 'pledge', 'sign', 'agreement'],
    sources: [
      {
        articleId: UNRAVELING,
        quote:
          'The new Iranian president has promised to sign a strategic pact, indicating a desire to formalize and deepen ties further.',
      },
    ],
  },
  {
    id: 'security-pact-half-year-earlier',
    topics: ['iran', 'russia'],
    text: 'Russia and Iran had signed a security pact about six months before Moscow’s warning over Israeli strikes on Iranian nuclear sites, both articles note.',
    kind: 'event',
    category: 'diplomacy',
    keywords: ['security pact', 'defense pact', 'agreement', 'signed', 'treaty', 'alliance'],
    sources: [
      {
        articleId: UNRAVELING,
        quote: 'its ally with which it signed a security pact only half a year ago',
      },
      {
        articleId: EVOLVING,
        quote: 'particularly given the security pact signed between the two nations only half a year prior',
      },
    ],
  },

  // Economy and trade
  {
    id: 'tariffs-cut-90-percent',
    topics: ['iran', 'russia'],
    text: 'Iran and Russia are cutting tariffs substantially on roughly 90% of goods traded between them, a step meant to boost bilateral trade and make it cheaper.',
    kind: 'event',
    category: 'economy',
    keywords: ['tariff', 'trade', 'customs', 'duties', 'free trade', 'goods', 'exports', 'imports'],
    sources: [
      {
        articleId: UNRAVELING,
        quote:
          'Initiatives aimed at significantly reducing tariffs on about 90 percent of goods are set to stimulate bilateral trade in a very concrete way.',
      },
      {
        articleId: EVOLVING,
        quote:
          'A key mechanism for this expansion involves significantly reducing tariffs on about 90 percent of goods',
      },
    ],
  },
  {
    id: 'trade-routes-avoid-western-oversight',
    topics: ['iran', 'russia'],
    text: 'The article argues the tariff cuts also let the two countries trade around routes and financial channels open to Western scrutiny, tying their economies more closely together.',
    kind: 'assessment',
    category: 'economy',
    keywords: ['trade routes', 'oversight', 'interdependence', 'western', 'restrictions', 'tariff'],
    sources: [
      {
        articleId: UNRAVELING,
        quote:
          'bypassing traditional trade routes and financial mechanisms that might be subject to Western oversight or restrictions',
      },
    ],
  },
  {
    id: 'putin-hails-real-breakthrough',
    topics: ['iran', 'russia', 'putin'],
    text: 'Putin praised the new economic agreement with Iran as a “real breakthrough” that sets up stable, sustainable development for Russia, Iran and the wider region.',
    kind: 'statement',
    speaker: 'Vladimir Putin',
    category: 'economy',
    keywords: ['breakthrough', 'agreement', 'deal', 'development', 'economic', 'treaty'],
    sources: [
      {
        articleId: EVOLVING,
        quote:
          'President Putin himself has lauded the new economic deal as a "real breakthrough, creating conditions for the stable and sustainable development of Russia, Iran, and the entire region."',
      },
    ],
  },
  {
    id: 'putin-trade-still-insufficient',
    topics: ['iran', 'russia', 'putin'],
    text: 'Putin conceded that Russia–Iran trade and economic cooperation remained too small, and said he hoped the treaty would remove bureaucratic obstacles and widen ties.',
    kind: 'statement',
    speaker: 'Vladimir Putin',
    category: 'economy',
    keywords: ['trade volume', 'insufficient', 'bureaucracy', 'red tape', 'economic cooperation', 'treaty'],
    sources: [
      {
        articleId: EVOLVING,
        quote: 'Putin acknowledged that the amount of trade and economic cooperation was still insufficient',
      },
      {
        articleId: EVOLVING,
        quote: 'He voiced hope that the new treaty would help clear bureaucratic hurdles and expand ties',
      },
    ],
  },
  {
    id: 'energy-market-influence',
    topics: ['iran', 'russia'],
    text: 'Because both are major oil and gas producers, the article says coordination between them can affect world energy prices and supply chains.',
    kind: 'assessment',
    category: 'economy',
    keywords: ['oil', 'gas', 'energy', 'prices', 'opec', 'supply', 'exports'],
    sources: [
      {
        articleId: UNRAVELING,
        quote:
          'both are major oil and gas producers, and their coordination can influence global energy prices and supply chains',
      },
    ],
  },

  // Finance, payments and SWIFT
  {
    id: 'payment-systems-integration',
    topics: ['iran', 'russia', 'swift'],
    text: 'Russia and Iran are linking their national payment systems, which one article presents as a way to move money between them without relying on SWIFT.',
    kind: 'event',
    category: 'finance',
    keywords: ['payment', 'cards', 'mir', 'shetab', 'banking', 'transfers', 'currency'],
    sources: [
      {
        articleId: UNRAVELING,
        quote: 'Russia and Iran are integrating their national payment systems.',
      },
      {
        articleId: EVOLVING,
        quote: 'Russia and Iran are also taking concrete steps to integrate their national payment systems.',
      },
    ],
  },
  {
    id: 'payments-independent-of-swift',
    topics: ['iran', 'russia', 'swift'],
    text: 'The article says integrated payment systems let sanctioned Iran and Russia settle transactions independently of SWIFT, which it describes as largely controlled by Western powers.',
    kind: 'assessment',
    category: 'finance',
    keywords: ['swift', 'sanctions', 'banks', 'transactions', 'messaging', 'western'],
    sources: [
      {
        articleId: UNRAVELING,
        quote:
          'it allows them to conduct financial transactions independently of the SWIFT system, which is largely controlled by Western powers',
      },
    ],
  },
  {
    id: 'parallel-financial-infrastructure',
    topics: ['iran', 'russia', 'swift'],
    text: 'Both articles frame the payment link as part of building a parallel financial infrastructure outside Western-controlled channels, reducing exposure to sanctions.',
    kind: 'assessment',
    category: 'finance',
    keywords: ['alternative', 'financial system', 'infrastructure', 'sanctions', 'banking', 'channels'],
    sources: [
      {
        articleId: UNRAVELING,
        quote:
          'building a parallel economic infrastructure that can operate outside the traditional global financial architecture',
      },
      {
        articleId: EVOLVING,
        quote: 'build alternative economic frameworks that bypass traditional Western financial channels',
      },
    ],
  },
  {
    id: 'circumventing-western-finance',
    topics: ['iran', 'russia'],
    text: 'Both under sanctions, Iran and Russia designed their economic cooperation in part to get around Western financial systems and sanctions regimes, the article says.',
    kind: 'assessment',
    category: 'finance',
    keywords: ['sanctions', 'evasion', 'circumvent', 'financial system', 'western', 'banks'],
    sources: [
      {
        articleId: UNRAVELING,
        quote: 'helping them circumvent Western financial systems and sanctions regimes',
      },
    ],
  },
  {
    id: 'sanctions-evasion-blueprint',
    topics: ['iran', 'russia'],
    text: 'The article suggests their joint sanctions workarounds could serve as a model for other countries trying to depend less on Western finance and trade systems.',
    kind: 'assessment',
    category: 'finance',
    keywords: ['sanctions', 'blueprint', 'model', 'dedollarization', 'western', 'trade'],
    sources: [
      {
        articleId: UNRAVELING,
        quote:
          'their joint efforts to circumvent sanctions provide a blueprint for other nations seeking to reduce their reliance on Western financial and trade systems',
      },
    ],
  },

  // Military cooperation and its limits
  {
    id: 'syria-backing-for-assad',
    topics: ['iran', 'russia'],
    text: 'Iran and Russia both gave Bashar al-Assad’s government military and political support, which the article says played a decisive part in the outcome of Syria’s civil war.',
    kind: 'event',
    category: 'military',
    keywords: ['syria', 'assad', 'damascus', 'civil war', 'intervention', 'regime'],
    sources: [
      {
        articleId: UNRAVELING,
        quote:
          'Both nations have provided crucial military and political backing to the Syrian government, playing a decisive role in the outcome of the Syrian civil war.',
      },
      {
        articleId: EVOLVING,
        quote: 'the Syrian conflict, where both have supported the Assad regime',
      },
    ],
  },
  {
    id: 'possible-arms-sales',
    topics: ['iran', 'russia'],
    text: 'The article says the two countries’ cooperation may extend to arms sales, to Syria and possibly to Gulf states, further linking their defence industries.',
    kind: 'assessment',
    category: 'military',
    keywords: ['arms', 'weapons', 'sales', 'defense industry', 'gulf', 'syria'],
    sources: [
      {
        articleId: UNRAVELING,
        quote:
          'The cooperation extends to potential arms sales, not just to Syria but also potentially to other Gulf states',
      },
    ],
  },
  {
    id: 'iran-drones-for-russia',
    topics: ['iran', 'russia'],
    text: 'Iran has supplied Russia’s armed forces with large numbers of drones and other military equipment for its war in Ukraine.',
    kind: 'event',
    category: 'military',
    keywords: ['drones', 'uav', 'shahed', 'weapons', 'ukraine', 'war', 'equipment'],
    sources: [
      {
        articleId: UNRAVELING,
        quote:
          'supplying the Russian military with vast quantities of drones and other military equipment for use in the Ukraine conflict',
      },
    ],
  },
  {
    id: 'russia-withheld-jets-and-air-defence',
    topics: ['iran', 'russia'],
    text: 'Russia did not give Iran the help it needed to deter or defend against further Israeli attacks, such as advanced fighter jets or sophisticated air defences.',
    kind: 'event',
    category: 'military',
    keywords: [
      'fighter jets',
      'air defense',
      'air defence',
      'weapons',
      'israel',
      'deterrence',
      'su-35',
      's-400',
    ],
    sources: [
      {
        articleId: UNRAVELING,
        quote:
          'Russia declined to give Iran the support it would have needed—say, advanced fighter jets or sophisticated air defenses—to deter or better defend itself against further Israeli attacks.',
      },
    ],
  },
  {
    id: 'military-aid-flows-one-way',
    topics: ['iran', 'russia'],
    text: 'While Iran has sent military hardware to Russia, advanced military aid from Russia to Iran has been much less forthcoming, the article observes.',
    kind: 'assessment',
    category: 'military',
    keywords: ['military aid', 'hardware', 'weapons', 'arms', 'support', 'one-sided'],
    sources: [
      {
        articleId: UNRAVELING,
        quote: 'the reverse flow of advanced military aid from Russia to Iran has been less forthcoming',
      },
    ],
  },
  {
    id: 'suleymanov-relationship-overstated',
    topics: ['iran', 'russia'],
    text: 'Independent Middle East specialist Ruslan Suleymanov cautions that, however sympathetic Moscow may be to Tehran, the depth of their relationship should not be overstated.',
    kind: 'assessment',
    speaker: 'Ruslan Suleymanov, independent Middle East specialist',
    category: 'military',
    keywords: ['analyst', 'expert', 'limits', 'overstated', 'sympathy', 'alliance'],
    sources: [
      {
        articleId: UNRAVELING,
        quote:
          'the extent of their relationship should not be overstated, as noted by independent Middle East specialist Ruslan Suleymanov',
      },
    ],
  },
  {
    id: 'no-russian-defence-of-iran',
    topics: ['iran', 'russia'],
    text: 'The article judges that Russia’s alliance with Iran has never included defending it: the Kremlin has offered no military help against Israel and is unlikely to, despite a new defence pact.',
    kind: 'assessment',
    category: 'military',
    keywords: ['defense', 'military aid', 'israel', 'kremlin', 'defence pact', 'protection'],
    sources: [
      {
        articleId: UNRAVELING,
        quote: 'But Russia’s supposed alliance with Iran never extended to defending the Islamic Republic',
      },
      {
        articleId: UNRAVELING,
        quote:
          'Despite a new defense pact, the Kremlin is unlikely to offer military aid to Iran in the conflict with Israel.',
      },
    ],
  },
  {
    id: 'pact-read-as-mutual-defence',
    topics: ['iran', 'russia'],
    text: 'One article reads the security pact as a commitment to mutual support and defence that lifts ties toward a security alliance; the other article says Russia has not offered to defend Iran.',
    kind: 'assessment',
    category: 'military',
    keywords: ['security pact', 'mutual defense', 'alliance', 'commitment', 'security'],
    sources: [
      {
        articleId: EVOLVING,
        quote: 'Such a pact signifies a commitment to mutual support and defense',
      },
    ],
  },
  {
    id: 'relationship-of-convenience',
    topics: ['iran', 'russia'],
    text: 'The article concludes that the partnership, though stronger, remains one of convenience and shared interests, not a full military alliance obliging either side to defend the other.',
    kind: 'assessment',
    category: 'military',
    keywords: ['convenience', 'alliance', 'limits', 'pragmatic', 'mutual defense', 'interests'],
    sources: [
      {
        articleId: UNRAVELING,
        quote:
          'it remains a relationship of convenience and shared strategic interests, rather than a full-fledged military alliance ready to defend each other unconditionally',
      },
    ],
  },
  {
    id: 'pragmatic-cooperation-within-limits',
    topics: ['iran', 'russia'],
    text: 'Drawing on the view of a Carnegie Endowment nuclear policy expert on Russia and Iran, the article calls the cooperation pragmatic and driven by necessity, deepening “not rapidly, and within defined limits”.',
    kind: 'assessment',
    speaker: 'Carnegie Endowment for International Peace nuclear policy expert (unnamed)',
    category: 'diplomacy',
    keywords: ['carnegie', 'analyst', 'pragmatic', 'limits', 'necessity', 'ideology'],
    sources: [
      {
        articleId: UNRAVELING,
        quote:
          'the pragmatic nature of their cooperation, driven by mutual necessity rather than ideological alignment',
      },
      {
        articleId: UNRAVELING,
        quote:
          'While cooperation between the two countries is deepening, it is "not rapidly, and within defined limits,"',
      },
    ],
  },

  // Nuclear
  {
    id: 'bushehr-built-by-russia',
    topics: ['iran', 'russia', 'bushehr'],
    text: 'Russia built Iran’s first nuclear power plant, at the port of Bushehr; it began operating in 2013.',
    date: { label: '2013', sortKey: '2013' },
    kind: 'event',
    category: 'nuclear',
    keywords: ['nuclear power plant', 'reactor', 'rosatom', 'electricity', 'civilian', 'energy'],
    sources: [
      {
        articleId: UNRAVELING,
        quote:
          'notably building Iran’s first nuclear power plant in the port of Bushehr, which became operational in 2013',
      },
    ],
  },
  {
    id: 'civilian-nuclear-assistance',
    topics: ['iran', 'russia', 'bushehr'],
    text: 'Russia has long helped Iran’s civilian nuclear programme, the Bushehr plant being the main example, and supports Iran’s right to peaceful nuclear energy.',
    kind: 'event',
    category: 'nuclear',
    keywords: ['civilian nuclear', 'nuclear energy', 'reactor', 'peaceful', 'atomic', 'program'],
    sources: [
      {
        articleId: UNRAVELING,
        quote: "Russia has played a significant role in Iran's civilian nuclear program",
      },
      {
        articleId: EVOLVING,
        quote: "even as Russia supports Iran's right to peaceful nuclear energy",
      },
    ],
  },
  {
    id: 'nuclear-cooperation-shows-trust',
    topics: ['iran', 'russia', 'bushehr'],
    text: 'The article sees their long-standing nuclear cooperation as evidence of a degree of trust and technical collaboration unusual between states.',
    kind: 'assessment',
    category: 'nuclear',
    keywords: ['trust', 'technical', 'collaboration', 'nuclear', 'cooperation', 'reactor'],
    sources: [
      {
        articleId: UNRAVELING,
        quote:
          'This long-standing cooperation in the nuclear sphere highlights a level of trust and technical collaboration that goes beyond typical state relations.',
      },
    ],
  },
  {
    id: 'putin-against-iranian-nuclear-weapons',
    topics: ['iran', 'russia', 'putin'],
    text: 'Analysts cited in the article believe Putin does not want Iran to acquire nuclear weapons; Russia shares wider international worries about nuclear proliferation.',
    kind: 'assessment',
    speaker: 'Analysts',
    category: 'nuclear',
    keywords: ['nuclear weapons', 'bomb', 'proliferation', 'non-proliferation', 'enrichment', 'atomic'],
    sources: [
      {
        articleId: EVOLVING,
        quote: "Analysts suggest that President Putin doesn't want Iran to have nuclear weapons.",
      },
      {
        articleId: EVOLVING,
        quote: "it also shares the international community's concern about nuclear proliferation",
      },
    ],
  },
  {
    id: 'catastrophe-warning-over-nuclear-sites',
    topics: ['iran', 'russia'],
    text: 'Moscow warned of a catastrophe should Israel keep striking nuclear sites in Iran, a warning both articles read as concern for the fate of its ally.',
    kind: 'statement',
    category: 'nuclear',
    keywords: ['israel', 'strikes', 'nuclear sites', 'catastrophe', 'warning', 'attack'],
    sources: [
      {
        articleId: UNRAVELING,
        quote: 'warning of a catastrophe if Israel continues to strike nuclear sites in Iran',
      },
      {
        articleId: EVOLVING,
        quote: 'Moscow warned of a catastrophe if Israel continues to strike nuclear sites in Iran',
      },
    ],
  },

  // Diplomacy at the United Nations
  {
    id: 'un-security-council-shield',
    topics: ['iran', 'russia'],
    text: 'Together with China, Russia has repeatedly protected Iran at the UN Security Council, shielding it from punitive resolutions.',
    kind: 'event',
    category: 'diplomacy',
    keywords: ['united nations', 'security council', 'china', 'resolution', 'sanctions', 'unsc'],
    sources: [
      {
        articleId: UNRAVELING,
        quote:
          'Russia, alongside China, has consistently acted as a diplomatic shield for Tehran at the UN Security Council.',
      },
    ],
  },
  {
    id: 'security-council-veto-option',
    topics: ['iran', 'russia'],
    text: 'The article notes that Russia can back Iran in the UN Security Council by wielding its veto or shaping resolutions, leverage it has used consistently.',
    kind: 'assessment',
    category: 'diplomacy',
    keywords: ['veto', 'security council', 'united nations', 'resolution', 'unsc'],
    sources: [
      {
        articleId: UNRAVELING,
        quote:
          'Russia could support Iran in the UN Security Council, for instance, by using its veto power or by influencing resolutions',
      },
    ],
  },
  {
    id: 'human-rights-council-votes',
    topics: ['iran', 'russia'],
    text: 'Russia is among the few countries that routinely vote against UN Human Rights Council resolutions condemning Iran’s human rights record; both states face Western criticism on rights.',
    kind: 'event',
    category: 'diplomacy',
    keywords: ['human rights', 'united nations', 'vote', 'resolution', 'geneva', 'council'],
    sources: [
      {
        articleId: UNRAVELING,
        quote:
          'Russia is one of a handful of countries that routinely votes against U.N. Human Rights Council resolutions denouncing the state of human rights in Iran',
      },
      {
        articleId: UNRAVELING,
        quote:
          'Both nations frequently face criticism from Western countries regarding their human rights records.',
      },
    ],
  },

  // Israel, the United States and mediation
  {
    id: 'russia-condemns-israeli-strikes',
    topics: ['iran', 'russia'],
    text: 'Russia has voiced disapproval of Israeli strikes on Iran and on Iranian assets in Syria; one article notes that China and Turkey also condemned Israel’s actions.',
    kind: 'statement',
    category: 'diplomacy',
    keywords: ['israel', 'airstrikes', 'condemnation', 'china', 'turkey', 'kremlin'],
    sources: [
      {
        articleId: UNRAVELING,
        quote:
          'The condemnation of Israeli actions by China, Russia, and Turkey further illustrates a shared regional outlook among these powers.',
      },
      {
        articleId: EVOLVING,
        quote: 'the Kremlin has not shied away from expressing its disapproval',
      },
    ],
  },
  {
    id: 'putin-condemned-israeli-strikes',
    topics: ['iran', 'russia', 'putin'],
    text: 'After separate phone calls with Israeli Prime Minister Benjamin Netanyahu and with Iranian officials, Putin condemned Israel’s wave of strikes on Iran, according to the Kremlin.',
    kind: 'statement',
    speaker: 'Vladimir Putin',
    category: 'diplomacy',
    keywords: ['netanyahu', 'israel', 'phone call', 'condemnation', 'airstrikes', 'kremlin'],
    sources: [
      {
        articleId: EVOLVING,
        quote:
          'Following separate phone calls with Israeli Prime Minister Benjamin Netanyahu and Iranian officials, Russian President Vladimir Putin condemned Israel’s wave of strikes on Iran',
      },
    ],
  },
  {
    id: 'putin-offers-mediation',
    topics: ['iran', 'russia', 'putin'],
    text: 'Putin has repeatedly offered to mediate between Iran and Israel, including during their nearly weeklong military conflict, and stressed keeping close contact with both governments.',
    kind: 'statement',
    speaker: 'Vladimir Putin',
    category: 'diplomacy',
    keywords: ['mediation', 'mediate', 'israel', 'ceasefire', 'de-escalation', 'talks'],
    sources: [
      {
        articleId: EVOLVING,
        quote: 'Russian President Vladimir Putin has offered to mediate an end to the confrontation',
      },
      {
        articleId: EVOLVING,
        quote:
          'Putin has emphasized the importance of maintaining close contact with authorities in both countries with a view to resolving such crises',
      },
    ],
  },
  {
    id: 'russia-balances-iran-and-israel',
    topics: ['iran', 'russia'],
    text: 'The articles describe Russia as walking a fine line, keeping economic and political ties with both Iran and Israel to protect its regional influence.',
    kind: 'assessment',
    category: 'diplomacy',
    keywords: ['israel', 'balancing', 'neutrality', 'influence', 'middle east', 'ties'],
    sources: [
      {
        articleId: UNRAVELING,
        quote:
          'Russia is treading a fine line, seeking to maintain ties with both Iran and Israel to preserve its influence in the region',
      },
      {
        articleId: EVOLVING,
        quote:
          'Russia, with its deep ties to both Iran and a pragmatic relationship with Israel, often finds itself in a unique position to mediate.',
      },
    ],
  },
  {
    id: 'mediation-influence-constrained',
    topics: ['iran', 'russia'],
    text: 'Because Beijing and Moscow deal with both Iran and Israel, they can act as would-be mediators, but the article says their actual steps to end hostilities remain limited.',
    kind: 'assessment',
    category: 'diplomacy',
    keywords: ['mediators', 'china', 'hostilities', 'israel', 'limits', 'influence'],
    sources: [
      {
        articleId: UNRAVELING,
        quote:
          'This allows them to act as potential mediators or influencers in regional conflicts, though their direct actions to end hostilities remain constrained.',
      },
    ],
  },
  {
    id: 'ryabkov-warns-us-not-to-strike',
    topics: ['iran', 'russia'],
    text: 'Deputy Foreign Minister Sergei Ryabkov said Russia was urging the United States not to strike Iran, arguing it would radically destabilise the Middle East.',
    kind: 'statement',
    speaker: 'Russian Deputy Foreign Minister Sergei Ryabkov',
    category: 'diplomacy',
    keywords: ['united states', 'washington', 'strike', 'warning', 'destabilize', 'intervention'],
    sources: [
      {
        articleId: EVOLVING,
        quote:
          'Russian Deputy Foreign Minister Sergei Ryabkov explicitly stated that Russia is telling the United States not to strike Iran because it would radically destabilize the Middle East.',
      },
    ],
  },
  {
    id: 'putin-warning-as-trump-weighed-role',
    topics: ['iran', 'russia', 'putin'],
    text: 'Putin issued a warning on a Friday while US President Donald Trump was weighing whether to get involved in the Iran–Israel conflict (the article gives no date).',
    kind: 'statement',
    speaker: 'Vladimir Putin',
    category: 'diplomacy',
    keywords: ['trump', 'warning', 'united states', 'israel', 'intervention', 'conflict'],
    sources: [
      {
        articleId: EVOLVING,
        quote:
          'he issued a warning on a Friday as the U.S. President Donald Trump weighed getting involved in the ongoing conflict between Iran and Israel',
      },
    ],
  },
  {
    id: 'putin-kept-improving-us-ties',
    topics: ['iran', 'russia', 'putin'],
    text: 'While Donald Trump’s administration pressed Iran to make a nuclear deal, Putin also wanted to go on improving relations with Washington, a balancing act the article describes.',
    kind: 'assessment',
    category: 'diplomacy',
    keywords: ['trump', 'washington', 'united states', 'nuclear deal', 'relations', 'balancing'],
    sources: [
      {
        articleId: EVOLVING,
        quote: 'Putin also wanted to keep improving relations with the US',
      },
    ],
  },
  {
    id: 'araghchi-delivers-leaders-message',
    topics: ['iran', 'russia', 'putin'],
    text: 'Iranian Foreign Minister Abbas Araghchi said he travelled to Russia to hand Putin a written message from Iran’s leader during a meeting with him.',
    kind: 'event',
    speaker: 'Iranian Foreign Minister Abbas Araghchi',
    category: 'diplomacy',
    keywords: ['foreign minister', 'visit', 'letter', 'supreme leader', 'khamenei', 'meeting'],
    sources: [
      {
        articleId: EVOLVING,
        quote:
          "Iran's Foreign Minister Abbas Araghchi stated that the purpose of his trip to Russia was to convey the leader's written message to Putin",
      },
    ],
  },
  {
    id: 'trump-putin-osaka-g20',
    topics: ['russia', 'putin'],
    text: 'Donald Trump met Vladimir Putin at the G20 summit in Osaka, Japan, on June 28, 2019; the article cites such meetings as venues for issues that include Iran.',
    date: { label: 'June 28, 2019', sortKey: '2019-06-28' },
    kind: 'event',
    category: 'diplomacy',
    keywords: ['g20', 'summit', 'osaka', 'trump', 'meeting', 'japan'],
    sources: [
      {
        articleId: EVOLVING,
        quote:
          'President Donald Trump meeting with Russian President Vladimir Putin during the G20 summit in Osaka, Japan, on June 28, 2019',
      },
    ],
  },

  // Outlook
  {
    id: 'partnership-complicates-middle-east',
    topics: ['iran', 'russia'],
    text: 'The articles argue the partnership challenges the Western-led order and complicates efforts to settle Middle East conflicts and Western foreign-policy goals.',
    kind: 'assessment',
    category: 'diplomacy',
    keywords: ['world order', 'middle east', 'conflict', 'western', 'counterweight', 'geopolitics'],
    sources: [
      {
        articleId: UNRAVELING,
        quote: 'This partnership also complicates efforts to resolve conflicts in the Middle East',
      },
      {
        articleId: EVOLVING,
        quote: 'complicating Western foreign policy objectives and reshaping the international order',
      },
    ],
  },
  {
    id: 'alliance-sustainability-question',
    topics: ['iran', 'russia'],
    text: 'The article expects the alliance to keep growing but says its durability depends on finding lasting common interests beyond shared opposition to Western policy.',
    kind: 'assessment',
    category: 'diplomacy',
    keywords: ['future', 'outlook', 'durability', 'challenges', 'interests', 'alliance'],
    sources: [
      {
        articleId: EVOLVING,
        quote:
          'the long-term sustainability of an alliance built partly on a shared opposition to Western policies will depend on the ability of both nations to find enduring common interests',
      },
    ],
  },
];
