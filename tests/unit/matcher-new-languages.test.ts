import { table } from './matcher-table';

// News-style sentences written for these tests, one table per language added in the second round of
// detection: every inflection and clitic the aliases handle, and the traps each language sets.

table('Ukrainian', [
  [
    'Росія та Іран підписали угоду про стратегічне партнерство.',
    [
      ['russia', 'Росія'],
      ['iran', 'Іран'],
    ],
  ],
  [
    'Санкції проти Росії посилили після заяви Путіна.',
    [
      ['russia', 'Росії'],
      ['putin', 'Путіна'],
    ],
  ],
  [
    'Кремль заперечує, що росіяни отримали від Ірану нові дрони.',
    [
      ['russia', 'Кремль'],
      ['russia', 'росіяни'],
      ['iran', 'Ірану'],
    ],
  ],
  [
    'Міністр зустрівся з іранським колегою, а російські дипломати промовчали.',
    [
      ['iran', 'іранським'],
      ['russia', 'російські'],
    ],
  ],
  [
    'Російсько-іранські консультації тривали два дні.',
    [
      ['russia', 'Російсько'],
      ['iran', 'іранські'],
    ],
  ],
  ['Делегація Російської Федерації прибула до Женеви.', [['russia', 'Російської Федерації']]],
  [
    'Банки РФ відключили від SWIFT через санкції.',
    [
      ['russia', 'РФ'],
      ['swift', 'SWIFT'],
    ],
  ],
  [
    // Ukrainian media write these names in lower case on purpose.
    'Вчора росія знову атакувала енергетику, заявив путін.',
    [
      ['russia', 'росія'],
      ['putin', 'путін'],
    ],
  ],
  ['Тегеран визнав, що передавав безпілотники.', [['iran', 'Тегеран']]],
  ['Москва погрожує новими ударами.', [['russia', 'Москва']]],
  ['У Тегерані пройшли консультації.', []],
  ['Бушерська АЕС працює на повну потужність.', [['bushehr', 'Бушерська АЕС']]],
  ['Тейлор Свіфт виступила в Лондоні.', []],
  ['Орфографія та арфа не мають до цього стосунку.', []],
]);

table('Turkish', [
  [
    'Rusya ve İran stratejik ortaklık anlaşması imzaladı.',
    [
      ['russia', 'Rusya'],
      ['iran', 'İran'],
    ],
  ],
  [
    // Case endings after an apostrophe, straight or curly, are not part of the name.
    'İran’ın dışişleri bakanı Rus mevkidaşıyla görüştü.',
    [
      ['iran', 'İran'],
      ['russia', 'Rus'],
    ],
  ],
  [
    "Putin'in sözcüsü Kremlin'in açıklamasını doğruladı.",
    [
      ['putin', 'Putin'],
      ['russia', 'Kremlin'],
    ],
  ],
  [
    "Rus bankaları SWIFT'ten çıkarıldı.",
    [
      ['russia', 'Rus'],
      ['swift', 'SWIFT'],
    ],
  ],
  [
    "İranlı yetkililer Buşehr'deki santrali ziyaret etti.",
    [
      ['iran', 'İranlı'],
      ['bushehr', 'Buşehr'],
    ],
  ],
  [
    'Rusyalı diplomatlar açıklamayı Rusça yaptı.',
    [
      ['russia', 'Rusyalı'],
      ['russia', 'Rusça'],
    ],
  ],
  ['İRAN YENİ YAPTIRIMLARI KINADI', [['iran', 'İRAN']]],
  ['Moskova yaptırımları sert bir dille kınadı.', [['russia', 'Moskova']]],
  ["Moskova'da düzenlenen fuar büyük ilgi gördü.", []],
  ['Ruslan Kaya dün akşam İstanbul’a döndü.', []],
]);

