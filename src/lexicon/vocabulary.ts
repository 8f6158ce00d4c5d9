/**
 * Keys, headings and values accepted in the four languages (SPEC §6), mapped to the
 * canonical English field names. Matching is case-, accent- and punctuation-insensitive.
 */
import type { Lang } from '../model/model.js';
import { own } from '../model/own.js';
import { COST_KIND_HINTS, STATED_KINDS } from './cost-kinds.js';
import { closest } from './nearest.js';
import { allPhrases } from './phrases.js';
import { words } from './words.js';

/** Fold a key or heading so that spelling variants compare equal (DOMAIN-RESEARCH §4). */
const normCache = new Map<string, string>();

export function norm(text: string): string {
  let folded = normCache.get(text);
  if (folded === undefined) {
    folded = fold(text);
    if (normCache.size < 10_000) normCache.set(text, folded);
  }
  return folded;
}

function fold(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/[øö]/g, 'o')
    .replace(/[åä]/g, 'a')
    .replace(/é/g, 'e')
    .replace(/[^a-z0-9]/g, '');
}

type Aliases = Partial<Record<Lang, string[]>>;

interface FieldVocab {
  aliases: Aliases;
  /** Nested keys of an object field (or of the items of a list field). */
  keys?: Record<string, FieldVocab>;
  /** Enum values and their aliases. */
  values?: Record<string, string[]>;
  /** Values may be written inside a sentence ("… er væsentligt dyrere end …"). */
  valuesInProse?: boolean;
  /**
   * The values are the strategy's numbered list, in order: a value may be written by its number
   * ("Fokusområde 3 – …", "1 (tillgänglighet och service)", "(2) compile, analyse …").
   */
  numbered?: boolean;
  /** For object fields: the key that free text in a Markdown section fills. */
  textKey?: string;
  list?: boolean;
  /**
   * An ordinary proposal field that no clause names (risks, procurement, architecture, a
   * decision): recognised as a key or label line, so it is no unknown key, but not as a
   * heading — a section headed so stays prose, which the rules that look anywhere read.
   */
  keyOnly?: boolean;
  /** An object field that may also be written as one string (an owner's name): the string stays. */
  oneString?: boolean;
  /**
   * A yes/no question that answers another key of the same object (`används: nej` for the
   * shared solution's `status`): the value a yes gives, the one a no gives, and the one a no
   * gives beside any of `noWith`'s keys (a no with the alternative named is a deviation).
   */
  answers?: { key: string; yes: string; no: string; noWith: { keys: string[]; value: string } };
  /**
   * The keys of the facts form of a statement that is otherwise a sentence or yes/no (a risk
   * assessment as `{ udført: ja, dato: …, af: … }`): read in a mapping only, never as headings.
   */
  facts?: Record<string, FieldVocab>;
  /** A text field that also takes a list as written (the schema allows both): never joined into one text. */
  listOrText?: boolean;
}

/** A statement given as its facts: done or not, when, by whom, with what result (SPEC §1 `security`). */
const FACT_KEYS: Record<string, FieldVocab> = {
  done: {
    aliases: words('vocabulary', 'FACT_KEYS/done/aliases'),
  },
  date: { aliases: words('vocabulary', 'FACT_KEYS/date/aliases') },
  by: { aliases: words('vocabulary', 'FACT_KEYS/by/aliases') },
  result: { aliases: words('vocabulary', 'FACT_KEYS/result/aliases') },
};

const OWNER_KEYS: Record<string, FieldVocab> = {
  name: {
    aliases: words('vocabulary', 'OWNER_KEYS/name/aliases'),
    // A list of names is several owners (single-owner says so), not one text.
    listOrText: true,
  },
  role: { aliases: words('vocabulary', 'OWNER_KEYS/role/aliases') },
  body: {
    aliases: words('vocabulary', 'OWNER_KEYS/body/aliases'),
  },
  acceptedResponsibility: {
    aliases: words('vocabulary', 'OWNER_KEYS/acceptedResponsibility/aliases'),
  },
};

const evaluation: FieldVocab = {
  aliases: words('vocabulary', 'evaluation/aliases'),
  textKey: 'method',
  keys: {
    method: { aliases: words('vocabulary', 'evaluation/keys/method/aliases') },
    date: { aliases: words('vocabulary', 'evaluation/keys/date/aliases') },
    responsible: { aliases: words('vocabulary', 'evaluation/keys/responsible/aliases') },
  },
};

const benefitsRealisation: FieldVocab = {
  aliases: words('vocabulary', 'benefitsRealisation/aliases'),
  textKey: 'plan',
  keys: {
    // `keys`: the owner may be written as the project owner is ({navn, enhed}), often as a YAML alias of it.
    owner: {
      aliases: words('vocabulary', 'benefitsRealisation/keys/owner/aliases'),
      keys: OWNER_KEYS,
      textKey: 'name',
      oneString: true,
    },
    plan: { aliases: words('vocabulary', 'benefitsRealisation/keys/plan/aliases') },
    baseline: {
      aliases: words('vocabulary', 'benefitsRealisation/keys/baseline/aliases'),
    },
  },
};

