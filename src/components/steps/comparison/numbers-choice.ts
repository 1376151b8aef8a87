// The answer to "Would you like to see numbers about how long people lived?" lasts as long as the
// widget instance (one visit): asked once, not again on every return to the comparison. Kept beside
// the answers, never in them: it is about reading, not about the cancer, and is never shared or saved.
import type { Store } from '../../../state/store.js';

const choices = new WeakMap<Store, boolean>();

export const numbersChoice = (store: Store): boolean | undefined => choices.get(store);
export const setNumbersChoice = (store: Store, show: boolean): void => void choices.set(store, show);
