/**
 * The IT council / IT chief an acquisition is notified to (Oskarshamn OSK-19, anmälningsplikt),
 * and the verbs of notifying it, in four languages: a sentence with both is a statement about
 * the notification, whose polarity (src/interpret/polarity.ts) says whether it happened.
 */
import type { WordLists } from './phrases.js';

export const IT_COUNCIL: WordLists = {
  sv: ['it-råd*', 'it-chef*', 'it-chefen'],
  da: ['it-råd*', 'it-chef*'],
  nb: ['it-råd*', 'ikt-råd*', 'it-sjef*', 'ikt-sjef*'],
  en: ['it council', 'it board', 'it chief', 'head of it', 'chief information officer'],
};

export const NOTIFY: WordLists = {
  sv: ['anmäl*', 'informer*', 'meddela*', 'underrätt*', 'föredra*', 'delges', 'delgivits'],
  da: ['anmeld*', 'orienter*', 'informer*', 'underret*', 'forelagt', 'forelægges'],
  nb: ['meld*', 'varsl*', 'orienter*', 'informer*', 'forelagt', 'forelegges', 'lagt fram'],
  en: ['notif*', 'inform*', 'report*', 'told', 'presented to', 'brought before'],
};
