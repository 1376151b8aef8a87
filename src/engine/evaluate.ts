// evaluate(profile): the five options in contract order, each with all its approaches in order, a
// status from the contract vocabulary and reasons traced to the answers and sources. Pure, total and
// deterministic; priorities are never read except to add questions (rules/questions.ts).
import type { ApproachAssessment, Assessment, OptionAssessment, OptionId, Profile, Reason } from './types.js';
import { APPROACHES_BY_OPTION, OPTION_IDS } from './vocabulary.js';
import { factsOf, type Facts } from './facts.js';
import { strongest, type Verdict } from './reason.js';
import { HORMONAL_APPROACHES, hormonalReasons } from './rules/hormonal.js';
import { TARGETED_APPROACHES, targetedReasons } from './rules/targeted.js';
import { CHEMOTHERAPY_APPROACHES, chemotherapyReasons } from './rules/chemotherapy.js';
import { RADIATION_APPROACHES, radiationReasons } from './rules/radiation.js';
import { TRIALS_APPROACHES, trialsReasons } from './rules/trials.js';
import { supportiveReasons } from './rules/supportive.js';
import { missingTests } from './rules/missing.js';
import { questionsFor } from './rules/questions.js';

type Rule = (f: Facts) => Verdict;
type ApproachRules<O extends OptionId> = Record<(typeof APPROACHES_BY_OPTION)[O][number], Rule>;

interface OptionRules<O extends OptionId> {
  approaches: ApproachRules<O>;
  reasons: (f: Facts, approaches: readonly Verdict[]) => Reason[];
}

const RULES: { [O in OptionId]: OptionRules<O> } = {
  hormonal: { approaches: HORMONAL_APPROACHES, reasons: hormonalReasons },
  targeted: { approaches: TARGETED_APPROACHES, reasons: targetedReasons },
  chemotherapy: { approaches: CHEMOTHERAPY_APPROACHES, reasons: chemotherapyReasons },
  radiation: { approaches: RADIATION_APPROACHES, reasons: radiationReasons },
  trials: { approaches: TRIALS_APPROACHES, reasons: trialsReasons },
};

// Resolved once at module load: for each option, its approach rules in contract order.
const TABLE = OPTION_IDS.map((id) => {
  const rules = RULES[id] as OptionRules<OptionId>;
  const ids = APPROACHES_BY_OPTION[id];
  return { id, ids, rules: ids.map((a) => (rules.approaches as Record<string, Rule>)[a] as Rule), reasons: rules.reasons };
});

function assessOption(f: Facts, row: (typeof TABLE)[number]): OptionAssessment {
  const verdicts = row.rules.map((rule) => rule(f));
  const approaches: ApproachAssessment[] = verdicts.map((v, i) => ({
    id: row.ids[i] as ApproachAssessment['id'],
    status: v.status,
    reasons: v.reasons,
  }));
  return { id: row.id, status: strongest(verdicts), reasons: row.reasons(f, verdicts), approaches };
}

export function evaluate(profile: Profile): Assessment {
  const f = factsOf(profile);
  return {
    options: TABLE.map((row) => assessOption(f, row)),
    supportiveCare: { reasons: supportiveReasons(f) },
    missing: missingTests(f),
    questions: questionsFor(f),
  };
}
