import { describe, expect, it } from 'vitest';
import {
  reportFromSearch,
  reportedPopupPath,
  tabFromSearch,
  topicFromSearch,
  topicPagePath,
} from '../../utils/tabs/popup-url';

const searchOf = (path: string) => new URL(path, 'chrome-extension://id/').search;

describe('the popup page address', () => {
  it('round-trips a toolbar popup’s tab and mention count', () => {
    const path = reportedPopupPath({ tabId: 1234, mentions: 25 });
    expect(path).toBe('/popup.html?over=1234&mentions=25');
    expect(reportFromSearch(searchOf(path))).toEqual({ tabId: 1234, mentions: 25 });
    expect(reportFromSearch(searchOf(reportedPopupPath({ tabId: 0, mentions: 0 })))).toEqual({
      tabId: 0,
      mentions: 0,
    });
  });

  it('round-trips a card’s topic and tab', () => {
    const path = topicPagePath('swift', 9);
    expect(topicFromSearch(searchOf(path))).toBe('swift');
    expect(tabFromSearch(searchOf(path))).toBe(9);
    expect(tabFromSearch(searchOf(topicPagePath('iran', undefined)))).toBeUndefined();
  });

  it.each([
    '',
    '?over=12',
    '?mentions=3',
    '?over=&mentions=3',
    '?over=-1&mentions=3',
    '?over=1.5&mentions=3',
    '?over=12&mentions=three',
    '?over=1e3&mentions=3',
    '?over=12&mentions=99999999999999999999',
  ])('reads no report from %j', (search) => {
    expect(reportFromSearch(search)).toBeUndefined();
  });

  it('reads no tab or topic from a broken address', () => {
    expect(tabFromSearch('?tab=')).toBeUndefined();
    expect(tabFromSearch('?tab=x')).toBeUndefined();
    expect(topicFromSearch('?topic=mars')).toBeUndefined();
    expect(topicFromSearch('?topic=__proto__')).toBeUndefined();
  });
});
