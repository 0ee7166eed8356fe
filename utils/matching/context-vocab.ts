/**
 * Word lists for the context rules, in every supported language, one `|`-separated string per language.
 * Entries are word STARTS (stems), lower case: "sanction" covers sanctions/sanctioned, "санкци" covers
 * санкции/санкций. Latin and Cyrillic stems must start a word; Arabic-script and Chinese ones may stand
 * anywhere (Arabic joins و/ال to the next word, Chinese has no spaces). Short words that must stand whole
 * ("is" must never hit "island") are listed apart.
 */
import { lazyRegex } from './context-text';

function list(...languages: string[]): string[] {
  return languages.join('|').split('|');
}

/** Banking, payments and sanctions vocabulary: near SWIFT, it means the interbank network. */
export const FINANCE_STEMS = list(
  'bank|interbank|payment|pay|sanction|messaging|transfer|transaction|financ|ruble|rouble|rial|dollar|euros|yuan' +
    '|currenc|spfs|cips|iban|lender|remittance|settlement|wire transfer|correspondent|visa|mastercard|money',
  'банк|межбанк|платеж|платёж|санкци|перевод|транзакц|финанс|рубл|доллар|расчет|расчёт|спфс|валют|отключ',
  'zahlung|sanktion|überweisung|transaktion|finanz|rubel|geldinstitut|ausgeschlossen',
  'banque|bancaire|paiement|virement|monnaie',
  'banco|bancari|pago|sanci|transferencia|transacci|rublo|dólar|moneda|excluid|desconect',
  'بانک|تحریم|پرداخت|انتقال پول|مالی|ریال|دلار|حواله|تراکنش|ارز|روبل',
  'بنك|بنوك|مصرف|مصارف|عقوبات|مدفوعات|الدفع|تحويل|مالي|المالية|دولار|حوالات|معاملات',
  '银行|銀行|支付|制裁|结算|結算|金融|转账|轉帳|卢布|盧布|美元|汇款|匯款|报文|報文',
);

/** Directly before SWIFT, a verb of exclusion and "from"/"of" is enough: "cut off from SWIFT", "kicked out of". */
export const FINANCE_EXCLUSION_BEFORE = lazyRegex(
  () =>
    /(?:cut\s+off|disconnect\p{L}*|exclu\p{L}*|expel\p{L}*|remov\p{L}*|bann\p{L}*|barred|kick\p{L}*\s+out|reconnect\p{L}*|unplug\p{L}*)\s+(?:\S+\s+){0,3}?(?:from|of)\s+(?:the\s+)?$/u,
);

