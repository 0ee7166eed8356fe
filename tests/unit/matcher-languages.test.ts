import { table } from './matcher-table';

table('Russian', [
  [
    'Россия и Иран подписали соглашение.',
    [
      ['russia', 'Россия'],
      ['iran', 'Иран'],
    ],
  ],
  [
    'В России заявили, что Путину доложили о встрече.',
    [
      ['russia', 'России'],
      ['putin', 'Путину'],
    ],
  ],
  [
    'Переговоры с Путиным прошли в Кремле.',
    [
      ['putin', 'Путиным'],
      ['russia', 'Кремле'],
    ],
  ],
  [
    'Российские банки отключили от SWIFT.',
    [
      ['russia', 'Российские'],
      ['swift', 'SWIFT'],
    ],
  ],
  ['Делегация Российской Федерации прибыла.', [['russia', 'Российской Федерации']]],
  ['Бушерская АЭС работает на полную мощность.', [['bushehr', 'Бушерская АЭС']]],
  [
    'Между Ираном и Россией растёт товарооборот.',
    [
      ['iran', 'Ираном'],
      ['russia', 'Россией'],
    ],
  ],
  ['Москва заявила протест.', [['russia', 'Москва']]],
  ['В Москве прошёл фестиваль варенья.', []],
  ['Тейлор Свифт выступила в Лондоне.', []],
]);

table('Persian', [
  [
    'ایران و روسیه قرارداد امضا کردند.',
    [
      ['iran', 'ایران'],
      ['russia', 'روسیه'],
    ],
  ],
  [
    // Arabic yeh and kaf in Persian text.
    'ايران و كرملين',
    [
      ['iran', 'ايران'],
      ['russia', 'كرملين'],
    ],
  ],
  [
    'روس‌ها به بوشهر رسیدند.',
    [
      ['russia', 'روس'],
      ['bushehr', 'بوشهر'],
    ],
  ],
  ['ایرانی‌ها رای دادند.', [['iran', 'ایرانی']]],
  ['نیروگاه هسته‌ای بوشهر راه‌اندازی شد.', [['bushehr', 'نیروگاه هسته‌ای بوشهر']]],
  ['پوتین گفت که مذاکرات ادامه دارد.', [['putin', 'پوتین']]],
  ['تهران هشدار داد.', [['iran', 'تهران']]],
  ['او در تهران زندگی می‌کند.', []],
]);

table('Arabic', [
  [
    'قالت روسيا إن إيران مستعدة.',
    [
      ['russia', 'روسيا'],
      ['iran', 'إيران'],
    ],
  ],
  [
    'انسحب الجيش الروسي والمسؤولين الإيرانيين.',
    [
      ['russia', 'الروسي'],
      ['iran', 'الإيرانيين'],
    ],
  ],
  [
    // Joined proclitics: "and Russia", "for Iran".
    'وروسيا تقدم الدعم لإيران.',
    [
      ['russia', 'روسيا'],
      ['iran', 'إيران'],
    ],
  ],
  ['الجمهورية الإسلامية الإيرانية', [['iran', 'الجمهورية الإسلامية الإيرانية']]],
  ['أعلنت محطة بوشهر النووية', [['bushehr', 'محطة بوشهر النووية']]],
  ['إِيرَانُ دولة', [['iran', 'إِيرَانُ']]],
  ['قال بوتين', [['putin', 'بوتين']]],
  ['قالت موسكو إنها سترد.', [['russia', 'موسكو']]],
  ['عاش في موسكو عشر سنوات.', []],
  ['غنت تايلور سويفت في القاهرة.', []],
  ['تاريخ مملكة بروسيا', []],
]);

table('German', [
  [
    'Russland und der Iran vertiefen ihre Beziehungen.',
    [
      ['russia', 'Russland'],
      ['iran', 'Iran'],
    ],
  ],
  ['Putins Regierung wies die Vorwürfe zurück.', [['putin', 'Putins']]],
  ['Die russischen Truppen zogen ab.', [['russia', 'russischen']]],
  ['Moskau warnte vor Konsequenzen.', [['russia', 'Moskau']]],
  ['Sie studierte in Moskau.', []],
  ['Das Atomkraftwerk Buschehr liegt am Golf.', [['bushehr', 'Atomkraftwerk Buschehr']]],
]);

table('French', [
  [
    'La Russie et l’Iran ont signé un accord.',
    [
      ['russia', 'Russie'],
      ['iran', 'Iran'],
    ],
  ],
  ['Vladimir Poutine a déclaré la mobilisation.', [['putin', 'Vladimir Poutine']]],
  [
    'Selon le Kremlin, Poutine a averti les Occidentaux.',
    [
      ['russia', 'Kremlin'],
      ['putin', 'Poutine'],
    ],
  ],
  ['Une rencontre avec M. Poutine est prévue.', [['putin', 'Poutine']]],
  ['Nous avons mangé une poutine au restaurant.', []],
  ['Poutine : frites, fromage en grains et sauce brune.', []],
  ['Moscou a démenti ces informations.', [['russia', 'Moscou']]],
  ['Il vit à Moscou depuis dix ans.', []],
  ['Téhéran a rejeté l’ultimatum.', [['iran', 'Téhéran']]],
]);

table('Spanish', [
  [
    'Rusia e Irán firmaron un acuerdo.',
    [
      ['russia', 'Rusia'],
      ['iran', 'Irán'],
    ],
  ],
  ['Las tropas rusas avanzaron.', [['russia', 'rusas']]],
  ['Putin dijo que no cederá.', [['putin', 'Putin']]],
  ['Moscú advirtió a Washington.', [['russia', 'Moscú']]],
  ['Vivió en Moscú durante años.', []],
  ['Subimos a la montaña rusa del parque.', []],
]);

table('Chinese', [
  [
    '俄罗斯总统普京周二访问伊朗。',
    [
      ['russia', '俄罗斯'],
      ['putin', '普京'],
      ['iran', '伊朗'],
    ],
  ],
  [
    '俄羅斯總統普丁與伊朗會談。',
    [
      ['russia', '俄羅斯'],
      ['putin', '普丁'],
      ['iran', '伊朗'],
    ],
  ],
  ['布什尔核电站已经运行。', [['bushehr', '布什尔核电站']]],
  ['莫斯科表示将作出回应。', [['russia', '莫斯科']]],
  ['会议在莫斯科举行。', []],
  ['他喜欢玩俄罗斯方块。', []],
  [
    '俄罗斯银行被排除在SWIFT系统之外。',
    [
      ['russia', '俄罗斯'],
      ['swift', 'SWIFT'],
    ],
  ],
]);
