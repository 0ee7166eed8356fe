import { Fragment, type ReactNode } from 'react';

/**
 * A message with elements in it: `withElements(t('key'), { topic: <b>Iran</b> })` for the message
 * "talks about {topic} resumed", so the translation, not the code, decides where each element goes.
 * `t` leaves a `{name}` it has no value for as it is, which is what this fills.
 */
export function withElements(message: string, elements: Readonly<Record<string, ReactNode>>): ReactNode {
  // Splitting on a capturing group puts each `{name}`'s name at an odd index, the text around it at even ones.
  return message
    .split(/\{(\w+)\}/)
    .map((part, i) =>
      i % 2 === 0 ? part : <Fragment key={i}>{part in elements ? elements[part] : `{${part}}`}</Fragment>,
    );
}
