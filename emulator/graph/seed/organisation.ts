/** The demo organisation: a Dutch university of applied sciences. */
export const DOMAIN = 'hogeschool.example';
export const TENANT_ID = '8f3c2e1a-4b5d-4c6e-9f70-1a2b3c4d5e6f';
export const ORGANISATION_NAME = 'Hogeschool Kring';

export interface OrganisationUnit {
  /** Graph `department` of everyone in the unit. */
  name: string;
  kind: 'faculty' | 'service';
  headTitle: string;
  teamLeadTitle: string;
  /** Job titles of staff, repeated to weight them. */
  staffTitles: readonly string[];
  /** Vocabulary ids that people in this unit tend to list. */
  skillIds: readonly string[];
  building: string;
  /** Share of staff in this unit, relative. */
  weight: number;
}

export const CENTRAL_BOARD = 'College van Bestuur';

export const UNITS: readonly OrganisationUnit[] = [
  {
    name: 'Faculteit Onderwijs en Opvoeding',
    kind: 'faculty',
    headTitle: 'Decaan',
    teamLeadTitle: 'Teamleider Onderwijs',
    staffTitles: [
      'Docent',
      'Docent',
      'Docent',
      'Hoofddocent',
      'Lector',
      'Onderzoeker',
      'Studieloopbaanbegeleider',
      'Opleidingscoördinator'
    ],
    skillIds: [
      'curriculum-design',
      'didactics',
      'teacher-training',
      'assessment',
      'inclusive-education',
      'student-coaching',
      'feedback-literacy',
      'blended-learning'
    ],
    building: 'Wibauthuis',
    weight: 14
  },
  {
    name: 'Faculteit Gezondheid',
    kind: 'faculty',
    headTitle: 'Decaan',
    teamLeadTitle: 'Teamleider Opleiding',
    staffTitles: [
      'Docent',
      'Docent',
      'Docent',
      'Hoofddocent',
      'Lector',
      'Onderzoeker',
      'Praktijkdocent',
      'Stagecoördinator'
    ],
    skillIds: [
      'nursing',
      'sports-and-health',
      'internships',
      'practice-based-research',
      'qualitative-research',
      'research-ethics',
      'student-wellbeing'
    ],
    building: 'Tafelbergweg',
    weight: 14
  },
  {
    name: 'Faculteit Techniek',
    kind: 'faculty',
    headTitle: 'Decaan',
    teamLeadTitle: 'Teamleider Opleiding',
    staffTitles: [
      'Docent',
      'Docent',
      'Docent',
      'Hoofddocent',
      'Lector',
      'Onderzoeker',
      'Instructeur',
      'Labcoördinator'
    ],
    skillIds: [
      'engineering',
      'software-development',
      'python',
      'machine-learning',
      'sustainability',
      'logistics',
      'data-analysis',
      'urban-planning'
    ],
    building: 'Leeuwenburg',
    weight: 13
  },
  {
    name: 'Faculteit Business en Economie',
    kind: 'faculty',
    headTitle: 'Decaan',
    teamLeadTitle: 'Teamleider Opleiding',
    staffTitles: ['Docent', 'Docent', 'Docent', 'Hoofddocent', 'Lector', 'Onderzoeker', 'Stagecoördinator'],
    skillIds: [
      'economics',
      'marketing',
      'entrepreneurship',
      'statistics',
      'international-relations',
      'english-teaching',
      'project-management'
    ],
    building: 'Fraijlemaborg',
    weight: 13
  },
  {
    name: 'Faculteit Maatschappij en Recht',
    kind: 'faculty',
    headTitle: 'Decaan',
    teamLeadTitle: 'Teamleider Opleiding',
    staffTitles: ['Docent', 'Docent', 'Docent', 'Hoofddocent', 'Lector', 'Onderzoeker', 'Praktijkdocent'],
    skillIds: [
      'law',
      'social-work',
      'privacy-gdpr',
      'policy-advice',
      'qualitative-research',
      'student-coaching',
      'academic-writing'
    ],
    building: 'Kohnstammhuis',
    weight: 12
  },
  {
    name: 'Faculteit Digitale Media en Creatieve Industrie',
    kind: 'faculty',
    headTitle: 'Decaan',
    teamLeadTitle: 'Teamleider Opleiding',
    staffTitles: ['Docent', 'Docent', 'Docent', 'Hoofddocent', 'Lector', 'Onderzoeker', 'Instructeur'],
    skillIds: [
      'data-visualisation',
      'social-media',
      'accessibility',
      'generative-ai',
      'software-development',
      'science-communication',
      'presenting'
    ],
    building: 'Benno Premselahuis',
    weight: 12
  },
  {
    name: 'Dienst ICT',
    kind: 'service',
    headTitle: 'Directeur ICT',
    teamLeadTitle: 'Teamleider ICT',
    staffTitles: [
      'Functioneel beheerder',
      'Applicatiebeheerder',
      'Informatieadviseur',
      'Security officer',
      'Servicedeskmedewerker',
      'Ontwikkelaar'
    ],
    skillIds: [
      'sharepoint',
      'microsoft-teams',
      'information-security',
      'software-development',
      'learning-management-systems',
      'excel',
      'agile'
    ],
    building: 'Koetsier-Montaignehuis',
    weight: 6
  },
  {
    name: 'Dienst Onderwijs en Onderzoek',
    kind: 'service',
    headTitle: 'Directeur Onderwijs en Onderzoek',
    teamLeadTitle: 'Teamleider Beleid',
    staffTitles: [
      'Beleidsadviseur',
      'Onderwijskundige',
      'Kwaliteitszorgmedewerker',
      'Onderzoeksondersteuner',
      'Subsidieadviseur'
    ],
    skillIds: [
      'quality-assurance',
      'policy-advice',
      'curriculum-design',
      'grant-writing',
      'open-science',
      'educational-technology',
      'generative-ai'
    ],
    building: 'Maagdenhuis',
    weight: 5
  },
  {
    name: 'Dienst Studentenzaken',
    kind: 'service',
    headTitle: 'Directeur Studentenzaken',
    teamLeadTitle: 'Teamleider Studentzaken',
    staffTitles: [
      'Studieadviseur',
      'Studentendecaan',
      'Studentpsycholoog',
      'Medewerker studentenadministratie',
      'Roostermaker'
    ],
    skillIds: [
      'student-wellbeing',
      'student-coaching',
      'timetabling',
      'inclusive-education',
      'international-relations'
    ],
    building: 'Wibauthuis',
    weight: 5
  },
  {
    name: 'Dienst HR en Financiën',
    kind: 'service',
    headTitle: 'Directeur Bedrijfsvoering',
    teamLeadTitle: 'Teamleider Bedrijfsvoering',
    staffTitles: ['HR-adviseur', 'Controller', 'Financieel adviseur', 'Inkoopadviseur', 'Salarisadministrateur'],
    skillIds: ['hr-advice', 'budgeting', 'procurement', 'excel', 'change-management', 'leadership'],
    building: 'Maagdenhuis',
    weight: 4
  },
  {
    name: 'Bibliotheek en Communicatie',
    kind: 'service',
    headTitle: 'Directeur Communicatie',
    teamLeadTitle: 'Teamleider Communicatie',
    staffTitles: [
      'Informatiespecialist',
      'Communicatieadviseur',
      'Webredacteur',
      'Evenementencoördinator',
      'Bibliothecaris'
    ],
    skillIds: [
      'library-services',
      'science-communication',
      'social-media',
      'event-organisation',
      'open-science',
      'accessibility'
    ],
    building: 'Kohnstammhuis',
    weight: 4
  }
];

export function unitByName(name: string): OrganisationUnit {
  const unit = UNITS.find((u) => u.name === name);
  if (!unit) {
    throw new Error(`Unknown organisation unit ${name}`);
  }
  return unit;
}