table('Portuguese', [
  [
    'O Irã e a Rússia assinaram um acordo de parceria estratégica.',
    [
      ['iran', 'Irã'],
      ['russia', 'Rússia'],
    ],
  ],
  [
    'O governo iraniano negou as acusações feitas por diplomatas russos.',
    [
      ['iran', 'iraniano'],
      ['russia', 'russos'],
    ],
  ],
  [
    'Putin recebeu o presidente iraniano no Kremlin.',
    [
      ['putin', 'Putin'],
      ['iran', 'iraniano'],
      ['russia', 'Kremlin'],
    ],
  ],
  [
    'Em Lisboa escreve-se Irão: o Irão respondeu com firmeza.',
    [
      ['iran', 'Irão'],
      ['iran', 'Irão'],
    ],
  ],
  ['Teerã acusou Washington de sabotar as negociações.', [['iran', 'Teerã']]],
  ['Teerão rejeitou a proposta europeia.', [['iran', 'Teerão']]],
  ['Moscou anunciou novas medidas contra o Ocidente.', [['russia', 'Moscou']]],
  ['A usina nuclear de Bushehr voltou a operar.', [['bushehr', 'usina nuclear de Bushehr']]],
  [
    'Bancos russos foram desligados do SWIFT.',
    [
      ['russia', 'russos'],
      ['swift', 'SWIFT'],
    ],
  ],
  [
    'A Federação Russa e a República Islâmica do Irã ampliaram o comércio.',
    [
      ['russia', 'Federação Russa'],
      ['iran', 'República Islâmica do Irã'],
    ],
  ],
  ['Turistas lotaram o metrô em Moscou no feriado.', []],
]);

table('Italian', [
  [
    "L'Iran e la Russia hanno firmato un trattato di partenariato.",
    [
      ['iran', 'Iran'],
      ['russia', 'Russia'],
    ],
  ],
  [
    'Il ministro iraniano ha incontrato il suo omologo russo a Mosca.',
    [
      ['iran', 'iraniano'],
      ['russia', 'russo'],
    ],
  ],
  ['Il Cremlino ha respinto le accuse.', [['russia', 'Cremlino']]],
  ['Mosca ha avvertito che risponderà alle sanzioni.', [['russia', 'Mosca']]],
  // "mosca" is a fly: only the capitalised city may stand for the state.
  ['Una mosca si è posata sul tavolo e non ha più voluto andarsene.', []],
  [
    'Teheran ha confermato i colloqui con Putin.',
    [
      ['iran', 'Teheran'],
      ['putin', 'Putin'],
    ],
  ],
  [
    'La centrale nucleare di Bushehr è gestita da tecnici russi.',
    [
      ['bushehr', 'centrale nucleare di Bushehr'],
      ['russia', 'russi'],
    ],
  ],
  [
    'Le banche russe sono state escluse dal sistema SWIFT.',
    [
      ['russia', 'russe'],
      ['swift', 'SWIFT'],
    ],
  ],
  [
    "Le autorità della Repubblica islamica dell'Iran hanno smentito.",
    [['iran', "Repubblica islamica dell'Iran"]],
  ],
  ['Gli iraniani residenti a Milano hanno votato.', [['iran', 'iraniani']]],
]);

table('Polish', [
  [
    'Rosja i Iran podpisały traktat o strategicznym partnerstwie.',
    [
      ['russia', 'Rosja'],
      ['iran', 'Iran'],
    ],
  ],
  [
    'Sankcje wobec Rosji uderzyły w irańską gospodarkę.',
    [
      ['russia', 'Rosji'],
      ['iran', 'irańską'],
    ],
  ],
  [
    'Władimir Putin spotkał się z prezydentem Iranu.',
    [
      ['putin', 'Władimir Putin'],
      ['iran', 'Iranu'],
    ],
  ],
  [
    'Rozmowy z Putinem i Iranem zakończyły się fiaskiem.',
    [
      ['putin', 'Putinem'],
      ['iran', 'Iranem'],
    ],
  ],
  [
    'Kreml przekazał Iranowi nowe systemy obrony, a Rosjanie szkolą irańskich żołnierzy.',
    [
      ['russia', 'Kreml'],
      ['iran', 'Iranowi'],
      ['russia', 'Rosjanie'],
      ['iran', 'irańskich'],
    ],
  ],
  ['Moskwa ostrzegła Zachód przed eskalacją.', [['russia', 'Moskwa']]],
  ['W Moskwie podpisano porozumienie.', []],
  ['Elektrownia w Buszerze wznowiła pracę.', [['bushehr', 'Buszerze']]],
  [
    'Rosyjskie banki odcięto od systemu SWIFT.',
    [
      ['russia', 'Rosyjskie'],
      ['swift', 'SWIFT'],
    ],
  ],
  ['Przedstawiciele Federacji Rosyjskiej opuścili salę.', [['russia', 'Federacji Rosyjskiej']]],
  ['Suzuki Swift to popularny samochód miejski.', []],
]);

