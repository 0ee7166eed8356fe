// The card-delay settings readers get, as the build wrote them, so the benchmark hovers with the same delays.
import { extensionFacts } from './extension-facts.mjs';

const { cardDelay } = extensionFacts();
export const DEFAULT_CARD_DELAY_MS = cardDelay.default;
export const CARD_DELAY_RANGE = { min: cardDelay.min, max: cardDelay.max };
