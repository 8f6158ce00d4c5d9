/**
 * The da words of src/lexicon/polarity.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  // A relative clause about people ("drop-in finns kvar för den som inte kan boka digitalt") negates nothing the proposal does.
  PSEUDO_NEGATION: [
    'ikke kun',
    'ikke bare',
    'ikke blot',
    'ikke senere end',
    'ikke mindst',
    'uden for',
    'dem der ikke',
    'dem, der ikke',
    'de der ikke',
    'den der ikke',
    'den, der ikke',
    'borgere der ikke',
    'borgere, der ikke',
    'alle der ikke',
    'alle, der ikke',
  ],
  DEFERRAL: [
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
    // After the contract is signed: after the acquisition the notice or check should come before.
    'når kontrakten … er underskrevet',
    'når kontrakten … er indgået',
    'når aftalen … er indgået',
    'når aftalen … er underskrevet',
    'efter kontraktunderskrivelse*',
    'efter at kontrakten er underskrevet',
    'efter at aftalen er indgået',
    // Done only if there is time or money: not a plan.
    'hvis … har tid',
    'hvis … har ressourcer',
    'hvis der er tid',
    'hvis tiden tillader',
    'hvis ressourcerne tillader',
    // After the project, or only if something turns out so: not now.
    'efter projektafslutning*',
    'efter projektets afslutning',
    'hvis det viser sig',
    'hvis det senere viser sig',
    // A text that says what it is about will be described: put off, whatever the tense.
    'vil blive beskrevet',
    'bliver beskrevet senere',
    'beskrives senere',
    'vil blive belyst',
    'vil blive afklaret',
  ],
  PLAN: ['vil blive', 'skal', 'kommer til at', 'planlægges', 'planlagt', 'forventes', 'påtænkes', 'agter'],
  ANCHOR: [
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
  // "… fremfor å kjøpe et eget verktøy", "… rather than …": the alternative not taken is a clause
  // of its own (and OPTING_OUT denies it), so the choice made before it keeps its polarity.
  CLAUSE_BREAK: ['men', 'dog', 'derimod', 'i stedet', 'frem for', 'fremfor'],
  CLAUSE_JOINERS: ['og', 'samt', 'mens'],
};
