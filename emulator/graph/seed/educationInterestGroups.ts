import { FACULTIES, FOO, FG, FT, FBE, FMR, FDMCI, ICT, DOO, DSZ, BC } from './interestGroupDepartments';
import { group, type InterestGroupDefinition } from './interestGroupDefinition';

/** Groups about teaching, students, research and the faculties' own fields. */
export const EDUCATION_INTEREST_GROUPS: readonly InterestGroupDefinition[] = [
  group(
    'toetsing',
    'Toetsing en beoordeling',
    'Public',
    ['Docent', 'Examencommissie'],
    ['assessment', 'feedback-literacy'],
    FACULTIES,
    'Alles over toetsen, rubrics, beoordelen en examencommissies.',
    110,
    true
  ),
  group(
    'genai',
    'AI in het onderwijs',
    'Public',
    ['Docent', 'Onderwijskundige', 'Beleidsadviseur'],
    ['generative-ai', 'educational-technology'],
    [...FACULTIES, DOO],
    'Ervaringen met ChatGPT, Copilot en andere generatieve AI in lessen en toetsing.',
    140,
    true
  ),
  group(
    'blended',
    'Blended en online onderwijs',
    'Public',
    ['Docent', 'Onderwijskundige'],
    ['blended-learning', 'online-teaching'],
    [...FACULTIES, DOO],
    'Hybride lessen, kennisclips en online werkvormen.',
    80,
    true
  ),
  group(
    'slb',
    'Studieloopbaanbegeleiding',
    'Public',
    ['Docent', 'Studieloopbaanbegeleider', 'Studieadviseur'],
    ['student-coaching', 'student-wellbeing'],
    [...FACULTIES, DSZ],
    "Voor slb'ers: gesprekstechnieken, signaleren en doorverwijzen.",
    70,
    true
  ),
  group(
    'stages',
    'Stagebegeleiding',
    'Public',
    ['Docent', 'Stagecoördinator'],
    ['internships'],
    [FG, FOO, FBE, FMR],
    'Stageplekken, beoordeling en begeleiding van stagiairs.',
    60
  ),
  group(
    'onderzoek',
    'Praktijkgericht onderzoek',
    'Public',
    ['Lector', 'Onderzoeker', 'Docent'],
    ['practice-based-research', 'qualitative-research'],
    FACULTIES,
    'Onderzoeksopzet, methoden en valorisatie in het hbo.',
    80,
    true
  ),
  group(
    'ethiek',
    'Onderzoeksethiek',
    'Public',
    ['Lector', 'Onderzoeker'],
    ['research-ethics', 'privacy-gdpr'],
    [FG, FMR, FOO],
    'Ethische toetsing van onderzoek met mensen.',
    35
  ),
  group(
    'subsidies',
    'Subsidies en fondsen',
    'Public',
    ['Lector', 'Onderzoeker', 'Subsidieadviseur'],
    ['grant-writing'],
    [...FACULTIES, DOO],
    'NWO, Regieorgaan SIA, Erasmus+ en andere regelingen.',
    40
  ),
  group(
    'openscience',
    'Open science',
    'Public',
    ['Onderzoeker', 'Informatiespecialist'],
    ['open-science'],
    [BC, DOO, FG, FT],
    'Open access publiceren, FAIR data en datamanagementplannen.',
    30
  ),
  group(
    'data',
    'Data-analyse en statistiek',
    'Public',
    ['Onderzoeker', 'Docent', 'Informatieadviseur'],
    ['data-analysis', 'statistics', 'python'],
    [FT, FBE, FG, ICT],
    'SPSS, R, Python en dashboards: vragen en tips.',
    70
  ),
  group(
    'inclusie',
    'Inclusief onderwijs',
    'Public',
    ['Docent', 'Studentendecaan'],
    ['inclusive-education'],
    [...FACULTIES, DSZ],
    'Onderwijs dat werkt voor alle studenten.',
    50
  ),
  group(
    'welzijn',
    'Studentenwelzijn',
    'Public',
    ['Studieadviseur', 'Studentpsycholoog', 'Docent'],
    ['student-wellbeing'],
    [DSZ, FG, FOO],
    'Mentale gezondheid en welzijn van studenten.',
    45
  ),
  group(
    'kwaliteit',
    'Kwaliteitszorg en accreditatie',
    'Public',
    ['Kwaliteitszorgmedewerker', 'Opleidingscoördinator', 'Teamleider'],
    ['quality-assurance'],
    [DOO, ...FACULTIES],
    'NVAO-visitaties, zelfevaluaties en de PDCA-cyclus.',
    45
  ),
  group(
    'curriculum',
    'Curriculumontwikkeling',
    'Public',
    ['Docent', 'Onderwijskundige', 'Opleidingscoördinator'],
    ['curriculum-design', 'didactics'],
    [...FACULTIES, DOO],
    'Van beroepsprofiel naar leeruitkomsten en onderwijseenheden.',
    60,
    true
  ),
  group(
    'didactiek',
    'Didactiek en werkvormen',
    'Public',
    ['Docent'],
    ['didactics', 'presenting'],
    FACULTIES,
    'Activerende werkvormen en wat werkt in de klas.',
    60
  ),
  group(
    'emi',
    'Lesgeven in het Engels',
    'Public',
    ['Docent'],
    ['english-teaching'],
    [FBE, FDMCI, FT],
    'Teaching international classrooms: language, culture and materials.',
    35
  ),
  group(
    'internationaal',
    'Internationalisering',
    'Public',
    ['Docent', 'Beleidsadviseur', 'Coördinator internationalisering'],
    ['international-relations'],
    [FBE, DSZ, DOO],
    'Uitwisseling, Erasmus+ en internationale samenwerking.',
    35
  ),
  group(
    'examencommissies',
    'Examencommissies',
    'Private',
    ['Examencommissie'],
    ['assessment', 'quality-assurance', 'law'],
    FACULTIES,
    'Besloten overleg van examencommissieleden.',
    35
  ),
  group(
    'schrijven',
    'Academisch schrijven',
    'Public',
    ['Docent', 'Onderzoeker'],
    ['academic-writing', 'science-communication'],
    [...FACULTIES, BC],
    'Schrijfonderwijs en publiceren.',
    25
  ),
  group(
    'zorg',
    'Zorg en welzijn',
    'Public',
    ['Docent', 'Lector'],
    ['nursing', 'sports-and-health'],
    [FG],
    'Verpleegkunde, fysiotherapie en bewegen.',
    50
  ),
  group(
    'techniek',
    'Techniek en innovatie',
    'Public',
    ['Docent', 'Labcoördinator'],
    ['engineering', 'software-development'],
    [FT, ICT],
    'Labs, makerspaces en softwareontwikkeling.',
    45
  ),
  group(
    'ondernemerschap',
    'Ondernemerschap',
    'Public',
    ['Docent', 'Lector'],
    ['entrepreneurship', 'marketing'],
    [FBE, FDMCI],
    'Studentondernemers, startups en marketing.',
    30
  ),
  group(
    'lerarenopleiding',
    'Lerarenopleidingen',
    'Private',
    ['Docent', 'Teamleider'],
    ['teacher-training', 'didactics'],
    [FOO],
    'Besloten werkgroep van de lerarenopleidingen.',
    55
  )
];