export const KIND_VALUES: Record<string, string[]> = {
  investment: [
    'investment',
    'one-off',
    'capex',
    'investering',
    'engangsudgift',
    'engangsomkostning',
    'engångskostnad',
    'engangskostnad',
    'anskaffelse',
    'anskaffning',
    'etablering',
    'implementering',
    // Budget words for a one-off cost: the municipal budget's anlæg, the state model's engangs-/etableringsomkostninger, DFØ's investeringskostnader.
    'anlæg',
    'anlægsudgift',
    'anlægsudgifter',
    'anlægsinvestering',
    'engangsudgifter',
    'engangsomkostninger',
    'engangsbeløb',
    'etableringsudgift',
    'etableringsomkostning',
    'etableringsomkostninger',
    'investeringsudgift',
    'investeringsomkostning',
    'engångskostnader',
    'engångsutgift',
    'investeringskostnad',
    'investeringsutgift',
    'etableringskostnad',
    'införandekostnad',
    'engangskostnader',
    'engangsutgift',
    'investeringskostnader',
  ],
  operating: [
    'operating',
    'operation',
    'running',
    'opex',
    'recurring',
    'ongoing',
    'drift',
    'driftsudgift',
    'driftsomkostning',
    'driftskostnad',
    'driftkostnad',
    'løbende',
    'löpande',
    'løpende',
    'forvaltning',
    'förvaltning',
    'vedlikehold',
    'underhåll',
    'vedligehold',
    'driftsudgifter',
    'driftsomkostninger',
    'driftskostnader',
    'driftkostnader',
    'driftsutgift',
    'driftsutgifter',
    'vedligeholdelse',
    'förvaltningskostnad',
    'vedlikeholdskostnader',
  ],
  financial: [
    'financial',
    'economic',
    'monetary',
    'quantitative',
    'quantified',
    'cashable',
    'økonomisk',
    'ekonomisk',
    'økonomisk gevinst',
    'kontant',
    'budgetgevinst',
    'budsjettgevinst',
    'direkt',
    'prissatt',
    'kvantitativ',
    'kvantitativt',
    'kvantitative',
    'kvantitativa',
    'kvantificeret',
    'kvantifierad',
    'kvantifisert',
    'kvantifiserbar',
  ],
  qualitative: [
    'qualitative',
    'non-financial',
    'non-cashable',
    'non-monetary',
    'kvalitativ',
    'kvalitativ gevinst',
    'ikke-økonomisk',
    'icke-ekonomisk',
    'ikke-prissatt',
    'svårvärderad',
    'indirekt',
  ],
};

/**
 * What a line's stated kind may be written as (an *Art* / *Typ* / *Type* cell, a `kind:` key):
 * the kinds' names, every word that hints at a kind in a line's text (cost-kinds.ts — "licens",
 * "årlig", "anlæg", "engångskostnad") and the words that state a kind only there ("løn",
 * "gevinst"). A stated kind none of them names stays as written: a located schema finding.
 */
function statedKindValues(): Record<string, string[]> {
  const values: Record<string, string[]> = {};
  for (const [kind, names] of Object.entries(KIND_VALUES)) {
    const hints = own(COST_KIND_HINTS, kind);
    const stated = own(STATED_KINDS, kind);
    values[kind] = [...names, ...(hints ? allPhrases(hints) : []), ...(stated ? allPhrases(stated) : [])].map((word) => word.replace(/\*$/, ''));
  }
  return values;
}

const costLine: Record<string, FieldVocab> = {
  item: {
    aliases: words('vocabulary', 'costLine/item/aliases'),
  },
  amount: { aliases: words('vocabulary', 'costLine/amount/aliases') },
  year: { aliases: words('vocabulary', 'costLine/year/aliases') },
  kind: { aliases: words('vocabulary', 'costLine/kind/aliases'), values: statedKindValues() },
  currency: { aliases: words('vocabulary', 'costLine/currency/aliases') },
};

