import type { FinanceTheme } from './vocab-names';

/**
 * Words that tell which SWIFT a text means, in every supported language. Entries are word STARTS (stems),
 * lower case ("sanction" covers sanctions/sanctioned); Latin and Cyrillic ones must start a word, the others
 * may stand anywhere (Arabic and Hebrew join short words to the next one, Chinese and Japanese have no spaces).
 */
function list(...languages: string[]): string[] {
  return languages.join('|').split('|');
}

/** Banking, payments and sanctions vocabulary, by theme: near SWIFT, or all over a page, it means the network. */
export const FINANCE_STEMS: Record<FinanceTheme, string[]> = {
  banks: list(
    'bank|interbank|lender|correspondent',
    'банк|межбанк|міжбанк',
    'geldinstitut',
    'banque|bancaire',
    'banco|bancari|bancári|banca|banche',
    'bankacılık|banka',
    'بانک|بنك|بنوك|مصرف|مصارف',
    'בנק',
    '银行|銀行',
  ),
  sanctions: list(
    'sanction|disconnect|cut off|kicked out|expel',
    'санкци|санкці|отключ|відключ',
    'sanktion|ausgeschlossen',
    'sanci|sanç|sanzion|sankcj|sanctie|excluid|excluíd|desconect|desligad|esclus|odcię|odłącz|wyklucz|afgesloten' +
      '|uitgesloten|yaptırım|çıkarıl',
    'تحریم|عقوبات',
    'סנקצי|עיצומ|ניתוק|נותק',
    '制裁|排除',
  ),
  payments: list(
    'payment|pay|transfer|transaction|remittance|settlement|wire transfer|messaging|iban|spfs|cips',
    'платеж|платёж|платіж|перевод|переказ|транзакц|расчет|расчёт|розрахун|спфс',
    'zahlung|überweisung|transaktion',
    'paiement|virement',
    'pago|pagament|transferencia|transferênci|transacci|transaç|trasferiment|transazion|płatnoś|przelew|transakcj' +
      '|betaling|overschrijving|transactie|ödeme|havale|para transfer',
    'پرداخت|انتقال پول|حواله|تراکنش|مدفوعات|الدفع|تحويل|حوالات|معاملات',
    'תשלומ|העבר',
    '支付|结算|結算|转账|轉帳|汇款|匯款|报文|報文|決済|送金',
  ),
  currencies: list(
    'ruble|rouble|rial|dollar|euros|yuan|currenc|money',
    'рубл|доллар|долар|валют|гривн',
    'rubel|rubl|rublo|dólar|dolar|monnaie|moneda|moeda|valut|walut|valuta|roebel|döviz',
    'ریال|دلار|ارز|روبل|دولار',
    'רובל|דולר|מטבע',
    '卢布|盧布|美元|ルーブル|ドル',
  ),
  finance: list(
    'financ|visa|mastercard',
    'финанс|фінанс',
    'finanz|finans',
    'مالی|مالي|المالية',
    'פיננס|כספ',
    '金融',
  ),
};

/**
 * Right after SWIFT: another thing of that name. NASA's satellite, a bill, the singer's tours, the programming
 * language, the town of Swift Current, the bird (a chimney swift's nest).
 */
export const FINANCE_VETO_AFTER = list(
  'act|satellite|telescope|observatory|spacecraft|mission|probe|gamma|x-ray|ultraviolet|tour|album|concert' +
    '|eras|current|programming|language|ui|playground|playgrounds|package|compiler|developer|developers|sport' +
    '|hatchback|fox|nest|nests',
);
/** Just before SWIFT: the singer, the satirist, the car maker, NASA's satellite, a species of the bird. */
export const FINANCE_VETO_BEFORE = list(
  "taylor|jonathan|suzuki|maruti|nasa|nasa's|gehrels|chimney|alpine|common|pallid",
  'тейлор|джонатан|сузуки|сузукі',
  'تايلور|تیلور|سوزوكي',
  "טיילור|ג'ונתן|סוזוקי",
  'テイラー|テイラー・|テイラー=|ジョナサン・|スズキ・|泰勒·|泰勒・',
);

/**
 * Words of a page about another SWIFT (the singer, the programming language, the car, the satirist, the bird,
 * the Canadian town): counted against the banking words when a page decides what its SWIFT means.
 */
export const OTHER_SWIFT_STEMS = list(
  'taylor|singer|album|concert|tour|fans|song|lyrics|eras|xcode|swiftui|ios|macos|iphone|programming|compiler' +
    '|developer|suzuki|hatchback|engine|gearbox|horsepower|jonathan|gulliver|satir|bird|species|feathers' +
    '|wings|saskatchewan',
  'тейлор|певиц|співач|альбом|концерт|сузуки|сузукі|програмув|программир|птиц|птах',
  'sängerin|programmier|vogel|vögel|chanteuse|programmation|oiseau|cantante|programación|pájaro' +
    '|programação|pássaro|programmazione|uccell|piosenkark|programow|ptak|zangeres|programmeer|şarkıcı|programlama',
  'تايلور|تیلور|خواننده|مغنية|سوزوكي|سوزوکی',
  'טיילור|זמרת|תכנות|סוזוקי',
  '泰勒|歌手|专辑|專輯|编程|編程|テイラー|プログラミング|スズキ',
);

/**
 * Names of Iran and Russia, their capitals, leaders and Bushehr, as word starts: a page that keeps naming them
 * and writes SWIFT in capitals means the network, even where no banking word stands on it. Names that are
 * also something else ("mosca" the fly, "poutine" the dish) are left out.
 */
export const IRAN_NAME_STEMS = list(
  'iran|irán|irã|irão|irańsk|tehran|teheran|téhéran|teherán|teerã|teerão|tahran|bushehr|buschehr|bouchehr',
  'иран|іран|тегеран|бушер',
  'ایران|إيران|ايران|تهران|طهران|بوشهر',
  'איראן|טהרן|בושהר',
  '伊朗|德黑兰|德黑蘭|布什尔|布什爾|イラン|テヘラン|ブシェール',
);
export const RUSSIA_NAME_STEMS = list(
  'russia|russland|russisch|russie|rusia|ruso|rusa|rússia|russo|russa|rosj|rosyj|rusya|rusland' +
    '|putin|putín|kreml|moscow|moskau|moscou|moscú|moskwa|moskou|moskova|moscovo',
  'росси|росі|рф|путин|путін|кремл|москв',
  'روسیه|روسيا|پوتین|بوتين|کرملین|كرملين|مسکو|موسكو',
  'רוסי|פוטין|קרמלין|מוסקבה',
  '俄罗斯|俄羅斯|俄国|俄國|普京|普丁|克里姆林|莫斯科|ロシア|プーチン|クレムリン|モスクワ',
);
