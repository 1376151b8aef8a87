// Short words for an answer, by profile path: "HER2-low", "spread to: bones and liver".
// Used to trace every reason back to what the person said, and to list answers in the summary.
import type { BiomarkerId, PriorityId, Profile } from '../engine/index.js';
import type { I18nView } from '../i18n/i18n-controller.js';

export function answerLabel(path: string, p: Profile, i18n: I18nView): string {
  const { t } = i18n;
  const [head, tail] = path.split('.') as [string, string | undefined];
  switch (head) {
    case 'hr':
    case 'her2':
    case 'menopause':
    case 'rapidOrganThreat':
      return t(`receptors:answer.${head}.${p[head]}`);
    case 'biomarkers': {
      const id = tail as BiomarkerId;
      return t(`receptors:answer.biomarker.${p.biomarkers[id]}`, { test: t(`receptors:answer.short.${id}`) });
    }
    case 'sites':
      return p.sites.length
        ? t('receptors:answer.sites', { list: i18n.list(p.sites.map((s) => t(`receptors:sites.${s}`))) })
        : t('receptors:answer.sitesNone');
    case 'symptoms':
      return p.symptoms.length
        ? t('receptors:answer.symptoms', { list: i18n.list(p.symptoms.map((s) => t(`receptors:symptoms.${s}`))) })
        : t('receptors:answer.symptomsNone');
    case 'earlyRelapse':
      return t(`treatments:answer.relapse.${p.earlyRelapse}`);
    case 'metastaticLines':
      return p.metastaticLines === 'unknown'
        ? t('treatments:answer.linesUnknown')
        : t('treatments:answer.lines', { count: p.metastaticLines });
    case 'received':
      return p.received.length
        ? t('treatments:answer.received', { list: i18n.list(p.received.map((r) => t(`treatments:received.names.${r}`))) })
        : t('treatments:answer.receivedNone');
    case 'priorities': {
      const id = tail as PriorityId | undefined;
      if (!id) return t('priorities:heading');
      const level = p.priorities[id];
      return t('priorities:answer', {
        priority: t(`priorities:items.${id}`),
        level: level === undefined ? t('common:answers.unknown') : t(`priorities:scale.${level}`),
      });
    }
    default:
      return path;
  }
}

/** "Because you said: HER2-low and hormone receptor-positive" — or a note that it applies to everyone. */
export function becauseText(paths: readonly string[], p: Profile, i18n: I18nView): string {
  if (!paths.length) return i18n.t('common:becauseNothing');
  const labels = [...new Set(paths.map((path) => answerLabel(path, p, i18n)))];
  return i18n.t('common:because', { answers: i18n.list(labels) });
}