const metric: Record<string, FieldVocab> = {
  perspective: {
    aliases: words('vocabulary', 'metric/perspective/aliases'),
    values: {
      'external-benefit': ['external benefit', 'external', 'ekstern nytte', 'extern nytta', 'extern nytte', 'nytte for innbyggere', 'nytta för medborgare'],
      'internal-benefit': ['internal benefit', 'internal', 'intern nytte', 'intern nytta'],
      'it-maturity': [
        'it maturity',
        'it-maturity',
        'it-modenhed',
        'it modenhed',
        'it-mognad',
        'it mognad',
        'ikt-modenhet',
        'ikt modenhet',
        'it-modenhet',
        'digital modenhet',
        'digital mognad',
      ],
      'it-cost': [
        'it cost',
        'it costs',
        'it-cost',
        'it-omkostninger',
        'it omkostninger',
        'it-kostnad',
        'it-kostnader',
        'ikt-kostnader',
        'ikt-kostnad',
        'it-kostnader',
      ],
      'it-quality': ['it quality', 'it-quality', 'it-kvalitet', 'it kvalitet', 'ikt-kvalitet', 'ikt kvalitet'],
    },
  },
  name: {
    aliases: words('vocabulary', 'metric/name/aliases'),
  },
  method: {
    aliases: words('vocabulary', 'metric/method/aliases'),
    // A method described instead of classed ("Statistik ur bygglovssystemet", "Brugerundersøgelse")
    // is objective or subjective by what it names: system data and counts, or asking people.
    values: {
      objective: [
        'objective',
        'objektiv',
        'objektivt',
        'objektive',
        'stickprov',
        'stikprøve',
        'stikprøver',
        'stikkprøve',
        'stikkprøver',
        'sample check',
        'spot check',
        'systemdata',
        'system data',
        'statistik',
        'statistikk',
        'statistics',
        'loggdata',
        'logdata',
        'systemlog',
        'systemlogg',
        'logfiler',
        'loggfiler',
        'log files',
        'mätning',
        'måling',
        'measurement',
        'measured',
        'tidsregistrering',
        'tidsmåling',
        'tidmätning',
        'optælling',
        'räkning',
        'telling',
        'opptelling',
        'udtræk',
        'uttrekk',
        'uttag ur',
        'utdrag',
        'weighing',
        'vägning',
        'vejning',
        'veiing',
        'ledger',
        'time recording',
        'extract from',
        'fagsystem',
        'fagsystemet',
        'verksamhetssystem',
        'verksamhetssystemet',
        'monitorering',
        'overvågning',
        'övervakning',
        'overvåking',
        'monitoring',
      ],
      subjective: [
        'subjective',
        'subjektiv',
        'subjektivt',
        'subjektive',
        'enkät',
        'enkäter',
        'enkäten',
        'enkätundersökning',
        'spørgeskema',
        'spørgeskemaundersøgelse',
        'spørreskjema',
        'spørreundersøkelse',
        'brugerundersøgelse',
        'brukerundersøkelse',
        'brukarundersökning',
        'tilfredshedsundersøgelse',
        'tilfredshetsundersøkelse',
        'nöjdhetsundersökning',
        'nöjdhetsmätning',
        'medarbetarenkät',
        'medarbejderundersøgelse',
        'survey',
        'surveys',
        'questionnaire',
        'interview',
        'interviews',
        'intervju',
        'intervjuer',
        'fokusgruppe',
        'fokusgrupper',
        'fokusgrupp',
        'focus group',
        'focus groups',
        'user survey',
      ],
    },
    valuesInProse: true,
  },
  baseline: {
    aliases: words('vocabulary', 'metric/baseline/aliases'),
  },
  target: {
    aliases: words('vocabulary', 'metric/target/aliases'),
  },
  deadline: {
    aliases: words('vocabulary', 'metric/deadline/aliases'),
  },
  source: { aliases: words('vocabulary', 'metric/source/aliases') },
};

/** Options weighed (the old system kept and adapted, a shared solution, a new one): FLO-9 and NFY-4 read them in the text. */
const ALTERNATIVES: FieldVocab = {
  aliases: words('vocabulary', 'ALTERNATIVES/aliases'),
  keyOnly: true,
};

/**
 * Ordinary proposal fields no clause names as a field (issue 8, "Fields nobody asked for"):
 * recognised in the four languages so they are not unknown keys; the rules that look for what
 * a clause demands anywhere in the text (risks, procurement, a decision) read their values.
 */
const ORDINARY_FIELDS: Record<string, FieldVocab> = {
  contact: {
    aliases: words('vocabulary', 'ORDINARY_FIELDS/contact/aliases'),
    keyOnly: true,
  },
  ownerRepresentative: {
    aliases: words('vocabulary', 'ORDINARY_FIELDS/ownerRepresentative/aliases'),
    keyOnly: true,
  },
  risks: {
    aliases: words('vocabulary', 'ORDINARY_FIELDS/risks/aliases'),
    keyOnly: true,
  },
  procurement: {
    aliases: words('vocabulary', 'ORDINARY_FIELDS/procurement/aliases'),
    keyOnly: true,
  },
  architecture: { aliases: words('vocabulary', 'ORDINARY_FIELDS/architecture/aliases'), keyOnly: true },
  decision: {
    aliases: words('vocabulary', 'ORDINARY_FIELDS/decision/aliases'),
    keyOnly: true,
  },
  alternatives: ALTERNATIVES,
};

