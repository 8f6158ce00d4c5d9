/**
 * The nb words of src/lexicon/channels.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  PUBLIC_AUDIENCE: ['innbygger*', 'næringsliv*', 'publikum', 'søkere', 'søkeren'],
  DIGITAL_CHANNEL: [
    'selvbetjening*',
    'digital kanal*',
    'digitale kanal*',
    'digitalt',
    'min side',
    'altinn',
    'id-porten',
    'svarut',
    'digipost',
    'e-tjeneste*',
    'digital tjeneste*',
    'digitale tjeneste*',
  ],
};
