/**
 * Word lists for the government rule (when Moscow or Tehran stands for its state), in every supported
 * language, one `|`-separated string per language (SWIFT's words are in finance-vocab.ts). Entries are word
 * STARTS (stems), lower case: "sanction" covers sanctions/sanctioned, "санкци" covers санкции/санкций. Latin
 * and Cyrillic stems must start a word; Arabic-script, Hebrew, Chinese and Japanese ones may stand anywhere
 * (Arabic and Hebrew join short words to the next one, Chinese and Japanese have no spaces). Short words that
 * must stand whole ("is" must never hit "island") are listed apart.
 */

function list(...languages: string[]): string[] {
  return languages.join('|').split('|');
}

/** The main capitals, in every language, for "Tehran and Moscow" / "between Moscow and Washington". */
export const CAPITALS = list(
  'washington|moscow|tehran|beijing|kyiv|kiev|ankara|riyadh|damascus|london|paris|berlin|brussels|pyongyang' +
    '|delhi|jerusalem|baghdad|minsk|tokyo|caracas',
  'москва|москвой|тегеран|тегераном|вашингтон|вашингтоном|пекин|пекином|киев|киевом|минск',
  'moskau|teheran|peking|kiew|moscou|téhéran|pékin|moscú|teherán|pekín',
  'مسکو|تهران|واشنگتن|پکن|موسكو|طهران|واشنطن|بكين',
  '莫斯科|德黑兰|德黑蘭|华盛顿|華盛頓|北京|基辅|基輔',
  'москва|москвою|тегеран|тегераном|вашингтон|пекін|київ|мінськ',
  'moskova|tahran|vaşington|pekin|kiev|moscovo|teerã|teerão|pequim|mosca|pechino|moskwa|moskwą|teheranem|waszyngton' +
    '|pekinem|kijów|moskou',
  'מוסקבה|טהרן|וושינגטון|בייג׳ינג|קייב|ירושלים',
  'モスクワ|テヘラン|ワシントン|北京|キーウ|東京',
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
  'decided|decides|approved|approves|agreed|refused|rejected|vetoed|insisted|admitted|acknowledged|confirmed' +
    '|announced|responded|retaliated|supplies|supplied|provides|provided|delivered|is supplying|is sending',
  'визна|попередж|погрож|відкин|звинуват|засуд|вимага|наполяга|запереч|відмов|підтрим|оголос|відповів|вважа|хоче' +
    '|стверджу|передава|постача',
  'açıkla|uyar|reddet|yalanla|kına|suçla|imzala|talep|tehdit|destekle|duyur|bildir|savun|istiyor',
  'disse|diz|afirm|negou|nega|acus|alert|rejeit|ameaç|exig|defend|respond|assin|advert|critic|insist',
  'ha detto|dichiar|afferm|avvert|accus|respin|minacci|condann|chied|negato|smentit|firmat|ritien|vuole' +
    '|intende|intenzione',
  'ostrzeg|oświadcz|zaprzecz|odrzuci|potępi|zapowiedzia|oskarż|grozi|zagrozi|ogłosi|podpisa|żąda|twierdz|poprze' +
    '|uważa|chce|przekaza|dostarcz',
  'waarschuw|zei|zegt|ontken|verwerp|dreig|eist|veroordeel|kondigde|beschuldig|tekende|reageerde|steunt|levert',
  // Hebrew puts the verb after its subject, in the feminine for a city ("מוסקבה הודיעה").
  'הודיעה|הזהירה|טענה|דחתה|גינתה|איימה|הכחישה|חתמה|דרשה|אמרה|תומכת|מתכננות|מתכננת|האשימה|מאשימה|הגיבה|מסרה' +
    '|הודיעו|מסרו|אמרו',
  '発表|表明|否定|非難|警告|主張|反発|批判|要求|拒否|署名|合意|側|政府|当局|は声明',
);