export const FIELDS: Record<string, FieldVocab> = {
  id: {
    aliases: words('vocabulary', 'FIELDS/id/aliases'),
  },
  title: {
    aliases: words('vocabulary', 'FIELDS/title/aliases'),
  },
  // Proposal metadata that templates carry in their header (issue 8, "Fields nobody asked
  // for"): recognised so they are not unknown keys, and checked by no rule.
  date: { aliases: words('vocabulary', 'FIELDS/date/aliases') },
  version: { aliases: words('vocabulary', 'FIELDS/version/aliases') },
  caseNumber: {
    aliases: words('vocabulary', 'FIELDS/caseNumber/aliases'),
  },
  projectManager: {
    aliases: words('vocabulary', 'FIELDS/projectManager/aliases'),
  },
  department: {
    aliases: words('vocabulary', 'FIELDS/department/aliases'),
  },
  ...ORDINARY_FIELDS,
  strategy: { aliases: words('vocabulary', 'FIELDS/strategy/aliases') },
  language: {
    aliases: words('vocabulary', 'FIELDS/language/aliases'),
    // A language by its code or its name in any of the four (an unknown name is a schema finding).
    values: words('vocabulary', 'FIELDS/language/values'),
  },
  owner: {
    // "Ownership", "Ansvar og organisering": the section where templates put the owner; the
    // loader reads its owner from the label line that names one, not from the other roles there.
    aliases: words('vocabulary', 'FIELDS/owner/aliases'),
    textKey: 'name',
    oneString: true,
    keys: OWNER_KEYS,
  },
  description: {
    aliases: words('vocabulary', 'FIELDS/description/aliases'),
  },
  strategyAlignment: {
    aliases: words('vocabulary', 'FIELDS/strategyAlignment/aliases'),
  },
  crossCuttingConsequences: {
    aliases: words('vocabulary', 'FIELDS/crossCuttingConsequences/aliases'),
  },
  priorityCriteria: {
    aliases: words('vocabulary', 'FIELDS/priorityCriteria/aliases'),
    keys: {
      standardisation: { aliases: words('vocabulary', 'FIELDS/priorityCriteria/keys/standardisation/aliases') },
      coherence: {
        aliases: words('vocabulary', 'FIELDS/priorityCriteria/keys/coherence/aliases'),
      },
      efficiency: { aliases: words('vocabulary', 'FIELDS/priorityCriteria/keys/efficiency/aliases') },
    },
  },
  category: {
    aliases: words('vocabulary', 'FIELDS/category/aliases'),
    values: {
      innovative: ['innovative', 'innovativ', 'innovativt'],
      differentiating: ['differentiating', 'differentierande', 'differentierende', 'differentierad', 'differensierende'],
      basic: ['basic', 'grundläggande', 'grundlæggende', 'grunnleggende'],
    },
  },
  focusAreas: {
    aliases: words('vocabulary', 'FIELDS/focusAreas/aliases'),
    list: true,
    numbered: true,
    values: {
      'citizen-service': [
        'citizen-service',
        'citizen service',
        'service',
        'tillgänglighet och service',
        'service till medborgare',
        'service för medborgare',
        'medborgarservice',
        'borgerservice',
        'accessibility and service',
        'tillgänglighet och service för medborgare',
        'tilgængelighed og service',
        'tilgjengelighet og service',
      ],
      'information-reuse': [
        'information-reuse',
        'information reuse',
        'återanvändning av information',
        'informationsåteranvändning',
        'sammanställa analysera och återanvända information',
        'förbättrad förmåga att sammanställa',
        'förmåga att sammanställa',
        'better ability to compile',
        'ability to compile',
        'genbrug af information',
        'gjenbruk av informasjon',
      ],
      'it-use': [
        'it-use',
        'it use',
        'it-användning',
        'användning av it',
        'utbildning och systemutveckling',
        'ökad användning av befintlig it',
        'training and system development',
        'uddannelse og systemudvikling',
        'opplæring og systemutvikling',
      ],
      collaboration: [
        'collaboration',
        'samverkan',
        'samarbete',
        'informationsutbyte',
        'samverkan och informationsutbyte',
        'collaboration and information exchange',
        'samarbejde',
        'samhandling',
      ],
      innovation: [
        'innovation',
        'innovativ utveckling',
        'innovativ utveckling med it',
        'innovationer',
        'innovativ verksamhetsutveckling',
        'innovative development',
        'innovative business development',
        'innovasjon',
      ],
    },
  },
  sharedSolution: {
    aliases: words('vocabulary', 'FIELDS/sharedSolution/aliases'),
    textKey: 'explanation',
    keys: {
      status: {
        aliases: words('vocabulary', 'FIELDS/sharedSolution/keys/status/aliases'),
        values: {
          used: ['used', 'uses', 'follow', 'anvendt', 'anvendes', 'bruges', 'følger', 'følg', 'används', 'använder', 'följer', 'brukes', 'bruker', 'benyttes'],
          deviation: ['deviation', 'deviate', 'explain', 'afvigelse', 'afviger', 'forklar', 'avvikelse', 'avviker', 'avvik', 'undantag'],
          'none-available': [
            'none-available',
            'none available',
            'none',
            'ingen tilgængelig',
            'ingen findes',
            'ingen',
            'finns ingen',
            'ingen tillgänglig',
            'ingen finnes',
            'ingen tilgjengelig',
          ],
        },
      },
      used: {
        aliases: words('vocabulary', 'FIELDS/sharedSolution/keys/used/aliases'),
        answers: { key: 'status', yes: 'used', no: 'none-available', noWith: { keys: ['alternative', 'grounds', 'exception'], value: 'deviation' } },
      },
      solutions: {
        aliases: words('vocabulary', 'FIELDS/sharedSolution/keys/solutions/aliases'),
        list: true,
      },
      alternative: {
        aliases: words('vocabulary', 'FIELDS/sharedSolution/keys/alternative/aliases'),
      },
      grounds: {
        aliases: words('vocabulary', 'FIELDS/sharedSolution/keys/grounds/aliases'),
        list: true,
        valuesInProse: true,
        values: {
          'more-expensive': [
            'more-expensive',
            'more expensive',
            'significantly more expensive',
            'væsentligt dyrere',
            'dyrere',
            'väsentligt dyrare',
            'dyrare',
            'vesentlig dyrere',
          ],
          'weakens-security': [
            'weakens-security',
            'weakens security',
            'svækker sikkerhedsniveauet',
            'svækker sikkerheden',
            'svække sikkerhedsniveauet',
            'svække sikkerheden',
            'lavere sikkerhedsniveau',
            'försvagar säkerheten',
            'försämrar säkerheten',
            'försvaga säkerheten',
            'lägre säkerhetsnivå',
            'svekker sikkerheten',
            'svekker sikkerhetsnivået',
            'svekke sikkerheten',
            'svekke sikkerhetsnivået',
            'lavere sikkerhetsnivå',
          ],
          'functional-deterioration': [
            'functional-deterioration',
            'functional deterioration',
            'væsentlig funktionel forringelse',
            'funktionel forringelse',
            'funktionell försämring',
            'väsentlig funktionell försämring',
            'funksjonell forringelse',
            'vesentlig funksjonell forringelse',
          ],
          'longer-implementation': [
            'longer-implementation',
            'longer implementation',
            'øger implementeringstiden markant',
            'længere implementeringstid',
            'øger implementeringstiden',
            'øge implementeringstiden',
            'øget implementeringstid',
            'forlænger implementeringstiden',
            'forlænge implementeringstiden',
            'forsinker implementeringen',
            'forsinke implementeringen',
            'längre implementeringstid',
            'ökar implementeringstiden',
            'öka implementeringstiden',
            'förlänger implementeringstiden',
            'fördröjer införandet',
            'lengre implementeringstid',
            'øker implementeringstiden',
            'øke implementeringstiden',
            'forlenger implementeringstiden',
            'forsinker implementeringen',
          ],
          'conflicting-obligations': [
            'conflicting-obligations',
            'conflicting obligations',
            'konflikter i forhold til andre forpligtelser',
            'konflikt med andre forpligtelser',
            'konflikt i forhold til andre forpligtelser',
            'konflikter med andre forpligtelser',
            'konflikter med andra åtaganden',
            'konflikt med andra åtaganden',
            'konflikt med andre forpliktelser',
            'konflikter med andre forpliktelser',
            'konflikt i forhold til andre forpliktelser',
          ],
        },
      },
      explanation: {
        aliases: words('vocabulary', 'FIELDS/sharedSolution/keys/explanation/aliases'),
      },
      exception: {
        aliases: words('vocabulary', 'FIELDS/sharedSolution/keys/exception/aliases'),
      },
    },
  },
  businessCase: {
    aliases: words('vocabulary', 'FIELDS/businessCase/aliases'),
    keys: {
      currency: { aliases: words('vocabulary', 'FIELDS/businessCase/keys/currency/aliases') },
      // How the valuation was made (PENG, the state model, DFØ's guide): named by OSK-16, checked by no rule.
      method: {
        aliases: words('vocabulary', 'FIELDS/businessCase/keys/method/aliases'),
        keyOnly: true,
      },
      alternatives: ALTERNATIVES,
      financing: { aliases: words('vocabulary', 'FIELDS/businessCase/keys/financing/aliases') },
      horizonYears: {
        aliases: words('vocabulary', 'FIELDS/businessCase/keys/horizonYears/aliases'),
      },
      discountRate: {
        aliases: words('vocabulary', 'FIELDS/businessCase/keys/discountRate/aliases'),
      },
      costs: {
        aliases: words('vocabulary', 'FIELDS/businessCase/keys/costs/aliases'),
        list: true,
        keys: costLine,
      },
      benefits: {
        aliases: words('vocabulary', 'FIELDS/businessCase/keys/benefits/aliases'),
        list: true,
        keys: costLine,
      },
      advantages: { aliases: words('vocabulary', 'FIELDS/businessCase/keys/advantages/aliases') },
      disadvantages: {
        aliases: words('vocabulary', 'FIELDS/businessCase/keys/disadvantages/aliases'),
      },
      workProcess: {
        aliases: words('vocabulary', 'FIELDS/businessCase/keys/workProcess/aliases'),
      },
      evaluation,
      benefitsRealisation,
      totals: {
        aliases: words('vocabulary', 'FIELDS/businessCase/keys/totals/aliases'),
        keys: {
          costs: { aliases: words('vocabulary', 'FIELDS/businessCase/keys/totals/keys/costs/aliases') },
          benefits: { aliases: words('vocabulary', 'FIELDS/businessCase/keys/totals/keys/benefits/aliases') },
        },
      },
    },
  },
  followUp: {
    aliases: words('vocabulary', 'FIELDS/followUp/aliases'),
    keys: {
      // The follow-up's measurement methods and baseline measurement for all its metrics (OSK-11), written once.
      method: {
        aliases: words('vocabulary', 'FIELDS/followUp/keys/method/aliases'),
        keyOnly: true,
      },
      baseline: {
        aliases: words('vocabulary', 'FIELDS/followUp/keys/baseline/aliases'),
        keyOnly: true,
      },
      metrics: {
        aliases: words('vocabulary', 'FIELDS/followUp/keys/metrics/aliases'),
        list: true,
        keys: metric,
      },
    },
  },
  security: {
    aliases: words('vocabulary', 'FIELDS/security/aliases'),
    keys: {
      personalData: {
        aliases: words('vocabulary', 'FIELDS/security/keys/personalData/aliases'),
      },
      cloud: { aliases: words('vocabulary', 'FIELDS/security/keys/cloud/aliases') },
      riskAssessment: {
        aliases: words('vocabulary', 'FIELDS/security/keys/riskAssessment/aliases'),
        facts: FACT_KEYS,
      },
      dataProcessingAgreement: {
        aliases: words('vocabulary', 'FIELDS/security/keys/dataProcessingAgreement/aliases'),
        facts: FACT_KEYS,
      },
      securityLevel: { aliases: words('vocabulary', 'FIELDS/security/keys/securityLevel/aliases') },
      // The administration's IT security plan the project follows (OSK-6/7).
      securityPlan: {
        aliases: words('vocabulary', 'FIELDS/security/keys/securityPlan/aliases'),
        keyOnly: true,
      },
    },
  },
  accessibility: {
    aliases: words('vocabulary', 'FIELDS/accessibility/aliases'),
  },
  competence: {
    aliases: words('vocabulary', 'FIELDS/competence/aliases'),
    textKey: 'plan',
    keys: {
      trainingBudget: {
        aliases: words('vocabulary', 'FIELDS/competence/keys/trainingBudget/aliases'),
      },
      domainExperts: {
        aliases: words('vocabulary', 'FIELDS/competence/keys/domainExperts/aliases'),
        listOrText: true,
      },
      plan: { aliases: words('vocabulary', 'FIELDS/competence/keys/plan/aliases') },
    },
  },
  schedule: {
    aliases: words('vocabulary', 'FIELDS/schedule/aliases'),
    keys: {
      start: { aliases: words('vocabulary', 'FIELDS/schedule/keys/start/aliases') },
      end: { aliases: words('vocabulary', 'FIELDS/schedule/keys/end/aliases') },
    },
  },
  exitPlan: {
    aliases: words('vocabulary', 'FIELDS/exitPlan/aliases'),
  },
  itCouncilNotified: {
    aliases: words('vocabulary', 'FIELDS/itCouncilNotified/aliases'),
  },
  archive: {
    aliases: words('vocabulary', 'FIELDS/archive/aliases'),
  },
};

