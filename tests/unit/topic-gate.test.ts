import { afterEach, describe, expect, it, vi } from 'vitest';
import { aliases } from '../../data/aliases';
import { mayNameTopic } from '../../utils/content/may-name-topic';
import { watchForTopics } from '../../utils/content/topic-gate';
import { matcher } from './matcher-table';

describe('the topic hint', () => {
  const everyAlias = Object.values(aliases).flat();

  it('lets every alias through, in a sentence, in any case', () => {
    expect(everyAlias.length).toBeGreaterThan(200);
    for (const alias of everyAlias) {
      for (const text of [`Es hieß: ${alias.text}.`, alias.text.toUpperCase(), alias.text.toLowerCase()]) {
        // Only where the matcher itself finds the alias must the hint agree; it may say yes more often.
        if (matcher.findMentions(text).length > 0) expect(mayNameTopic(text), text).toBe(true);
      }
    }
  });

  it('sees through the marks and joiners the matcher folds away', () => {
    const cases = ['Bu\u00ADshehr', 'Ira\u00ADnian', 'روسیه\u200Cای', 'اِیران', 'ﺍﻳﺮﺍﻥ', 'Россия\u200B'];
    for (const text of cases) {
      if (matcher.findMentions(text).length > 0) expect(mayNameTopic(text), text).toBe(true);
    }
    expect(mayNameTopic('Bu\u00ADshehr')).toBe(true);
  });

  it('says no to prose that names no topic', () => {
    for (const text of [
      'The council approved the new budget for schools and roads on Tuesday.',
      'Le gouvernement a présenté son projet de loi sur les retraites.',
      'Die Bundesregierung beschließt ein neues Klimaschutzgesetz.',
      'Правительство утвердило бюджет на следующий год.',
      '政府公布了新的经济刺激计划。',
      'Rząd przyjął nowy budżet na przyszły rok.',
      'Hükümet yeni bütçeyi onayladı.',
      'De regering presenteert een nieuwe begroting.',
      'Il governo ha approvato la legge di bilancio.',
      'O governo aprovou o orçamento para o próximo ano.',
      'Уряд затвердив бюджет на наступний рік.',
      'הממשלה אישרה את התקציב לשנה הבאה.',
      '政府は来年度の予算案を閣議決定した。',
      // Latin and Cyrillic names count only from a word's start, short ones only as whole words: not the
      // "russe" of Brussels, the "rus" of trust or virus, the "рф" of орфография.
      'Trust in Brussels fell as the virus spread; the rusty crust cracked.',
      'Орфография и арфа.',
      // Common words of long names are not their stems (they loaded the page app on two saved pages).
      'The Bill would require telecommunications providers to store metadata.',
      'Le président de la République a promulgué la loi.',
      'Il presidente della Repubblica ha firmato il decreto.',
      // A name inside a user name or beside digits is no mention either (a user name loaded the app on a page).
      'Kudos from LordDoitsu, russian_space_geckos and iran2024fan.',
    ])
      expect(mayNameTopic(text), text).toBe(false);
  });

  it('still lets the long names through, an elided Iran included', () => {
    for (const text of [
      "Le président de la République islamique d'Iran a parlé.",
      'Il ministro della Repubblica islamica dell’Iran ha risposto.',
      'The Society for Worldwide Interbank Financial Telecommunication said on Monday.',
    ])
      expect(mayNameTopic(text), text).toBe(true);
  });

  it('sees the new languages, their inflections and clitics', () => {
    for (const text of [
      "İran'ın",
      'İRAN',
      'Rus',
      'Rusların',
      'РФ',
      'Путінові',
      'Irańczycy',
      'Irão',
      'ובאיראן',
      'ロシア人',
      'プーチン氏は',
    ]) {
      expect(matcher.findMentions(text).length, text).toBeGreaterThan(0);
      expect(mayNameTopic(text), text).toBe(true);
    }
  });
});

describe('watching a page for the topics', () => {
  const stops: Array<() => void> = [];
  afterEach(() => {
    for (const stop of stops.splice(0)) stop();
    document.body.innerHTML = '';
  });

  /** Starts the watch and resolves with how many hints came, once the idle walk has had its turn. */
  const watch = () => {
    const onHint = vi.fn();
    const controller = new AbortController();
    stops.push(watchForTopics(document, onHint, controller.signal), () => controller.abort());
    return onHint;
  };
  const settle = () => new Promise((resolve) => setTimeout(resolve, 120));

  it('stays quiet on a page that names no topic, and ignores script text', async () => {
    document.body.innerHTML =
      '<p>The council approved the budget.</p><script>var x = "Iran Russia Putin";</script>' +
      '<style>.iran{}</style><textarea>Putin</textarea>';
    const onHint = watch();
    await settle();
    expect(onHint).not.toHaveBeenCalled();
  });

  it('hints once at a page that names a topic', async () => {
    document.body.innerHTML =
      '<article><h1>News</h1><p>Talks in <b>Tehran</b> today.</p><p>Putin</p></article>';
    const onHint = watch();
    await vi.waitFor(() => expect(onHint).toHaveBeenCalledTimes(1));
    await settle();
    expect(onHint).toHaveBeenCalledTimes(1);
  });

  it('follows the page: a topic added or written in later is found', async () => {
    document.body.innerHTML = '<main><p id="lead">Weather today.</p></main>';
    const onHint = watch();
    await settle();
    expect(onHint).not.toHaveBeenCalled();
    document
      .querySelector('main')!
      .insertAdjacentHTML('beforeend', '<div><p>Sanctions on Russian banks</p></div>');
    await vi.waitFor(() => expect(onHint).toHaveBeenCalledTimes(1));

    document.body.innerHTML = '<p id="lead">Weather today.</p>';
    const again = watch();
    await settle();
    document.querySelector('#lead')!.firstChild!.nodeValue = 'Bushehr plant restarts';
    await vi.waitFor(() => expect(again).toHaveBeenCalledTimes(1));
  });

  it('reads open shadow roots', async () => {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>SWIFT cut-off</p>';
    document.body.append(host);
    const onHint = watch();
    await vi.waitFor(() => expect(onHint).toHaveBeenCalledTimes(1));
  });

  it('stops when asked, before it finds anything', async () => {
    document.body.innerHTML = '<p>Nothing here.</p>';
    const onHint = vi.fn();
    const stop = watchForTopics(document, onHint, new AbortController().signal);
    stop();
    document.body.insertAdjacentHTML('beforeend', '<p>Iran</p>');
    await settle();
    expect(onHint).not.toHaveBeenCalled();
  });
});
