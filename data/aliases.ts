import type { Alias, Language, TopicId } from './schema';

type Extra = Pick<Alias, 'caseSensitive' | 'context'>;

/** One alias per `|`-separated word form, so long lists of case forms stay readable. */
function forms(lang: Language, list: string, extra: Extra = {}): Alias[] {
  return list.split('|').map((text) => ({ text, lang, ...extra }));
}

const GOV: Extra = { context: 'government' };
const FINANCE: Extra = { caseSensitive: true, context: 'finance' };

/**
 * Every spelling and word form a page may use, per topic. Possessives ("Iran's", "Putin’s") are not listed:
 * the matcher stops a mention before an apostrophe. Left out on purpose:
 * - "Persia"/"Persian": historical or cultural (Persian cats, rugs, poetry, the Persian Gulf); would mis-highlight.
 * - bare "Islamic Republic": Pakistan, Afghanistan and Mauritania are Islamic Republics too.
 * - Chinese single 俄: a prefix of countless unrelated words; only the full names are listed.
 * - Russian "русский": ethnicity and language ("русская литература"); "российский" is the state adjective.
 * Ambiguous forms carry `context` (capitals stand for governments only sometimes; SWIFT is also a singer,
 * a satellite and a word; French "Poutine" is also a dish).
 */
