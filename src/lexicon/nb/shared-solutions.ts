/**
 * The nb words of src/lexicon/shared-solutions.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  DEVIATES_FROM_SHARED: [
    'avviker',
    'avvike',
    'avvik',
    'bruker ikke',
    'brukes ikke',
    'benytter ikke',
    'velger bort',
    'valgt bort',
    'i stedet for fellesløsning*',
    'i stedet for felleskomponent*',
    'erstatter',
    'erstattes',
  ],
  NO_SHARED_SOLUTION: ['finnes ingen', 'finnes det ingen', 'ingen fellesløsning*', 'ingen felleskomponent*', 'ingen nasjonal*', 'ikke noen fellesløsning*'],
  SHARED_SOLUTION: ['felles*', 'nasjonal*'],
  NOT_EXAMINED: ['ikke undersøkt', 'ikke utredet', 'ikke vurdert'],
};
