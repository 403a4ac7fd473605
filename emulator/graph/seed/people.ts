import type { Faker } from '@faker-js/faker';
import type { Database } from '../../shared/store/database';
import type { UserRow } from '../../shared/store/rows';
import { asciiFold, newEtag, stableGuid } from './ids';
import { CENTRAL_BOARD, DOMAIN, UNITS, type OrganisationUnit } from './organisation';
import { PERSONAS, type Persona } from './personas';
import { generateProfile, labelsFor, type ProfileLanguage } from './profile';

export interface SeededPeople {
  /** Persona UPN local part -> user id. */
  personaIds: Map<string, string>;
  /** Enabled members (no guests or service accounts), by department. */
  staffByDepartment: Map<string, string[]>;
  allStaffIds: string[];
  displayNames: Map<string, string>;
}

const SERVICE_ACCOUNTS = [
  ['svc-roosters', 'Roosterkoppeling'],
  ['svc-brightspace', 'Brightspace integratie'],
  ['svc-printing', 'Printservice'],
  ['svc-backup', 'Back-up service'],
  ['svc-osiris', 'Osiris koppeling'],
  ['svc-powerbi', 'Power BI rapportages'],
  ['noreply', 'Hogeschool Kring (no reply)'],
  ['servicedesk', 'Servicedesk ICT']
] as const;

const PARTNER_DOMAINS = ['partner-mbo.example', 'gemeente.example', 'ziekenhuis.example', 'bureau.example'];

/** Minimum organisation size: the personas, the board, service accounts and one team per unit. */
export const MINIMUM_PEOPLE = 100;


/** Guests and service accounts: no profile fields, no manager, no photo. */
const WITHOUT_PROFILE = {
  aboutMe: null,
  skills: '[]',
  interests: '[]',
  responsibilities: '[]',
  pastProjects: '[]',
  schools: '[]',
  preferredLanguage: null,
  managerId: null,
  hasPhoto: 0
} as const;

class PeopleBuilder {
  public readonly rows: UserRow[] = [];
  private readonly upns = new Set<string>();
  public readonly result: SeededPeople = { personaIds: new Map(), staffByDepartment: new Map(), allStaffIds: [], displayNames: new Map() };

  public constructor(private readonly faker: Faker, private readonly seed: number) {
    for (const localPart of [...Object.keys(PERSONAS), ...SERVICE_ACCOUNTS.map(([name]) => name)]) {
      this.upns.add(localPart);
    }
  }

  public uniqueLocalPart(base: string): string {
    let candidate = base;
    for (let n = 2; this.upns.has(candidate); n++) {
      candidate = `${base}${n}`;
    }
    this.upns.add(candidate);
    return candidate;
  }

  public phone(): string {
    return `+31 20 595 ${this.faker.string.numeric(4)}`;
  }

  public office(unit: OrganisationUnit | undefined): string | null {
    if (!unit) {
      return null;
    }
    return `${unit.building} ${this.faker.number.int({ min: 0, max: 7 })}.${String(this.faker.number.int({ min: 1, max: 40 })).padStart(2, '0')}`;
  }

  public add(row: Omit<UserRow, 'id' | 'etag' | 'mail'> & { mail?: string | null }, isStaff: boolean): string {
    const id = stableGuid(this.seed, 'user', row.userPrincipalName);
    this.rows.push({ ...row, id, mail: row.mail === undefined ? row.userPrincipalName : row.mail, etag: newEtag(id, 0) });
    this.result.displayNames.set(id, row.displayName);
    if (isStaff && row.accountEnabled === 1 && row.department) {
      const list = this.result.staffByDepartment.get(row.department) ?? [];
      list.push(id);
      this.result.staffByDepartment.set(row.department, list);
      this.result.allStaffIds.push(id);
    }
    return id;
  }

  public addPersona(localPart: string, persona: Persona, managerId: string | null): string {
    this.upns.add(localPart);
    const id = this.add(
      {
        userPrincipalName: `${localPart}@${DOMAIN}`,
        displayName: `${persona.givenName} ${persona.surname}`,
        givenName: persona.givenName,
        surname: persona.surname,
        jobTitle: persona.jobTitle,
        department: persona.department,
        officeLocation: this.office(UNITS.find((u) => u.name === persona.department)) ?? 'Maagdenhuis 5.01',
        businessPhones: JSON.stringify([this.phone()]),
        mobilePhone: `+31 6 ${this.faker.string.numeric(8)}`,
        accountEnabled: 1,
        userType: 'Member',
        aboutMe: persona.aboutMe,
        skills: JSON.stringify(labelsFor(persona.skills, persona.preferredLanguage)),
        interests: JSON.stringify(labelsFor(persona.interests, persona.preferredLanguage)),
        responsibilities: JSON.stringify(labelsFor(persona.responsibilities, persona.preferredLanguage)),
        pastProjects: JSON.stringify(persona.pastProjects),
        schools: JSON.stringify(persona.schools),
        preferredLanguage: persona.preferredLanguage,
        managerId,
        hasPhoto: persona.hasPhoto ? 1 : 0
      },
      true
    );
    this.result.personaIds.set(localPart, id);
    return id;
  }