export const aliases: Record<TopicId, Alias[]> = {
  iran: [
    ...forms('en', 'Iran|Iranian|Iranians|Islamic Republic of Iran'),
    ...forms('en', 'Tehran', GOV),
    ...forms(
      'ru',
      'Иран|Ирана|Ирану|Ираном|Иране|иранец|иранца|иранцы|иранцев|иранцам|иранцами' +
        '|иранский|иранского|иранскому|иранским|иранском|иранская|иранской|иранскую|иранское|иранские|иранских|иранскими' +
        '|Исламская Республика Иран|Исламской Республики Иран|Исламскую Республику Иран|Исламской Республикой Иран',
    ),
    ...forms('ru', 'Тегеран|Тегерана|Тегерану|Тегераном|Тегеране', GOV),
    ...forms('fa', 'ایران|ایرانی|ایرانیان|جمهوری اسلامی ایران'),
    ...forms('fa', 'تهران', GOV),
    ...forms(
      'ar',
      'إيران|ايران|إيراني|إيرانية|إيرانيون|إيرانيين|الإيراني|الإيرانية|الإيرانيون|الإيرانيين' +
        '|الجمهورية الإسلامية الإيرانية|جمهورية إيران الإسلامية',
    ),
    ...forms('ar', 'طهران', GOV),
    ...forms(
      'de',
      'Iran|Irans|Iraner|Iranerin|Iranerinnen|Iranern|iranisch|iranische|iranischen|iranischer|iranisches|iranischem' +
        '|Islamische Republik Iran|Islamischen Republik Iran',
    ),
    ...forms('de', 'Teheran|Teherans', GOV),
    ...forms('fr', "Iran|iranien|iranienne|iraniens|iraniennes|République islamique d'Iran"),
    ...forms('fr', 'Téhéran', GOV),
    ...forms('es', 'Irán|Iran|iraní|iraníes|iranís|República Islámica de Irán'),
    ...forms('es', 'Teherán', GOV),
    ...forms('zh', '伊朗|伊朗伊斯兰共和国|伊朗伊斯蘭共和國'),
    ...forms('zh', '德黑兰|德黑蘭', GOV),
    ...forms(
      'uk',
      'Іран|Ірану|Іраном|Ірані|ірано|іранець|іранця|іранці|іранців|іранцям|іранцями' +
        '|іранський|іранського|іранському|іранським|іранська|іранської|іранській|іранську|іранською' +
        '|іранське|іранські|іранських|іранськими' +
        '|Ісламська Республіка Іран|Ісламської Республіки Іран|Ісламську Республіку Іран|Ісламською Республікою Іран',
    ),
    ...forms('uk', 'Тегеран|Тегерана|Тегерану|Тегераном|Тегерані', GOV),
    // Turkish writes case endings after an apostrophe ("İran'ın"), where a mention ends anyway.
    ...forms('tr', 'İran|İranlı|İranlılar|İranlıların|İranlılara|İranlıları'),
    ...forms('tr', 'Tahran', GOV),
    // Brazil writes Irã/Teerã, Portugal Irão/Teerão.
    ...forms(
      'pt',
      'Irã|Irão|iraniano|iraniana|iranianos|iranianas|República Islâmica do Irã|República Islâmica do Irão',
    ),
    ...forms('pt', 'Teerã|Teerão', GOV),
    ...forms('it', "Iran|iraniano|iraniana|iraniani|iraniane|Repubblica islamica dell'Iran"),
    ...forms('it', 'Teheran', GOV),
    ...forms(
      'pl',
      'Iran|Iranu|Iranowi|Iranem|Iranie|Irańczyk|Irańczyka|Irańczycy|Irańczyków|Irańczykom|Irańczykami' +
        '|irański|irańska|irańskie|irańskiego|irańskiej|irańskiemu|irańskim|irańską|irańskich|irańskimi|irańsko' +
        '|Islamska Republika Iranu|Islamskiej Republiki Iranu|Islamską Republikę Iranu',
    ),
    ...forms('pl', 'Teheran|Teheranu|Teheranowi|Teheranem|Teheranie', GOV),
    ...forms('nl', 'Iran|Irans|Iraans|Iraanse|Iraniër|Iraniërs|Islamitische Republiek Iran'),
    ...forms('nl', 'Teheran', GOV),
    // Hebrew spells Iranian with or without the alef (איראני, אירני); prefixes (ב, ה, ו, ל, מ, ש) join the word.
    ...forms('he', 'איראן|איראני|איראנית|איראנים|איראניות|איראניים|אירן|אירני|אירנית|אירנים|אירניות|אירניים'),
    ...forms('he', 'טהרן', GOV),
    ...forms('ja', 'イラン|イラン・イスラム共和国'),
    ...forms('ja', 'テヘラン', GOV),
  ],
  russia: [
    ...forms('en', 'Russia|Russian|Russians|Russian Federation|Kremlin'),
    ...forms('en', 'Moscow', GOV),
    ...forms(
      'ru',
      'Россия|России|Россию|Россией|Россиею|Российская Федерация|Российской Федерации|Российскую Федерацию' +
        '|Российской Федерацией|россиянин|россиянина|россияне|россиян|россиянам|россиянами' +
        '|российский|российского|российскому|российским|российском|российская|российской|российскую|российское' +
        '|российские|российских|российскими|Кремль|Кремля|Кремлю|Кремлём|Кремлем|Кремле',
    ),
    ...forms('ru', 'РФ', { caseSensitive: true }),
    ...forms('ru', 'Москва|Москвы|Москве|Москву|Москвой|Москвою', GOV),
    ...forms('fa', 'روسیه|روس|روسی|فدراسیون روسیه|کرملین'),
    ...forms('fa', 'مسکو', GOV),
    ...forms(
      'ar',
      'روسيا|روسي|روسية|روس|الروسي|الروسية|الروس|الاتحاد الروسي|روسيا الاتحادية|الكرملين|كرملين',
    ),
    ...forms('ar', 'موسكو', GOV),
    ...forms(
      'de',
      'Russland|Russlands|Russe|Russen|Russin|Russinnen|russisch|russische|russischen|russischer|russisches' +
        '|russischem|Russische Föderation|Russischen Föderation|Kreml|Kremls',
    ),
    ...forms('de', 'Moskau|Moskaus', GOV),
    ...forms('fr', 'Russie|russe|russes|Fédération de Russie|Kremlin'),
    ...forms('fr', 'Moscou', GOV),
    ...forms('es', 'Rusia|ruso|rusa|rusos|rusas|Federación Rusa|Federación de Rusia|Kremlin'),
    ...forms('es', 'Moscú', GOV),
    ...forms('zh', '俄罗斯|俄羅斯|俄国|俄國|俄罗斯联邦|俄羅斯聯邦|克里姆林宫|克里姆林宮'),
    ...forms('zh', '莫斯科', GOV),
    ...forms(
      'uk',
      'Росія|Росії|Росію|Росією|Російська Федерація|Російської Федерації|Російській Федерації' +
        '|Російську Федерацію|Російською Федерацією|росіянин|росіянина|росіяни|росіян|росіянам|росіянами' +
        '|російський|російського|російському|російським|російська|російської|російській|російську|російською' +
        '|російське|російські|російських|російськими|російсько|Кремль|Кремля|Кремлю|Кремлем|Кремлі',
    ),
    ...forms('uk', 'РФ', { caseSensitive: true }),
    ...forms('uk', 'Москва|Москви|Москві|Москву|Москвою', GOV),
    ...forms(
      'tr',
      'Rusya|Rusyalı|Rusyalılar|Rus|Ruslar|Rusların|Ruslara|Rusları|Rusça|Rusya Federasyonu|Kremlin',
    ),
    ...forms('tr', 'Moskova', GOV),
    ...forms('pt', 'Rússia|russo|russa|russos|russas|Federação Russa|Federação da Rússia|Kremlin'),
    ...forms('pt', 'Moscou|Moscovo', GOV),
    ...forms('it', 'Russia|russo|russa|russi|russe|Federazione Russa|Cremlino'),
    // Lower-case "mosca" is a fly: only the capitalised city may stand for the state.
    ...forms('it', 'Mosca', { ...GOV, caseSensitive: true }),
    ...forms(
      'pl',
      'Rosja|Rosji|Rosję|Rosją|Rosjanin|Rosjanina|Rosjanie|Rosjan|Rosjanom|Rosjanami' +
        '|rosyjski|rosyjska|rosyjskie|rosyjskiego|rosyjskiej|rosyjskiemu|rosyjskim|rosyjską|rosyjskich|rosyjskimi' +
        '|rosyjsko|Federacja Rosyjska|Federacji Rosyjskiej|Federację Rosyjską|Federacją Rosyjską' +
        '|Kreml|Kremla|Kremlowi|Kremlem|Kremlu',
    ),
    ...forms('pl', 'Moskwa|Moskwy|Moskwie|Moskwę|Moskwą', GOV),
    ...forms('nl', 'Rusland|Ruslands|Russisch|Russische|Rus|Russen|Russin|Russische Federatie|Kremlin'),
    ...forms('nl', 'Moskou', GOV),
    ...forms('he', 'רוסיה|רוסי|רוסית|רוסים|רוסיות|רוסיים|הפדרציה הרוסית|קרמלין'),
    ...forms('he', 'מוסקבה', GOV),
    ...forms('ja', 'ロシア|ロシア連邦|クレムリン'),
    ...forms('ja', 'モスクワ', GOV),
  ],
  putin: [
    ...forms('en', 'Putin|Vladimir Putin|Vladimir V. Putin|Vladimir Vladimirovich Putin|President Putin'),
    ...forms(
      'ru',
      'Путин|Путина|Путину|Путиным|Путине|Владимир Путин|Владимира Путина|Владимиру Путину|Владимиром Путиным' +
        '|Владимире Путине|Владимир Владимирович Путин|Владимира Владимировича Путина' +
        '|путинский|путинского|путинскому|путинским|путинском|путинская|путинской|путинскую|путинское' +
        '|путинские|путинских|путинскими',
    ),
    ...forms('fa', 'پوتین|ولادیمیر پوتین'),
    ...forms('ar', 'بوتين|فلاديمير بوتين'),
    ...forms('de', 'Putin|Putins|Wladimir Putin|Wladimir Putins'),
    // French "Poutine" is also the Québec dish (fries, cheese curds, gravy); the full name is not ambiguous.
    ...forms('fr', 'Vladimir Poutine'),
    ...forms('fr', 'Poutine', { context: 'person' }),
    ...forms('es', 'Putin|Vladímir Putin|Vladimir Putin'),
    // 普丁 is the Taiwanese rendering.
    ...forms('zh', '普京|普丁|弗拉基米尔·普京'),
    ...forms(
      'uk',
      'Путін|Путіна|Путіну|Путіним|Путінові|Путіні|Володимир Путін|Володимира Путіна|Володимиру Путіну' +
        '|Володимиром Путіним|путінський|путінського|путінському|путінським|путінська|путінської|путінській' +
        '|путінську|путінське|путінські|путінських|путінськими',
    ),
    ...forms('tr', 'Putin|Vladimir Putin'),
    ...forms('pt', 'Putin|Vladimir Putin'),
    ...forms('it', 'Putin|Vladimir Putin'),
    ...forms(
      'pl',
      'Putin|Putina|Putinowi|Putinem|Putinie|Władimir Putin|Władimira Putina|Władimirowi Putinowi|Władimirem Putinem',
    ),
    ...forms('nl', 'Poetin|Poetins|Vladimir Poetin|Wladimir Poetin'),
    ...forms('he', 'פוטין|ולדימיר פוטין'),
    ...forms('ja', 'プーチン|ウラジーミル・プーチン'),
  ],
  bushehr: [
    ...forms(
      'en',
      'Bushehr|Bushire|Bushehr plant|Bushehr power plant|Bushehr nuclear plant|Bushehr nuclear power plant' +
        '|Bushehr reactor',
    ),
    ...forms(
      'ru',
      'Бушер|Бушера|Бушеру|Бушером|Бушере|Бушерская АЭС|Бушерской АЭС|Бушерскую АЭС|бушерская|бушерской|бушерскую',
    ),
    ...forms('fa', 'بوشهر|نیروگاه بوشهر|نیروگاه اتمی بوشهر|نیروگاه هسته‌ای بوشهر'),
    ...forms('ar', 'بوشهر|محطة بوشهر|مفاعل بوشهر|محطة بوشهر النووية'),
    ...forms('de', 'Buschehr|Bushehr|Atomkraftwerk Buschehr|Atomkraftwerk Bushehr'),
    ...forms('fr', 'Bouchehr|Bushehr|centrale de Bouchehr|centrale de Bushehr'),
    ...forms('es', 'Bushehr|central de Bushehr|central nuclear de Bushehr'),
    ...forms('zh', '布什尔|布什爾|布什尔核电站|布什爾核電站'),
    ...forms(
      'uk',
      'Бушер|Бушера|Бушеру|Бушером|Бушері|Бушерська АЕС|Бушерської АЕС|Бушерську АЕС|Бушерській АЕС',
    ),
    ...forms('tr', 'Buşehr|Bushehr'),
    ...forms('pt', 'Bushehr|usina de Bushehr|usina nuclear de Bushehr|central nuclear de Bushehr'),
    ...forms('it', 'Bushehr|centrale di Bushehr|centrale nucleare di Bushehr'),
    ...forms('pl', 'Buszehr|Buszehru|Buszer|Buszeru|Buszerze|Bushehr|Bushehru'),
    ...forms('nl', 'Bushehr|Bushire|kerncentrale van Bushehr'),
    ...forms('he', 'בושהר'),
    ...forms('ja', 'ブシェール|ブーシェフル|ブシェフル'),
  ],
  swift: [
    // "SWIFT" and, as the network now styles itself, "Swift": the singer, the programming language, the car and
    // the bird are "Swift" too, so the page decides which one it means (see utils/matching/finance-rule.ts).
    ...forms('en', 'SWIFT|Swift', FINANCE),
    ...forms('en', 'Society for Worldwide Interbank Financial Telecommunication'),
    // Russian and Ukrainian write the singer "Свифт"/"Свіфт" too: the page decides, as for "Swift".
    ...forms('ru', 'SWIFT|Swift|СВИФТ|Свифт', FINANCE),
    // Persian and Arabic have no case; the singer is spelled the same, so these always need finance context.
    ...forms('fa', 'سوئیفت|سویفت', { context: 'finance' }),
    ...forms('fa', 'SWIFT|Swift', FINANCE),
    ...forms('ar', 'سويفت', { context: 'finance' }),
    ...forms('ar', 'SWIFT|Swift', FINANCE),
    ...forms('de', 'SWIFT|Swift', FINANCE),
    ...forms('fr', 'SWIFT|Swift', FINANCE),
    ...forms('es', 'SWIFT|Swift', FINANCE),
    ...forms('zh', 'SWIFT|Swift', FINANCE),
    ...forms('zh', '环球银行金融电信协会|環球銀行金融電信協會'),
    ...forms('uk', 'SWIFT|Swift|СВІФТ|Свіфт', FINANCE),
    ...forms('tr', 'SWIFT|Swift', FINANCE),
    ...forms('pt', 'SWIFT|Swift', FINANCE),
    ...forms('it', 'SWIFT|Swift', FINANCE),
    ...forms('pl', 'SWIFT|Swift', FINANCE),
    ...forms('nl', 'SWIFT|Swift', FINANCE),
    ...forms('he', 'SWIFT|Swift', FINANCE),
    ...forms('he', 'סוויפט', { context: 'finance' }),
    ...forms('ja', 'SWIFT|Swift', FINANCE),
    ...forms('ja', 'スウィフト|スイフト', { context: 'finance' }),
    ...forms('ja', '国際銀行間通信協会'),
  ],
};
