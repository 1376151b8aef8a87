// Modules the results script (comparison and summary, loaded once the person starts) takes from the
// main script-tag build instead of bundling its own copy: one Lit, one set of contexts, one engine.
// Keys are package specifiers or paths under src/ without extension. src/shared.ts must expose
// exactly these (a unit test checks).
export const SHARED_MODULES = [
  'lit',
  'lit/decorators.js',
  'components/steps/step-element',
  'components/ui/choice-group',
  'content/drugs',
  'engine/index',
  'engine/vocabulary',
  'util/events',
];
