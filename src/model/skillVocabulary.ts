import type { KringLocale } from '../host/HostInfo';

export type SkillCategory = 'education' | 'research' | 'data' | 'it' | 'communication' | 'management' | 'support' | 'domain';

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
  term('curriculum-design', 'education', 'Curriculum design', 'Curriculumontwikkeling', 'curriculum development', 'onderwijsontwikkeling'),
  term('assessment', 'education', 'Assessment', 'Toetsing', 'testing and assessment', 'toetsen', 'examination'),
  term('blended-learning', 'education', 'Blended learning', 'Blended leren', 'hybrid learning', 'hybride onderwijs'),
  term('online-teaching', 'education', 'Online teaching', 'Online lesgeven', 'e-learning', 'afstandsonderwijs'),
  term('student-coaching', 'education', 'Student coaching', 'Studentbegeleiding', 'study career coaching', 'slb', 'studieloopbaanbegeleiding'),
  term('internships', 'education', 'Internship supervision', 'Stagebegeleiding', 'work placement', 'stages'),
  term('inclusive-education', 'education', 'Inclusive education', 'Inclusief onderwijs', 'diversity in education'),
  term('didactics', 'education', 'Didactics', 'Didactiek', 'pedagogy', 'pedagogiek'),
  term('educational-technology', 'education', 'Educational technology', 'Onderwijstechnologie', 'edtech', 'ict in het onderwijs'),
  term('feedback-literacy', 'education', 'Feedback literacy', 'Feedbackgeletterdheid', 'giving feedback', 'feedback geven'),
  term('practice-based-research', 'research', 'Practice-based research', 'Praktijkgericht onderzoek', 'applied research', 'toegepast onderzoek'),
  term('qualitative-research', 'research', 'Qualitative research', 'Kwalitatief onderzoek', 'interviews', 'focus groups'),
  term('research-ethics', 'research', 'Research ethics', 'Onderzoeksethiek', 'ethics review'),
  term('grant-writing', 'research', 'Grant writing', 'Subsidieaanvragen schrijven', 'funding applications', 'subsidies', 'nwo'),
  term('open-science', 'research', 'Open science', 'Open science', 'open access', 'open data'),
  term('data-analysis', 'data', 'Data analysis', 'Data-analyse', 'data analytics', 'analyse van data', 'data analyse'),
  term('statistics', 'data', 'Statistics', 'Statistiek', 'spss', 'statistical analysis'),
  term('data-visualisation', 'data', 'Data visualisation', 'Datavisualisatie', 'data visualization', 'dashboards', 'power bi'),
  term('machine-learning', 'data', 'Machine learning', 'Machine learning', 'ai', 'artificial intelligence', 'kunstmatige intelligentie'),
  term('generative-ai', 'data', 'Generative AI in education', 'Generatieve AI in het onderwijs', 'chatgpt', 'copilot', 'genai'),
  term('python', 'data', 'Python', 'Python', 'python programming', 'pandas'),
  term('privacy-gdpr', 'data', 'Privacy and GDPR', 'Privacy en AVG', 'gdpr', 'avg', 'data protection', 'gegevensbescherming'),
  term('sharepoint', 'it', 'SharePoint', 'SharePoint', 'intranet', 'sharepoint online'),
  term('microsoft-teams', 'it', 'Microsoft Teams', 'Microsoft Teams', 'teams'),
  term('excel', 'it', 'Excel', 'Excel', 'spreadsheets', 'microsoft excel'),
  term('information-security', 'it', 'Information security', 'Informatiebeveiliging', 'cyber security', 'cybersecurity'),
  term('software-development', 'it', 'Software development', 'Softwareontwikkeling', 'programming', 'programmeren'),
  term('accessibility', 'it', 'Digital accessibility', 'Digitale toegankelijkheid', 'wcag', 'toegankelijkheid'),
  term('learning-management-systems', 'it', 'Learning management systems', 'Elektronische leeromgeving', 'lms', 'elo', 'brightspace', 'canvas', 'moodle'),
  term('science-communication', 'communication', 'Science communication', 'Wetenschapscommunicatie', 'outreach'),
  term('academic-writing', 'communication', 'Academic writing', 'Academisch schrijven', 'scientific writing', 'schrijfvaardigheid'),
  term('presenting', 'communication', 'Presenting', 'Presenteren', 'public speaking', 'spreken in het openbaar'),
  term('english-teaching', 'communication', 'Teaching in English', 'Lesgeven in het Engels', 'english medium instruction', 'emi'),
  term('social-media', 'communication', 'Social media', 'Sociale media', 'linkedin', 'online communicatie'),
  term('project-management', 'management', 'Project management', 'Projectmanagement', 'prince2', 'projectleiding'),
  term('change-management', 'management', 'Change management', 'Verandermanagement', 'organisational change'),
  term('quality-assurance', 'management', 'Quality assurance', 'Kwaliteitszorg', 'accreditation', 'accreditatie', 'nvao'),
  term('policy-advice', 'management', 'Policy advice', 'Beleidsadvies', 'policy making', 'beleid'),
  term('leadership', 'management', 'Leadership', 'Leiderschap', 'people management', 'leidinggeven'),
  term('agile', 'management', 'Agile working', 'Agile werken', 'scrum', 'kanban'),
  term('budgeting', 'management', 'Budgeting', 'Begroten', 'financial planning', 'begroting'),
  term('international-relations', 'management', 'International relations', 'Internationalisering', 'internationalisation', 'erasmus', 'exchange programmes'),
  term('student-wellbeing', 'support', 'Student wellbeing', 'Studentenwelzijn', 'mental health', 'mentale gezondheid'),
  term('timetabling', 'support', 'Timetabling', 'Roostering', 'scheduling', 'roosters'),
  term('procurement', 'support', 'Procurement', 'Inkoop', 'tenders', 'aanbesteding'),
  term('hr-advice', 'support', 'HR advice', 'HR-advies', 'human resources', 'personeelszaken'),
  term('library-services', 'support', 'Library services', 'Bibliotheekdiensten', 'information literacy', 'informatievaardigheden'),
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