/**
 * Fields that say what the document is (its title, reference, strategy and language): a label
 * inside another field's section ("Strategi: …" in the strategy alignment) is prose there, not them.
 */
export const DOCUMENT_FIELDS: ReadonlySet<string> = new Set(['title', 'id', 'strategy', 'language']);

/** Headings that fill a field nested inside another (SPEC §6, the templates' own headings). */
export const NESTED_HEADINGS: Record<string, string> = {
  benefitsRealisation: 'businessCase.benefitsRealisation',
  evaluation: 'businessCase.evaluation',
  workProcess: 'businessCase.workProcess',
  costs: 'businessCase.costs',
  benefits: 'businessCase.benefits',
  advantages: 'businessCase.advantages',
  disadvantages: 'businessCase.disadvantages',
  financing: 'businessCase.financing',
};

export interface KeyIndex {
  /** norm(alias) → canonical key */
  byAlias: Map<string, string>;
  /** canonical key → its vocabulary */
  specs: Record<string, FieldVocab>;
  /** norm(alias) → languages that use it, for guessing the text's language */
  langs: Map<string, Set<Lang>>;
}

function indexKeys(specs: Record<string, FieldVocab>): KeyIndex {
  const byAlias = new Map<string, string>();
  const langs = new Map<string, Set<Lang>>();
  for (const [key, spec] of Object.entries(specs)) {
    byAlias.set(norm(key), key);
    for (const [lang, list] of Object.entries(spec.aliases) as [Lang, string[]][]) {
      for (const alias of list) {
        const n = norm(alias);
        if (!byAlias.has(n)) byAlias.set(n, key);
        if (!langs.has(n)) langs.set(n, new Set());
        langs.get(n)!.add(lang);
      }
    }
  }
  return { byAlias, specs, langs };
}

