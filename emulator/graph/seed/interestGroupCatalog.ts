/**
 * The 40 interest groups of the demo organisation: Microsoft 365 groups with a team, each tied to job functions
 * and topics (skill vocabulary ids). The SharePoint registry list is filled from the same catalogue.
 */
export interface InterestGroupDefinition {
  key: string;
  displayName: string;
  description: string;
  visibility: 'Public' | 'Private';
  jobFunctions: readonly string[];
  topics: readonly string[];
  featured: boolean;
  /** Departments whose staff are likely members. */
  departments: readonly string[];
  /** Relative activity: how many threads a year, roughly. */
  activity: number;
}

const FOO = 'Faculteit Onderwijs en Opvoeding';
const FG = 'Faculteit Gezondheid';
const FT = 'Faculteit Techniek';
const FBE = 'Faculteit Business en Economie';
const FMR = 'Faculteit Maatschappij en Recht';
const FDMCI = 'Faculteit Digitale Media en Creatieve Industrie';
const ICT = 'Dienst ICT';
const DOO = 'Dienst Onderwijs en Onderzoek';
const DSZ = 'Dienst Studentenzaken';
const HRF = 'Dienst HR en Financiën';
const BC = 'Bibliotheek en Communicatie';
const FACULTIES = [FOO, FG, FT, FBE, FMR, FDMCI];

function group(
  key: string, displayName: string, visibility: 'Public' | 'Private', jobFunctions: string[], topics: string[], departments: string[],
  description: string, activity = 60, featured = false
): InterestGroupDefinition {
  return { key, displayName, description, visibility, jobFunctions, topics, departments, activity, featured };
}

