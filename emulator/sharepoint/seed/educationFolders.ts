import { EDUCATION, list, type CatalogueFolder } from './intranetCatalogue';

/** The intranet library's education folders (Onderwijs). */
export const EDUCATION_FOLDERS: readonly CatalogueFolder[] = [
  {
    path: 'Onderwijs/Toetsing',
    departments: EDUCATION,
    documents: 320,
    types: ['docx', 'docx', 'pdf', 'pdf', 'xlsx'],
    nl: {
      kinds: list('Handreiking|Toetsplan|Rubric|Toetsmatrijs|Beoordelingsformulier|Richtlijn|Checklist'),
      subjects: list(
        'toetsbeleid|beroepsproduct|mondeling tentamen|digitaal toetsen|kennistoets|afstudeeropdracht|peerfeedback|herkansingen|fraude en plagiaat|AI in toetsing'
      ),
      audience: 'Bedoeld voor examinatoren, toetscommissies en de examencommissie.'
    },
    en: {
      kinds: list('Assessment plan|Rubric|Guideline|Assessment matrix|Checklist'),
      subjects: list('oral exams|graduation project|digital assessment|peer feedback|resits|academic integrity'),
      audience: 'Intended for examiners, assessment committees and the examination board.'
    }
  },
  {
    path: 'Onderwijs/Curriculum',
    departments: EDUCATION,
    documents: 300,
    types: ['docx', 'docx', 'pptx', 'pdf'],
    nl: {
      kinds: list('Format|Beschrijving|Presentatie|Notitie|Werkwijze|Evaluatie'),
      subjects: list(
        'onderwijseenheid|leeruitkomsten|minor|keuzeonderwijs|blended leren|kennisclip|onderwijsvisie|studiehandleiding|internationalisering|flexibel onderwijs'
      ),
      audience: 'Voor curriculumcommissies, opleidingsmanagers en docenten die onderwijs ontwerpen.'
    },
    en: {
      kinds: list('Template|Course description|Presentation|Evaluation|Study guide'),
      subjects: list(
        'learning outcomes|minor programme|blended learning|knowledge clips|internationalisation|electives'
      ),
      audience: 'For curriculum committees, programme managers and lecturers designing courses.'
    }
  },
  {
    path: 'Onderwijs/Stages',
    departments: EDUCATION,
    documents: 200,
    types: ['docx', 'pdf', 'pdf'],
    nl: {
      kinds: list('Stagehandleiding|Stageovereenkomst|Beoordelingsformulier|Werkwijze|Handreiking'),
      subjects: list('stagebegeleiding|werkplekleren|afstudeerstage|stagebedrijven|stageplaatsen|praktijkopleiders'),
      audience: 'Voor stagebegeleiders, praktijkopleiders en studenten op stage.'
    },
    en: {
      kinds: list('Internship guide|Internship agreement|Assessment form|Guideline'),
      subjects: list('internship supervision|work-based learning|graduation internship|host companies'),
      audience: 'For internship supervisors, workplace mentors and students on placement.'
    }
  },
  {
    path: 'Onderwijs/Roosters',
    departments: ['Dienst Onderwijs en Onderzoek', 'Dienst Studentenzaken'],
    documents: 120,
    types: ['xlsx', 'xlsx', 'xlsx', 'pdf'],
    nl: {
      kinds: list('Jaarplanning|Rooster|Tentamenrooster|Overzicht'),
      subjects: list('onderwijs|blok 1|blok 2|blok 3|blok 4|herkansingsweek|lokalen|tentamenperiode'),
      audience: 'Wijzigingen in het rooster worden via het roosterbureau doorgegeven.'
    },
    en: {
      kinds: list('Annual planning|Timetable|Exam schedule'),
      subjects: list('term 1|term 2|term 3|term 4|resit week|exam period'),
      audience: 'Changes to the timetable go through the scheduling office.'
    }
  }
];
