// Shapes of the knowledge base. Content is data: every visible text is a key in a locale namespace
// (never a literal), and every medical statement carries the sources behind it and a review date.
import type { ApproachId, OptionId, PriorityId, SourceId, TreatmentId } from '../engine/types.js';

/** ISO date, YYYY-MM-DD. */
export type IsoDate = string;

/** A key in the `content` namespace (locales/<lng>/content.json). */
export type ContentKey = string;

export type SourceKind = 'guideline' | 'label' | 'trial' | 'review' | 'patient-info';

export interface Source {
  id: SourceId;
  /** Title as published (not translated). */
  title: string;
  publisher: string;
  url: string;
  /** When the fact base read it. */
  accessed: IsoDate;
  kind: SourceKind;
}

/** Anything that makes a medical statement. */
export interface Cited {
  sources: SourceId[];
  reviewed: IsoDate;
}

import type { RowId } from './rows.js';

export type { RowId };

export interface Cell extends Cited {
  key: ContentKey;
}

export interface Drug {
  id: string;
  /** International non-proprietary name, never translated. */
  generic: string;
  /** Brand names, never translated. */
  brands: string[];
  /** The "treatments so far" answer this drug counts as, if any. */
  treatment?: TreatmentId;
  /** Other names people meet on letters and labels (e.g. 'T-DXd', 'PLD'); searched, not shown. */
  aliases?: string[];
  /** Where the generic–brand pairing and the treatment group come from. */
  sources?: SourceId[];
}

export interface ApproachContent extends Cited {
  id: ApproachId;
  /** Plain-language name first, medical term in brackets. */
  name: ContentKey;
  summary: ContentKey;
  drugs: string[];
  howGiven: ContentKey;
  visits: ContentKey;
  hairLoss: ContentKey;
  commonEffects: ContentKey;
  seriousRisks: ContentKey;
  monitoring: ContentKey;
  /** Evidence item ids (see Evidence). */
  evidence: string[];
}

/**
 * A trial result. Where it compares two arms with a count, `arms` holds natural frequencies:
 * how many out of `outOf` people had the outcome in each arm, at the stated time point.
 */
export interface Evidence extends Cited {
  id: string;
  /** Trial acronym, not translated, e.g. 'DESTINY-Breast04'. */
  trial: string;
  year: number;
  /** Who took part (content key). */
  population: ContentKey;
  /** The headline result in plain words, numbers as {{placeholders}} filled from `values`. */
  headline: ContentKey;
  values?: Record<string, number>;
  arms?: {
    outOf: 100;
    /** Content key naming what was counted, e.g. "still alive at 3 years". */
    outcome: ContentKey;
    treatment: { label: ContentKey; count: number };
    comparison: { label: ContentKey; count: number };
  };
}

export interface OptionContent extends Cited {
  id: OptionId;
  name: ContentKey;
  /** One plain sentence on what the family of treatments is. */
  summary: ContentKey;
  rows: Record<RowId, Cell>;
}

export interface SupportiveCareContent extends Cited {
  name: ContentKey;
  summary: ContentKey;
  rows: Record<RowId, Cell>;
  /** Evidence item ids (see Evidence) behind the evidence row. */
  evidence?: string[];
}

export interface GlossaryTerm extends Cited {
  id: string;
  /** Key in the `glossary` namespace: glossary:<id>.term / glossary:<id>.definition */
  term: string;
  definition: string;
}

export type PriorityRows = Record<PriorityId, RowId[]>;
