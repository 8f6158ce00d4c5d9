/**
 * special-needs — services are adapted to citizens with special needs, and the IT security
 * plans and adopted IT rules are followed (Oskarshamn OSK-6/7).
 *
 * Where it looks: `accessibility` (in Markdown a "Tillgänglighet" section), else any text of
 * the proposal that speaks of special needs, disabilities, WCAG or digital accessibility;
 * `security` (an "Informationssäkerhet" section, with its prose), else any text naming the IT
 * security plan.
 */
import {
  allPhrases,
  allTexts,
  deepText,
  defineRule,
  deniedOrPutOff,
  firstHit,
  firstSentence,
  fulfilment,
  get,
  isGiven,
  SECURITY_PLAN,
  sentenceRange,
  SPECIAL_NEEDS,
  textsOf,
} from '../src/engine/rulekit.js';

const SPECIAL_NEEDS_PHRASES = allPhrases(SPECIAL_NEEDS);
const SECURITY_PLAN_PHRASES = allPhrases(SECURITY_PLAN);

export default defineRule({
  meta: {
    id: 'special-needs',
    description: "Services are adapted to citizens with special needs, and the administration's IT security plan is followed.",
    clauses: ['OSK-6/7'],
    severity: 'error',
    messages: {
      en: {
        noAccessibility:
          'Say how the service is adapted to citizens with special needs: add "accessibility" (in Markdown an "Accessibility" section) — e.g. WCAG 2.1 AA, screen readers, easy-to-read text, other channels for those who cannot use the digital one.',
        emptyAccessibility: '"{key}" is empty: say how the service is adapted to citizens with special needs.',
        notAdapted:
          '"{key}" says the adaptation is not made or not relevant ("{value}"): say how the service is adapted to citizens with special needs — the strategy asks it of every service.',
        securityPlanDenied:
          'The IT security plan is set aside or put off ("{value}"): follow the administration\'s IT security plan and the adopted IT rules, and say how.',
        noSecurity:
          'Say how the administration\'s IT security plan and the adopted IT rules are followed: add "security" (in Markdown an "Information security" section) — personal data, risk assessment, security level.',
      },
      da: {
        noAccessibility:
          'Skriv, hvordan tjenesten tilpasses borgere med særlige behov: tilføj "accessibility" (i Markdown et afsnit "Tilgængelighed") — f.eks. WCAG 2.1 AA, skærmlæsere, let læst tekst, andre kanaler for dem, der ikke kan bruge den digitale.',
        emptyAccessibility: '"{key}" er tom: skriv, hvordan tjenesten tilpasses borgere med særlige behov.',
        notAdapted:
          '"{key}" siger, at tilpasningen ikke sker eller ikke er relevant ("{value}"): skriv, hvordan tjenesten tilpasses borgere med særlige behov — strategien kræver det af alle tjenester.',
        securityPlanDenied:
          'It-sikkerhedsplanen sættes ud af kraft eller udskydes ("{value}"): følg forvaltningens it-sikkerhedsplan og de vedtagne it-regler, og skriv hvordan.',
        noSecurity:
          'Skriv, hvordan forvaltningens it-sikkerhedsplan og de vedtagne it-regler følges: tilføj "security" (i Markdown et afsnit "Informationssikkerhed") — personoplysninger, risikovurdering, sikkerhedsniveau.',
      },
      sv: {
        noAccessibility:
          'Skriv hur tjänsten anpassas till medborgare med särskilda behov: lägg till "accessibility" (i Markdown ett avsnitt "Tillgänglighet") — t.ex. WCAG 2.1 AA, skärmläsare, lättläst text, andra kanaler för den som inte kan använda den digitala.',
        emptyAccessibility: '"{key}" är tomt: skriv hur tjänsten anpassas till medborgare med särskilda behov.',
        notAdapted:
          '"{key}" säger att anpassningen inte görs eller inte är aktuell ("{value}"): skriv hur tjänsten anpassas till medborgare med särskilda behov — strategin kräver det av varje tjänst.',
        securityPlanDenied:
          'IT-säkerhetsplanen sätts åt sidan eller skjuts upp ("{value}"): följ förvaltningens IT-säkerhetsplan och antagna regler för IT, och skriv hur.',
        noSecurity:
          'Skriv hur förvaltningens IT-säkerhetsplan och antagna regler för IT följs: lägg till "security" (i Markdown ett avsnitt "Informationssäkerhet") — personuppgifter, riskanalys, säkerhetsnivå.',
      },
      nb: {
        noAccessibility:
          'Skriv hvordan tjenesten tilpasses innbyggere med spesielle behov: legg til "accessibility" (i Markdown et avsnitt "Universell utforming") — f.eks. WCAG 2.1 AA, skjermlesere, lettlest tekst, andre kanaler for dem som ikke kan bruke den digitale.',
        emptyAccessibility: '"{key}" er tom: skriv hvordan tjenesten tilpasses innbyggere med spesielle behov.',
        notAdapted:
          '"{key}" sier at tilpasningen ikke gjøres eller ikke er aktuell ("{value}"): skriv hvordan tjenesten tilpasses innbyggere med spesielle behov — strategien krever det av alle tjenester.',
        securityPlanDenied:
          'IT-sikkerhetsplanen settes til side eller utsettes ("{value}"): følg virksomhetens IT-sikkerhetsplan og vedtatte IT-regler, og skriv hvordan.',
        noSecurity:
          'Skriv hvordan virksomhetens IT-sikkerhetsplan og vedtatte IT-regler følges: legg til "security" (i Markdown et avsnitt "Informasjonssikkerhet") — personopplysninger, risikovurdering, sikkerhetsnivå.',
      },
    },
  },
  check(proposal, context) {
    const all = allTexts(proposal);
    const accessibility = get(proposal, 'accessibility');
    if (accessibility && !isGiven(accessibility)) {
      context.report({ messageId: 'emptyAccessibility', node: accessibility, atKey: true, data: { key: accessibility.key ?? 'accessibility' } });
    } else if (accessibility && deniedOrPutOff(deepText(accessibility))) {
      // "tillgänglighet: Inte aktuellt": the field is there, and says the adaptation is not made.
      context.report({
        messageId: 'notAdapted',
        node: accessibility,
        data: { key: accessibility.key ?? 'accessibility', value: firstSentence(deepText(accessibility)) },
      });
    } else if (!accessibility && !firstHit(all, SPECIAL_NEEDS_PHRASES)) {
      context.report({ messageId: 'noAccessibility', missing: 'accessibility' });
    }
    const security = get(proposal, 'security');
    const stated = isGiven(security) || textsOf(proposal, 'security').some((hit) => hit.text.trim() !== '');
    // "Socialförvaltningens IT-säkerhetsplan gäller inte för modulen", "… ska upprättas av
    // leverantören efter driftstart": the plan named, and set aside or put off.
    const plan = fulfilment(all, SECURITY_PLAN_PHRASES, { planned: 'any' });
    if (!plan.fulfilled && (plan.unfulfilled?.polarity === 'negated' || plan.unfulfilled?.polarity === 'deferred')) {
      context.report({
        messageId: 'securityPlanDenied',
        range: sentenceRange(proposal, plan.unfulfilled),
        data: { value: plan.unfulfilled.clause.text.trim() },
      });
    } else if (!stated && !plan.fulfilled) {
      context.report({ messageId: 'noSecurity', ...(security ? { node: security, atKey: true } : { missing: 'security' }) });
    }
  },
});
