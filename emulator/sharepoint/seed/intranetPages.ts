import { list } from './intranetCatalogue';

/** How the intranet's site pages are titled and described, in Dutch and English; `{t}` is the topic. */
export interface PageVocabulary {
  titles: readonly string[];
  topics: readonly string[];
  summaries: readonly string[];
}

export const PAGES_NL: PageVocabulary = {
  titles: list('Nieuws: {t}|Alles over {t}|Veelgestelde vragen over {t}|Aankondiging: {t}|Terugblik: {t}|Zo werkt {t}'),
  topics: list(
    'de open dag|de introductieweek|de nieuwe roosterapp|de duurzame campus|studentenwelzijn|40 jaar hogeschool|' +
      'de Week van de Toegankelijkheid|de verbouwing van gebouw Noord|het lectoraat Zorginnovatie|het kenniscentrum Techniek|' +
      'de bibliotheek|het Studentenservicecentrum|de ICT-servicedesk|het HR-servicepunt|de medezeggenschapsraad|' +
      'de nieuwe cao|het fietsplan|de vertrouwenspersonen|de onderwijsprijs|de afstudeerexpositie|de internationale week|' +
      'het sportcentrum|parkeren op de campus|de nieuwe huisstijl|AI in het onderwijs|hybride werken|de kerstborrel|' +
      'bedrijfshulpverlening|Brightspace|Microsoft Teams'
  ),
  summaries: list(
    'Op deze pagina lees je meer over {t}: wat er verandert, voor wie het geldt en waar je terechtkunt met vragen.|' +
      'Collega’s vertellen over {t} en wat het voor hun werk betekent. Reageer gerust onder het bericht.|' +
      'Een overzicht van {t}, met de belangrijkste data, contactpersonen en links naar de documenten.'
  )
};

export const PAGES_EN: PageVocabulary = {
  titles: list('News: {t}|All about {t}|FAQ about {t}|Looking back at {t}'),
  topics: list(
    'the open day|the introduction week|the sustainable campus|student wellbeing|the international week|the library|' +
      'the IT service desk|hybrid working|AI in education|the graduation exhibition'
  ),
  summaries: list(
    'Read more about {t} on this page: what is changing, who it applies to and where to go with questions.|' +
      'Colleagues share their experience with {t} and what it means for their work.|' +
      'An overview of {t}, with the key dates, contacts and links to the documents.'
  )
};

/** A page's file name as SharePoint makes it from the title: accents dropped, other characters as dashes. */
export function pageFileName(title: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${slug}.aspx`;
}