/** Short words that only count whole ("Moscow is", "Tehran has", "Moscou a", "Moscú ha", "Москва не"). */
export const GOV_EXACT_WORDS = list(
  "has|have|had|will|would|is|was|can|could|may|might|must|should|did|does|doesn't|won't|wouldn't|hasn't|isn't",
  'не|ist|war|hat|will|a|est|va|ha|es|era',
  'nie|non|è|heeft|had|zal|wil|wordt|tem|vai|não|ait|aurait',
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
  'في|جامعة|بورصة|مدينة|محافظ|شوارع|لدى',
  '在|于|於|赴|到|斯巴达克|斯巴達克',
  'у|біля|поблизу',
  'em|para|perto de|no centro de',
  'a|vicino a|nei pressi di',
  'w|we|do|pod|koło|niedaleko|spod',
  'naar|bij|nabij|rond|uit|buiten',
  'ליד|עיריית|אוניברסיטת',
  // Names of shops and restaurants: "Café Tehran", "Hotel Moscow".
  'café|cafe|hotel|restaurant|bar|grill',
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
  // Places and venues named after the city: "Moscow, Idaho, city council", "Tehran Restaurant".
  'city council|council|mayor|school district|high school|museum|ballet|circus|philharmonic|conservatory|theatre' +
    '|theater|hotel|restaurant|grill|kebab|market|bakery|café|cafe|shop|store|supermarket|bazaar|carpets|rugs' +
    '|club|fc|dynamo|spartak|university|institute|college|academy|art|, id|, idaho',
  // Turkish case endings after an apostrophe: in, at, to, from Moscow ("Moskova'da").
  "'da|'de|'ta|'te|'ya|'ye|'a|'e|'dan|'den|'tan|'ten|'daki|'deki|'daki|'taki|'teki",
  // Japanese particles and words of place: at/in, to, from, the city, its suburbs.
  'で|に|へ|から|市|郊外|近郊|中心部|の空港|の市|の街|大学',
);

/** Before or after the capital: it is spoken of as a state ("relations with Moscow", "Moscow-backed"). */
export const GOV_BEFORE = list(
  'relations with|ties with|talks with|deal with|pressure on|sanctions on|sanctions against|allied with' +
    '|aligned with|ally of|allies of|backed by|envoy to|ambassador to|accused|urged|warned|pressed|called on' +
    '|punish|punished|angered|angering|isolate|isolated|pressured|pressuring|sanctioned|condemned|blamed' +
    '|criticised|criticized|deter|confront|provoked|appease|reassure|courted|negotiate with|engage with' +
    '|supports|supported|support for|backs|warns|accuses',
  'отношения с|отношений с|переговоры с|давление на|санкции против|санкций против|поддерживает|поддержал' +
    '|союзник',
  'beziehungen zu|gespräche mit|unterstütze|unterstützt|unterstützte|warnte|kritisiert|kritisierte' +
    '|sanktionen gegen|druck auf|verbündeter von',
  "relations avec|pression sur|sanctions contre|sanctions à l'encontre de|soutien à|allié de",
  'relaciones con|presión sobre|sanciones contra|sanciones a|sanciones al gobierno de|apoyo a|aliado de',
  'روابط|مذاکره با|روابط با|تحریم',
  'العلاقات مع|علاقات|العقوبات على|عقوبات على|عقوباتها على|ضغوط على|العقوبات ضد|حليف',
  '与|與|同|和|制裁',
  'відносини з|відносин з|переговори з|тиск на|санкції проти|підтримує|санкції на',
  'relações com|pressão sobre|sanções contra|sanções a|aliado de|apoio a|sanções ao governo de',
  'rapporti con|relazioni con|pressione su|sanzioni contro|sanzioni a|alleato di|sostegno a|colloqui con',
  'stosunki z|relacje z|rozmowy z|presja na|sankcje wobec|sankcje na|sojusznik|naciski na',
  'betrekkingen met|banden met|gesprekken met|druk op|sancties tegen|bondgenoot van|steun aan',
  'היחסים עם|יחסים עם|הסנקציות על|סנקציות על|לחץ על|בעלת ברית של|המגעים עם',
);
/** Glued right after the capital: a possessive ("Moscow's support") or "-backed", "-led"... */
export const GOV_AFTER_PREFIX = list(
  "'s|-backed|-led|-sponsored|-aligned|-allied|-friendly|-controlled|-installed",
  // Turkish "Moscow's administration", Japanese "with Moscow", "sanctions on Moscow".
  ' yönetimi| hükümeti|との|への制裁|に対する制裁',
);
