/**
 * risk-and-privacy: words the tool understands, per language (the lexicon is their one home).
 */
import type { WordLists } from './phrases.js';
import { words } from './words.js';

/** Read by `post-calculation`. */
export const RISK: WordLists = words('risk-and-privacy', 'RISK');

/** Read by `ros-and-dpa`. */
export const CLOUD: WordLists = words('risk-and-privacy', 'CLOUD');

/** Read by `ros-and-dpa`. */
export const PERSONAL_DATA: WordLists = words('risk-and-privacy', 'PERSONAL_DATA');

/**
 * A risk and vulnerability analysis (ROS) or a data protection impact assessment, named in the
 * text ("ROS-analyse er gjennomført."). Read by `ros-and-dpa`.
 */
export const RISK_ASSESSMENT: WordLists = words('risk-and-privacy', 'RISK_ASSESSMENT');

/** A data processing agreement, named in the text ("Databehandleravtale inngås før driftsstart."). Read by `ros-and-dpa`. */
export const DATA_PROCESSING_AGREEMENT: WordLists = words('risk-and-privacy', 'DATA_PROCESSING_AGREEMENT');

/** Read by `special-needs`. */
export const SECURITY_PLAN: WordLists = words('risk-and-privacy', 'SECURITY_PLAN');
