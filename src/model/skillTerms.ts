export type SkillCategory =
  'education' | 'research' | 'data' | 'it' | 'communication' | 'management' | 'support' | 'domain';

/** One concept of the bilingual skill vocabulary, with the words people use for it in either language. */
export interface SkillTerm {
  id: string;
  en: string;
  nl: string;
  synonyms: readonly string[];
  category: SkillCategory;
}

function term(id: string, category: SkillCategory, en: string, nl: string, ...synonyms: string[]): SkillTerm {
  return { id, category, en, nl, synonyms };
}

/** Skills, interests and "ask me about" topics of staff at a university of applied sciences. */
export const SKILL_VOCABULARY: readonly SkillTerm[] = [
  term(
    'curriculum-design',
    'education',
    'Curriculum design',
    'Curriculumontwikkeling',
    'curriculum development',
    'onderwijsontwikkeling'
  ),
  term('assessment', 'education', 'Assessment', 'Toetsing', 'testing and assessment', 'toetsen', 'examination'),
  term('blended-learning', 'education', 'Blended learning', 'Blended leren', 'hybrid learning', 'hybride onderwijs'),
  term('online-teaching', 'education', 'Online teaching', 'Online lesgeven', 'e-learning', 'afstandsonderwijs'),
  term(
    'student-coaching',
    'education',
    'Student coaching',
    'Studentbegeleiding',
    'study career coaching',
    'slb',
    'studieloopbaanbegeleiding'
  ),
  term('internships', 'education', 'Internship supervision', 'Stagebegeleiding', 'work placement', 'stages'),
  term('inclusive-education', 'education', 'Inclusive education', 'Inclusief onderwijs', 'diversity in education'),
  term('didactics', 'education', 'Didactics', 'Didactiek', 'pedagogy', 'pedagogiek'),
  term(
    'educational-technology',
    'education',
    'Educational technology',
    'Onderwijstechnologie',
    'edtech',
    'ict in het onderwijs'
  ),
  term(
    'feedback-literacy',
    'education',
    'Feedback literacy',
    'Feedbackgeletterdheid',
    'giving feedback',
    'feedback geven'
  ),
  term(
    'practice-based-research',
    'research',
    'Practice-based research',
    'Praktijkgericht onderzoek',
    'applied research',
    'toegepast onderzoek'
  ),
  term(
    'qualitative-research',
    'research',
    'Qualitative research',
    'Kwalitatief onderzoek',
    'interviews',
    'focus groups'
  ),
  term('research-ethics', 'research', 'Research ethics', 'Onderzoeksethiek', 'ethics review'),
  term(
    'grant-writing',
    'research',
    'Grant writing',
    'Subsidieaanvragen schrijven',
    'funding applications',
    'subsidies',
    'nwo'
  ),
  term('open-science', 'research', 'Open science', 'Open science', 'open access', 'open data'),
  term('data-analysis', 'data', 'Data analysis', 'Data-analyse', 'data analytics', 'analyse van data', 'data analyse'),
  term('statistics', 'data', 'Statistics', 'Statistiek', 'spss', 'statistical analysis'),
  term(
    'data-visualisation',
    'data',
    'Data visualisation',
    'Datavisualisatie',
    'data visualization',
    'dashboards',
    'power bi'
  ),
  term(
    'machine-learning',
    'data',
    'Machine learning',
    'Machine learning',
    'ai',
    'artificial intelligence',
    'kunstmatige intelligentie'
  ),
  term(
    'generative-ai',
    'data',
    'Generative AI in education',
    'Generatieve AI in het onderwijs',
    'chatgpt',
    'copilot',
    'genai'
  ),
  term('python', 'data', 'Python', 'Python', 'python programming', 'pandas'),
  term(
    'privacy-gdpr',
    'data',
    'Privacy and GDPR',
    'Privacy en AVG',
    'gdpr',
    'avg',
    'data protection',
    'gegevensbescherming'
  ),
  term('sharepoint', 'it', 'SharePoint', 'SharePoint', 'intranet', 'sharepoint online'),
  term('microsoft-teams', 'it', 'Microsoft Teams', 'Microsoft Teams', 'teams'),
  term('excel', 'it', 'Excel', 'Excel', 'spreadsheets', 'microsoft excel'),
  term(
    'information-security',
    'it',
    'Information security',
    'Informatiebeveiliging',
    'cyber security',
    'cybersecurity'
  ),
  term('software-development', 'it', 'Software development', 'Softwareontwikkeling', 'programming', 'programmeren'),
  term('accessibility', 'it', 'Digital accessibility', 'Digitale toegankelijkheid', 'wcag', 'toegankelijkheid'),
  term(
    'learning-management-systems',
    'it',
    'Learning management systems',
    'Elektronische leeromgeving',
    'lms',
    'elo',
    'brightspace',
    'canvas',
    'moodle'
  ),
  term('science-communication', 'communication', 'Science communication', 'Wetenschapscommunicatie', 'outreach'),
  term(
    'academic-writing',
    'communication',
    'Academic writing',
    'Academisch schrijven',
    'scientific writing',
    'schrijfvaardigheid'
  ),
  term('presenting', 'communication', 'Presenting', 'Presenteren', 'public speaking', 'spreken in het openbaar'),
  term(
    'english-teaching',
    'communication',
    'Teaching in English',
    'Lesgeven in het Engels',
    'english medium instruction',
    'emi'
  ),
  term('social-media', 'communication', 'Social media', 'Sociale media', 'linkedin', 'online communicatie'),
  term('project-management', 'management', 'Project management', 'Projectmanagement', 'prince2', 'projectleiding'),
  term('change-management', 'management', 'Change management', 'Verandermanagement', 'organisational change'),
  term(
    'quality-assurance',
    'management',
    'Quality assurance',
    'Kwaliteitszorg',
    'accreditation',
    'accreditatie',
    'nvao'
  ),
  term('policy-advice', 'management', 'Policy advice', 'Beleidsadvies', 'policy making', 'beleid'),
  term('leadership', 'management', 'Leadership', 'Leiderschap', 'people management', 'leidinggeven'),
  term('agile', 'management', 'Agile working', 'Agile werken', 'scrum', 'kanban'),
  term('budgeting', 'management', 'Budgeting', 'Begroten', 'financial planning', 'begroting'),
  term(
    'international-relations',
    'management',
    'International relations',
    'Internationalisering',
    'internationalisation',
    'erasmus',
    'exchange programmes'
  ),
  term('student-wellbeing', 'support', 'Student wellbeing', 'Studentenwelzijn', 'mental health', 'mentale gezondheid'),
  term('timetabling', 'support', 'Timetabling', 'Roostering', 'scheduling', 'roosters'),
  term('procurement', 'support', 'Procurement', 'Inkoop', 'tenders', 'aanbesteding'),
  term('hr-advice', 'support', 'HR advice', 'HR-advies', 'human resources', 'personeelszaken'),
  term(
    'library-services',
    'support',
    'Library services',
    'Bibliotheekdiensten',
    'information literacy',
    'informatievaardigheden'
  ),
  term('event-organisation', 'support', 'Event organisation', 'Evenementenorganisatie', 'events', 'congressen'),
  term('nursing', 'domain', 'Nursing', 'Verpleegkunde', 'healthcare', 'zorg'),
  term('social-work', 'domain', 'Social work', 'Social work', 'maatschappelijk werk', 'sociaal werk'),
  term('sustainability', 'domain', 'Sustainability', 'Duurzaamheid', 'circular economy', 'circulaire economie'),
  term('entrepreneurship', 'domain', 'Entrepreneurship', 'Ondernemerschap', 'startups', 'innovation'),
  term('law', 'domain', 'Law', 'Recht', 'legal', 'juridisch'),
  term('marketing', 'domain', 'Marketing', 'Marketing', 'branding', 'marketingcommunicatie'),
  term('logistics', 'domain', 'Logistics', 'Logistiek', 'supply chain'),
  term('engineering', 'domain', 'Engineering', 'Techniek', 'technology', 'technische bedrijfskunde'),
  term('urban-planning', 'domain', 'Urban planning', 'Ruimtelijke ordening', 'city planning', 'stedenbouw'),
  term('sports-and-health', 'domain', 'Sports and health', 'Sport en gezondheid', 'physical activity', 'bewegen'),
  term('teacher-training', 'domain', 'Teacher training', 'Lerarenopleiding', 'teacher education', 'pabo'),
  term('economics', 'domain', 'Economics', 'Economie', 'business economics', 'bedrijfseconomie')
];