/** Folds case, accents, hyphens and spacing, so "Data-analyse" and "data analyse" compare equal. */
export function normaliseSkill(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[-_/.,]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const termByWord = new Map<string, SkillTerm>();
for (const entry of SKILL_VOCABULARY) {
  for (const word of [entry.en, entry.nl, ...entry.synonyms]) {
    const key = normaliseSkill(word);
    if (!termByWord.has(key)) {
      termByWord.set(key, entry);
    }
  }
}

/** The vocabulary concept a label stands for, in either language or as a synonym. */
export function findSkillTerm(label: string): SkillTerm | undefined {
  return termByWord.get(normaliseSkill(label));
}

export function skillLabel(entry: SkillTerm, locale: KringLocale): string {
  return locale === 'nl-nl' ? entry.nl : entry.en;
}

/** True when two labels mean the same skill: equal once normalised, or the same vocabulary concept. */
export function sameSkill(a: string, b: string): boolean {
  if (normaliseSkill(a) === normaliseSkill(b)) {
    return true;
  }
  const termA = findSkillTerm(a);
  return termA !== undefined && termA === findSkillTerm(b);
}

/** Every word that means the same as the label (both languages and synonyms), for searching. */
export function skillSearchWords(label: string): string[] {
  const entry = findSkillTerm(label);
  return entry ? [entry.en, entry.nl, ...entry.synonyms] : [label];
}

/**
 * Suggestions for a partly typed skill: concepts where any of their words starts with (ranked first) or contains
 * the query, labelled in the user's language, skipping concepts already chosen.
 */
export function suggestSkills(query: string, locale: KringLocale, exclude: readonly string[] = [], limit = 8): SkillTerm[] {
  const needle = normaliseSkill(query);
  if (needle === '') {
    return [];
  }
  const excluded = new Set(exclude.map((label) => findSkillTerm(label)).filter((t): t is SkillTerm => t !== undefined));
  const scored: { entry: SkillTerm; score: number }[] = [];
  for (const entry of SKILL_VOCABULARY) {
    if (excluded.has(entry)) {
      continue;
    }
    const words = [skillLabel(entry, locale), entry.en, entry.nl, ...entry.synonyms].map(normaliseSkill);
    let score = 0;
    if (words.some((w) => w.startsWith(needle))) {
      score = normaliseSkill(skillLabel(entry, locale)).startsWith(needle) ? 3 : 2;
    } else if (words.some((w) => w.includes(needle))) {
      score = 1;
    }
    if (score > 0) {
      scored.push({ entry, score });
    }
  }
  return scored
    .sort((a, b) => b.score - a.score || skillLabel(a.entry, locale).localeCompare(skillLabel(b.entry, locale)))
    .slice(0, limit)
    .map((s) => s.entry);
}
