/**
 * business-case — the proposal carries a business case that can be compared with others
 * (Esbjerg ESB-8e, Nordfyns NFY-6c, Oskarshamn OSK-16): a currency, cost lines with amounts,
 * benefit lines, operating costs as well as the investment, and totals that add up.
 *
 * Where it looks: `businessCase` — in Markdown the "Økonomi" / "Kalkyl" / "Kostnader og
 * gevinster" section with its tables and `Valuta:` line. The currency is the one fact of
 * src/interpret/currency.ts: stated, else one code written in the text, else — amounts in "kr.",
 * "t.kr.", "tkr" with no code — the krone of the strategy's country (or of the proposal's
 * language); `noCurrency` only when none of these settles it. A cost line counts as an operating
 * cost when its kind is `operating`, or, without a kind, when its words say so ("Drift og
 * support", "Lisenser per år", "Licens til bookingsystem") — the one reading of a line's kind
 * (src/interpret/cost-kind.ts), which the figures in every output share.
 */
import {
  amountText,
  asList,
  businessCaseCurrency,
  costKind,
  defineRule,
  get,
  isGiven,
  restatedAmount,
  strategyOfClause,
  textOf,
} from '../src/engine/rulekit.js';
import type { ModelNode, Proposal, Range } from '../src/model/model.js';
import type { RuleContext } from '../src/engine/rule-api.js';

function isOperating(line: ModelNode): boolean {
  return costKind(line) === 'operating';
}

function itemOf(line: ModelNode, index: number): string {
  return (line.kind === 'map' ? textOf(get(line, 'item')) : textOf(line)) || `#${index + 1}`;
}

/**
 * A line's amount as a number, reporting a text that is no amount or a negative amount at
 * the value. Undefined when it is absent or wrong, so totals are compared only when every
 * line adds up.
 */
function amountOf(node: ModelNode | undefined, context: RuleContext): number | undefined {
  if (!node || !isGiven(node)) return undefined;
  if (node.kind !== 'scalar' || typeof node.value !== 'number') {
    context.report({ messageId: 'notAmount', node, data: { value: textOf(node) } });
    return undefined;
  }
  if (node.value < 0) {
    context.report({ messageId: 'negative', node, data: { value: amountText(node.value) } });
    return undefined;
  }
  return node.value;
}

/**
 * Checks every line's amount and returns their sum — undefined when an amount is wrong, or is
 * missing where `missing` (which reports it) says one was due, since a total cannot then be
 * checked.
 */
function sumOf(lines: ModelNode[], context: RuleContext, missing: (line: ModelNode, index: number) => boolean): number | undefined {
  let sum: number | undefined = 0;
  for (const [index, line] of lines.entries()) {
    const node = line.kind === 'map' ? get(line, 'amount') : undefined;
    if (!isGiven(node)) {
      if (missing(line, index)) sum = undefined;
      continue;
    }
    const amount = amountOf(node, context);
    sum = amount === undefined || sum === undefined ? undefined : sum + amount;
  }
  return sum;
}

function sameRange(a: Range, b: Range): boolean {
  return a.line === b.line && a.column === b.column && a.endLine === b.endLine && a.endColumn === b.endColumn;
}

/** A stated total must equal the sum of its lines (when every line has an amount). */
function checkTotal(proposal: Proposal, total: ModelNode | undefined, sum: number | undefined, messageId: string, context: RuleContext): void {
  const stated = amountOf(total, context);
  if (stated === undefined || sum === undefined || Math.abs(stated - sum) < 0.01) return;
  context.report({
    messageId,
    node: total!,
    data: { stated: amountText(stated), sum: amountText(sum) },
    fix: restatedAmount(proposal, total!, sum),
  });
}

/** The clauses that prescribe a business case's parts, and their strategies. */
const CASE_CLAUSES = ['ESB-8e', 'NFY-6c', 'OSK-16'];
const CASE_STRATEGIES = CASE_CLAUSES.flatMap((clause) => strategyOfClause(clause) ?? []);
const OPERATING_STRATEGIES = [strategyOfClause('OSK-16')].flatMap((id) => id ?? []);

