import { Faker, base } from '@faker-js/faker';
import type { UserRow } from '../../shared/store/rows';
import { generatedTraits, personaTraits, type PersonTraits } from './expertise';
import { asciiFold, newEtag, stableGuid } from './ids';
import { DOMAIN, UNITS, type OrganisationUnit } from './organisation';
import { INTERNATIONAL_GIVEN, INTERNATIONAL_SURNAMES, PARTNER_DOMAINS, SERVICE_ACCOUNTS } from './peopleVocabulary';
import { PERSONAS, type Persona } from './personas';
import { generateProfile, labelsFor, type ProfileLanguage } from './profile';

export interface SeededPeople {
  /** Persona UPN local part -> user id. */
  personaIds: Map<string, string>;
  /** Enabled members (no guests or service accounts), by department. */
  staffByDepartment: Map<string, string[]>;
  allStaffIds: string[];
  displayNames: Map<string, string>;
  /** What each member of staff really knows and how they take part in channels: the seed's hidden ground truth. */
  traits: Map<string, PersonTraits>;
}

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

/** Collects the user rows (with unique UPNs) and the lookups the later seed steps need. */
export class PeopleBuilder {
  public readonly rows: UserRow[] = [];
  private readonly upns = new Set<string>();
  public readonly result: SeededPeople = {
    personaIds: new Map(),
    staffByDepartment: new Map(),
    allStaffIds: [],
    displayNames: new Map(),
    traits: new Map()
  };
  /** Draws expertise and what people declare of it, apart from the names and contact details. */
  private readonly expertiseRng: Faker;

  public constructor(
    private readonly faker: Faker,
    private readonly seed: number
  ) {
    this.expertiseRng = new Faker({ locale: [base] });
    this.expertiseRng.seed(seed + 104_729);
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
    this.rows.push({
      ...row,
      id,
      mail: row.mail === undefined ? row.userPrincipalName : row.mail,
      etag: newEtag(id, 0)
    });
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
    this.result.traits.set(id, personaTraits(persona));
    return id;
  }

  public addGenerated(
    unit: OrganisationUnit | undefined,
    department: string,
    jobTitle: string,
    managerId: string | null
  ): string {
    const international = this.faker.number.float() < 0.12;
    const givenName = international
      ? this.faker.helpers.arrayElement(INTERNATIONAL_GIVEN)
      : this.faker.person.firstName();
    const surname = international
      ? this.faker.helpers.arrayElement(INTERNATIONAL_SURNAMES)
      : this.faker.person.lastName();
    const language: ProfileLanguage = international || this.faker.number.float() < 0.12 ? 'en-US' : 'nl-NL';
    const localPart = this.uniqueLocalPart(`${asciiFold(givenName)}.${asciiFold(surname)}`);
    const unitSkillIds = unit?.skillIds ?? ['policy-advice', 'leadership'];
    const traits = generatedTraits(this.expertiseRng, department, unitSkillIds, language);
    const profile = generateProfile(this.faker, this.expertiseRng, unitSkillIds, language, traits.expertise);
    const id = this.add(
      {
        userPrincipalName: `${localPart}@${DOMAIN}`,
        displayName: `${givenName} ${surname}`,
        givenName,
        surname,
        jobTitle,
        department,
        officeLocation:
          this.office(unit) ??
          `Maagdenhuis ${this.faker.number.int({ min: 5, max: 6 })}.0${this.faker.number.int({ min: 1, max: 9 })}`,
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
    this.result.traits.set(id, traits);
    return id;
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
