/**
 * channels: words the tool understands, per language (the lexicon is their one home).
 */
import type { WordLists } from './phrases.js';

/** Words that show the proposal serves citizens or businesses. Read by `digital-channel`. */
export const PUBLIC_AUDIENCE: WordLists = {
  da: [
    'borger',
    'borgere',
    'borgeren',
    'borgerne',
    'borgerens',
    'borgernes',
    'borgerrettet*',
    'borgerservice',
    'virksomheder',
    'virksomhederne',
    'erhvervsliv*',
    'erhvervsdrivende',
    'forældre',
    'forældrene',
    'ansøger*',
    'pårørende',
  ],
  en: ['citizen*', 'resident*', 'businesses', 'applicant*', 'parents', 'the public'],
  sv: ['medborgar*', 'invånar*', 'näringsliv*', 'sökande'],
  nb: ['innbygger*', 'næringsliv*', 'publikum', 'søkere', 'søkeren'],
};

/** The cheap channels: self-service, the portals, digital post and login. Read by `digital-channel`. */
export const DIGITAL_CHANNEL: WordLists = {
  da: [
    'selvbetjening*',
    'selvbetjent*',
    'borger.dk',
    'virk.dk',
    'digital post',
    'digitalpost',
    'e-boks',
    'mitid',
    'nemid',
    'nemlog-in',
    'digitalt',
    'digital henvendelse*',
    'digitale henvendelse*',
    'digital ansøgning*',
    'digital kanal*',
    'digitale kanal*',
    'digital kommunikation',
    'hjemmeside*',
    'app',
    'webformular*',
    'online',
  ],
  en: ['self-service', 'self service', 'digital channel*', 'e-service*', 'online', 'web form*', 'website', 'app'],
  sv: ['självservice', 'e-tjänst*', 'mina sidor', 'digital kanal*', 'digitala kanal*', 'digitalt', 'webbformulär*'],
  nb: [
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
