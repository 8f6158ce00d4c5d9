/**
 * The en words of src/lexicon/channels.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  PUBLIC_AUDIENCE: ['citizen*', 'resident*', 'businesses', 'applicant*', 'parents', 'the public'],
  DIGITAL_CHANNEL: ['self-service', 'self service', 'digital channel*', 'e-service*', 'online', 'web form*', 'website', 'app'],
};
