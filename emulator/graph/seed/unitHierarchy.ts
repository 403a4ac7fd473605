import type { Faker } from '@faker-js/faker';
import type { OrganisationUnit } from './organisation';
import type { PeopleBuilder } from './peopleBuilder';
import type { Persona } from './personas';

type PersonaEntry = [string, Persona];

/** The unit head: the persona with the head title if there is one, otherwise a generated person. */
function addUnitHead(
  builder: PeopleBuilder,
  unit: OrganisationUnit,
  personasHere: readonly PersonaEntry[],
  chairId: string
): string {
  const headPersona = personasHere.find(([, persona]) => persona.jobTitle === unit.headTitle);
  return headPersona
    ? builder.addPersona(headPersona[0], headPersona[1], chairId)
    : builder.addGenerated(unit, unit.name, unit.headTitle, chairId);
}

/** The team leads: the personas with the lead title, topped up with generated leads to one per 13 people. */
function addTeamLeads(
  builder: PeopleBuilder,
  unit: OrganisationUnit,
  personasHere: readonly PersonaEntry[],
  headId: string,
  unitSize: number
): string[] {
  const leadCount = Math.max(1, Math.ceil(unitSize / 13));
  const leadIds: string[] = [];
  for (const [localPart, persona] of personasHere.filter(([, p]) => p.jobTitle === unit.teamLeadTitle)) {
    leadIds.push(builder.addPersona(localPart, persona, headId));
  }
  while (leadIds.length < leadCount) {
    leadIds.push(builder.addGenerated(unit, unit.name, unit.teamLeadTitle, headId));
  }
  return leadIds;
}

/**
 * The unit's other personas, under their own manager or the leads in turn. Returns how many leads were handed out,
 * so the staff continue the rotation.
 */
function addRemainingPersonas(
  builder: PeopleBuilder,
  personasHere: readonly PersonaEntry[],
  leadIds: readonly string[]
): number {
  const idsByLocalPart = new Map(
    personasHere.map(([localPart]) => [localPart, builder.result.personaIds.get(localPart)])
  );
  let next = 0;
  for (const [localPart, persona] of personasHere) {
    if (idsByLocalPart.get(localPart)) {
      continue;
    }
    const managerId = persona.manager
      ? (builder.result.personaIds.get(persona.manager) ?? leadIds[0])
      : leadIds[next++ % leadIds.length];
    builder.addPersona(localPart, persona, managerId);
  }
  return next;
}

/**
 * One organisation unit: head, team leads, its personas and generated staff up to `unitSize`. Removes the unit's
 * personas from `pendingPersonas` and returns the team lead ids.
 */
export function seedUnit(
  builder: PeopleBuilder,
  faker: Faker,
  unit: OrganisationUnit,
  unitSize: number,
  pendingPersonas: Map<string, Persona>,
  chairId: string
): string[] {
  const personasHere = [...pendingPersonas].filter(([, persona]) => persona.department === unit.name);
  const headId = addUnitHead(builder, unit, personasHere, chairId);
  const leadIds = addTeamLeads(builder, unit, personasHere, headId, unitSize);
  let next = addRemainingPersonas(builder, personasHere, leadIds);
  for (const [localPart] of personasHere) {
    pendingPersonas.delete(localPart);
  }
  const staffCount = Math.max(0, unitSize - 1 - leadIds.length - personasHere.length);
  for (let i = 0; i < staffCount; i++) {
    builder.addGenerated(
      unit,
      unit.name,
      faker.helpers.arrayElement(unit.staffTitles),
      leadIds[next++ % leadIds.length]
    );
  }
  return leadIds;
}
