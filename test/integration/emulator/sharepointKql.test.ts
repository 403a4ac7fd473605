import { KqlSyntaxError, parseKql } from '../../../emulator/sharepoint/search/kqlParser';
import { personDocument, type PersonRow } from '../../../emulator/sharepoint/search/peopleIndex';
import { rankPeople } from '../../../emulator/sharepoint/search/peopleMatcher';
import {
  computeRefiners,
  matchesRefinementFilter,
  parseRefinementFilter,
  refinementToken
} from '../../../emulator/sharepoint/search/refiners';

function person(
  id: string,
  fields: Partial<Omit<PersonRow, 'skills' | 'interests' | 'responsibilities'>> & {
    skills?: string[];
    interests?: string[];
    responsibilities?: string[];
  }
): ReturnType<typeof personDocument> {
  return personDocument({
    id,
    userPrincipalName: `${id}@hogeschool.example`,
    displayName: fields.displayName ?? id,
    givenName: fields.givenName ?? null,
    surname: fields.surname ?? null,
    mail: `${id}@hogeschool.example`,
    jobTitle: fields.jobTitle ?? null,
    department: fields.department ?? null,
    officeLocation: fields.officeLocation ?? null,
    businessPhones: '[]',
    mobilePhone: null,
    userType: 'Member',
    aboutMe: fields.aboutMe ?? null,
    skills: JSON.stringify(fields.skills ?? []),
    interests: JSON.stringify(fields.interests ?? []),
    responsibilities: JSON.stringify(fields.responsibilities ?? []),
    pastProjects: '[]',
    schools: '[]',
    hasPhoto: 0
  });
}

const people = [
  person('anne', {
    displayName: 'Anne de Vries',
    givenName: 'Anne',
    surname: 'de Vries',
    jobTitle: 'Teamleider Onderwijs',
    department: 'Faculteit Onderwijs en Opvoeding',
    skills: ['Toetsing', 'Curriculumontwikkeling'],
    interests: ['Generatieve AI in het onderwijs'],
    responsibilities: ['Examencommissie'],
    officeLocation: 'HB-4.12'
  }),
  person('daan', {
    displayName: 'Daan Bakker',
    givenName: 'Daan',
    surname: 'Bakker',
    jobTitle: 'Beleidsadviseur',
    department: 'Dienst Onderwijs en Onderzoek',
    skills: ['Beleidsadvies'],
    aboutMe: 'Ik schrijf beleid over toetsing.'
  }),
  person('sanne', {
    displayName: 'Sanne Jansen',
    givenName: 'Sanne',
    surname: 'Jansen',
    jobTitle: 'Docent',
    department: 'Faculteit Techniek',
    skills: ['Python', 'Data analysis'],
    interests: ['Machine learning'],
    officeLocation: 'TP-2.01'
  }),
  person('jeroen', {
    displayName: 'Jeroen Smit',
    givenName: 'Jeroen',
    surname: 'Smit',
    jobTitle: 'Docent',
    department: 'Faculteit Techniek',
    skills: ['Data-analyse', 'Statistiek'],
    responsibilities: ['Python']
  }),
  person('fatima', {
    displayName: 'Fatima el Amrani',
    givenName: 'Fatima',
    surname: 'el Amrani',
    jobTitle: 'Onderzoeker',
    department: 'Faculteit Gezondheid',
    interests: ['Python programming']
  })
];

function ids(query: string): string[] {
  return rankPeople(people, parseKql(query)).map((result) => result.document.id);
}

function sorted(query: string): string[] {
  return ids(query).sort();
}

describe('KQL parsing', () => {
  it('reads terms, phrases, restrictions, operators and prefixes', () => {
    expect(parseKql('Skills:"data analysis" AND NOT Department:Techniek OR pyth*')).toEqual({
      kind: 'or',
      operands: [
        {
          kind: 'and',
          explicit: true,
          operands: [
            { kind: 'property', property: 'Skills', operator: ':', text: 'data analysis', prefix: false },
            {
              kind: 'not',
              operand: { kind: 'property', property: 'Department', operator: ':', text: 'Techniek', prefix: false }
            }
          ]
        },
        { kind: 'term', text: 'pyth', prefix: true }
      ]
    });
  });

  it('treats lower-case and/or as plain terms, like KQL', () => {
    expect(parseKql('python or statistics')).toEqual({
      kind: 'and',
      operands: [
        { kind: 'term', text: 'python', prefix: false },
        { kind: 'term', text: 'or', prefix: false },
        { kind: 'term', text: 'statistics', prefix: false }
      ]
    });
  });

  it('returns nothing to search for an empty query', () => {
    expect(parseKql('   ')).toBeUndefined();
  });

  it.each([
    '(python',
    'python)',
    'python AND',
    'OR python',
    'NOT',
    'Skills:',
    '"unterminated',
    'Skills:"open',
    '()',
    'a AND OR b',
    '(((('
  ])('rejects %p', (query) => {
    expect(() => parseKql(query)).toThrow(KqlSyntaxError);
  });

  it('rejects absurd nesting without a stack overflow', () => {
    expect(() => parseKql(`${'('.repeat(10000)}python${')'.repeat(10000)}`)).toThrow(KqlSyntaxError);
    expect(() => parseKql(`${'NOT '.repeat(10000)}python`)).toThrow(KqlSyntaxError);
  });
});

