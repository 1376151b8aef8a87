// Sources cited by the engine's rules, missing-test notes and care-team questions that are not
// already in references.ts (ids and URLs are unique across both tables; the engine cites either by
// id). Titles and publishers are data, never translated. Mirrors in the shared fact base are
// replaced by the canonical address of the same document where one exists (as in references.ts).
// `accessed` is the date the fact base was compiled.
import type { Source, SourceKind } from '../types.js';

const ACCESSED = '2026-11-23';
/** Sources added, or whose canonical address replaced a mirror, in the December 2026 review. */
const REPLACED_2026_12 = '2026-12-04';

const src = (kind: SourceKind, id: string, title: string, publisher: string, url: string, accessed = ACCESSED): Source => ({
  id,
  title,
  publisher,
  url,
  accessed,
  kind,
});

export const GUIDELINE_SOURCES: Source[] = [
  // Guidelines
  src(
    'guideline',
    'esmo-mbc-2021',
    'ESMO Clinical Practice Guideline for the diagnosis, staging and treatment of patients with metastatic breast cancer (Gennari et al., 2021)',
    'Annals of Oncology (ESMO)',
    'https://doi.org/10.1016/j.annonc.2021.09.019',
    REPLACED_2026_12,
  ),
  src(
    'guideline',
    'asco-2016-endocrine',
    'Endocrine Therapy for Hormone Receptor-Positive Metastatic Breast Cancer: ASCO Guideline (Rugo et al., 2016)',
    'American Society of Clinical Oncology (Journal of Clinical Oncology)',
    'https://doi.org/10.1200/JCO.2016.67.1487',
    REPLACED_2026_12,
  ),
  src(
    'guideline',
    'asco-2021-er-positive',
    'Endocrine Treatment and Targeted Therapy for Hormone Receptor-Positive, HER2-Negative Metastatic Breast Cancer: ASCO Guideline Update (2021)',
    'American Society of Clinical Oncology (Journal of Clinical Oncology)',
    'https://pmc.ncbi.nlm.nih.gov/articles/PMC8659999',
  ),
  src(
    'guideline',
    'asco-biomarkers',
    'Biomarkers for Systemic Therapy in Metastatic Breast Cancer: ASCO Guideline Update and Rapid Updates',
    'American Society of Clinical Oncology',
    'https://ace.asco.org/guidelines/9676',
  ),
  src(
    'guideline',
    'asco-2022-her2-brain',
    'Recommendations on Disease Management for Patients With Advanced HER2-Positive Breast Cancer and Brain Metastases: ASCO Guideline Update (2022)',
    'American Society of Clinical Oncology (Guideline Central)',
    'https://www.guidelinecentral.com/guideline/7342',
  ),
  src(
    'guideline',
    'asco-friends-2017',
    'Broadening Eligibility Criteria to Make Clinical Trials More Representative: Brain Metastases (ASCO–Friends of Cancer Research, 2017)',
    'Journal of Clinical Oncology (MSK record)',
    'https://synapse.mskcc.org/synapse/works/119557',
  ),
  // Labels and approvals
  src(
    'label',
    'fda-talazoparib-2018',
    'FDA approves talazoparib for gBRCAm HER2-negative locally advanced or metastatic breast cancer',
    'Cancer Commons (quoting the FDA)',
    'https://cancercommons.org/news-item/fda-approves-talazoparib-for-gbrcam-her2-negative-locally-advanced-or-metastatic-breast-cancer/',
  ),
  src(
    'label',
    'fda-pembrolizumab-msi-2017',
    'FDA approves cancer treatment for tumors with a specific biomarker (pembrolizumab, MSI-H/dMMR)',
    'American Nurse',
    'https://www.myamericannurse.com/fda-approves-cancer-treatment-tumors-specific-biomarker/',
  ),
  // Trials and reviews
  src(
    'trial',
    'destiny-breast12',
    'Trastuzumab deruxtecan in HER2-positive advanced breast cancer with or without brain metastases: DESTINY-Breast12 (Nature Medicine 2024)',
    'Nature Medicine (PubMed)',
    'https://pubmed.ncbi.nlm.nih.gov/39271844/',
  ),
  src(
    'trial',
    'postmonarch',
    'Abemaciclib plus fulvestrant after progression on a CDK4/6 inhibitor: postMONARCH (JCO 2025)',
    'Journal of Clinical Oncology (PubMed)',
    'https://pubmed.ncbi.nlm.nih.gov/39693591/',
  ),
  src(
    'trial',
    'maintain',
    'Endocrine therapy with or without ribociclib after progression on a CDK4/6 inhibitor: MAINTAIN (JCO 2023;41:4004–4013)',
    'Journal of Clinical Oncology',
    'https://doi.org/10.1200/JCO.22.02392',
    REPLACED_2026_12,
  ),
  src(
    'trial',
    'palmira',
    'Second-line endocrine therapy with or without palbociclib rechallenge: PALMIRA (JCO 2025)',
    'Journal of Clinical Oncology',
    'https://doi.org/10.1200/JCO-24-01865',
    REPLACED_2026_12,
  ),
  src(
    'trial',
    'tbcrc-048',
    'Olaparib in metastatic breast cancer with germline mutations in PALB2 or somatic mutations in BRCA (TBCRC 048)',
    'The ASCO Post',
    'https://ascopost.com/news/february-2026/olaparib-in-metastatic-breast-cancer-with-germline-mutations-in-palb2-or-somatic-mutations-in-brca',
  ),
  src(
    'trial',
    'chest-wall-rt-2021',
    'Palliative radiotherapy for breast cancer with skin involvement (Scientific Reports 2021)',
    'Scientific Reports (PMC)',
    'https://pmc.ncbi.nlm.nih.gov/articles/PMC7970854',
  ),
  src(
    'review',
    'visceral-crisis-review-2024',
    'Visceral crisis in metastatic breast cancer: an old concept with new perspectives (Clinics 2024)',
    'Clinics (São Paulo), SciELO',
    'https://scielo.br/scielo.php?lang=es&pid=S1807-59322024000100405&script=sci_arttext',
  ),
  src(
    'review',
    'receptor-discordance-2020',
    'Receptor discordance between primary breast cancer and metastasis (Breast Cancer Research and Treatment 2020)',
    'Breast Cancer Research and Treatment (Springer)',
    'https://rd.springer.com/article/10.1007/s10549-020-05746-8',
  ),
  src(
    'review',
    'cco-her2low-faq',
    'HER2-low and HER2-ultralow mBC: FAQs',
    'Clinical Care Options',
    'https://clinicaloptions.com/activities/oncology/her2low-and-her2ultralow-mbc-faqs/103003/viewactivity',
  ),
  src(
    'review',
    'ai-vs-tamoxifen-review',
    'Aromatase inhibitors versus tamoxifen in breast cancer (Journal of General Internal Medicine 2009)',
    'Journal of General Internal Medicine (PMC)',
    'https://pmc.ncbi.nlm.nih.gov/articles/PMC2763159',
  ),
  // Patient information and question lists
  src(
    'patient-info',
    'trialtalk-measurable',
    'What is Measurable Disease?',
    'Metastatic Breast Cancer Trial Talk (BreastCancerTrials.org)',
    'https://metastatictrialtalk.org/inside-clinical-trials/measurable-disease',
  ),
  src(
    'patient-info',
    'acs-advanced-questions',
    'What should you ask your doctor about advanced cancer?',
    'American Cancer Society',
    'https://www.cancer.org/treatment/understanding-your-diagnosis/advanced-cancer/questions-for-your-doctor.html',
  ),
  src(
    'patient-info',
    'mayo-mbc-doctor',
    'Working with your doctor when you have metastatic breast cancer',
    'Mayo Clinic',
    'https://www.mayoclinic.org/diseases-conditions/breast-cancer/in-depth/metastatic-breast-cancer/art-20304452',
  ),
  src(
    'patient-info',
    'cancerhealth-talking-doctor',
    'Talking with your doctor',
    'Cancer Health',
    'https://www.cancerhealth.com/basics/health-basics/talking-doctor',
  ),
  src(
    'patient-info',
    'cancer-australia-mbc',
    'Optimal care for metastatic breast cancer: consumer fact sheets',
    'Cancer Australia',
    'https://thestatement.canceraustralia.gov.au/metastatic/consumer-fact-sheets',
  ),
  src(
    'patient-info',
    'sharecare-mbc-questions',
    'Questions to Ask Your Doctor About Metastatic Breast Cancer',
    'Sharecare',
    'https://www.sharecare.com/cancer/breast-cancer/questions-ask-doctor-metastatic-breast-cancer',
  ),
  src(
    'patient-info',
    'sharecare-new-therapy',
    '7 Questions to Ask When Starting a New MBC Therapy',
    'Sharecare',
    'https://www.sharecare.com/cancer/breast-cancer/questions-ask-new-mbc-therapy',
  ),
];