const indexCache = new Map<string, KeyIndex>();

/** The key index for the object at a canonical path ("" = top level, "businessCase.costs" = a cost line). */
export function keysAt(path: string): KeyIndex | undefined {
  const cached = indexCache.get(path);
  if (cached) return cached;
  let specs: Record<string, FieldVocab> | undefined = FIELDS;
  for (const part of path ? path.split('.') : []) specs = specs ? own(specs, part)?.keys : undefined;
  if (!specs) return undefined;
  const index = indexKeys(specs);
  indexCache.set(path, index);
  return index;
}

/**
 * The key at a canonical path nearest to one an author wrote that is none ("projektleder" →
 * "Projektleder", "owenr" → "owner"), as the vocabulary writes it — preferring the author's
 * language — for "did you mean"; undefined when none is near.
 */
export function nearestKey(path: string, written: string, lang: Lang): string | undefined {
  const index = keysAt(path);
  if (!index) return undefined;
  const spelled = new Map<string, string>();
  for (const [key, spec] of Object.entries(index.specs)) {
    for (const alias of [...(spec.aliases[lang] ?? []), key, ...Object.values(spec.aliases).flat()])
      if (!spelled.has(norm(alias))) spelled.set(norm(alias), alias);
  }
  const near = closest(norm(written), [...spelled.keys()]);
  return near === undefined ? undefined : spelled.get(near);
}

const factIndexCache = new Map<string, KeyIndex | undefined>();

/** The key index of the facts form of the statement at a canonical path ("security.riskAssessment"), if it has one. */
export function factKeysAt(path: string): KeyIndex | undefined {
  if (!factIndexCache.has(path)) {
    const facts = fieldVocab(path)?.facts;
    factIndexCache.set(path, facts ? indexKeys(facts) : undefined);
  }
  return factIndexCache.get(path);
}

const vocabCache = new Map<string, FieldVocab | undefined>();

export function fieldVocab(path: string): FieldVocab | undefined {
  if (vocabCache.has(path)) return vocabCache.get(path);
  const spec = lookupVocab(path);
  vocabCache.set(path, spec);
  return spec;
}

function lookupVocab(path: string): FieldVocab | undefined {
  const parts = path.split('.');
  let specs: Record<string, FieldVocab> | undefined = FIELDS;
  let spec: FieldVocab | undefined;
  for (const part of parts) {
    spec = specs ? own(specs, part) : undefined;
    specs = spec?.keys;
  }
  return spec;
}

let valueIndexCache: Map<string, Map<string, string>> | undefined;

