/**
 * The da words of src/lexicon/shared-solutions.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  DEVIATES_FROM_SHARED: [
    'afviger',
    'afvige',
    'afvigelse*',
    'fraviger',
    'fravige',
    'fravalgt',
    'fravælger',
    'anvender ikke',
    'anvendes ikke',
    'bruger ikke',
    'bruges ikke',
    'benytter ikke',
    'i stedet for den fællesoffentlige',
    'i stedet for den fælleskommunale',
    'erstatter',
    'erstattes',
  ],
  NO_SHARED_SOLUTION: [
    'findes ingen',
    'findes der ingen',
    'ingen fællesoffentlig*',
    'ingen fælleskommunal*',
    'ingen fælles løsning*',
    'ikke nogen fællesoffentlig*',
  ],
  SHARED_SOLUTION: ['fællesoffentlig*', 'fælles offentlig*', 'fælleskommunal*', 'fællesstatslig*', 'kombit*'],
  NOT_EXAMINED: ['ikke undersøgt', 'ikke undersøgt nærmere', 'ikke vurderet', 'ikke afklaret'],
};
