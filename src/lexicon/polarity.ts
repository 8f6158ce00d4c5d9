/**
 * The trigger words of statement polarity (`src/interpret/polarity.ts`), one list per concept
 * and per language, as NegEx keeps its triggers: a trigger word, and a scope — the clause it
 * stands in (a sentence, cut at "but", "men", ";" …).
 *
 * - negation: the clause says the thing is *not* so ("Vi anvender ikke Digital Post").
 * - pseudo-negation: phrases that contain a negation word but negate nothing ("ikke kun",
 *   "not only", "no later than"); they are removed before negation is looked for.
 * - deferral: the thing is put off to an unnamed later moment or an event after the decision
 *   ("senere", "når leverandøren er valgt", "vurderes nærmere", "to be decided").
 * - plan: the clause speaks of the future ("vil bli gjennomført", "skal inngås", "kommer att",
 *   "planned"); with a date or an anchoring event before the decision it is a plan with a date.
 * - anchor: an event before the decision or go-live that dates a plan as well as a date does
 *   ("før kontrakten inngås", "before go-live", "sammen med kontrakten").
 * - clause break: where a trigger's scope ends inside a sentence.
 */
import type { WordLists } from './phrases.js';

export const PSEUDO_NEGATION: WordLists = {
  da: ['ikke kun', 'ikke bare', 'ikke blot', 'ikke senere end', 'ikke mindst', 'uden for'],
  sv: ['inte bara', 'inte endast', 'inte enbart', 'inte senare än', 'inte minst', 'utan att det'],
  nb: ['ikke bare', 'ikke kun', 'ikke senere enn', 'ikke minst', 'uten at det'],
  en: ['not only', 'not just', 'no later than', 'not later than', 'not least', 'no doubt'],
};

export const DEFERRAL: WordLists = {
  da: [
    'senere',
    'på et senere tidspunkt',
    'når leverandøren er valgt',
    'når leverandør er valgt',
    'efter udbuddet',
    'efter kontraktindgåelse*',
    'vurderes nærmere',
    'undersøges nærmere',
    'afklares',
    'afklares senere',
    'afventer',
    'tages stilling til',
    'i løbet af projektet',
    'undervejs i projektet',
    'udarbejdes undervejs',
  ],
  sv: [
    'senare',
    'i ett senare skede',
    'längre fram',
    'när leverantör är vald',
    'när leverantören är vald',
    'när leverantören valts',
    'efter upphandlingen',
    'utreds vidare',
    'utreds närmare',
    'ses över',
    'klargörs',
    'avvaktar',
    'inväntar',
    'tas ställning till',
    'under projektets gång',
    'under projektets genomförande',
    'tas fram under projektet',
  ],
  nb: [
    'senere',
    'på et senere tidspunkt',
    'etter hvert',
    'i etterkant',
    'når leverandøren er valgt',
    'når leverandør er valgt',
    'etter anskaffelsen',
    'vurderes nærmere',
    'utredes nærmere',
    'avklares',
    'avventer',
    'enda ikke',
    'tas stilling til',
    'i løpet av prosjektet',
    'underveis i prosjektet',
    'utarbeides underveis',
  ],
  en: [
    'later',
    'at a later stage',
    'in due course',
    'once the supplier',
    'when the supplier',
    'after the procurement',
    'after contract award',
    'to be decided',
    'to be determined',
    'to be confirmed',
    'tbd',
    'tbc',
    'will be considered',
    'will be looked into',
    'will be assessed',
    'yet to be',
    'pending',
    'during the project',
    'in the course of the project',
  ],
};

export const PLAN: WordLists = {
  da: ['vil blive', 'skal', 'kommer til at', 'planlægges', 'planlagt', 'forventes', 'påtænkes', 'agter'],
  sv: ['ska', 'skall', 'kommer att', 'planeras', 'planerad', 'planerat', 'avses', 'förväntas', 'avser att'],
  nb: ['vil bli', 'skal', 'kommer til å', 'planlegges', 'planlagt', 'forventes', 'tas sikte på'],
  en: ['will', 'shall', 'is to be', 'are to be', 'going to', 'planned', 'plans to', 'intends to', 'is expected to', 'are expected to'],
};

export const ANCHOR: WordLists = {
  da: [
    'før kontrakt*',
    'inden kontrakt*',
    'før aftale*',
    'inden aftale*',
    'før idriftsættelse*',
    'inden idriftsættelse*',
    'før driftsstart',
    'inden driftsstart',
    'sammen med kontrakten',
    'ved kontraktindgåelse*',
    'ved kontraktunderskrift*',
  ],
  sv: [
    'före avtal*',
    'innan avtal*',
    'före kontrakt*',
    'innan kontrakt*',
    'före driftstart',
    'innan driftstart',
    'före driftsättning*',
    'innan driftsättning*',
    'i samband med avtal*',
    'tillsammans med avtalet',
  ],
  nb: [
    'før avtale*',
    'før kontrakt*',
    'før driftsstart',
    'før idriftsetting*',
    'før idriftsettelse*',
    'sammen med kontrakten',
    'sammen med avtalen',
    'ved kontraktsinngåelse*',
    'ved kontraktsignering*',
  ],
  en: [
    'before the contract',
    'before contract*',
    'before signing',
    'before go-live',
    'before going live',
    'before launch',
    'with the contract',
    'at contract signature',
    'at contract signing',
  ],
};

/** Where a clause ends inside a sentence: a trigger's scope does not cross these. */
export const CLAUSE_BREAK: WordLists = {
  // "… fremfor å kjøpe et eget verktøy", "… rather than …": the alternative not taken is a clause
  // of its own (and OPTING_OUT denies it), so the choice made before it keeps its polarity.
  da: ['men', 'dog', 'derimod', 'i stedet', 'frem for', 'fremfor'],
  sv: ['men', 'dock', 'däremot', 'i stället', 'istället', 'snarare än'],
  nb: ['men', 'derimot', 'i stedet', 'isteden', 'fremfor', 'framfor'],
  en: ['but', 'however', 'instead', 'whereas', 'although', 'rather than'],
};