  public addGenerated(unit: OrganisationUnit | undefined, department: string, jobTitle: string, managerId: string | null): string {
    const international = this.faker.number.float() < 0.12;
    const givenName = international ? this.faker.helpers.arrayElement(INTERNATIONAL_GIVEN) : this.faker.person.firstName();
    const surname = international ? this.faker.helpers.arrayElement(INTERNATIONAL_SURNAMES) : this.faker.person.lastName();
    const language: ProfileLanguage = international || this.faker.number.float() < 0.12 ? 'en-US' : 'nl-NL';
    const localPart = this.uniqueLocalPart(`${asciiFold(givenName)}.${asciiFold(surname)}`);
    const profile = generateProfile(this.faker, unit?.skillIds ?? ['policy-advice', 'leadership'], language);
    return this.add(
      {
        userPrincipalName: `${localPart}@${DOMAIN}`,
        displayName: `${givenName} ${surname}`,
        givenName,
        surname,
        jobTitle,
        department,
        officeLocation: this.office(unit) ?? `Maagdenhuis ${this.faker.number.int({ min: 5, max: 6 })}.0${this.faker.number.int({ min: 1, max: 9 })}`,
        businessPhones: JSON.stringify(this.faker.number.float() < 0.9 ? [this.phone()] : []),
        mobilePhone: this.faker.number.float() < 0.5 ? `+31 6 ${this.faker.string.numeric(8)}` : null,
        accountEnabled: this.faker.number.float() < 0.03 ? 0 : 1,
        userType: 'Member',
        aboutMe: profile.aboutMe,
        skills: JSON.stringify(profile.skills),
        interests: JSON.stringify(profile.interests),
        responsibilities: JSON.stringify(profile.responsibilities),
        pastProjects: JSON.stringify(profile.pastProjects),
        schools: JSON.stringify(profile.schools),
        preferredLanguage: language,
        managerId,
        hasPhoto: this.faker.number.float() < 0.75 ? 1 : 0
      },
      true
    );
  }

  public addGuest(): void {
    const givenName = this.faker.person.firstName();
    const surname = this.faker.person.lastName();
    const partner = this.faker.helpers.arrayElement(PARTNER_DOMAINS);
    const mail = `${asciiFold(givenName)}.${asciiFold(surname)}@${partner}`;
    const localPart = this.uniqueLocalPart(`${mail.replace('@', '_')}#EXT#`);
    this.add(
      {
        userPrincipalName: `${localPart}@${DOMAIN}`,
        mail,
        displayName: `${givenName} ${surname} (gast)`,
        givenName,
        surname,
        jobTitle: this.faker.helpers.arrayElement(['Gastdocent', 'Praktijkbegeleider', 'Projectpartner', null]),
        department: null,
        officeLocation: null,
        businessPhones: '[]',
        mobilePhone: null,
        accountEnabled: 1,
        userType: 'Guest',
        ...WITHOUT_PROFILE
      },
      false
    );
  }

  public addServiceAccount(localPart: string, displayName: string): void {
    this.upns.add(localPart);
    this.add(
      {
        userPrincipalName: `${localPart}@${DOMAIN}`,
        displayName,
        givenName: null,
        surname: null,
        jobTitle: null,
        department: null,
        officeLocation: null,
        businessPhones: '[]',
        mobilePhone: null,
        accountEnabled: 1,
        userType: 'Member',
        ...WITHOUT_PROFILE
      },
      false
    );
  }
}

const INTERNATIONAL_GIVEN = ['Aylin', 'Mohamed', 'Priya', 'Chen', 'Olga', 'Kwame', 'Lucía', 'Youssef', 'Anika', 'Mateusz', 'Sofia', 'Ravi', 'Amira', 'João', 'Elif'];
const INTERNATIONAL_SURNAMES = ['Yıldız', 'El Idrissi', 'Sharma', 'Wang', 'Kowalski', 'Mensah', 'García', 'Benali', 'Novak', 'Öztürk', 'Rossi', 'Patel', 'Haddou', 'Silva', 'Nguyen'];

