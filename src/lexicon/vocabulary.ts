/**
 * Keys, headings and values accepted in the four languages (SPEC §6), mapped to the
 * canonical English field names. Matching is case-, accent- and punctuation-insensitive.
 */
import type { Lang } from '../model/model.js';
import { own } from '../model/own.js';
import { COST_KIND_HINTS, STATED_KINDS } from './cost-kinds.js';
import { closest } from './nearest.js';
import { allPhrases } from './phrases.js';

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
    aliases: {
      en: ['Done', 'Completed'],
      da: ['Udført', 'Gennemført', 'Færdig'],
      sv: ['Genomförd', 'Utförd', 'Klar'],
      nb: ['Gjennomført', 'Utført', 'Ferdig'],
    },
  },
  date: { aliases: { en: ['Date', 'When'], da: ['Dato', 'Hvornår'], sv: ['Datum', 'När'], nb: ['Dato', 'Når'] } },
  by: { aliases: { en: ['By', 'Responsible'], da: ['Af', 'Ansvarlig'], sv: ['Av', 'Ansvarig'], nb: ['Av', 'Ansvarlig'] } },
  result: { aliases: { en: ['Result', 'Conclusion'], da: ['Resultat', 'Konklusion'], sv: ['Resultat', 'Slutsats'], nb: ['Resultat', 'Konklusjon'] } },
};

const OWNER_KEYS: Record<string, FieldVocab> = {
  name: {
    aliases: {
      en: ['Name', 'System owner representative'],
      da: ['Navn', 'Systemejerrepræsentant'],
      sv: ['Namn', 'Systemägarrepresentant'],
      nb: ['Navn', 'Systemeierrepresentant'],
    },
    // A list of names is several owners (single-owner says so), not one text.
    listOrText: true,
  },
  role: { aliases: { en: ['Role', 'Title'], da: ['Rolle', 'Stilling'], sv: ['Roll', 'Befattning'], nb: ['Rolle', 'Stilling'] } },
  body: {
    aliases: {
      en: ['Body', 'Unit', 'Organisational body'],
      da: ['Enhed', 'Direktørområde', 'Forvaltning'],
      sv: ['Förvaltning', 'Nämnd', 'Bolagsstyrelse', 'Enhet'],
      nb: ['Enhet', 'Etat', 'Virksomhet'],
    },
  },
  acceptedResponsibility: {
    aliases: {
      en: ['Accepted responsibility', 'Accepted'],
      da: ['Accepteret ansvar', 'Har accepteret ansvar'],
      sv: ['Accepterat ansvar', 'Har accepterat ansvar', 'Accepterat framtida ansvar'],
      nb: ['Akseptert ansvar', 'Har akseptert ansvar'],
    },
  },
};

const evaluation: FieldVocab = {
  aliases: {
    en: ['Evaluation', 'Post-calculation', 'Post-implementation review', 'Post-project review', 'Post-implementation evaluation'],
    da: ['Evaluering', 'Efterkalkule', 'Efterkalkulation'],
    sv: ['Utvärdering', 'Efterkalkyl'],
    nb: ['Evaluering', 'Etterkalkyle', 'Etterevaluering'],
  },
  textKey: 'method',
  keys: {
    method: { aliases: { en: ['Method'], da: ['Metode'], sv: ['Metod'], nb: ['Metode'] } },
    date: { aliases: { en: ['Date', 'When'], da: ['Dato', 'Tidspunkt'], sv: ['Datum', 'Tidpunkt'], nb: ['Dato', 'Tidspunkt'] } },
    responsible: { aliases: { en: ['Responsible'], da: ['Ansvarlig'], sv: ['Ansvarig'], nb: ['Ansvarlig'] } },
  },
};