export default defineRule({
  meta: {
    id: 'business-case',
    description: 'The business case states its currency, costs with amounts (investment and operating) and benefits, and its totals add up.',
    clauses: [...CASE_CLAUSES, 'FLO-9'],
    severity: 'error',
    fixable: 'code',
    // The financing is Esbjerg's demand (ESB-8e). IKT Follo's FLO-9 asks for a cost/benefit
    // analysis without prescribing its parts: there the rule checks that what is stated adds up
    // (the totals, the amounts), not that every part of the other strategies' business case is there.
    appliesTo: {
      messages: { noFinancing: ['esbjerg'] },
      messagesInForce: {
        ...Object.fromEntries(
          ['missing', 'noCurrency', 'noCosts', 'noBenefits', 'fewBenefits', 'costNoAmount', 'benefitNoAmount', 'currencyMismatch'].map((id) => [
            id,
            CASE_STRATEGIES,
          ]),
        ),
        // The operating cost is Oskarshamn's demand in words (OSK-16: "den kommande förvaltnings- /
        // driftkostnaden"); under the others a project with no running cost need not invent one.
        noOperating: OPERATING_STRATEGIES,
      },
    },
    options: {
      type: 'object',
      properties: {
        minBenefitLines: { type: 'integer', minimum: 0, description: 'Fewest benefit lines a business case must list.' },
      },
      additionalProperties: false,
    },
    defaultOptions: { minBenefitLines: 1 },
    messages: {
      en: {
        missing:
          'Add a business case: "businessCase" (in Markdown a "Business case" section) with the currency, the costs and the benefits, so the proposal can be weighed against others.',
        noCurrency: 'State the currency of the business case ("Currency: DKK", SEK, NOK or EUR).',
        noCosts:
          'The business case lists no costs: add cost lines with item, amount and kind (investment or operating) — in Markdown a table "| Item | Amount | Kind |".',
        noBenefits:
          'The business case lists no benefits: add benefit lines with item and kind (financial with an amount, or qualitative) — in Markdown a table "| Benefit | Amount | Kind |".',
        fewBenefits: 'The business case lists {count} benefit lines; at least {min} are required: add the expected benefits.',
        costNoAmount: 'The cost "{item}" has no amount: give it as a number in the business case\'s currency.',
        benefitNoAmount: 'The financial benefit "{item}" has no amount: give its amount, or mark it qualitative.',
        notAmount: '"{value}" is not an amount: write one number, e.g. 1.200.000 or 1 200 000 kr.',
        negative: 'The amount {value} is negative: give costs and benefits as positive amounts (a saving is a benefit line).',
        noOperating: 'Operating costs are not considered: add the coming operating and maintenance costs (kind: operating), not only the investment.',
        costTotal: 'The total of the costs does not add up: stated {stated}, lines sum to {sum}.',
        benefitTotal: 'The total of the benefits does not add up: stated {stated}, lines sum to {sum}.',
        rowTotal: 'The total of "{label}" does not add up: stated {stated}, its cells sum to {sum}.',
        columnTotal: '"{label}" does not add up: stated {stated}, the rows above sum to {sum}.',
        currencyMismatch: 'This line is in {line}, but the business case is in {currency}: give every amount in one currency.',
        noFinancing:
          'Say how the project is financed ("financing": line budget, a portfolio, an application) — Esbjerg asks for an estimate of the financing as well as the costs and benefits.',
      },
      da: {
        missing:
          'Tilføj en business case: "{field:businessCase}" (i Markdown et afsnit "Økonomi" eller "Business case") med valuta, omkostninger og gevinster, så forslaget kan prioriteres mod andre.',
        noCurrency: 'Angiv business casens valuta ("Valuta: DKK").',
        noCosts:
          'Business casen har ingen omkostninger: tilføj omkostningslinjer med post, beløb og art (investering eller drift) — i Markdown en tabel "| Post | Beløb | Art |".',
        noBenefits:
          'Business casen har ingen gevinster: tilføj gevinstlinjer med post og art (økonomisk med beløb, eller kvalitativ) — i Markdown en tabel "| Gevinst | Beløb | Art |".',
        fewBenefits: 'Business casen har {count} gevinstlinjer; der kræves mindst {min}: tilføj de forventede gevinster.',
        costNoAmount: 'Omkostningen "{item}" har intet beløb: angiv det som et tal i business casens valuta.',
        benefitNoAmount: 'Den økonomiske gevinst "{item}" har intet beløb: angiv beløbet, eller markér den som kvalitativ.',
        notAmount: '"{value}" er ikke et beløb: skriv ét tal, f.eks. 1.200.000 kr.',
        negative: 'Beløbet {value} er negativt: angiv omkostninger og gevinster som positive beløb (en besparelse er en gevinstlinje).',
        noOperating: 'Driftsomkostningerne er ikke medtaget: tilføj de kommende drifts- og vedligeholdelsesomkostninger (art: drift), ikke kun investeringen.',
        costTotal: 'Omkostningerne i alt stemmer ikke: angivet {stated}, linjerne giver {sum}.',
        benefitTotal: 'Gevinsterne i alt stemmer ikke: angivet {stated}, linjerne giver {sum}.',
        rowTotal: 'I alt for "{label}" stemmer ikke: angivet {stated}, cellerne giver {sum}.',
        columnTotal: '"{label}" stemmer ikke: angivet {stated}, rækkerne ovenfor giver {sum}.',
        currencyMismatch: 'Linjen er i {line}, men business casen er i {currency}: angiv alle beløb i én valuta.',
        noFinancing:
          'Angiv, hvordan projektet finansieres ("Finansiering: …" — driftsbudget, pulje, ansøgning); it-strategien kræver et overslag over finansieringen samt omkostninger og gevinster.',
      },
      sv: {
        missing:
          'Lägg till en nyttovärdering: "{field:businessCase}" (i Markdown ett avsnitt "Nyttovärdering" eller "Kalkyl") med valuta, kostnader och nyttor, så att förslaget kan vägas mot andra.',
        noCurrency: 'Ange kalkylens valuta ("Valuta: SEK").',
        noCosts:
          'Kalkylen saknar kostnader: lägg till kostnadsrader med post, belopp och typ (investering eller drift) — i Markdown en tabell "| Post | Belopp | Typ |".',
        noBenefits:
          'Kalkylen saknar nyttor: lägg till nyttorader med post och typ (ekonomisk med belopp, eller kvalitativ) — i Markdown en tabell "| Nytta | Belopp | Typ |".',
        fewBenefits: 'Kalkylen har {count} nyttorader; minst {min} krävs: lägg till de förväntade nyttorna.',
        costNoAmount: 'Kostnaden "{item}" saknar belopp: ange det som ett tal i kalkylens valuta.',
        benefitNoAmount: 'Den ekonomiska nyttan "{item}" saknar belopp: ange beloppet, eller markera den som kvalitativ.',
        notAmount: '"{value}" är inget belopp: skriv ett tal, t.ex. 1 200 000 kr.',
        negative: 'Beloppet {value} är negativt: ange kostnader och nyttor som positiva belopp (en besparing är en nyttorad).',
        noOperating: 'Driftkostnaderna är inte medräknade: lägg till den kommande förvaltnings- och driftkostnaden (typ: drift), inte bara investeringen.',
        costTotal: 'Kostnadernas summa stämmer inte: angivet {stated}, raderna summerar till {sum}.',
        benefitTotal: 'Nyttornas summa stämmer inte: angivet {stated}, raderna summerar till {sum}.',
        rowTotal: 'Summan för "{label}" stämmer inte: angivet {stated}, cellerna summerar till {sum}.',
        columnTotal: '"{label}" stämmer inte: angivet {stated}, raderna ovanför summerar till {sum}.',
        currencyMismatch: 'Raden är i {line}, men kalkylen är i {currency}: ange alla belopp i en valuta.',
        noFinancing: 'Ange hur projektet finansieras ("Finansiering: …" — verksamhetens budget, portfölj, ansökan).',
      },
      nb: {
        missing:
          'Legg til en kost-nytte-analyse: "{field:businessCase}" (i Markdown et avsnitt "Økonomi" eller "Kost-nytte") med valuta, kostnader og gevinster, slik at forslaget kan vurderes mot andre.',
        noCurrency: 'Oppgi valutaen i kost-nytte-analysen ("Valuta: NOK").',
        noCosts:
          'Kost-nytte-analysen har ingen kostnader: legg til kostnadslinjer med post, beløp og type (investering eller drift) — i Markdown en tabell "| Post | Beløp | Type |".',
        noBenefits:
          'Kost-nytte-analysen har ingen gevinster: legg til gevinstlinjer med post og type (økonomisk med beløp, eller kvalitativ) — i Markdown en tabell "| Gevinst | Beløp | Type |".',
        fewBenefits: 'Kost-nytte-analysen har {count} gevinstlinjer; minst {min} kreves: legg til de forventede gevinstene.',
        costNoAmount: 'Kostnaden "{item}" har ikke noe beløp: oppgi det som et tall i analysens valuta.',
        benefitNoAmount: 'Den økonomiske gevinsten "{item}" har ikke noe beløp: oppgi beløpet, eller merk den som kvalitativ.',
        notAmount: '"{value}" er ikke et beløp: skriv ett tall, f.eks. 1 200 000 kr.',
        negative: 'Beløpet {value} er negativt: oppgi kostnader og gevinster som positive beløp (en innsparing er en gevinstlinje).',
        noOperating: 'Driftskostnadene er ikke tatt med: legg til de kommende drifts- og vedlikeholdskostnadene (type: drift), ikke bare investeringen.',
        costTotal: 'Summen av kostnadene stemmer ikke: oppgitt {stated}, linjene summerer til {sum}.',
        benefitTotal: 'Summen av gevinstene stemmer ikke: oppgitt {stated}, linjene summerer til {sum}.',
        rowTotal: 'Summen for "{label}" stemmer ikke: oppgitt {stated}, cellene summerer til {sum}.',
        columnTotal: '"{label}" stemmer ikke: oppgitt {stated}, radene over summerer til {sum}.',
        currencyMismatch: 'Linjen er i {line}, men analysen er i {currency}: oppgi alle beløp i én valuta.',
        noFinancing: 'Oppgi hvordan prosjektet finansieres ("Finansiering: …" — driftsbudsjett, pott, søknad).',
      },
    },
  },
  check(proposal, context) {
    const businessCase = get(proposal, 'businessCase');
    if (!businessCase) {
      context.report({ messageId: 'missing', missing: 'businessCase' });
      return;
    }
    const field = (key: string): ModelNode | undefined => (businessCase.kind === 'map' ? get(businessCase, key) : undefined);
    /** At a list's key or heading when it is there, else at the business case's. */
    const atKeyOf = (node: ModelNode | undefined) => ({ node: node ?? businessCase, atKey: true }) as const;
    const known = businessCaseCurrency(proposal, context.strategies);
    if (!known) context.report({ messageId: 'noCurrency', ...atKeyOf(businessCase) });

    const costsNode = field('costs');
    const costs = asList(costsNode).filter(isGiven);
    const costSum = sumOf(costs, context, (line, index) => {
      context.report({ messageId: 'costNoAmount', node: line, data: { item: itemOf(line, index) } });
      return true;
    });
    if (!costs.length) context.report({ messageId: 'noCosts', ...atKeyOf(costsNode) });
    else if (!costs.some(isOperating)) context.report({ messageId: 'noOperating', ...atKeyOf(costsNode) });

    const benefitsNode = field('benefits');
    const benefits = asList(benefitsNode).filter(isGiven);
    const benefitSum = sumOf(benefits, context, (line, index) => {
      // A qualitative benefit has no amount; a financial one must.
      if (line.kind !== 'map' || textOf(get(line, 'kind')) !== 'financial') return false;
      context.report({ messageId: 'benefitNoAmount', node: line, data: { item: itemOf(line, index) } });
      return true;
    });
    const min = Number(context.options.minBenefitLines ?? 1);
    if (benefits.length < min) {
      const data = { count: benefits.length, min };
      context.report({ messageId: benefits.length ? 'fewBenefits' : 'noBenefits', ...atKeyOf(benefitsNode), data });
    }

    // A line is measured against the currency the business case states ("Valuta: kr." under Esbjerg is DKK).
    const currency = isGiven(field('currency')) ? (known?.code ?? '') : '';
    for (const line of [...costs, ...benefits]) {
      const own = line.kind === 'map' ? get(line, 'currency') : undefined;
      if (currency && own && isGiven(own) && textOf(own).toUpperCase() !== currency) {
        context.report({ messageId: 'currencyMismatch', node: own, data: { line: textOf(own).toUpperCase(), currency } });
      }
    }
    if (!isGiven(field('financing'))) {
      context.report({ messageId: 'noFinancing', ...atKeyOf(businessCase), clauses: ['ESB-8e'] });
    }

    // A table's own totals: each row's total cell, each total row's cells (year-column tables).
    const wrong = proposal.tableTotals.filter((total) => Math.abs(total.stated - total.computed) >= 0.01);
    for (const total of wrong) {
      const data = { label: total.label, stated: amountText(total.stated), sum: amountText(total.computed) };
      context.report({ messageId: total.kind === 'row' ? 'rowTotal' : 'columnTotal', node: { kind: 'scalar', value: total.stated, range: total.range }, data });
    }
    // A grand total that is wrong in its own row is reported there, once.
    const reported = (node: ModelNode | undefined) => wrong.some((total) => node && sameRange(total.range, node.range));
    const costTotal = field('totals.costs');
    const benefitTotal = field('totals.benefits');
    if (!reported(costTotal)) checkTotal(proposal, costTotal, costs.length ? costSum : undefined, 'costTotal', context);
    if (!reported(benefitTotal)) checkTotal(proposal, benefitTotal, benefits.length ? benefitSum : undefined, 'benefitTotal', context);
  },
});