/** Builds the people of the organisation (personas first, then the hierarchy per unit) and stores them. */
export function seedPeople(db: Database, faker: Faker, seed: number, total: number): SeededPeople {
  const builder = new PeopleBuilder(faker, seed);
  const personaEntries = Object.entries(PERSONAS);
  const chairId = builder.addPersona('marleen.hoekstra', PERSONAS['marleen.hoekstra'], null);
  builder.addGenerated(undefined, CENTRAL_BOARD, 'Lid College van Bestuur', chairId);
  builder.addGenerated(undefined, CENTRAL_BOARD, 'Lid College van Bestuur', chairId);
  for (const [localPart, displayName] of SERVICE_ACCOUNTS) {
    builder.addServiceAccount(localPart, displayName);
  }
  const guests = Math.round(total * 0.02);
  const staffBudget = Math.max(UNITS.length * 3, total - builder.rows.length - guests - (personaEntries.length - 1));
  const totalWeight = UNITS.reduce((sum, unit) => sum + unit.weight, 0);

  const leadsByUnit = new Map<OrganisationUnit, string[]>();
  const pendingPersonas = new Map(personaEntries.filter(([localPart]) => localPart !== 'marleen.hoekstra'));
  for (const unit of UNITS) {
    const unitSize = Math.max(3, Math.round((staffBudget * unit.weight) / totalWeight));
    const personasHere = [...pendingPersonas].filter(([, persona]) => persona.department === unit.name);
    const headPersona = personasHere.find(([, persona]) => persona.jobTitle === unit.headTitle);
    const headId = headPersona ? builder.addPersona(headPersona[0], headPersona[1], chairId) : builder.addGenerated(unit, unit.name, unit.headTitle, chairId);
    const leadCount = Math.max(1, Math.ceil(unitSize / 13));
    const leadIds: string[] = [];
    for (const [localPart, persona] of personasHere.filter(([, p]) => p.jobTitle === unit.teamLeadTitle)) {
      leadIds.push(builder.addPersona(localPart, persona, headId));
    }
    while (leadIds.length < leadCount) {
      leadIds.push(builder.addGenerated(unit, unit.name, unit.teamLeadTitle, headId));
    }
    const idsByLocalPart = new Map(personasHere.map(([localPart]) => [localPart, builder.result.personaIds.get(localPart)]));
    let next = 0;
    for (const [localPart, persona] of personasHere) {
      if (idsByLocalPart.get(localPart)) {
        continue;
      }
      const managerId = persona.manager ? builder.result.personaIds.get(persona.manager) ?? leadIds[0] : leadIds[next++ % leadIds.length];
      builder.addPersona(localPart, persona, managerId);
    }
    for (const [localPart] of personasHere) {
      pendingPersonas.delete(localPart);
    }
    leadsByUnit.set(unit, leadIds);
    const staffCount = Math.max(0, unitSize - 1 - leadIds.length - personasHere.length);
    for (let i = 0; i < staffCount; i++) {
      builder.addGenerated(unit, unit.name, faker.helpers.arrayElement(unit.staffTitles), leadIds[next++ % leadIds.length]);
    }
  }
  // Rounding per unit leaves the total a little off: top up the faculties in turn.
  const faculties = UNITS.filter((unit) => unit.kind === 'faculty');
  for (let i = 0; builder.rows.length + guests < total; i++) {
    const unit = faculties[i % faculties.length];
    const leads = leadsByUnit.get(unit) ?? [];
    builder.addGenerated(unit, unit.name, faker.helpers.arrayElement(unit.staffTitles), leads[i % Math.max(1, leads.length)] ?? null);
  }
  for (let i = 0; i < guests; i++) {
    builder.addGuest();
  }
  insertUsers(db, builder.rows);
  return builder.result;
}

const USER_COLUMNS = [
  'id', 'userPrincipalName', 'displayName', 'givenName', 'surname', 'mail', 'jobTitle', 'department', 'officeLocation', 'businessPhones',
  'mobilePhone', 'accountEnabled', 'userType', 'aboutMe', 'skills', 'interests', 'responsibilities', 'pastProjects', 'schools',
  'preferredLanguage', 'managerId', 'hasPhoto', 'etag'
] as const;

function insertUsers(db: Database, rows: readonly UserRow[]): void {
  const insert = db.prepare(`INSERT INTO users (${USER_COLUMNS.join(', ')}) VALUES (${USER_COLUMNS.map((c) => `@${c}`).join(', ')})`);
  for (const row of rows) {
    insert.run(row);
  }
}
