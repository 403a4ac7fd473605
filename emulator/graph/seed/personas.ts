/** Demo accounts that exist in every seed, whatever its size; `featured` ones are offered in sign-in pickers. */
export interface Persona {
  givenName: string;
  surname: string;
  jobTitle: string;
  department: string;
  /** UPN local part of the persona's manager, or 'board' for the chair of the board. */
  manager: string | null;
  featured: boolean;
  hasPhoto: boolean;
  preferredLanguage: 'nl-NL' | 'en-US';
  aboutMe: string | null;
  /** Vocabulary ids; labels are chosen in the persona's language. */
  skills: readonly string[];
  interests: readonly string[];
  responsibilities: readonly string[];
  pastProjects: readonly string[];
  schools: readonly string[];
  /** The persona leads the team of these unit staff (for managers: how many generated reports at least). */
  minimumReports?: number;
}

export const DEFAULT_USER_LOCAL_PART = 'anne.devries';

export const PERSONAS: Readonly<Record<string, Persona>> = {
  'marleen.hoekstra': {
    givenName: 'Marleen',
    surname: 'Hoekstra',
    jobTitle: 'Voorzitter College van Bestuur',
    department: 'College van Bestuur',
    manager: null,
    featured: false,
    hasPhoto: true,
    preferredLanguage: 'nl-NL',
    aboutMe: 'Voorzitter van het College van Bestuur.',
    skills: ['leadership', 'change-management'],
    interests: ['sustainability'],
    responsibilities: ['policy-advice'],
    pastProjects: [],
    schools: ['Universiteit Utrecht']
  },
  'pieter.vandenberg': {
    givenName: 'Pieter',
    surname: 'van den Berg',
    jobTitle: 'Decaan',
    department: 'Faculteit Onderwijs en Opvoeding',
    manager: 'board',
    featured: true,
    hasPhoto: true,
    preferredLanguage: 'nl-NL',
    aboutMe:
      'Decaan van de Faculteit Onderwijs en Opvoeding. Bouwt aan een faculteit waar onderwijs en onderzoek elkaar versterken.',
    skills: ['leadership', 'change-management', 'quality-assurance', 'teacher-training'],
    interests: ['inclusive-education', 'open-science'],
    responsibilities: ['quality-assurance'],
    pastProjects: ['Accreditatie lerarenopleidingen 2024'],
    schools: ['Universiteit van Amsterdam']
  },
  'anne.devries': {
    givenName: 'Anne',
    surname: 'de Vries',
    jobTitle: 'Teamleider Onderwijs',
    department: 'Faculteit Onderwijs en Opvoeding',
    manager: 'pieter.vandenberg',
    featured: true,
    hasPhoto: true,
    preferredLanguage: 'nl-NL',
    aboutMe:
      'Teamleider van de lerarenopleiding. Ik werk aan toetsing die studenten echt iets leert en aan een team dat van elkaar leert.',
    skills: ['curriculum-design', 'assessment', 'blended-learning', 'feedback-literacy', 'leadership', 'generative-ai'],
    interests: ['inclusive-education', 'educational-technology', 'open-science', 'sustainability'],
    responsibilities: ['assessment', 'curriculum-design', 'generative-ai'],
    pastProjects: ['Herontwerp propedeuse 2023', 'Pilot programmatisch toetsen'],
    schools: ['Hogeschool van Amsterdam', 'Universiteit Utrecht'],
    minimumReports: 8
  },
  'daan.bakker': {
    givenName: 'Daan',
    surname: 'Bakker',
    jobTitle: 'Beleidsadviseur',
    department: 'Dienst Onderwijs en Onderzoek',
    manager: 'ingrid.mulder',
    featured: true,
    hasPhoto: false,
    preferredLanguage: 'nl-NL',
    aboutMe: null,
    skills: ['policy-advice'],
    interests: [],
    responsibilities: [],
    pastProjects: [],
    schools: []
  },
  'fatima.elamrani': {
    givenName: 'Fatima',
    surname: 'el Amrani',
    jobTitle: 'Lector Digitale Didactiek',
    department: 'Faculteit Onderwijs en Opvoeding',
    manager: 'anne.devries',
    featured: true,
    hasPhoto: true,
    preferredLanguage: 'en-US',
    aboutMe:
      'Professor of applied sciences in digital didactics. Ask me about research design and AI in the classroom.',
    skills: [
      'practice-based-research',
      'educational-technology',
      'generative-ai',
      'qualitative-research',
      'grant-writing'
    ],
    interests: ['open-science', 'accessibility', 'machine-learning'],
    responsibilities: ['practice-based-research', 'grant-writing'],
    pastProjects: ['NRO project Feedback met AI'],
    schools: ['Vrije Universiteit Amsterdam']
  },
  'sanne.jansen': {
    givenName: 'Sanne',
    surname: 'Jansen',
    jobTitle: 'Docent',
    department: 'Faculteit Onderwijs en Opvoeding',
    manager: 'anne.devries',
    featured: true,
    hasPhoto: true,
    preferredLanguage: 'nl-NL',
    aboutMe: 'Docent pedagogiek en studieloopbaanbegeleider.',
    skills: ['didactics', 'student-coaching', 'internships'],
    interests: ['student-wellbeing', 'inclusive-education'],
    responsibilities: ['student-coaching'],
    pastProjects: [],
    schools: ['Hogeschool Utrecht']
  },
  'ingrid.mulder': {
    givenName: 'Ingrid',
    surname: 'Mulder',
    jobTitle: 'Teamleider Beleid',
    department: 'Dienst Onderwijs en Onderzoek',
    manager: null,
    featured: true,
    hasPhoto: true,
    preferredLanguage: 'nl-NL',
    aboutMe: 'Teamleider van de beleidsadviseurs onderwijs en onderzoek.',
    skills: ['policy-advice', 'quality-assurance', 'project-management'],
    interests: ['change-management'],
    responsibilities: ['quality-assurance'],
    pastProjects: ['Instellingstoets kwaliteitszorg'],
    schools: ['Erasmus Universiteit Rotterdam']
  },
  'mehmet.yilmaz': {
    givenName: 'Mehmet',
    surname: 'Yılmaz',
    jobTitle: 'Functioneel beheerder',
    department: 'Dienst ICT',
    manager: null,
    featured: true,
    hasPhoto: true,
    preferredLanguage: 'en-US',
    aboutMe: 'I keep SharePoint and Teams running for everyone. Happy to help with sites, permissions and Power BI.',
    skills: ['sharepoint', 'microsoft-teams', 'information-security', 'data-visualisation'],
    interests: ['agile', 'accessibility'],
    responsibilities: ['sharepoint', 'microsoft-teams'],
    pastProjects: ['Migratie naar SharePoint Online'],
    schools: []
  },
  'lotte.visser': {
    givenName: 'Lotte',
    surname: 'Visser',
    jobTitle: 'Studieadviseur',
    department: 'Dienst Studentenzaken',
    manager: null,
    featured: true,
    hasPhoto: true,
    preferredLanguage: 'nl-NL',
    aboutMe: 'Studieadviseur voor eerstejaars.',
    skills: ['student-wellbeing', 'student-coaching', 'timetabling'],
    interests: ['inclusive-education'],
    responsibilities: ['student-wellbeing'],
    pastProjects: [],
    schools: ['Hogeschool Rotterdam']
  },
  'emma.dejong': {
    givenName: 'Emma',
    surname: 'de Jong',
    jobTitle: 'Onderzoeker',
    department: 'Faculteit Gezondheid',
    manager: null,
    featured: true,
    hasPhoto: true,
    preferredLanguage: 'en-US',
    aboutMe: 'Researcher in nursing and healthy ageing.',
    skills: ['nursing', 'statistics', 'qualitative-research', 'research-ethics'],
    interests: ['open-science', 'data-analysis'],
    responsibilities: ['research-ethics', 'statistics'],
    pastProjects: ['Langer thuis wonen'],
    schools: ['Maastricht University']
  },
  'thomas.meijer': {
    givenName: 'Thomas',
    surname: 'Meijer',
    jobTitle: 'Docent',
    department: 'Faculteit Techniek',
    manager: null,
    featured: true,
    hasPhoto: false,
    preferredLanguage: 'nl-NL',
    aboutMe: null,
    skills: ['python', 'software-development', 'machine-learning'],
    interests: ['sustainability'],
    responsibilities: ['python'],
    pastProjects: [],
    schools: ['TU Delft']
  }
};
