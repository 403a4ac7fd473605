import { EDUCATION, FACULTIES, list, type CatalogueFolder } from './intranetCatalogue';

/** The intranet library's research folders and those of the services: HR, ICT, student affairs, communication, finance, the board. */
export const SERVICE_FOLDERS: readonly CatalogueFolder[] = [
  {
    path: 'HR/Beleid',
    departments: ['Dienst HR en Financiën'],
    documents: 220,
    types: ['pdf', 'pdf', 'docx'],
    nl: {
      kinds: list('Regeling|Beleid|Notitie|Handreiking|Reglement'),
      subjects: list(
        'thuiswerken|verlof|duurzame inzetbaarheid|werkdruk|professionalisering|integriteit|gesprekscyclus|vertrouwenspersonen|reiskosten|functiewaardering'
      ),
      audience: 'Geldt voor alle medewerkers van de hogeschool, tenzij de cao iets anders bepaalt.'
    },
    en: {
      kinds: list('Policy|Regulation|Guideline|Code of conduct'),
      subjects: list('hybrid working|leave|professional development|integrity|performance reviews|travel expenses'),
      audience: 'Applies to all staff of the university unless the collective agreement says otherwise.'
    }
  },
  {
    path: 'HR/Formulieren',
    departments: ['Dienst HR en Financiën'],
    documents: 160,
    types: ['docx', 'docx', 'xlsx', 'pdf'],
    nl: {
      kinds: list('Formulier|Aanvraagformulier|Declaratieformulier|Model'),
      subjects: list('verlof|reiskosten|opleiding|nevenwerkzaamheden|ouderschapsverlof|thuiswerkplek|ziekmelding'),
      audience: 'Ingevuld terugsturen naar het HR-servicepunt.'
    },
    en: {
      kinds: list('Form|Application form|Expense claim form'),
      subjects: list('leave|travel expenses|training|home office|parental leave'),
      audience: 'Send the completed form to the HR service desk.'
    }
  },
  {
    path: 'HR/Werving',
    departments: ['Dienst HR en Financiën'],
    documents: 100,
    types: ['docx', 'pdf', 'pptx'],
    nl: {
      kinds: list('Vacaturetekst|Selectieprocedure|Introductieprogramma|Checklist'),
      subjects: list('docent|lector|onderzoeker|studieadviseur|nieuwe medewerkers|onboarding'),
      audience: 'Voor leidinggevenden en selectiecommissies.'
    },
    en: {
      kinds: list('Job description|Selection procedure|Onboarding programme'),
      subjects: list('lecturer|researcher|new staff|international staff'),
      audience: 'For managers and selection committees.'
    }
  },
  {
    path: 'ICT/Handleidingen',
    departments: ['Dienst ICT'],
    documents: 300,
    types: ['pdf', 'pdf', 'docx', 'pptx'],
    nl: {
      kinds: list('Handleiding|Stappenplan|Instructie|Snelstartgids|Veelgestelde vragen'),
      subjects: list(
        'Brightspace voor docenten|Microsoft Teams|OneDrive|tweestapsverificatie|printen|eduroam|Osiris|Zoom|Outlook|SharePoint|Power BI|Wooclap'
      ),
      audience: 'Kom je er niet uit? Neem contact op met de ICT-servicedesk.'
    },
    en: {
      kinds: list('Manual|Quick start guide|Instructions|FAQ'),
      subjects: list('Brightspace for lecturers|Microsoft Teams|OneDrive|multi-factor authentication|printing|eduroam'),
      audience: 'Still stuck? Contact the IT service desk.'
    }
  },
  {
    path: 'ICT/Informatiebeveiliging',
    departments: ['Dienst ICT'],
    documents: 150,
    types: ['pdf', 'docx', 'pptx'],
    nl: {
      kinds: list('Beleid|Richtlijn|Checklist|Awarenesspresentatie|Procedure'),
      subjects: list('informatiebeveiliging|datalekken|wachtwoorden|phishing|privacy|classificatie van gegevens'),
      audience: 'Meld een beveiligingsincident altijd direct bij het CERT van de hogeschool.'
    },
    en: {
      kinds: list('Policy|Guideline|Checklist|Awareness presentation'),
      subjects: list('information security|data breaches|passwords|phishing|privacy'),
      audience: 'Always report a security incident to the university CERT straight away.'
    }
  },
  {
    path: 'Onderzoek',
    departments: EDUCATION,
    documents: 120,
    types: ['pdf', 'docx', 'pptx'],
    nl: {
      kinds: list('Onderzoeksagenda|Jaarverslag|Notitie|Kader'),
      subjects: list('praktijkgericht onderzoek|kenniscentra|open science|promotiebeleid|onderzoeksethiek'),
      audience: 'Voor lectoren, onderzoekers en docent-onderzoekers.'
    },
    en: {
      kinds: list('Research agenda|Annual report|Framework|Position paper'),
      subjects: list('applied research|open science|research ethics|PhD policy'),
      audience: 'For professors, researchers and lecturer-researchers.'
    }
  },
  {
    path: 'Onderzoek/Lectoraten',
    departments: FACULTIES,
    documents: 180,
    types: ['pdf', 'pptx', 'docx'],
    nl: {
      kinds: list('Jaarplan|Projectplan|Presentatie|Factsheet|Eindrapport'),
      subjects: list(
        'lectoraat Zorginnovatie|lectoraat Smart Industry|lectoraat Inclusief Onderwijs|lectoraat Digitale Transformatie|lectoraat Duurzame Energie|lectoraat Sociale Veerkracht'
      ),
      audience: 'Onderzoek in samenwerking met het werkveld en studenten.'
    },
    en: {
      kinds: list('Annual plan|Project plan|Presentation|Factsheet|Final report'),
      subjects: list(
        'research group Care Innovation|research group Smart Industry|research group Digital Transformation'
      ),
      audience: 'Research carried out with partners in the field and students.'
    }
  },
  {
    path: 'Onderzoek/Datamanagement',
    departments: ['Dienst Onderwijs en Onderzoek'],
    documents: 130,
    types: ['docx', 'docx', 'pdf', 'xlsx'],
    nl: {
      kinds: list('Datamanagementplan|Template|Handreiking|Privacyreglement|Checklist'),
      subjects: list('onderzoeksdata|informed consent|archivering|pseudonimisering|FAIR-data'),
      audience: 'Vraag advies aan het datasteunpunt voordat je gegevens verzamelt.'
    },
    en: {
      kinds: list('Data management plan|Template|Guideline|Checklist'),
      subjects: list('research data|informed consent|archiving|pseudonymisation|FAIR data'),
      audience: 'Ask the data support desk for advice before collecting data.'
    }
  },
  {
    path: 'Studentzaken',
    departments: ['Dienst Studentenzaken'],
    documents: 100,
    types: ['pdf', 'docx'],
    nl: {
      kinds: list('Studentenstatuut|Reglement|Jaarverslag|Overzicht'),
      subjects: list('studentenvoorzieningen|klachten en geschillen|medezeggenschap|studiefinanciering'),
      audience: 'Studenten kunnen met vragen terecht bij het Studentenservicecentrum.'
    },
    en: {
      kinds: list('Student charter|Regulations|Annual report'),
      subjects: list('student services|complaints and disputes|student participation'),
      audience: 'Students can take their questions to the Student Service Centre.'
    }
  },
  {
    path: 'Studentzaken/Inschrijving',
    departments: ['Dienst Studentenzaken'],
    documents: 140,
    types: ['pdf', 'docx', 'xlsx'],
    nl: {
      kinds: list('Procedure|Handleiding|Checklist|Overzicht'),
      subjects: list('inschrijving|uitschrijving|collegegeld|toelating|vooropleidingseisen|Studielink'),
      audience: 'Volg de termijnen uit Studielink; te late aanmeldingen worden niet verwerkt.'
    },
    en: {
      kinds: list('Procedure|Manual|Checklist'),
      subjects: list('enrolment|deregistration|tuition fees|admission|Studielink'),
      audience: 'Follow the Studielink deadlines; late applications are not processed.'
    }
  },
  {
    path: 'Studentzaken/Studiebegeleiding',
    departments: ['Dienst Studentenzaken', ...FACULTIES],
    documents: 160,
    types: ['docx', 'pdf', 'pptx'],
    nl: {
      kinds: list('Handreiking|Werkwijze|Gespreksleidraad|Overzicht'),
      subjects: list(
        'studieloopbaanbegeleiding|bindend studieadvies|studeren met een functiebeperking|topsport|studievertraging'
      ),
      audience: 'Voor studieloopbaanbegeleiders, studieadviseurs en decanen.'
    },
    en: {
      kinds: list('Guideline|Procedure|Conversation guide'),
      subjects: list('study career coaching|binding study advice|studying with a disability|study delay'),
      audience: 'For study career coaches, student counsellors and student deans.'
    }
  },
  {
    path: 'Communicatie/Huisstijl',
    departments: ['Bibliotheek en Communicatie'],
    documents: 100,
    types: ['pptx', 'pptx', 'docx', 'pdf'],
    nl: {
      kinds: list('Huisstijlhandboek|Sjabloon|Presentatiesjabloon|Schrijfwijzer|Checklist'),
      subjects: list('toegankelijke documenten|nieuwsbrief|posters|sociale media|briefpapier'),
      audience: 'Gebruik altijd de actuele sjablonen uit deze map.'
    },
    en: {
      kinds: list('Brand guide|Template|Presentation template|Style guide'),
      subjects: list('accessible documents|newsletter|social media|posters'),
      audience: 'Always use the current templates from this folder.'
    }
  },
  {
    path: 'Financiën/Begroting',
    departments: ['Dienst HR en Financiën'],
    documents: 100,
    types: ['xlsx', 'xlsx', 'pdf', 'docx'],
    nl: {
      kinds: list('Begroting|Kaderbrief|Kwartaalrapportage|Jaarrekening|Overzicht'),
      subjects: list('onderwijsbudget|investeringen|huisvesting|projectsubsidies|faculteiten'),
      audience: 'Vastgesteld door het College van Bestuur na advies van de medezeggenschapsraad.'
    },
    en: {
      kinds: list('Budget|Quarterly report|Annual accounts'),
      subjects: list('education budget|investments|project grants'),
      audience: 'Adopted by the Executive Board after advice from the participation council.'
    }
  },
  {
    path: 'Bestuur/Vergaderstukken',
    departments: ['College van Bestuur', 'Dienst Onderwijs en Onderzoek'],
    documents: 120,
    types: ['pdf', 'pdf', 'docx', 'pptx'],
    nl: {
      kinds: list('Agenda|Besluitenlijst|Notulen|Instellingsplan|Memo'),
      subjects: list(
        'College van Bestuur|medezeggenschapsraad|Raad van Toezicht|strategische koers|kwaliteitsafspraken'
      ),
      audience: 'Openbare stukken; vertrouwelijke bijlagen staan niet op het intranet.'
    },
    en: {
      kinds: list('Agenda|Decision list|Minutes|Strategic plan'),
      subjects: list('Executive Board|participation council|Supervisory Board|quality agreements'),
      audience: 'Public documents; confidential annexes are not on the intranet.'
    }
  }
];