table('Dutch', [
  [
    'Rusland en Iran sloten een strategisch partnerschap.',
    [
      ['russia', 'Rusland'],
      ['iran', 'Iran'],
    ],
  ],
  [
    'De Iraanse president sprak met Poetin in het Kremlin.',
    [
      ['iran', 'Iraanse'],
      ['putin', 'Poetin'],
      ['russia', 'Kremlin'],
    ],
  ],
  [
    'Russische banken werden afgesloten van SWIFT.',
    [
      ['russia', 'Russische'],
      ['swift', 'SWIFT'],
    ],
  ],
  ['Moskou waarschuwde voor nieuwe sancties.', [['russia', 'Moskou']]],
  [
    'De Rus werd gearresteerd; Ruslands ambassade zweeg.',
    [
      ['russia', 'Rus'],
      ['russia', 'Ruslands'],
    ],
  ],
  ['Iraniërs protesteerden in Den Haag.', [['iran', 'Iraniërs']]],
  [
    'De kerncentrale van Bushehr, ook Bushire genoemd, ligt aan de Perzische Golf.',
    [
      ['bushehr', 'kerncentrale van Bushehr'],
      ['bushehr', 'Bushire'],
    ],
  ],
  ['In Moskou was het die dag zonnig.', []],
  [
    'Het virus en de roest: niets met Rusland te maken? Jawel, Rusland.',
    [
      ['russia', 'Rusland'],
      ['russia', 'Rusland'],
    ],
  ],
]);

table('Hebrew', [
  [
    'רוסיה ואיראן חתמו על הסכם שותפות אסטרטגית.',
    [
      ['russia', 'רוסיה'],
      ['iran', 'איראן'],
    ],
  ],
  [
    // The prefix letters (ה "the", ב "in", מ "from", ו "and") stay outside the mention.
    'הקרמלין הודיע כי פוטין ייפגש עם נשיא איראן.',
    [
      ['russia', 'קרמלין'],
      ['putin', 'פוטין'],
      ['iran', 'איראן'],
    ],
  ],
  [
    'השגריר הרוסי נפגש עם עמיתו האיראני.',
    [
      ['russia', 'רוסי'],
      ['iran', 'איראני'],
    ],
  ],
  [
    'הכור בבושהר הופעל בסיוע מומחים מרוסיה.',
    [
      ['bushehr', 'בושהר'],
      ['russia', 'רוסיה'],
    ],
  ],
  [
    'בנקים רוסיים נותקו ממערכת סוויפט.',
    [
      ['russia', 'רוסיים'],
      ['swift', 'סוויפט'],
    ],
  ],
  [
    'מוסקבה וטהרן מתכננות להרחיב את שיתוף הפעולה.',
    [
      ['russia', 'מוסקבה'],
      ['iran', 'טהרן'],
    ],
  ],
  [
    'האירנים והרוסים נפגשו שוב.',
    [
      ['iran', 'אירנים'],
      ['russia', 'רוסים'],
    ],
  ],
  ['התיירים ביקרו במוסקבה בחורף.', []],
  ['טיילור סוויפט הופיעה בתל אביב.', []],
  // "European" begins with the same letters as Iran.
  ['האיחוד האירופי הודיע על סנקציות.', []],
]);

table('Japanese', [
  [
    'ロシアとイランは包括的戦略パートナーシップ条約に署名した。',
    [
      ['russia', 'ロシア'],
      ['iran', 'イラン'],
    ],
  ],
  [
    'プーチン大統領はクレムリンで会見を開いた。',
    [
      ['putin', 'プーチン'],
      ['russia', 'クレムリン'],
    ],
  ],
  [
    'イラン南部のブシェール原子力発電所が稼働した。',
    [
      ['iran', 'イラン'],
      ['bushehr', 'ブシェール'],
    ],
  ],
  [
    'ロシアの一部銀行がSWIFTから排除された。',
    [
      ['russia', 'ロシア'],
      ['swift', 'SWIFT'],
    ],
  ],
  [
    '国際銀行間通信協会（SWIFT）は声明を発表した。',
    [
      ['swift', '国際銀行間通信協会'],
      ['swift', 'SWIFT'],
    ],
  ],
  ['ウラジーミル・プーチン氏が演説した。', [['putin', 'ウラジーミル・プーチン']]],
  ['モスクワ側はこの報道を否定した。', [['russia', 'モスクワ']]],
  ['テヘランで抗議デモが行われた。', []],
  // A katakana name inside a longer katakana word is another word: a cat's breed, the singer.
  ['ロシアンブルーは人気のある猫の品種だ。', []],
  ['テイラー・スウィフトが来日公演を行った。', []],
]);