/** SWIFT the NASA gamma-ray satellite, a bill ("SWIFT Act"), or the singer in an all-caps headline. */
export const FINANCE_VETO_AFTER = lazyRegex(
  () =>
    /^\s*(?:act|satellite|telescope|observatory|spacecraft|mission|probe|gamma|x-ray|ultraviolet|tour|album|concert)(?!\p{L})/u,
);
/** Just before SWIFT: the singer, NASA's satellite ("Neil Gehrels Swift Observatory"). */
export const FINANCE_VETO_BEFORE = lazyRegex(() => /(?:taylor|nasa(?:'s)?|gehrels)\s+$/u);

/** The main capitals, in every language, for "Tehran and Moscow" / "between Moscow and Washington". */
export const CAPITALS = list(
  'washington|moscow|tehran|beijing|kyiv|kiev|ankara|riyadh|damascus|london|paris|berlin|brussels|pyongyang' +
    '|delhi|jerusalem|baghdad|minsk|tokyo|caracas',
  'москва|москвой|тегеран|тегераном|вашингтон|вашингтоном|пекин|пекином|киев|киевом|минск',
  'moskau|teheran|peking|kiew|moscou|téhéran|pékin|moscú|teherán|pekín',
  'مسکو|تهران|واشنگتن|پکن|موسكو|طهران|واشنطن|بكين',
  '莫斯科|德黑兰|德黑蘭|华盛顿|華盛頓|北京|基辅|基輔',
);

/** A verb of statement or action right after the capital: "Moscow warned", "Москва заявила", "莫斯科表示". */
export const GOV_VERB_STEMS = list(
  'said|says|warn|insist|denied|denies|accus|signed|signs|reject|respond|condemn|claim|argu|demand|threaten' +
    '|announc|agree|refus|support|vow|urge|urging|blame|critici|welcom|plans|planned|hopes|fears|expects' +
    '|consider|sought|seeks|offer|dismiss|reacted|reacts|retaliat|recogni|recall|expel|impos|launched|ordered' +
    '|continu|believ|stressed|maintain|protested|objected|assert|pledg|promis|backed|backs|wants|sees|sent|sends' +
    '|suspend|hosted|hosts',
  'заяв|сказал|говор|счита|предупред|ответ|осуд|отверг|обвин|подпис|намерен|требу|настаива|отриц|пригроз' +
    '|угрож|призва|поддерж|выступ|отказ|готов|будет|может|должн|хочет|призна|назва|направ|объяв',
  'sagt|warnt|erklärt|hatte|wird|würde|fordert|lehnt|bestreit|bestritt|wirft|warf|droht|reagiert|verurteil' +
    '|unterzeichn|unterstützt|kritisiert|besteht|weist|wies',
  'avait|affirm|dément|menac|signé|met en garde|estim|juge|dénonc|rejet|réagi|veut|voulait|sera|serait' +
    '|condamn|exig|souhait|soutient|avert|prévient|répond|assur|déclar|annonc',
  'dijo|dice|advirt|advierte|niega|negó|firmó|firma|rechaz|conden|amenaz|anunci|será|sería|quiere|apoya' +
    '|denunci|declar|asegur|sostien',
  // Persian is verb-final: the verb comes a few words after the subject.
  'گفت|اعلام|هشدار|تأکید|رد کرد|متهم|امضا|خواستار|واکنش|پاسخ|مخالف|محکوم|تهدید|حمایت|میگوید|معتقد',
  // Arabic puts the verb first ("قالت موسكو"), so these are also looked for just BEFORE the capital.
  'قالت|قال|تقول|أعلنت|حذرت|اتهمت|رفضت|وقعت|أكدت|ترى|تريد|هددت|دعت|ردت|طالبت|أدانت|نفت' +
    '|ترفض|تؤكد|تحذر|تتهم|تنفي|تعلن|تطالب|تدين|تهدد',
  '表示|称|稱|警告|指责|指責|否认|否認|签署|簽署|拒绝|拒絕|谴责|譴責|认为|認為|坚持|堅持|回应|回應|宣布|方面' +
    '|当局|當局|强调|強調|要求|威胁|威脅',
);

/** Short words that only count whole ("Moscow is", "Tehran has", "Moscou a", "Moscú ha", "Москва не"). */
export const GOV_EXACT_WORDS = list(
  "has|have|had|will|would|is|was|can|could|may|might|must|should|did|does|doesn't|won't|wouldn't|hasn't|isn't",
  'не|ist|war|hat|will|a|est|va|ha|es|era',
);

/** Words that make the capital a place: "in Moscow", "Moscow Metro", "Spartak Moscow", "University of Tehran". */
export const PLACE_BEFORE = list(
  'in|at|near|outside|around|across|into|inside|downtown|central|the|spartak|dynamo|dinamo|cska|lokomotiv' +
    '|torpedo|fc|mayor of|university of|city of|streets of|residents of|suburbs of|outskirts of|centre of' +
    '|center of|trip to|travelled to|traveled to|flew to|moved to|returned to|returned from|arrived in|visit to' +
    // Distances and bearings are geography: "3,600 kilometers east of Moscow".
    '|east of|west of|north of|south of|northeast of|northwest of|southeast of|southwest of|miles from' +
    '|kilometers from|kilometres from|km from',
  'в|во|под|около|по|из|над',
  'in|im|nach|bei',
  'à|au|près de',
  'en|cerca de',
  'در|دانشگاه|شهر|استان|شهردار|شهرداری|خیابان|بورس|فرودگاه|مترو',
  'في|جامعة|بورصة|مدينة|محافظ|شوارع',
  '在|于|於|赴|到|斯巴达克|斯巴達克',
);

/** After the capital: a place or a name of something else ("Moscow time", "Tehran Stock Exchange"). */
export const PLACE_AFTER = list(
  'time|metro|state university|university|region|oblast|mule|stock exchange|street|avenue|square|airport' +
    '|city|police|residents|river|zoo|film festival|marathon|-based|-born|, idaho|, pennsylvania|, ohio' +
    "|, tennessee|, texas|, vermont|, iowa|'s mayor|'s metro|'s streets|'s residents|'s airport|'s suburbs" +
    "|'s skyline|'s population|'s city|is home|is the capital|is a city|is located",
  'сити|-сити|-река',
  'stadt|uhr|zeit',
  'heure',
  'hora',
  'بورس',
  'بورصة',
  '大学|大學|时间|時間|地铁|地鐵|市|证券|證券|郊外|州立',
);

/** Before or after the capital: it is spoken of as a state ("relations with Moscow", "Moscow-backed"). */
export const GOV_BEFORE = list(
  'relations with|ties with|talks with|deal with|pressure on|sanctions on|sanctions against|allied with' +
    '|aligned with|ally of|allies of|backed by|envoy to|ambassador to|accused|urged|warned|pressed|called on' +
    '|punish|punished|angered|angering|isolate|isolated|pressured|pressuring|sanctioned|condemned|blamed' +
    '|criticised|criticized|deter|confront|provoked|appease|reassure|courted|negotiate with|engage with' +
    '|supports|supported|support for|backs|warns|accuses',
  'отношения с|отношений с|переговоры с|давление на|санкции против|поддерживает|поддержал',
  'beziehungen zu|gespräche mit|unterstütze|unterstützt|unterstützte|warnte|kritisiert|kritisierte',
  'relations avec|pression sur',
  'relaciones con|presión sobre',
  'روابط|مذاکره با|روابط با',
  'العلاقات مع|علاقات',
  '与|與|同|和',
);
/** Glued right after the capital: a possessive ("Moscow's support") or "-backed", "-led"... */
export const GOV_AFTER_PREFIX = list(
  "'s|-backed|-led|-sponsored|-aligned|-allied|-friendly|-controlled|-installed",
);