/** "Fokusområde 3 – …", "1 (…)", "(2) …": the value of that number in a numbered list of values. */
function numberedValue(path: string, raw: string): string | undefined {
  const spec = fieldVocab(path);
  if (!spec?.numbered || !spec.values) return undefined;
  let text = raw.trim();
  for (const alias of Object.values(spec.aliases)
    .flat()
    .sort((a, b) => b.length - a.length)) {
    if (text.toLowerCase().startsWith(alias.toLowerCase())) {
      text = text.slice(alias.length).trim();
      break;
    }
  }
  const number = /^\(?(\d{1,2})(?:\)|[.:]?(?=\s|$))/.exec(text)?.[1];
  return number === undefined ? undefined : Object.keys(spec.values)[Number(number) - 1];
}

/** Canonical enum value for what the author wrote, or undefined if it is not one. */
export function canonicalValue(path: string, raw: string): string | undefined {
  const values = fieldVocab(path)?.values;
  if (!values) return undefined;
  valueIndexCache ??= new Map();
  let index = valueIndexCache.get(path);
  if (!index) {
    index = new Map();
    for (const [value, aliases] of Object.entries(values)) {
      index.set(norm(value), value);
      for (const alias of aliases) if (!index.has(norm(alias))) index.set(norm(alias), value);
    }
    valueIndexCache.set(path, index);
  }
  const n = norm(raw);
  const exact = index.get(n);
  if (exact) return exact;
  const byNumber = numberedValue(path, raw);
  if (byNumber) return byNumber;
  // "Objektiv (systemlog)", "Ekstern nytte – borgere": the value leads, detail follows.
  let best: string | undefined;
  let bestLength = 0;
  for (const [alias, value] of index) {
    if (alias.length >= 4 && n.startsWith(alias) && alias.length > bestLength) {
      best = value;
      bestLength = alias.length;
    }
  }
  if (best || !fieldVocab(path)?.valuesInProse) return best;
  // A ground written as a sentence counts when it names exactly one of the values.
  const named = new Set([...index].filter(([alias]) => alias.length >= 6 && n.includes(alias)).map(([, value]) => value));
  return named.size === 1 ? [...named][0] : undefined;
}

/** A heading without its number: "3.2 Økonomi", "4a. Sammenhæng", "B) Gevinster", "IV. Risici" → the words. */
export function headingWords(heading: string): string {
  return heading
    .replace(/^[\s*_#]+/, '')
    .replace(/^(?:[0-9]+(?:\.[0-9]+)*[a-z]?[.)]?|[a-zA-Z][.)]|\([0-9a-zA-Z]+\)|[IVX]+\.)\s+/, '')
    .replace(/[*_]+/g, ' ')
    .trim();
}

/**
 * Headings that name a key of the security field: the analysis and the agreement each often
 * get a section of their own ("## ROS-analyse", "## Databehandleravtale"). Only unambiguous
 * names: a "Risikovurdering" section is as often about the project's own risks.
 */
const SECURITY_HEADINGS: Record<string, string[]> = {
  riskAssessment: [
    'Risk and vulnerability analysis',
    'ROS analysis',
    'DPIA',
    'ROS-analyse',
    'ROS-analys',
    'Risiko- og sårbarhedsanalyse',
    'Risiko- og sårbarhetsanalyse',
    'Risk- och sårbarhetsanalys',
    'Konsekvensanalyse',
    'Konsekvensbedömning',
    'Personvernkonsekvensvurdering',
    'Konsekvensanalyse vedrørende databeskyttelse',
  ],
  dataProcessingAgreement: ['Data processing agreement', 'Databehandleraftale', 'Databehandleravtale', 'Personuppgiftsbiträdesavtal', 'Biträdesavtal'],
  personalData: ['Personal data', 'Personoplysninger', 'Personuppgifter', 'Personopplysninger'],
};
let securityHeadingIndex: Map<string, string> | undefined;

/** The field a heading's words name as a whole, if any. */
function wholeHeadingField(words: string): string | undefined {
  const n = norm(words);
  if (!n) return undefined;
  const top = keysAt('')!.byAlias.get(n);
  if (top && !own(FIELDS, top)?.keyOnly) return top;
  const nested = keysAt('businessCase')!.byAlias.get(n);
  const nestedField = nested ? own(NESTED_HEADINGS, nested) : undefined;
  if (nestedField) return nestedField;
  securityHeadingIndex ??= new Map(
    Object.entries(SECURITY_HEADINGS).flatMap(([key, names]) => names.map((name) => [norm(name), `security.${key}`] as [string, string])),
  );
  return securityHeadingIndex.get(n);
}

/**
 * Where a combined heading divides into the names of its parts: first at a dash, colon or
 * slash ("Fællesoffentlig løsning – følg eller forklar"), then at a comma or a conjunction
 * ("Baggrund og formål", "Syfte och beskrivning", "Ownership and approval").
 */
const STRONG_SEPARATOR = /\s+[–—-]\s+|\s*[–—:|/()]\s*/;
const WEAK_SEPARATOR = /\s*,\s+|\s*&\s*|\s+(?:og|och|and|samt|eller|or)\s+/i;

