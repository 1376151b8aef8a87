// Every status gets the same size, weight and colour: the words carry the meaning, never a colour
// scale that could read as a ranking.
import { html, type TemplateResult } from 'lit';
import type { Status } from '../../engine/index.js';
import type { I18nView } from '../../i18n/i18n-controller.js';

export const statusBadge = (status: Status, i18n: I18nView): TemplateResult =>
  html`<span class="status" data-status=${status}>${i18n.t(`common:status.${status}`)}</span>`;
