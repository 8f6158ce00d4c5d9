/**
 * single-owner — the proposal names exactly one accountable owner (Esbjerg ESB-8a "en entydig
 * ejer", Stockholm STH-4c). Not several ("Mette Jensen og Ole Hansen", a YAML list), not a
 * placeholder ("TBD", "ukendt", "vet ej", "ikke avklart"), not a steering group. Whether the Stockholm system owner
 * is a nämnd and has accepted the responsibility is `system-owner`'s to check.
 *
 * Where it looks: `owner` as one string, or `owner.name` (else `owner.body` when there is no
 * name: "Systemägare: Socialnämnden" written as a body).
 */
import { allPhrases, defineRule, get, isGiven, opensWith, ownerNameNode, ownersNamed, STEERING_GROUP, textOf } from '../src/engine/rulekit.js';
import type { ModelNode } from '../src/model/model.js';
import type { RuleContext } from '../src/engine/rule-api.js';

const GROUP_WORDS = allPhrases(STEERING_GROUP);

export default defineRule({
  meta: {
    id: 'single-owner',
    description: 'The proposal names exactly one accountable owner: one person or one body, not several and not a placeholder.',
    clauses: ['ESB-8a', 'STH-4c', 'OSK-3'],
    severity: 'error',
    messages: {
      en: {
        missing: 'Name the one accountable owner of the project: add "owner" (in Markdown a line "Owner: …"), the person or body that answers for the project.',
        empty: '"{key}" is empty: name the one accountable owner of the project.',
        placeholder: 'The owner is not settled yet ("{value}"): name the one accountable owner before the proposal goes to prioritisation.',
        several:
          'Name one accountable owner — "{first}" and "{second}" are both given as owner. Keep one as owner and name the other elsewhere, e.g. as a member of the steering group.',
        group: 'The owner "{value}" is a group: name the one person or body that answers for the project; the group can be its steering group.',
        noName: '"{key}" has no name: give the name of the one accountable owner ("owner.name"), a person or a body.',
      },
      da: {
        missing:
          'Angiv projektets ene ansvarlige ejer: tilføj "owner" (i Markdown en linje "Projektejer: …"), den person eller enhed, der står til ansvar for projektet.',
        empty: '"{key}" er tom: angiv projektets ene ansvarlige ejer.',
        placeholder: 'Ejeren er ikke afklaret ("{value}"): angiv én entydig ejer, før projektet sendes til prioritering.',
        several:
          'Angiv én entydig ejer — både "{first}" og "{second}" står som ejer. Behold én som ejer, og nævn den anden et andet sted, f.eks. i styregruppen.',
        group: 'Ejeren "{value}" er en gruppe: angiv den ene person eller enhed, der står til ansvar for projektet; gruppen kan være dens styregruppe.',
        noName: '"{key}" har intet navn: angiv navnet på den ene ansvarlige ejer ("{field:owner.name}" / "Navn:"), en person eller en enhed.',
      },
      sv: {
        missing:
          'Ange projektets enda ansvariga ägare: lägg till "owner" (i Markdown en rad "Projektägare: …" eller "Systemägare: …"), den person eller nämnd som ansvarar för projektet.',
        empty: '"{key}" är tomt: ange projektets enda ansvariga ägare.',
        placeholder: 'Ägaren är inte klar ("{value}"): ange en entydig ägare innan förslaget går till prioritering.',
        several:
          'Ange en enda ansvarig ägare — både "{first}" och "{second}" står som ägare. Behåll en som ägare och nämn den andra på annat ställe, t.ex. i styrgruppen.',
        group: 'Ägaren "{value}" är en grupp: ange den enda person eller nämnd som ansvarar för projektet; gruppen kan vara dess styrgrupp.',
        noName: '"{key}" saknar namn: ange namnet på den enda ansvariga ägaren ("{field:owner.name}" / "Namn:"), en person eller en nämnd.',
      },
      nb: {
        missing:
          'Angi prosjektets ene ansvarlige eier: legg til "owner" (i Markdown en linje "Prosjekteier: …"), personen eller enheten som står ansvarlig for prosjektet.',
        empty: '"{key}" er tom: angi prosjektets ene ansvarlige eier.',
        placeholder: 'Eieren er ikke avklart ("{value}"): angi én entydig eier før forslaget sendes til prioritering.',
        several:
          'Angi én entydig eier — både "{first}" og "{second}" står som eier. Behold én som eier, og nevn den andre et annet sted, f.eks. i styringsgruppen.',
        group: 'Eieren "{value}" er en gruppe: angi den ene personen eller enheten som står ansvarlig for prosjektet; gruppen kan være styringsgruppen.',
        noName: '"{key}" har ikke noe navn: angi navnet på den ene ansvarlige eieren ("{field:owner.name}" / "Navn:"), en person eller en enhet.',
      },
    },
  },
  check(proposal, context) {
    const owner = get(proposal, 'owner');
    if (!owner) {
      context.report({ messageId: 'missing', missing: 'owner' });
      return;
    }
    if (owner.kind === 'map') {
      const name = ownerNameNode(owner);
      if (name) checkName(name, context, name.key ?? 'name');
      else context.report({ messageId: 'noName', node: owner, atKey: true, data: { key: owner.key ?? 'owner' } });
      return;
    }
    checkName(owner, context, owner.key ?? 'owner');
  },
});

/** One owner, given and not several: a string, or a list of one. */
function checkName(node: ModelNode, context: RuleContext, key: string): void {
  if (node.kind === 'list') {
    const given = node.items.filter(isGiven);
    if (given.length > 1) {
      context.report({ messageId: 'several', node, data: { first: textOf(given[0]), second: textOf(given[1]) } });
      return;
    }
    if (given.length === 1) checkName(given[0]!, context, key);
    else context.report({ messageId: 'empty', node, atKey: true, data: { key } });
    return;
  }
  const text = node.kind === 'scalar' ? textOf(node) : '';
  if (!text || node.kind === 'map') {
    context.report({ messageId: 'empty', node, atKey: true, data: { key } });
    return;
  }
  if (!isGiven(node)) {
    context.report({ messageId: 'placeholder', node, data: { value: text } });
    return;
  }
  const owners = ownersNamed(text);
  if (owners.length > 1) context.report({ messageId: 'several', node, data: { first: owners[0]!, second: owners[1]! } });
  // "Projektägare: Styrgruppen för e-tjänster (stadsarkitekt, miljöchef och bygglovschef)": a group
  // answers as no one; it is the project's steering group, not its owner.
  else if (opensWith(owners[0] ?? '', GROUP_WORDS)) context.report({ messageId: 'group', node, data: { value: owners[0]! } });
}