export const INTEREST_GROUPS: readonly InterestGroupDefinition[] = [
  group('toetsing', 'Toetsing en beoordeling', 'Public', ['Docent', 'Examencommissie'], ['assessment', 'feedback-literacy'], FACULTIES, 'Alles over toetsen, rubrics, beoordelen en examencommissies.', 110, true),
  group('genai', 'AI in het onderwijs', 'Public', ['Docent', 'Onderwijskundige', 'Beleidsadviseur'], ['generative-ai', 'educational-technology'], [...FACULTIES, DOO], 'Ervaringen met ChatGPT, Copilot en andere generatieve AI in lessen en toetsing.', 140, true),
  group('blended', 'Blended en online onderwijs', 'Public', ['Docent', 'Onderwijskundige'], ['blended-learning', 'online-teaching'], [...FACULTIES, DOO], 'Hybride lessen, kennisclips en online werkvormen.', 80, true),
  group('slb', 'Studieloopbaanbegeleiding', 'Public', ['Docent', 'Studieloopbaanbegeleider', 'Studieadviseur'], ['student-coaching', 'student-wellbeing'], [...FACULTIES, DSZ], 'Voor slb\'ers: gesprekstechnieken, signaleren en doorverwijzen.', 70, true),
  group('stages', 'Stagebegeleiding', 'Public', ['Docent', 'Stagecoördinator'], ['internships'], [FG, FOO, FBE, FMR], 'Stageplekken, beoordeling en begeleiding van stagiairs.', 60),
  group('onderzoek', 'Praktijkgericht onderzoek', 'Public', ['Lector', 'Onderzoeker', 'Docent'], ['practice-based-research', 'qualitative-research'], FACULTIES, 'Onderzoeksopzet, methoden en valorisatie in het hbo.', 80, true),
  group('ethiek', 'Onderzoeksethiek', 'Public', ['Lector', 'Onderzoeker'], ['research-ethics', 'privacy-gdpr'], [FG, FMR, FOO], 'Ethische toetsing van onderzoek met mensen.', 35),
  group('subsidies', 'Subsidies en fondsen', 'Public', ['Lector', 'Onderzoeker', 'Subsidieadviseur'], ['grant-writing'], [...FACULTIES, DOO], 'NWO, Regieorgaan SIA, Erasmus+ en andere regelingen.', 40),
  group('openscience', 'Open science', 'Public', ['Onderzoeker', 'Informatiespecialist'], ['open-science'], [BC, DOO, FG, FT], 'Open access publiceren, FAIR data en datamanagementplannen.', 30),
  group('data', 'Data-analyse en statistiek', 'Public', ['Onderzoeker', 'Docent', 'Informatieadviseur'], ['data-analysis', 'statistics', 'python'], [FT, FBE, FG, ICT], 'SPSS, R, Python en dashboards: vragen en tips.', 70),
  group('powerbi', 'Dashboards en Power BI', 'Public', ['Informatieadviseur', 'Controller', 'Beleidsadviseur'], ['data-visualisation', 'excel'], [ICT, HRF, DOO], 'Rapporteren met Power BI en Excel.', 40),
  group('privacy', 'Privacy en AVG', 'Public', ['Beleidsadviseur', 'Docent', 'Onderzoeker'], ['privacy-gdpr', 'information-security'], [ICT, DOO, FMR], 'Persoonsgegevens in onderwijs en onderzoek: wat mag wel en niet.', 45),
  group('security', 'Informatiebeveiliging', 'Private', ['Security officer', 'Functioneel beheerder'], ['information-security'], [ICT], 'Besloten overleg over beveiligingsincidenten en maatregelen.', 30),
  group('sharepoint', 'SharePoint en Teams', 'Public', ['Functioneel beheerder', 'Webredacteur', 'Iedereen'], ['sharepoint', 'microsoft-teams'], [ICT, BC, DOO], 'Hulp bij sites, teams, rechten en het intranet.', 90, true),
  group('elo', 'Brightspace gebruikers', 'Public', ['Docent', 'Functioneel beheerder'], ['learning-management-systems', 'educational-technology'], [...FACULTIES, ICT], 'Tips, vragen en storingen rond de elektronische leeromgeving.', 100, true),
  group('toegankelijk', 'Digitale toegankelijkheid', 'Public', ['Webredacteur', 'Docent', 'Ontwikkelaar'], ['accessibility'], [BC, ICT, FDMCI], 'WCAG, toegankelijke documenten en video.', 30),
  group('inclusie', 'Inclusief onderwijs', 'Public', ['Docent', 'Studentendecaan'], ['inclusive-education'], [...FACULTIES, DSZ], 'Onderwijs dat werkt voor alle studenten.', 50),
  group('welzijn', 'Studentenwelzijn', 'Public', ['Studieadviseur', 'Studentpsycholoog', 'Docent'], ['student-wellbeing'], [DSZ, FG, FOO], 'Mentale gezondheid en welzijn van studenten.', 45),
  group('kwaliteit', 'Kwaliteitszorg en accreditatie', 'Public', ['Kwaliteitszorgmedewerker', 'Opleidingscoördinator', 'Teamleider'], ['quality-assurance'], [DOO, ...FACULTIES], 'NVAO-visitaties, zelfevaluaties en de PDCA-cyclus.', 45),
  group('curriculum', 'Curriculumontwikkeling', 'Public', ['Docent', 'Onderwijskundige', 'Opleidingscoördinator'], ['curriculum-design', 'didactics'], [...FACULTIES, DOO], 'Van beroepsprofiel naar leeruitkomsten en onderwijseenheden.', 60, true),
  group('didactiek', 'Didactiek en werkvormen', 'Public', ['Docent'], ['didactics', 'presenting'], FACULTIES, 'Activerende werkvormen en wat werkt in de klas.', 60),
  group('emi', 'Lesgeven in het Engels', 'Public', ['Docent'], ['english-teaching'], [FBE, FDMCI, FT], 'Teaching international classrooms: language, culture and materials.', 35),
  group('internationaal', 'Internationalisering', 'Public', ['Docent', 'Beleidsadviseur', 'Coördinator internationalisering'], ['international-relations'], [FBE, DSZ, DOO], 'Uitwisseling, Erasmus+ en internationale samenwerking.', 35),
  group('duurzaam', 'Duurzame hogeschool', 'Public', ['Iedereen'], ['sustainability'], [...FACULTIES, HRF], 'Duurzaamheid in onderwijs, onderzoek en bedrijfsvoering.', 40),
  group('teamleiders', 'Teamleiders overleg', 'Private', ['Teamleider'], ['leadership', 'change-management'], [...FACULTIES, ICT, DOO, DSZ, HRF, BC], 'Besloten groep voor teamleiders: casuïstiek en beleid.', 50),
  group('leiderschap', 'Leiderschap en verandering', 'Public', ['Teamleider', 'Manager'], ['leadership', 'change-management'], [...FACULTIES, HRF], 'Leidinggeven in een kennisorganisatie.', 30),
  group('projecten', 'Projectmanagement', 'Public', ['Projectleider', 'Beleidsadviseur'], ['project-management', 'agile'], [ICT, DOO, HRF], 'Projecten plannen, sturen en afronden.', 30),
  group('beleid', 'Onderwijsbeleid', 'Public', ['Beleidsadviseur'], ['policy-advice'], [DOO, HRF], 'Beleidsnotities, OER en de jaarcyclus.', 40),
  group('examencommissies', 'Examencommissies', 'Private', ['Examencommissie'], ['assessment', 'quality-assurance', 'law'], FACULTIES, 'Besloten overleg van examencommissieleden.', 35),
  group('hr', 'HR-vragen', 'Public', ['Teamleider', 'HR-adviseur'], ['hr-advice'], [HRF], 'Werving, verlof, functioneren: stel je HR-vraag.', 35),
  group('inkoop', 'Inkoop en aanbesteden', 'Public', ['Inkoopadviseur', 'Controller'], ['procurement', 'budgeting'], [HRF, ICT], 'Bestellen, offertes en Europese aanbestedingen.', 20),
  group('roosters', 'Roosteren', 'Public', ['Roostermaker', 'Opleidingscoördinator'], ['timetabling'], [DSZ, ...FACULTIES], 'Roosterwensen, zaalreserveringen en uitzonderingen.', 40),
  group('bibliotheek', 'Informatievaardigheden', 'Public', ['Informatiespecialist', 'Docent'], ['library-services', 'academic-writing'], [BC, ...FACULTIES], 'Zoeken, bronnen beoordelen en correct citeren.', 25),
  group('schrijven', 'Academisch schrijven', 'Public', ['Docent', 'Onderzoeker'], ['academic-writing', 'science-communication'], [...FACULTIES, BC], 'Schrijfonderwijs en publiceren.', 25),
  group('communicatie', 'Wetenschapscommunicatie', 'Public', ['Communicatieadviseur', 'Lector'], ['science-communication', 'social-media'], [BC, ...FACULTIES], 'Onderzoek zichtbaar maken: media, podcasts en LinkedIn.', 25),
  group('evenementen', 'Evenementen en open dagen', 'Public', ['Evenementencoördinator', 'Communicatieadviseur'], ['event-organisation'], [BC, DSZ], 'Open dagen, congressen en de opening van het studiejaar.', 25),
  group('zorg', 'Zorg en welzijn', 'Public', ['Docent', 'Lector'], ['nursing', 'sports-and-health'], [FG], 'Verpleegkunde, fysiotherapie en bewegen.', 50),
  group('techniek', 'Techniek en innovatie', 'Public', ['Docent', 'Labcoördinator'], ['engineering', 'software-development'], [FT, ICT], 'Labs, makerspaces en softwareontwikkeling.', 45),
  group('ondernemerschap', 'Ondernemerschap', 'Public', ['Docent', 'Lector'], ['entrepreneurship', 'marketing'], [FBE, FDMCI], 'Studentondernemers, startups en marketing.', 30),
  group('lerarenopleiding', 'Lerarenopleidingen', 'Private', ['Docent', 'Teamleider'], ['teacher-training', 'didactics'], [FOO], 'Besloten werkgroep van de lerarenopleidingen.', 55)
];
