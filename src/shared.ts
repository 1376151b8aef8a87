// What the main script-tag build lends to the results script (see scripts/shared-modules.mjs): the
// results script finds these on window.MbcDecisionAid.__shared instead of bundling second copies.
import * as lit from 'lit';
import * as litDecorators from 'lit/decorators.js';
import * as stepElement from './components/steps/step-element.js';
import * as choiceGroup from './components/ui/choice-group.js';
import * as drugs from './content/drugs.js';
import * as engine from './engine/index.js';
import * as vocabulary from './engine/vocabulary.js';
import * as events from './util/events.js';

export const SHARED: Record<string, unknown> = {
  lit,
  'lit/decorators.js': litDecorators,
  'components/steps/step-element': stepElement,
  'components/ui/choice-group': choiceGroup,
  'content/drugs': drugs,
  'engine/index': engine,
  'engine/vocabulary': vocabulary,
  'util/events': events,
};
