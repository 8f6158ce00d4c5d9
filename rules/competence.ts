/**
 * competence — competence-raising is budgeted when a new system is introduced, and domain
 * experts (fagpersoner) take part in ordering and development (IKT Follo FLO-14).
 */
import {
  allPhrases,
  allTexts,
  asList,
  costStatedIn,
  defineRule,
  statedIn,
  DOMAIN_EXPERTS,
  findPhrase,
  get,
  isGiven,
  isScalar,
  parseAmount,
  textOf,
  TRAINING,
} from '../src/engine/rulekit.js';
import type { ModelNode, Proposal } from '../src/model/model.js';

const TRAINING_WORDS = allPhrases(TRAINING);
const EXPERT_WORDS = allPhrases(DOMAIN_EXPERTS);

export default defineRule({
  meta: {
    id: 'competence',
    description: 'Training is budgeted for the new system, and domain experts take part in ordering and development.',
    clauses: ['FLO-14'],
    severity: 'error',
    messages: {
      en: {
        noTrainingBudget:
          'Budget the training for the new system: add "competence.trainingBudget" (an amount), or a cost line for training in the business case.',
        zeroTrainingBudget: '"{key}" is zero: budget the cost of training staff in the new system.',
        noDomainExperts:
          'Name the domain experts (fagpersoner) who take part in ordering and development: add "competence.domainExperts" (who, from which units).',
      },
      da: {
        noTrainingBudget:
          'Budgettér kompetenceudviklingen til det nye system: tilføj "{field:competence.trainingBudget}" (et beløb) eller en omkostningslinje til uddannelse i business casen.',
        zeroTrainingBudget: '"{key}" er nul: budgettér udgiften til at lære medarbejderne det nye system.',
        noDomainExperts: 'Nævn de fagpersoner, der deltager i bestilling og udvikling: tilføj "{field:competence.domainExperts}" (hvem, fra hvilke enheder).',
      },
      sv: {
        noTrainingBudget:
          'Budgetera kompetensutvecklingen för det nya systemet: lägg till "{field:competence.trainingBudget}" (ett belopp) eller en kostnadsrad för utbildning i kalkylen.',
        zeroTrainingBudget: '"{key}" är noll: budgetera kostnaden för att utbilda medarbetarna i det nya systemet.',
        noDomainExperts:
          'Nämn de verksamhetsexperter som deltar i beställning och utveckling: lägg till "{field:competence.domainExperts}" (vilka, från vilka enheter).',
      },
      nb: {
        noTrainingBudget:
          'Budsjetter kompetansehevingen for det nye systemet: legg til "{field:competence.trainingBudget}" (et beløp) eller en kostnadslinje for opplæring i kost-nytte-analysen.',
        zeroTrainingBudget: '"{key}" er null: budsjetter kostnaden ved å lære de ansatte det nye systemet.',
        noDomainExperts:
          'Nevn fagpersonene som er med i bestiller- og utviklingsfasen: legg til "{field:competence.domainExperts}" (hvem, fra hvilke enheter).',
      },
    },
  },
  check(proposal, context) {
    const budget = get(proposal, 'competence.trainingBudget');
    if (budget && isZero(budget)) {
      context.report({ messageId: 'zeroTrainingBudget', node: budget, data: { key: budget.key ?? 'trainingBudget' } });
    } else if (!isGiven(budget) && !trainingCostLine(proposal) && !costStatedIn(allTexts(proposal), TRAINING_WORDS)) {
      context.report({ messageId: 'noTrainingBudget', ...(budget ? { node: budget, atKey: true } : { missing: 'competence.trainingBudget' }) });
    }
    const experts = get(proposal, 'competence.domainExperts');
    const said = isGiven(experts) ? undefined : statedIn(proposal, allTexts(proposal), EXPERT_WORDS);
    if (said && !said.stated) {
      context.report({
        messageId: 'noDomainExperts',
        ...(experts ? { node: experts, atKey: true } : said.range ? { range: said.range } : { missing: 'competence.domainExperts' }),
      });
    }
  },
});

function isZero(node: ModelNode): boolean {
  if (!isScalar(node)) return false;
  return node.value === 0 || (typeof node.value === 'string' && parseAmount(node.value) === 0);
}

function trainingCostLine(proposal: Proposal): boolean {
  return asList(get(proposal, 'businessCase.costs')).some(
    (line) => line.kind === 'map' && findPhrase(textOf(line.entries.get('item')), TRAINING_WORDS) !== undefined,
  );
}
