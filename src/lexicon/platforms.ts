/**
 * platforms: words the tool understands, per language (the lexicon is their one home).
 */
import type { WordLists } from './phrases.js';
import { words } from './words.js';

/** An exception decided by the kommunstyrelse, said in prose. Read by `common-platforms`. */
export const EXCEPTION_DECIDED: WordLists = words('platforms', 'EXCEPTION_DECIDED');

/** An e-service or web form (the city's e-service platform). Read by `common-platforms`. */
export const E_SERVICE: WordLists = words('platforms', 'E_SERVICE');

/** Logging in, authentication (the id-portal). Read by `common-platforms`. */
export const LOGIN: WordLists = words('platforms', 'LOGIN');

/** Users outside the city's network: citizens, parents, businesses, the internet. Read by `common-platforms`. */
export const OUTSIDE_USERS: WordLists = words('platforms', 'OUTSIDE_USERS');

/** Decision support and management information (LIS). Read by `common-platforms`. */
export const DECISION_SUPPORT: WordLists = words('platforms', 'DECISION_SUPPORT');
