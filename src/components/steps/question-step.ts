// Base of the steps that ask questions (receptors, treatments): a StepElement that can also show
// "Where to find this" under a question, with its sources once the knowledge base is here. Part of
// the question steps' lazy part, so the first screen does not carry it.
import type { TemplateResult } from 'lit';
import { StepElement } from './step-element.js';
import { helpDisclosure } from '../ui/help-disclosure.js';
import { HELP_SOURCES } from '../../content/help-sources.js';
import { contentReviewDate } from '../../content/reviewed.js';
import type { Source } from '../../content/types.js';

export abstract class QuestionStep extends StepElement {
  /** "Where to find this" for a help text key, with its sources once the knowledge base is here. */
  protected help(key: string): TemplateResult {
    const index = this.knowledge.index;
    const sources = index ? (HELP_SOURCES[key] ?? []).map((id) => index.source(id)).filter((s): s is Source => Boolean(s)) : [];
    return helpDisclosure(this.t('receptors:whereToFind'), this.t(key), {
      sources,
      label: this.t('common:sources.heading'),
      checked: this.t('common:trust.checked', { date: this.i18n.monthYear(contentReviewDate()) }),
    });
  }
}
