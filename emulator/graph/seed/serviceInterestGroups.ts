import { FACULTIES, FMR, FDMCI, ICT, DOO, DSZ, HRF, BC } from './interestGroupDepartments';
import { group, type InterestGroupDefinition } from './interestGroupDefinition';

/** Groups about the services and staff work: ICT, management, operations, library and communication. */
export const SERVICE_INTEREST_GROUPS: readonly InterestGroupDefinition[] = [
  group(
    'powerbi',
    'Dashboards en Power BI',
    'Public',
    ['Informatieadviseur', 'Controller', 'Beleidsadviseur'],
    ['data-visualisation', 'excel'],
    [ICT, HRF, DOO],
    'Rapporteren met Power BI en Excel.',
    40
  ),
  group(
    'privacy',
    'Privacy en AVG',
    'Public',
    ['Beleidsadviseur', 'Docent', 'Onderzoeker'],
    ['privacy-gdpr', 'information-security'],
    [ICT, DOO, FMR],
    'Persoonsgegevens in onderwijs en onderzoek: wat mag wel en niet.',
    45
  ),
  group(
    'security',
    'Informatiebeveiliging',
    'Private',
    ['Security officer', 'Functioneel beheerder'],
    ['information-security'],
    [ICT],
    'Besloten overleg over beveiligingsincidenten en maatregelen.',
    30
  ),
  group(
    'sharepoint',
    'SharePoint en Teams',
    'Public',
    ['Functioneel beheerder', 'Webredacteur', 'Iedereen'],
    ['sharepoint', 'microsoft-teams'],
    [ICT, BC, DOO],
    'Hulp bij sites, teams, rechten en het intranet.',
    90,
    true
  ),
  group(
    'elo',
    'Brightspace gebruikers',
    'Public',
    ['Docent', 'Functioneel beheerder'],
    ['learning-management-systems', 'educational-technology'],
    [...FACULTIES, ICT],
    'Tips, vragen en storingen rond de elektronische leeromgeving.',
    100,
    true
  ),
  group(
    'toegankelijk',
    'Digitale toegankelijkheid',
    'Public',
    ['Webredacteur', 'Docent', 'Ontwikkelaar'],
    ['accessibility'],
    [BC, ICT, FDMCI],
    'WCAG, toegankelijke documenten en video.',
    30
  ),
  group(
    'duurzaam',
    'Duurzame hogeschool',
    'Public',
    ['Iedereen'],
    ['sustainability'],
    [...FACULTIES, HRF],
    'Duurzaamheid in onderwijs, onderzoek en bedrijfsvoering.',
    40
  ),
  group(
    'teamleiders',
    'Teamleiders overleg',
    'Private',
    ['Teamleider'],
    ['leadership', 'change-management'],
    [...FACULTIES, ICT, DOO, DSZ, HRF, BC],
    'Besloten groep voor teamleiders: casuïstiek en beleid.',
    50
  ),
  group(
    'leiderschap',
    'Leiderschap en verandering',
    'Public',
    ['Teamleider', 'Manager'],
    ['leadership', 'change-management'],
    [...FACULTIES, HRF],
    'Leidinggeven in een kennisorganisatie.',
    30
  ),
  group(
    'projecten',
    'Projectmanagement',
    'Public',
    ['Projectleider', 'Beleidsadviseur'],
    ['project-management', 'agile'],
    [ICT, DOO, HRF],
    'Projecten plannen, sturen en afronden.',
    30
  ),
  group(
    'beleid',
    'Onderwijsbeleid',
    'Public',
    ['Beleidsadviseur'],
    ['policy-advice'],
    [DOO, HRF],
    'Beleidsnotities, OER en de jaarcyclus.',
    40
  ),
  group(
    'hr',
    'HR-vragen',
    'Public',
    ['Teamleider', 'HR-adviseur'],
    ['hr-advice'],
    [HRF],
    'Werving, verlof, functioneren: stel je HR-vraag.',
    35
  ),
  group(
    'inkoop',
    'Inkoop en aanbesteden',
    'Public',
    ['Inkoopadviseur', 'Controller'],
    ['procurement', 'budgeting'],
    [HRF, ICT],
    'Bestellen, offertes en Europese aanbestedingen.',
    20
  ),
  group(
    'roosters',
    'Roosteren',
    'Public',
    ['Roostermaker', 'Opleidingscoördinator'],
    ['timetabling'],
    [DSZ, ...FACULTIES],
    'Roosterwensen, zaalreserveringen en uitzonderingen.',
    40
  ),
  group(
    'bibliotheek',
    'Informatievaardigheden',
    'Public',
    ['Informatiespecialist', 'Docent'],
    ['library-services', 'academic-writing'],
    [BC, ...FACULTIES],
    'Zoeken, bronnen beoordelen en correct citeren.',
    25
  ),
  group(
    'communicatie',
    'Wetenschapscommunicatie',
    'Public',
    ['Communicatieadviseur', 'Lector'],
    ['science-communication', 'social-media'],
    [BC, ...FACULTIES],
    'Onderzoek zichtbaar maken: media, podcasts en LinkedIn.',
    25
  ),
  group(
    'evenementen',
    'Evenementen en open dagen',
    'Public',
    ['Evenementencoördinator', 'Communicatieadviseur'],
    ['event-organisation'],
    [BC, DSZ],
    'Open dagen, congressen en de opening van het studiejaar.',
    25
  )
];