const benefitsRealisation: FieldVocab = {
  aliases: {
    en: ['Benefits realisation', 'Benefits realization', 'Benefit realisation', 'Benefits management', 'Benefits realisation plan'],
    da: ['Gevinstrealisering', 'Gevinstrealiseringsplan', 'Gevinststyring'],
    sv: ['Effekthemtagning', 'Nyttorealisering', 'Nyttohemtagning'],
    nb: ['Gevinstrealisering', 'Gevinstrealiseringsplan', 'Gevinstarbeid'],
  },
  textKey: 'plan',
  keys: {
    // `keys`: the owner may be written as the project owner is ({navn, enhed}), often as a YAML alias of it.
    owner: {
      aliases: {
        en: ['Owner', 'Benefit owner'],
        da: ['Ejer', 'Gevinstejer', 'Ansvarlig'],
        sv: ['Ägare', 'Nyttoägare', 'Nyttoansvarig', 'Ansvarig'],
        nb: ['Eier', 'Gevinsteier', 'Gevinstansvarlig', 'Ansvarlig'],
      },
      keys: OWNER_KEYS,
      textKey: 'name',
      oneString: true,
    },
    plan: { aliases: { en: ['Plan'], da: ['Plan'], sv: ['Plan'], nb: ['Plan'] } },
    baseline: {
      aliases: {
        en: ['Baseline', 'Current state'],
        da: ['Baseline', 'Nulpunktsmåling', 'Udgangspunkt'],
        sv: ['Nuläge', 'Nulägesmätning', 'Utgångsläge', 'Nollmätning', 'Baslinje'],
        nb: ['Nullpunkt', 'Nullpunktsmåling', 'Utgangspunkt'],
      },
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
    aliases: {
      en: ['Item', 'Cost', 'Benefit', 'Description'],
      da: ['Post', 'Udgift', 'Omkostning', 'Gevinst', 'Beskrivelse'],
      sv: ['Post', 'Kostnad', 'Nytta', 'Beskrivning'],
      nb: ['Post', 'Kostnad', 'Gevinst', 'Beskrivelse'],
    },
  },
  amount: { aliases: { en: ['Amount', 'Value'], da: ['Beløb', 'Værdi'], sv: ['Belopp', 'Värde'], nb: ['Beløp', 'Verdi'] } },
  year: { aliases: { en: ['Year'], da: ['År'], sv: ['År'], nb: ['År'] } },
  kind: { aliases: { en: ['Kind', 'Type', 'Category'], da: ['Art', 'Type'], sv: ['Typ', 'Art', 'Slag'], nb: ['Type', 'Art'] }, values: statedKindValues() },
  currency: { aliases: { en: ['Currency'], da: ['Valuta'], sv: ['Valuta'], nb: ['Valuta'] } },
};

const metric: Record<string, FieldVocab> = {
  perspective: {
    aliases: { en: ['Perspective'], da: ['Perspektiv'], sv: ['Perspektiv'], nb: ['Perspektiv'] },
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
    aliases: {
      en: ['Name', 'Metric', 'Indicator', 'KPI', 'Measure'],
      da: ['Navn', 'Måltal', 'Nøgletal', 'Indikator', 'Succeskriterium'],
      sv: ['Namn', 'Mätetal', 'Nyckeltal', 'Indikator', 'Mått'],
      nb: ['Navn', 'Måltall', 'Nøkkeltall', 'Indikator', 'Styringsparameter'],
    },
  },
  method: {
    aliases: { en: ['Method', 'Measurement method', 'How measured'], da: ['Metode', 'Målemetode'], sv: ['Metod', 'Mätmetod'], nb: ['Metode', 'Målemetode'] },
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
    aliases: {
      en: ['Baseline', 'Current', 'Current state'],
      da: ['Baseline', 'Udgangspunkt', 'Nulpunkt', 'Nulpunktsmåling', 'Nuværende'],
      sv: ['Nuläge', 'Utgångsläge', 'Nollmätning', 'Baslinje', 'Nulägesmätning'],
      nb: ['Nullpunkt', 'Nullpunktsmåling', 'Utgangspunkt', 'Dagens situasjon', 'Dagens nivå'],
    },
  },
  target: {
    aliases: {
      en: ['Target', 'Goal', 'Target value'],
      da: ['Mål', 'Målværdi', 'Succeskriterie'],
      sv: ['Mål', 'Målvärde', 'Effektmål'],
      nb: ['Mål', 'Målverdi', 'Ambisjonsnivå', 'Effektmål'],
    },
  },
  deadline: {
    aliases: {
      en: ['Deadline', 'Due', 'By', 'When'],
      da: ['Frist', 'Tidsfrist', 'Deadline', 'Tidspunkt'],
      sv: ['Tidpunkt', 'Tidsfrist', 'Deadline', 'Senast'],
      nb: ['Frist', 'Tidsfrist', 'Tidspunkt'],
    },
  },
  source: { aliases: { en: ['Source', 'Data source'], da: ['Kilde', 'Datakilde'], sv: ['Källa', 'Datakälla'], nb: ['Kilde', 'Datakilde'] } },
};

/** Options weighed (the old system kept and adapted, a shared solution, a new one): FLO-9 and NFY-4 read them in the text. */
const ALTERNATIVES: FieldVocab = {
  aliases: {
    en: ['Alternatives', 'Options', 'Options considered', 'Solution choice'],
    da: ['Alternativer', 'Løsningsvalg', 'Alternativvurdering'],
    sv: ['Alternativ', 'Alternativa lösningar', 'Lösningsval', 'Alternativanalys'],
    nb: ['Alternativer', 'Løsningsvalg', 'Alternativvurdering', 'Alternativanalyse'],
  },
  keyOnly: true,
};

/**
 * Ordinary proposal fields no clause names as a field (issue 8, "Fields nobody asked for"):
 * recognised in the four languages so they are not unknown keys; the rules that look for what
 * a clause demands anywhere in the text (risks, procurement, a decision) read their values.
 */
const ORDINARY_FIELDS: Record<string, FieldVocab> = {
  contact: {
    aliases: { en: ['Contact', 'Contact person'], da: ['Kontakt', 'Kontaktperson'], sv: ['Kontakt', 'Kontaktperson'], nb: ['Kontakt', 'Kontaktperson'] },
    keyOnly: true,
  },
  ownerRepresentative: {
    aliases: {
      en: ['System owner representative', 'Owner representative'],
      da: ['Systemejerrepræsentant', 'Ejerrepræsentant'],
      sv: ['Systemägarrepresentant', 'Ägarrepresentant'],
      nb: ['Systemeierrepresentant', 'Eierrepresentant'],
    },
    keyOnly: true,
  },
  risks: {
    aliases: {
      en: ['Risks', 'Risk', 'Risk management', 'Project risks'],
      da: ['Risici', 'Risiko', 'Risikostyring', 'Risikohåndtering'],
      sv: ['Risker', 'Risk', 'Riskhantering', 'Projektrisker'],
      nb: ['Risiko', 'Risikoer', 'Risikostyring', 'Risikohåndtering'],
    },
    keyOnly: true,
  },
  procurement: {
    aliases: {
      en: ['Procurement', 'Acquisition', 'Sourcing'],
      da: ['Indkøb', 'Udbud', 'Anskaffelse'],
      sv: ['Upphandling', 'Anskaffning', 'Inköp'],
      nb: ['Anskaffelse', 'Innkjøp', 'Anbud'],
    },
    keyOnly: true,
  },
  architecture: { aliases: { en: ['Architecture'], da: ['Arkitektur'], sv: ['Arkitektur'], nb: ['Arkitektur'] }, keyOnly: true },
  decision: {
    aliases: {
      en: ['Decision', 'Approval', 'Joint decision', 'Approved by'],
      da: ['Beslutning', 'Godkendelse', 'Fælles beslutning', 'Godkendt af'],
      sv: ['Beslut', 'Godkännande', 'Gemensamt beslut', 'Godkänt av'],
      nb: ['Vedtak', 'Godkjenning', 'Beslutning', 'Felles beslutning', 'Godkjent av'],
    },
    keyOnly: true,
  },
  alternatives: ALTERNATIVES,
};

export const FIELDS: Record<string, FieldVocab> = {
  id: {
    aliases: {
      en: ['Id', 'Reference', 'Ref'],
      da: ['Reference', 'Sagsnummer', 'Journalnummer'],
      sv: ['Referens', 'Diarienummer', 'Dnr'],
      nb: ['Referanse', 'Saksnummer'],
    },
  },
  title: {
    aliases: {
      en: ['Title', 'Project', 'Project name'],
      da: ['Titel', 'Projektnavn', 'Projekttitel'],
      sv: ['Titel', 'Projektnamn'],
      nb: ['Tittel', 'Prosjektnavn'],
    },
  },
  // Proposal metadata that templates carry in their header (issue 8, "Fields nobody asked
  // for"): recognised so they are not unknown keys, and checked by no rule.
  date: { aliases: { en: ['Date'], da: ['Dato'], sv: ['Datum'], nb: ['Dato'] } },
  version: { aliases: { en: ['Version'], da: ['Version'], sv: ['Version'], nb: ['Versjon'] } },
  caseNumber: {
    aliases: {
      en: ['Case number', 'Case no', 'File number'],
      da: ['Sagsnr.', 'J.nr.', 'Journalnr.'],
      sv: ['Ärendenummer', 'Ärendenr', 'Diarienr'],
      nb: ['Saksnr.', 'Arkivsaksnr', 'Arkivsak', 'Vår ref'],
    },
  },
  projectManager: {
    aliases: {
      en: ['Project manager', 'Project lead', 'Project leader'],
      da: ['Projektleder'],
      sv: ['Projektledare'],
      nb: ['Prosjektleder'],
    },
  },
  department: {
    aliases: {
      en: ['Department', 'Directorate'],
      da: ['Forvaltning', 'Afdeling'],
      sv: ['Förvaltning', 'Avdelning'],
      nb: ['Sektor', 'Avdeling', 'Etat', 'Virksomhetsområde'],
    },
  },
  ...ORDINARY_FIELDS,
  strategy: { aliases: { en: ['Strategy'], da: ['Strategi'], sv: ['Strategi'], nb: ['Strategi'] } },
  language: {
    aliases: { en: ['Language'], da: ['Sprog'], sv: ['Språk'], nb: ['Språk'] },
    // A language by its code or its name in any of the four (an unknown name is a schema finding).
    values: {
      en: ['en', 'english', 'engelsk', 'engelska'],
      da: ['da', 'dansk', 'danish', 'danska'],
      sv: ['sv', 'svenska', 'swedish', 'svensk'],
      nb: ['nb', 'no', 'nn', 'norsk', 'bokmål', 'norwegian', 'norska'],
    },
  },
  owner: {
    // "Ownership", "Ansvar og organisering": the section where templates put the owner; the
    // loader reads its owner from the label line that names one, not from the other roles there.
    aliases: {
      en: [
        'Owner',
        'Project owner',
        'System owner',
        'Business owner',
        'Accountable owner',
        'Senior Responsible Owner',
        'SRO',
        'Ownership',
        'Responsibility and organisation',
      ],
      da: ['Ejer', 'Projektejer', 'Systemejer', 'Forretningsejer', 'Ejerskab', 'Ansvar og organisering'],
      sv: ['Ägare', 'Projektägare', 'Systemägare', 'Förvaltningsägare', 'Objektägare', 'Ansvarig nämnd', 'Ägarskap', 'Ansvar och organisation'],
      nb: ['Eier', 'Prosjekteier', 'Systemeier', 'Tjenesteeier', 'Eierskap', 'Ansvar og organisering'],
    },
    textKey: 'name',
    oneString: true,
    keys: OWNER_KEYS,
  },
  description: {
    aliases: {
      en: ['Description', 'Summary', 'Background', 'Purpose', 'Background and purpose', 'Introduction', 'Project description'],
      da: [
        'Beskrivelse',
        'Projektbeskrivelse',
        'Resumé',
        'Baggrund',
        'Formål',
        'Forretningens formål med projektet',
        'Baggrund og formål',
        'Indledning',
        'Projektets formål',
      ],
      sv: [
        'Beskrivning',
        'Projektbeskrivning',
        'Sammanfattning',
        'Bakgrund',
        'Syfte',
        'Bakgrund och syfte',
        'Syfte och beskrivning',
        'Inledning',
        'Ärendebeskrivning',
        'Ärendet',
      ],
      // "Saksopplysninger": the facts of the case in a Norwegian saksframlegg.
      nb: ['Beskrivelse', 'Prosjektbeskrivelse', 'Sammendrag', 'Bakgrunn', 'Formål', 'Bakgrunn og formål', 'Innledning', 'Saksopplysninger'],
    },
  },
  strategyAlignment: {
    aliases: {
      en: ['Strategy alignment', 'Strategic alignment', 'Strategic fit'],
      da: ['Sammenhæng med it-strategien', 'Strategisk sammenhæng', 'Sammenhæng med strategien', 'Strategisk forankring', 'Forankring'],
      sv: ['Koppling till strategin', 'Strategisk koppling', 'Koppling till mål', 'Koppling till kommunfullmäktiges mål', 'Måluppfyllelse'],
      nb: ['Strategisk forankring', 'Sammenheng med strategien', 'Samsvar med strategi', 'Forankring'],
    },
  },
  crossCuttingConsequences: {
    aliases: {
      en: ['Cross-cutting consequences', 'Cross-cutting impacts', 'Dependencies'],
      da: ['Tværgående konsekvenser', 'Afhængigheder'],
      sv: ['Tvärgående konsekvenser', 'Konsekvenser för andra verksamheter', 'Övergripande konsekvenser', 'Beroenden'],
      nb: ['Tverrgående konsekvenser', 'Avhengigheter'],
    },
  },
  priorityCriteria: {
    aliases: {
      en: ['Priority criteria', 'Prioritisation criteria', 'Prioritization criteria'],
      da: ['Prioriteringskriterier', 'Prioritering'],
      sv: ['Prioriteringskriterier'],
      nb: ['Prioriteringskriterier'],
    },
    keys: {
      standardisation: { aliases: { en: ['Standardisation', 'Standardization'], da: ['Standardisering'], sv: ['Standardisering'], nb: ['Standardisering'] } },
      coherence: {
        aliases: {
          en: ['Coherence', 'Municipal coherence', 'Integration'],
          da: ['Kommunal sammenhæng', 'Sammenhæng'],
          sv: ['Kommunal samverkan', 'Sammanhang'],
          nb: ['Kommunal sammenheng', 'Sammenheng'],
        },
      },
      efficiency: { aliases: { en: ['Efficiency', 'Efficiency gains'], da: ['Effektivisering'], sv: ['Effektivisering'], nb: ['Effektivisering'] } },
    },
  },
  category: {
    aliases: { en: ['Category', 'IT category'], da: ['Kategori'], sv: ['Kategori', 'It-kategori', 'IT-kategori'], nb: ['Kategori'] },
    values: {
      innovative: ['innovative', 'innovativ', 'innovativt'],
      differentiating: ['differentiating', 'differentierande', 'differentierende', 'differentierad', 'differensierende'],
      basic: ['basic', 'grundläggande', 'grundlæggende', 'grunnleggende'],
    },
  },
  focusAreas: {
    aliases: {
      en: ['Focus areas', 'Focus area'],
      da: ['Fokusområder', 'Fokusområde'],
      sv: ['Fokusområden', 'Fokusområde', 'Insatsområden'],
      nb: ['Fokusområder', 'Fokusområde', 'Innsatsområder'],
    },
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
    aliases: {
      en: [
        'Shared solution',
        'Shared public solution',
        'Shared solutions',
        'Common solution',
        'Shared components',
        'Shared public solutions',
        'Common components',
      ],
      da: [
        'Fællesoffentlig løsning',
        'Fælles løsning',
        'Fællesoffentlige løsninger',
        'Fælleskommunal løsning',
        'Følg eller forklar',
        'Fælleskommunale løsninger',
        'Fælles infrastruktur',
      ],
      sv: ['Gemensam lösning', 'Gemensamma lösningar', 'Gemensam plattform', 'Gemensamma plattformar', 'Förvaltningsgemensam infrastruktur'],
      nb: ['Fellesløsning', 'Felleskomponenter', 'Fellesløsninger', 'Nasjonale felleskomponenter', 'Felleskomponent', 'Nasjonal felleskomponent'],
    },
    textKey: 'explanation',
    keys: {
      status: {
        aliases: { en: ['Status', 'Decision'], da: ['Status', 'Valg'], sv: ['Status', 'Val'], nb: ['Status', 'Valg'] },
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
        aliases: { en: ['Used', 'In use'], da: ['Anvendes', 'Anvendt', 'Bruges'], sv: ['Används', 'Använd'], nb: ['Brukes', 'Benyttes', 'I bruk'] },
        answers: { key: 'status', yes: 'used', no: 'none-available', noWith: { keys: ['alternative', 'grounds', 'exception'], value: 'deviation' } },
      },
      solutions: {
        aliases: { en: ['Solutions', 'Components'], da: ['Løsninger', 'Komponenter'], sv: ['Lösningar', 'Komponenter'], nb: ['Løsninger', 'Komponenter'] },
        list: true,
      },
      alternative: {
        aliases: {
          en: ['Alternative', 'Shared alternative'],
          da: ['Alternativ', 'Fællesoffentligt alternativ'],
          sv: ['Alternativ', 'Gemensamt alternativ'],
          nb: ['Alternativ', 'Felles alternativ'],
        },
      },
      grounds: {
        aliases: { en: ['Grounds', 'Reasons'], da: ['Begrundelse', 'Grunde', 'Afvigelsesgrunde'], sv: ['Skäl', 'Grunder'], nb: ['Grunner', 'Begrunnelse'] },
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
        aliases: {
          en: ['Explanation', 'Justification', 'Rationale'],
          da: ['Forklaring', 'Redegørelse'],
          sv: ['Förklaring', 'Motivering'],
          nb: ['Forklaring', 'Begrunnelse for avvik'],
        },
      },
      exception: {
        aliases: {
          en: ['Exception', 'Exception decision'],
          da: ['Dispensation', 'Undtagelse'],
          sv: ['Undantag', 'Undantagsbeslut'],
          nb: ['Unntak', 'Dispensasjon'],
        },
      },
    },
  },
  businessCase: {
    aliases: {
      en: [
        'Business case',
        'Cost-benefit',
        'Cost-benefit analysis',
        'Costs and benefits',
        'Economy',
        'Finances',
        'Benefit valuation',
        'Benefit assessment',
        'Benefit analysis',
        'Cost-benefit assessment',
        'Financial case',
        'Economics',
        // A committee paper's section (DK/SE/NO case papers name it so).
        'Financial implications',
        'Financial consequences',
      ],
      da: [
        'Business case',
        'Økonomi',
        'Omkostninger og gevinster',
        'Økonomiske hovedtal og finansiering',
        'Business case økonomi',
        'Forretningsgrundlag',
        // The Danish state business-case model and a sagsfremstilling.
        'Økonomisk overblik',
        'Økonomiske konsekvenser',
      ],
      sv: [
        'Nyttovärdering',
        'Kalkyl',
        'Kostnader och nyttor',
        'Nyttokalkyl',
        'Förändringsunderlag',
        'Ekonomi',
        'Kostnadsuppskattning',
        'Ekonomiska konsekvenser',
      ],
      nb: [
        'Kost-nytte',
        'Nytte- og kostnadsanalyse',
        'Økonomi',
        'Samfunnsøkonomisk analyse',
        'Kostnader og gevinster',
        'Nytte-kostnadsanalyse',
        // A saksframlegg's section.
        'Økonomiske konsekvenser',
        'Økonomiske og administrative konsekvenser',
      ],
    },
    keys: {
      currency: { aliases: { en: ['Currency'], da: ['Valuta'], sv: ['Valuta'], nb: ['Valuta'] } },
      // How the valuation was made (PENG, the state model, DFØ's guide): named by OSK-16, checked by no rule.
      method: {
        aliases: {
          en: ['Method', 'Valuation method'],
          da: ['Metode', 'Beregningsmetode'],
          sv: ['Metod', 'Kalkylmetod', 'Värderingsmetod'],
          nb: ['Metode', 'Analysemetode'],
        },
        keyOnly: true,
      },
      alternatives: ALTERNATIVES,
      financing: { aliases: { en: ['Financing', 'Funding'], da: ['Finansiering', 'Bevilling'], sv: ['Finansiering'], nb: ['Finansiering', 'Bevilgning'] } },
      horizonYears: {
        aliases: {
          en: ['Horizon', 'Horizon years', 'Period'],
          da: ['Tidshorisont', 'Horisont'],
          sv: ['Kalkylperiod', 'Tidshorisont'],
          nb: ['Analyseperiode', 'Tidshorisont'],
        },
      },
      discountRate: {
        aliases: {
          en: ['Discount rate'],
          da: ['Diskonteringsrente', 'Kalkulationsrente'],
          sv: ['Kalkylränta', 'Diskonteringsränta'],
          nb: ['Kalkulasjonsrente', 'Diskonteringsrente'],
        },
      },
      costs: {
        aliases: {
          en: ['Costs', 'Cost'],
          da: ['Omkostninger', 'Udgifter', 'Budget'],
          sv: ['Kostnader', 'Utgifter', 'Budget'],
          nb: ['Kostnader', 'Utgifter', 'Budsjett'],
        },
        list: true,
        keys: costLine,
      },
      benefits: {
        aliases: {
          en: ['Benefits', 'Gains', 'Direct benefits', 'Indirect benefits'],
          da: ['Gevinster', 'Fordele og gevinster', 'Økonomiske gevinster', 'Kvalitative gevinster'],
          // PENG's three benefit bars are sections of their own in a Nyttokalkyl.
          sv: ['Nyttor', 'Nytta', 'Vinster', 'Effekter', 'Direkt nytta', 'Indirekt nytta', 'Svårvärderad nytta', 'Ekonomiska nyttor', 'Kvalitativa nyttor'],
          nb: ['Gevinster', 'Nytte', 'Nyttevirkninger', 'Prissatte virkninger', 'Ikke-prissatte virkninger', 'Økonomiske gevinster'],
        },
        list: true,
        keys: costLine,
      },
      advantages: { aliases: { en: ['Advantages', 'Pros'], da: ['Fordele'], sv: ['Fördelar'], nb: ['Fordeler'] } },
      disadvantages: {
        aliases: {
          en: ['Disadvantages', 'Cons', 'Negative effects'],
          da: ['Ulemper', 'Negative konsekvenser'],
          sv: ['Nackdelar', 'Negativa effekter'],
          nb: ['Ulemper', 'Negative virkninger'],
        },
      },
      workProcess: {
        aliases: {
          en: [
            'Work process',
            'Workflow',
            'Expected work process',
            'Expected workflow',
            'New work process',
            'Future work process',
            'Ways of working',
            'New ways of working',
          ],
          da: [
            'Arbejdsgang',
            'Arbejdsgange',
            'Forventet arbejdsproces',
            'Arbejdsproces',
            'Forventet arbejdsgang',
            'Forventede arbejdsgange',
            'Ny arbejdsgang',
            'Nye arbejdsgange',
            'Fremtidig arbejdsgang',
            'Fremtidige arbejdsgange',
            'Forventede arbejdsprocesser',
            'Arbejdsprocesser',
          ],
          sv: [
            'Arbetsprocess',
            'Arbetssätt',
            'Verksamhetsprocess',
            'Förväntad arbetsprocess',
            'Nytt arbetssätt',
            'Nya arbetssätt',
            'Framtida arbetssätt',
            'Arbetsprocesser',
            'Nya arbetsprocesser',
          ],
          nb: [
            'Arbeidsprosess',
            'Arbeidsmetoder',
            'Arbeidsflyt',
            'Forventet arbeidsprosess',
            'Ny arbeidsprosess',
            'Nye arbeidsprosesser',
            'Fremtidig arbeidsprosess',
            'Arbeidsprosesser',
            'Arbeidsmåte',
            'Nye arbeidsmåter',
          ],
        },
      },
      evaluation,
      benefitsRealisation,
      totals: {
        aliases: { en: ['Totals', 'Total'], da: ['Total', 'I alt', 'Sum'], sv: ['Totalt', 'Summa', 'Total'], nb: ['Totalt', 'Sum', 'Total'] },
        keys: {
          costs: { aliases: { en: ['Costs'], da: ['Omkostninger'], sv: ['Kostnader'], nb: ['Kostnader'] } },
          benefits: { aliases: { en: ['Benefits'], da: ['Gevinster'], sv: ['Nyttor'], nb: ['Gevinster'] } },
        },
      },
    },
  },
  followUp: {
    aliases: {
      en: [
        'Follow-up',
        'Metrics',
        'Monitoring',
        'KPIs',
        'Key figures',
        'Key performance indicators',
        'Performance indicators',
        'Indicators',
        'Targets',
        'Goals and success criteria',
        'Success criteria',
      ],
      da: ['Opfølgning', 'Måltal', 'Mål og succeskriterier', 'Nøgletal', 'Succeskriterier', 'Effektmål', 'Mål og indikatorer'],
      sv: [
        'Uppföljning',
        'Mätetal',
        'Nyckeltal',
        'Effektmål',
        'Mål och mätetal',
        'Mål och nyckeltal',
        'Mätetal och nulägesmätning',
        'Nyckeltal och nulägesmätning',
        'Nyckeltal och effektmål',
        'Effektmål och nyckeltal',
        'Uppföljning och nyckeltal',
      ],
      nb: ['Oppfølging', 'Måltall', 'Nøkkeltall', 'Styringsparametere', 'Effektmål', 'Resultatmål', 'Suksesskriterier', 'Mål og styringsparametere'],
    },
    keys: {
      // The follow-up's measurement methods and baseline measurement for all its metrics (OSK-11), written once.
      method: {
        aliases: {
          en: ['Method', 'Methods', 'Measurement method', 'Measurement methods'],
          da: ['Metode', 'Målemetode', 'Målemetoder'],
          sv: ['Metod', 'Mätmetod', 'Mätmetoder'],
          nb: ['Metode', 'Målemetode', 'Målemetoder'],
        },
        keyOnly: true,
      },
      baseline: {
        aliases: {
          en: ['Baseline', 'Baseline measurement', 'Current state'],
          da: ['Baseline', 'Udgangspunkt', 'Nulpunktsmåling', 'Nulpunkt'],
          sv: ['Nuläge', 'Nulägesmätning', 'Utgångsläge', 'Nollmätning', 'Baslinje'],
          nb: ['Nullpunkt', 'Nullpunktsmåling', 'Utgangspunkt', 'Baseline'],
        },
        keyOnly: true,
      },
      metrics: {
        aliases: {
          en: ['Metrics', 'Indicators', 'KPIs'],
          da: ['Måltal', 'Indikatorer', 'Nøgletal'],
          sv: ['Mätetal', 'Indikatorer', 'Nyckeltal'],
          nb: ['Måltall', 'Indikatorer', 'Nøkkeltall', 'Styringsparametere'],
        },
        list: true,
        keys: metric,
      },
    },
  },
  security: {
    aliases: {
      en: [
        'Security',
        'Information security',
        'Privacy',
        'Security and privacy',
        'Information security and privacy',
        'Security and data protection',
        'Information security and data protection',
      ],
      da: [
        'Sikkerhed',
        'Informationssikkerhed',
        'Databeskyttelse',
        'Sikkerhed og databeskyttelse',
        'Informationssikkerhed og databeskyttelse',
        'Sikkerhed og persondata',
        'Informationssikkerhed og persondata',
        'It-sikkerhed',
      ],
      sv: [
        'Säkerhet',
        'Informationssäkerhet',
        'Dataskydd',
        'Säkerhet och dataskydd',
        'Informationssäkerhet och dataskydd',
        'Säkerhet och personuppgifter',
        'Informationssäkerhet och personuppgifter',
        'It-säkerhet',
      ],
      nb: [
        'Sikkerhet',
        'Informasjonssikkerhet',
        'Personvern',
        'Sikkerhet og personvern',
        'Informasjonssikkerhet og personvern',
        'Personvern og informasjonssikkerhet',
        'Personvern og sikkerhet',
        'IKT-sikkerhet',
      ],
    },
    keys: {
      personalData: {
        aliases: { en: ['Personal data'], da: ['Personoplysninger', 'Personhenførbare data'], sv: ['Personuppgifter'], nb: ['Personopplysninger'] },
      },
      cloud: { aliases: { en: ['Cloud', 'Cloud service'], da: ['Cloud', 'Skytjeneste'], sv: ['Moln', 'Molntjänst'], nb: ['Sky', 'Skytjeneste'] } },
      riskAssessment: {
        aliases: {
          en: ['Risk assessment', 'Risk and vulnerability analysis', 'DPIA'],
          da: ['Risikovurdering', 'Risikoanalyse', 'Konsekvensanalyse'],
          sv: ['Riskanalys', 'Risk- och sårbarhetsanalys', 'Konsekvensbedömning'],
          nb: ['ROS-analyse', 'Risiko- og sårbarhetsanalyse', 'Risikovurdering', 'Personvernkonsekvensvurdering'],
        },
        facts: FACT_KEYS,
      },
      dataProcessingAgreement: {
        aliases: {
          en: ['Data processing agreement', 'DPA'],
          da: ['Databehandleraftale'],
          sv: ['Personuppgiftsbiträdesavtal', 'PUB-avtal', 'Biträdesavtal'],
          nb: ['Databehandleravtale'],
        },
        facts: FACT_KEYS,
      },
      securityLevel: { aliases: { en: ['Security level'], da: ['Sikkerhedsniveau'], sv: ['Säkerhetsnivå', 'Skyddsnivå'], nb: ['Sikkerhetsnivå'] } },
      // The administration's IT security plan the project follows (OSK-6/7).
      securityPlan: {
        aliases: {
          en: ['Security plan', 'IT security plan'],
          da: ['Sikkerhedsplan', 'It-sikkerhedsplan'],
          sv: ['Säkerhetsplan', 'IT-säkerhetsplan', 'Informationssäkerhetsplan'],
          nb: ['Sikkerhetsplan', 'IT-sikkerhetsplan', 'Informasjonssikkerhetsplan'],
        },
        keyOnly: true,
      },
    },
  },
  accessibility: {
    aliases: {
      en: ['Accessibility', 'Universal design'],
      da: ['Tilgængelighed', 'Webtilgængelighed'],
      sv: ['Tillgänglighet', 'Digital tillgänglighet'],
      nb: ['Universell utforming', 'Tilgjengelighet'],
    },
  },
  competence: {
    aliases: {
      en: ['Training', 'Competence', 'Competence building'],
      da: ['Kompetenceudvikling', 'Uddannelse', 'Kompetence'],
      sv: ['Kompetensutveckling', 'Utbildning', 'Kompetens'],
      nb: ['Kompetanse', 'Opplæring', 'Kompetanseheving', 'Kompetansebygging'],
    },
    textKey: 'plan',
    keys: {
      trainingBudget: {
        aliases: {
          en: ['Training budget', 'Budget'],
          da: ['Uddannelsesbudget', 'Budget'],
          sv: ['Utbildningsbudget', 'Budget'],
          nb: ['Opplæringsbudsjett', 'Kompetansebudsjett', 'Budsjett'],
        },
      },
      domainExperts: {
        aliases: { en: ['Domain experts'], da: ['Fagpersoner', 'Fageksperter'], sv: ['Verksamhetsexperter', 'Sakkunniga'], nb: ['Fagpersoner'] },
        listOrText: true,
      },
      plan: { aliases: { en: ['Plan'], da: ['Plan'], sv: ['Plan'], nb: ['Plan'] } },
    },
  },
  schedule: {
    aliases: { en: ['Schedule', 'Timeline', 'Time plan'], da: ['Tidsplan'], sv: ['Tidplan', 'Tidsplan'], nb: ['Tidsplan', 'Framdriftsplan', 'Fremdriftsplan'] },
    keys: {
      start: { aliases: { en: ['Start'], da: ['Start', 'Opstart'], sv: ['Start'], nb: ['Start', 'Oppstart'] } },
      end: { aliases: { en: ['End'], da: ['Slut', 'Afslutning'], sv: ['Slut', 'Avslut'], nb: ['Slutt', 'Avslutning'] } },
    },
  },
  exitPlan: {
    aliases: {
      en: ['Exit plan', 'Exit strategy', 'Decommissioning'],
      da: ['Exitplan', 'Afviklingsplan', 'Exitstrategi', 'Udfasningsplan'],
      sv: ['Avvecklingsplan', 'Exitplan', 'Exitstrategi'],
      nb: ['Avviklingsplan', 'Exitplan', 'Exitstrategi', 'Utfasingsplan'],
    },
  },
  itCouncilNotified: {
    aliases: {
      en: ['IT council notified', 'IT council notification'],
      da: ['It-rådet orienteret'],
      sv: ['Anmäld till IT-rådet', 'IT-rådet underrättat', 'Anmälan till IT-rådet', 'Anmälningsplikt'],
      nb: ['IT-rådet varslet'],
    },
  },
  archive: {
    aliases: {
      en: ['Archive', 'Archiving', 'Records management'],
      da: ['Arkiv', 'Arkivering'],
      sv: ['Arkiv', 'Arkivering', 'E-arkiv'],
      nb: ['Arkiv', 'Arkivering', 'Noark'],
    },
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
  if (!found.length) {
    for (const part of strong) {
      const weak = part.split(WEAK_SEPARATOR).filter(Boolean);
      if (weak.length < 2) continue;
      for (const piece of weak) {
        const field = wholeHeadingField(piece);
        if (field) found.push(field);
      }
    }
  }
  if (!found.length) return [];
  // A field and a part of it: the section is the field's ("Økonomi og finansiering").
  const outer = [...new Set(found.filter((field) => !found.some((other) => other !== field && field.startsWith(`${other}.`))))];
  const container = outer.find((field) => found.some((other) => other !== field && other.startsWith(`${field}.`)));
  const first = container ?? outer[0]!;
  return [first, ...outer.filter((field) => field !== first)];
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
export { BENEFIT_HEADS, TOTALS } from './finance.js';
export { CONJUNCTIONS } from './conjunctions.js';
