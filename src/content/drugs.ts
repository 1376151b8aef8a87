// Every medicine named in the approaches (plus a few a person may have received elsewhere), with
// generic and brand names exactly as the fact base gives them. A brand is listed only when a cited
// source names it; otherwise the generic stands alone. `treatment` is the answer the medicine counts
// as in the "treatments so far" step, so typing "Ibrance" or "palbociclib" finds the same thing.
import type { Drug } from './types.js';

export const DRUGS: Drug[] = [
  // Hormone therapy
  { id: 'anastrozole', generic: 'anastrozole', brands: ['Arimidex'], treatment: 'aromatase-inhibitor', sources: ['komen-ai'] },
  { id: 'letrozole', generic: 'letrozole', brands: ['Femara'], treatment: 'aromatase-inhibitor', sources: ['komen-ai'] },
  { id: 'exemestane', generic: 'exemestane', brands: ['Aromasin'], treatment: 'aromatase-inhibitor', sources: ['komen-ai'] },
  { id: 'tamoxifen', generic: 'tamoxifen', brands: [], treatment: 'tamoxifen', sources: ['tamoxifen-acs'] },
  { id: 'fulvestrant', generic: 'fulvestrant', brands: ['Faslodex'], treatment: 'fulvestrant', sources: ['faslodex-info'] },
  { id: 'elacestrant', generic: 'elacestrant', brands: ['Orserdu'], treatment: 'oral-serd', sources: ['fda-elacestrant'] },
  { id: 'imlunestrant', generic: 'imlunestrant', brands: ['Inluriyo'], treatment: 'oral-serd', sources: ['fda-imlunestrant'] },
  // An oral ER degrader (PROTAC) grouped with the oral SERDs: same use, same answer in the treatments step.
  { id: 'vepdegestrant', generic: 'vepdegestrant', brands: ['Veppanu'], treatment: 'oral-serd', aliases: ['ARV-471'], sources: ['fda-vepdegestrant', 'veritac-2'] },
  { id: 'goserelin', generic: 'goserelin', brands: ['Zoladex'], treatment: 'ovarian-suppression', sources: ['nci-hormone-therapy', 'goserelin-monograph'] },
  { id: 'leuprolide', generic: 'leuprolide', brands: ['Lupron'], treatment: 'ovarian-suppression', sources: ['nci-hormone-therapy'] },
  { id: 'triptorelin', generic: 'triptorelin', brands: [], treatment: 'ovarian-suppression', sources: ['lhrh-review'] },

  // Targeted therapy
  { id: 'palbociclib', generic: 'palbociclib', brands: ['Ibrance'], treatment: 'cdk46-inhibitor', sources: ['palbociclib-info'] },
  { id: 'ribociclib', generic: 'ribociclib', brands: ['Kisqali'], treatment: 'cdk46-inhibitor', sources: ['ribociclib-label', 'fda-ribociclib'] },
  { id: 'abemaciclib', generic: 'abemaciclib', brands: ['Verzenio'], treatment: 'cdk46-inhibitor', sources: ['abemaciclib-approval'] },
  { id: 'alpelisib', generic: 'alpelisib', brands: ['Piqray'], treatment: 'pi3k-akt-inhibitor', sources: ['fda-alpelisib'] },
  { id: 'capivasertib', generic: 'capivasertib', brands: ['Truqap'], treatment: 'pi3k-akt-inhibitor', sources: ['fda-capivasertib'] },
  { id: 'inavolisib', generic: 'inavolisib', brands: ['Itovebi'], treatment: 'pi3k-akt-inhibitor', sources: ['fda-inavolisib-snapshot'] },
  { id: 'everolimus', generic: 'everolimus', brands: ['Afinitor'], treatment: 'everolimus', sources: ['everolimus-protocol', 'bolero-2'] },
  {
    id: 'trastuzumab',
    generic: 'trastuzumab',
    // Herceptin Hylecta is the under-the-skin form; the others are biosimilars (Breastcancer.org).
    brands: ['Herceptin', 'Herceptin Hylecta', 'Herzuma', 'Kanjinti', 'Ogivri', 'Ontruzant', 'Trazimera'],
    treatment: 'trastuzumab-pertuzumab',
    sources: ['herceptin-injectable', 'trastuzumab-biosimilars'],
  },
  { id: 'pertuzumab', generic: 'pertuzumab', brands: ['Perjeta'], treatment: 'trastuzumab-pertuzumab', sources: ['pertuzumab-label'] },
  {
    id: 'pertuzumab-trastuzumab-hyaluronidase',
    generic: 'pertuzumab, trastuzumab and hyaluronidase',
    brands: ['Phesgo'],
    treatment: 'trastuzumab-pertuzumab',
    sources: ['phesgo-policy'],
  },
  // An antibody against HER2 given after trastuzumab-based treatment, so it is grouped with them.
  { id: 'margetuximab', generic: 'margetuximab', brands: ['Margenza'], treatment: 'trastuzumab-pertuzumab', sources: ['fda-margetuximab'] },
  {
    id: 'trastuzumab-deruxtecan',
    generic: 'trastuzumab deruxtecan',
    brands: ['Enhertu'],
    treatment: 't-dxd',
    aliases: ['T-DXd', 'fam-trastuzumab deruxtecan-nxki'],
    sources: ['tdxd-protocol', 'fda-tdxd-her2low'],
  },
  {
    id: 'trastuzumab-emtansine',
    generic: 'trastuzumab emtansine',
    brands: ['Kadcyla'],
    treatment: 't-dm1',
    aliases: ['T-DM1', 'ado-trastuzumab emtansine'],
    sources: ['emilia', 'tdm1-safety'],
  },
  { id: 'tucatinib', generic: 'tucatinib', brands: ['Tukysa'], treatment: 'her2-tki', sources: ['tucatinib-approval'] },
  { id: 'neratinib', generic: 'neratinib', brands: ['Nerlynx'], treatment: 'her2-tki', sources: ['fda-neratinib', 'trastuzumab-biosimilars'] },
  { id: 'lapatinib', generic: 'lapatinib', brands: ['Tykerb'], treatment: 'her2-tki', sources: ['nala', 'emilia'] },
  {
    id: 'sacituzumab-govitecan',
    generic: 'sacituzumab govitecan',
    brands: ['Trodelvy'],
    treatment: 'sacituzumab',
    sources: ['sacituzumab-safety', 'fda-sacituzumab'],
  },
  {
    id: 'datopotamab-deruxtecan',
    generic: 'datopotamab deruxtecan',
    brands: ['Datroway'],
    treatment: 'datopotamab',
    aliases: ['Dato-DXd'],
    sources: ['tropion-breast01'],
  },
  { id: 'olaparib', generic: 'olaparib', brands: ['Lynparza'], treatment: 'parp-inhibitor', sources: ['fda-olaparib'] },
  { id: 'talazoparib', generic: 'talazoparib', brands: ['Talzenna'], treatment: 'parp-inhibitor', sources: ['talazoparib-effects', 'embraca'] },
  { id: 'pembrolizumab', generic: 'pembrolizumab', brands: ['Keytruda'], treatment: 'immunotherapy', sources: ['fda-pembrolizumab-tnbc', 'keynote-355'] },
  // No longer approved for breast cancer in the US, but people treated with it (or treated in
  // Europe) need to find it in the treatments step; no approach lists it.
  { id: 'atezolizumab', generic: 'atezolizumab', brands: ['Tecentriq'], treatment: 'immunotherapy', sources: ['atezolizumab-withdrawal'] },
  { id: 'dostarlimab', generic: 'dostarlimab', brands: [], treatment: 'immunotherapy', sources: ['asco-biomarkers-recs'] },
  { id: 'larotrectinib', generic: 'larotrectinib', brands: [], sources: ['asco-biomarkers-recs'] },
  { id: 'entrectinib', generic: 'entrectinib', brands: [], sources: ['asco-biomarkers-recs'] },
  { id: 'selpercatinib', generic: 'selpercatinib', brands: [], sources: ['fda-selpercatinib'] },

  // Chemotherapy
  { id: 'paclitaxel', generic: 'paclitaxel', brands: ['Taxol'], treatment: 'taxane', sources: ['paclitaxel-m2c'] },
  { id: 'nab-paclitaxel', generic: 'nab-paclitaxel', brands: ['Abraxane'], treatment: 'taxane', sources: ['nab-paclitaxel-review'] },
  { id: 'docetaxel', generic: 'docetaxel', brands: ['Taxotere'], treatment: 'taxane', sources: ['docetaxel-cruk'] },
  { id: 'doxorubicin', generic: 'doxorubicin', brands: ['Adriamycin'], treatment: 'anthracycline', sources: ['pld-doxorubicin'] },
  {
    id: 'liposomal-doxorubicin',
    generic: 'pegylated liposomal doxorubicin',
    brands: ['Caelyx', 'Doxil'],
    treatment: 'anthracycline',
    aliases: ['PLD', 'liposomal doxorubicin'],
    sources: ['pld-doxorubicin'],
  },
  { id: 'epirubicin', generic: 'epirubicin', brands: [], treatment: 'anthracycline', sources: ['ago-chemo-table'] },
  { id: 'capecitabine', generic: 'capecitabine', brands: ['Xeloda'], treatment: 'capecitabine', sources: ['capecitabine-bcn'] },
  { id: 'eribulin', generic: 'eribulin', brands: ['Halaven'], treatment: 'eribulin', sources: ['eribulin-bcn'] },
  { id: 'carboplatin', generic: 'carboplatin', brands: [], treatment: 'platinum', sources: ['tnt'] },
  { id: 'cisplatin', generic: 'cisplatin', brands: [], treatment: 'platinum', sources: ['tnt'] },
  { id: 'vinorelbine', generic: 'vinorelbine', brands: ['Navelbine'], treatment: 'other-chemo', sources: ['vinorelbine-bcn'] },
  { id: 'gemcitabine', generic: 'gemcitabine', brands: ['Gemzar'], treatment: 'other-chemo', sources: ['gemcitabine-bco'] },
  { id: 'cyclophosphamide', generic: 'cyclophosphamide', brands: [], treatment: 'other-chemo', sources: ['metronomic-cyclophosphamide'] },
];

const BY_ID = new Map(DRUGS.map((d) => [d.id, d]));

/** The drug with this id, or undefined. */
export const drugById = (id: string): Drug | undefined => BY_ID.get(id);
