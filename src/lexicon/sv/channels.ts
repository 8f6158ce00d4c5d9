/**
 * The sv words of src/lexicon/channels.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  PUBLIC_AUDIENCE: ['medborgar*', 'invånar*', 'näringsliv*', 'sökande'],
  DIGITAL_CHANNEL: ['självservice', 'e-tjänst*', 'mina sidor', 'digital kanal*', 'digitala kanal*', 'digitalt', 'webbformulär*'],
};