describe('people matching', () => {
  it('finds free text in names, job titles, departments, skills, interests, responsibilities and about me', () => {
    expect(sorted('anne')).toEqual(['anne']);
    expect(sorted('beleidsadviseur')).toEqual(['daan']);
    expect(sorted('techniek')).toEqual(['jeroen', 'sanne']);
    expect(sorted('python')).toEqual(['fatima', 'jeroen', 'sanne']);
    expect(sorted('examencommissie')).toEqual(['anne']);
    expect(sorted('toetsing')).toEqual(['anne', 'daan']);
  });

  it('folds accents and case', () => {
    expect(sorted('FATIMA')).toEqual(['fatima']);
    expect(sorted('STATISTIEK')).toEqual(['jeroen']);
  });

  it('restricts to one managed property with Prop:value', () => {
    expect(sorted('Skills:python')).toEqual(['sanne']);
    expect(sorted('Responsibilities:python')).toEqual(['jeroen']);
    expect(sorted('Interests:python')).toEqual(['fatima']);
    expect(sorted('JobTitle:docent')).toEqual(['jeroen', 'sanne']);
    expect(sorted('Department:"Faculteit Techniek"')).toEqual(['jeroen', 'sanne']);
    expect(sorted('OfficeNumber:HB-4.12')).toEqual(['anne']);
    expect(sorted('PreferredName:bakker')).toEqual(['daan']);
  });

  it('matches phrases only as consecutive words', () => {
    expect(sorted('"data analysis"')).toEqual(['sanne']);
    expect(sorted('"analysis data"')).toEqual([]);
    expect(sorted('Skills:"data analyse"')).toEqual(['jeroen']);
  });

  it('matches exact values with Prop=value', () => {
    expect(sorted('Skills="Data analysis"')).toEqual(['sanne']);
    expect(sorted('Skills=data')).toEqual([]);
  });

  it('prefix-matches with a trailing star', () => {
    expect(sorted('pyth*')).toEqual(['fatima', 'jeroen', 'sanne']);
    expect(sorted('Skills:stat*')).toEqual(['jeroen']);
    expect(sorted('pyth')).toEqual([]);
  });

  it('combines with AND, OR, NOT, implicit AND, minus and parentheses', () => {
    expect(sorted('python AND Department:Techniek')).toEqual(['jeroen', 'sanne']);
    expect(sorted('python Department:Techniek')).toEqual(['jeroen', 'sanne']);
    expect(sorted('Skills:python OR Skills:statistiek')).toEqual(['jeroen', 'sanne']);
    expect(sorted('python NOT Skills:python')).toEqual(['fatima', 'jeroen']);
    expect(sorted('python -Department:Techniek')).toEqual(['fatima']);
    expect(sorted('(Skills:python OR Interests:python) AND JobTitle:docent')).toEqual(['sanne']);
    expect(sorted('NOT JobTitle:docent')).toEqual(['anne', 'daan', 'fatima']);
  });

  it('finds nobody through an unknown managed property, and everybody with *', () => {
    expect(sorted('ShoeSize:42')).toEqual([]);
    expect(sorted('*')).toEqual(['anne', 'daan', 'fatima', 'jeroen', 'sanne']);
  });

  it('ranks declared skills above a mention in about me', () => {
    expect(ids('toetsing')).toEqual(['anne', 'daan']);
    const ranked = rankPeople(people, parseKql('toetsing'));
    expect(ranked[0].rank).toBeGreaterThan(ranked[1].rank);
  });

  it('ranks a name hit above a department hit', () => {
    const extra = [
      ...people,
      person('techniek', {
        displayName: 'Tom Techniek',
        givenName: 'Tom',
        surname: 'Techniek',
        department: 'Dienst ICT'
      })
    ];
    expect(rankPeople(extra, parseKql('techniek'))[0].document.id).toBe('techniek');
  });
});

describe('refiners', () => {
  it('counts values over all matches, most frequent first, with SharePoint tokens', () => {
    const matches = rankPeople(people, parseKql('python OR toetsing')).map((result) => result.document);
    const [department, skills] = computeRefiners(matches, ['Department', 'Skills']);
    expect(department.name).toBe('Department');
    expect(department.entries[0]).toEqual({
      name: 'Faculteit Techniek',
      count: 2,
      token: refinementToken('Faculteit Techniek')
    });
    expect(matches).toHaveLength(5);
    expect(department.entries.reduce((sum, entry) => sum + entry.count, 0)).toBe(5);
    expect(skills.entries.map((entry) => entry.name)).toContain('Python');
    expect(refinementToken('AB')).toBe('"ǂǂ4142"');
  });

  it('filters on refinement tokens and equals(), combined with and/or', () => {
    const techniek = parseRefinementFilter(`Department:${refinementToken('Faculteit Techniek')}`);
    expect(people.filter((doc) => matchesRefinementFilter(doc, techniek)).map((doc) => doc.id)).toEqual([
      'sanne',
      'jeroen'
    ]);
    const either = parseRefinementFilter('or(JobTitle:equals("Onderzoeker"),JobTitle:equals("Beleidsadviseur"))');
    expect(people.filter((doc) => matchesRefinementFilter(doc, either)).map((doc) => doc.id)).toEqual([
      'daan',
      'fatima'
    ]);
    expect(() => parseRefinementFilter('Department:equals(')).toThrow(KqlSyntaxError);
    expect(() => parseRefinementFilter('and(Department:"x"')).toThrow(KqlSyntaxError);
  });
});