/** The names a label joins with a comma or conjunction ("Fordele og ulemper" → "Fordele", "ulemper"). */
export function labelParts(label: string): string[] {
  return label
    .split(WEAK_SEPARATOR)
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * Top-level field or nested heading path a Markdown heading names, if any. The heading is read
 * without its number, emphasis and case; a heading that names no field as a whole names one
 * when one of its parts does: the parts between dashes and colons before the words joined by
 * "og"/"och"/"and" (the larger part is the more specific name), and a field before a part of it
 * ("Økonomi og gevinster" is the business case, not only its benefits). Among fields of equal
 * standing, the first named is the section's subject.
 */
export function headingField(heading: string, options: { parts?: boolean } = {}): string | undefined {
  return headingFields(heading, options)[0];
}

/**
 * Every field a heading names: the one `headingField` gives first, then the others its parts
 * name that are neither it nor a part of it ("Universell utforming og personvern" → accessibility,
 * security; "Efterkalkyl och effekthemtagning" → evaluation, benefitsRealisation).
 */
export function headingFields(heading: string, { parts = true }: { parts?: boolean } = {}): string[] {
  const words = headingWords(heading);
  const whole = wholeHeadingField(words);
  if (whole || !parts) return whole ? [whole] : [];
  const strong = words.split(STRONG_SEPARATOR).filter(Boolean);
  const found: string[] = [];
  for (const part of strong.length > 1 ? strong : []) {
    const field = wholeHeadingField(part);
    if (field) found.push(field);
  }
  // "Kost/nytte og gevinster": a slash inside a compound name ("Kost/nytte"), the conjunction between the names.
  if (!found.length && strong.length > 1) {
    for (const piece of words.split(WEAK_SEPARATOR).filter(Boolean)) {
      const field = wholeHeadingField(piece);
      if (field) found.push(field);
    }
  }
  if (!found.length) {
    for (const part of strong) {
      const weak = part.split(WEAK_SEPARATOR).filter(Boolean);
      if (weak.length < 2) continue;
      weak.forEach((piece, index) => {
        const field = wholeHeadingField(piece) ?? suspendedField(piece, weak[index + 1]);
        if (field) found.push(field);
      });
    }
  }
  if (!found.length) return [];
  // A field and a part of it: the section is the field's ("Økonomi og finansiering").
  const outer = [...new Set(found.filter((field) => !found.some((other) => other !== field && field.startsWith(`${other}.`))))];
  const container = outer.find((field) => found.some((other) => other !== field && other.startsWith(`${field}.`)));
  const first = container ?? outer[0]!;
  return [first, ...outer.filter((field) => field !== first)];
}

/**
 * The field a word cut short before a conjunction names when it takes the next word's ending
 * ("Avvecklings- och erfarenhetsplan" → "Avvecklingsplan", "Drifts- og supportaftale"): every
 * ending of the next word is tried, longest first.
 */
function suspendedField(piece: string, next: string | undefined): string | undefined {
  const stem = /^(.*\p{L})-$/u.exec(piece.trim())?.[1];
  const word = next?.trim().split(/\s+/)[0];
  if (!stem || !word) return undefined;
  for (let at = 1; at < word.length - 2; at++) {
    const field = wholeHeadingField(stem + word.slice(at));
    if (field) return field;
  }
  return undefined;
}

let aliasLanguageIndex: Map<string, Set<Lang>> | undefined;

/** The languages whose vocabulary has this key or heading, at any level. */
export function aliasLanguages(text: string): ReadonlySet<Lang> | undefined {
  if (!aliasLanguageIndex) {
    aliasLanguageIndex = new Map();
    const visit = (specs: Record<string, FieldVocab>): void => {
      for (const spec of Object.values(specs)) {
        for (const [lang, list] of Object.entries(spec.aliases) as [Lang, string[]][]) {
          for (const alias of list) {
            const n = norm(alias);
            if (!aliasLanguageIndex!.has(n)) aliasLanguageIndex!.set(n, new Set());
            aliasLanguageIndex!.get(n)!.add(lang);
          }
        }
        if (spec.keys) visit(spec.keys);
      }
    };
    visit(FIELDS);
  }
  return aliasLanguageIndex.get(norm(text));
}

/** Every value a sentence names, in the order it names them ("… væsentligt dyrere og øger implementeringstiden …"). */
export function valuesNamedIn(path: string, text: string): string[] {
  const values = fieldVocab(path)?.values;
  if (!values) return [];
  const n = norm(text);
  const found: { value: string; at: number }[] = [];
  for (const [value, aliases] of Object.entries(values)) {
    const at = Math.min(
      ...[value, ...aliases]
        .map(norm)
        .filter((alias) => alias.length >= 6)
        .map((alias) => n.indexOf(alias))
        .filter((index) => index >= 0),
    );
    if (Number.isFinite(at)) found.push({ value, at });
  }
  return found.sort((a, b) => a.at - b.at).map(({ value }) => value);
}

/*
 * The loaders' door into the rest of the lexicon: the Markdown loader and the normaliser still
 * read words while they parse (amounts with their scale and currency, table totals, the
 * conjunctions of a list, years), and reach them only through this module — the known
 * violation listed in .dependency-cruiser-known-violations.json — until the interpretation
 * pass takes that reading over.
 */
export { AMOUNT_MARKS, AMOUNTS_STATED_IN, CURRENCY_SIGNS, CURRENCY_WORDS, PER_YEAR, SCALES, YEAR_WORDS } from './units.js';
export { BENEFIT_HEADS, COST_HEADS, TOTAL_STATEMENTS, TOTALS } from './finance.js';
export { CONJUNCTIONS } from './conjunctions.js';
