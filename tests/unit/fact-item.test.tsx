import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FactItem } from '../../components/shared/FactItem';
import { TOPIC_IDS, type TopicId } from '../../data/constants';
import { dataset } from '../../data/index';
import { toFactView } from '../../utils/db/fact-base';

const articles = new Map(dataset.articles.map((a) => [a.id, a]));
const topicNames = Object.fromEntries(TOPIC_IDS.map((id) => [id, id])) as Record<TopicId, string>;

describe('a fact in the popup', () => {
  afterEach(cleanup);

  it('names a source once, with each of its quoted passages under it, as the card does', () => {
    // Two passages of the same seed article.
    const fact = dataset.facts.find((f) => f.id === 'putin-trade-still-insufficient')!;
    const title = articles.get('evolving-alliance')!.title;
    render(
      <ul>
        <FactItem
          fact={toFactView(fact, articles)}
          topicNames={topicNames}
          saved={false}
          onToggleSave={() => undefined}
        />
      </ul>,
    );
    const item = screen.getByRole('listitem');
    expect(within(item).getAllByText(title)).toHaveLength(1);
    expect(item.querySelectorAll('blockquote')).toHaveLength(2);
  });
});
