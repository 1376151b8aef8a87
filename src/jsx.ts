// React 19 JSX typings for <mbc-decision-aid>, opt-in: `import type {} from 'mbc-decision-aid/jsx'`
// once in a React app (or add "mbc-decision-aid/jsx" to `types` in its tsconfig). React 19 sets the
// element's known properties (`profile`, `step`) as properties and the rest as attributes, and an
// `onmbc-…` prop listens to that event. Types only: the JavaScript module is empty. It augments
// `react`, so it needs @types/react 19 in the app (every React 19 TypeScript app has it).
import type {} from 'react';
import type { MbcDecisionAidReactProps } from './public-types.js';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'mbc-decision-aid': MbcDecisionAidReactProps;
    }
  }
}

export {};
