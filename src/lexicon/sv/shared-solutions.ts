/**
 * The sv words of src/lexicon/shared-solutions.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  DEVIATES_FROM_SHARED: [
    'avviker',
    'avvika',
    'avvikelse*',
    'använder inte',
    'används inte',
    'väljer bort',
    'valt bort',
    'i stället för den gemensamma',
    'istället för den gemensamma',
    'undantag från',
    'ersätter',
    'ersätts',
  ],
  NO_SHARED_SOLUTION: ['finns ingen', 'finns det ingen', 'ingen gemensam*', 'inte någon gemensam*', 'saknas en gemensam*', 'saknas gemensam*'],
  SHARED_SOLUTION: ['gemensam*', 'nationell*'],
  NOT_EXAMINED: ['inte undersökt', 'ej undersökt', 'inte utrett', 'ej utrett', 'inte utrett närmare'],
};
