import type { Faker } from '@faker-js/faker';
import type { Database } from '../../shared/store/database';
import { insertUsers } from './insertUsers';
import { CENTRAL_BOARD, UNITS, type OrganisationUnit } from './organisation';
import { PeopleBuilder, type SeededPeople } from './peopleBuilder';
import { SERVICE_ACCOUNTS } from './peopleVocabulary';
import { PERSONAS } from './personas';
import { seedUnit } from './unitHierarchy';

export type { SeededPeople } from './peopleBuilder';

/** Minimum organisation size: the personas, the board, service accounts and one team per unit. */
export const MINIMUM_PEOPLE = 100;

const CHAIR = 'marleen.hoekstra';

/** The board (the chair persona and two generated members) and the service accounts; returns the chair's id. */
function addBoardAndServiceAccounts(builder: PeopleBuilder): string {
  const chairId = builder.addPersona(CHAIR, PERSONAS[CHAIR], null);
  builder.addGenerated(undefined, CENTRAL_BOARD, 'Lid College van Bestuur', chairId);
  builder.addGenerated(undefined, CENTRAL_BOARD, 'Lid College van Bestuur', chairId);
  for (const [localPart, displayName] of SERVICE_ACCOUNTS) {
    builder.addServiceAccount(localPart, displayName);
  }
  return chairId;
}

/** Every unit's hierarchy, sized by the unit's weight in the staff budget; returns the team leads per unit. */
function seedUnits(
  builder: PeopleBuilder,
  faker: Faker,
  staffBudget: number,
  chairId: string
): Map<OrganisationUnit, string[]> {
  const totalWeight = UNITS.reduce((sum, unit) => sum + unit.weight, 0);
  const leadsByUnit = new Map<OrganisationUnit, string[]>();
  const pendingPersonas = new Map(Object.entries(PERSONAS).filter(([localPart]) => localPart !== CHAIR));
  for (const unit of UNITS) {
    const unitSize = Math.max(3, Math.round((staffBudget * unit.weight) / totalWeight));
    leadsByUnit.set(unit, seedUnit(builder, faker, unit, unitSize, pendingPersonas, chairId));
  }
  return leadsByUnit;
}

/** Rounding per unit leaves the total a little off: top up the faculties in turn until `members` are there. */
function topUpFaculties(
  builder: PeopleBuilder,
  faker: Faker,
  leadsByUnit: ReadonlyMap<OrganisationUnit, string[]>,
  members: number
): void {
  const faculties = UNITS.filter((unit) => unit.kind === 'faculty');
  for (let i = 0; builder.rows.length < members; i++) {
    const unit = faculties[i % faculties.length];
    const leads = leadsByUnit.get(unit) ?? [];
    builder.addGenerated(
      unit,
      unit.name,
      faker.helpers.arrayElement(unit.staffTitles),
      leads[i % Math.max(1, leads.length)] ?? null
    );
  }
}

/** Builds the people of the organisation (personas first, then the hierarchy per unit) and stores them. */
export function seedPeople(db: Database, faker: Faker, seed: number, total: number): SeededPeople {
  const builder = new PeopleBuilder(faker, seed);
  const chairId = addBoardAndServiceAccounts(builder);
  const guests = Math.round(total * 0.02);
  const otherPersonas = Object.keys(PERSONAS).length - 1;
  const staffBudget = Math.max(UNITS.length * 3, total - builder.rows.length - guests - otherPersonas);
  const leadsByUnit = seedUnits(builder, faker, staffBudget, chairId);
  topUpFaculties(builder, faker, leadsByUnit, total - guests);
  for (let i = 0; i < guests; i++) {
    builder.addGuest();
  }
  insertUsers(db, builder.rows);
  return builder.result;
}
