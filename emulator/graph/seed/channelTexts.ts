import type { Faker } from '@faker-js/faker';
import { findSkillTerm, type SkillTerm } from '../../../src/model/skillVocabulary';

export type TextLanguage = 'nl' | 'en';

export interface LinkedDocument {
  url: string;
  doc: string;
}

/** Questions and shared posts that open a thread; `{topic}` is the topic in the thread's language. */
export const QUESTIONS_NL = [
  'Heeft iemand ervaring met {topic} in grote groepen? Ik zoek voorbeelden die echt werken.',
  'Wie kan me helpen met {topic}? We lopen vast bij het opzetten ervan voor het tweede jaar.',
  'Is er een handreiking voor {topic}? Ik kan hem niet vinden op het intranet.',
  'Vraag aan de groep: hoe pakken jullie {topic} aan bij deeltijdstudenten?',
  'Wat zijn jullie tips voor {topic} met een beperkt aantal uren?'
];
export const QUESTIONS_EN = [
  'Does anyone have a good example of {topic} for first-year students?',
  'Who can help me with {topic}? We are redesigning a course and could use advice.',
  'Is there a guideline on {topic} somewhere on the intranet?',
  'Question for the group: how do you approach {topic} with international students?'
];
export const SHARES = [
  'Interessant artikel over {topic}, de moeite waard om te lezen.',
  'Volgende maand organiseren we een lunchsessie over {topic}. Iedereen welkom!',
  'We hebben de handreiking over {topic} bijgewerkt, zie de bijlage.',
  'Sharing our experiences with {topic} from last semester: it worked better than expected.'
];
/** Answers of someone who knows the topic: they name it, in Dutch or English, often with a document. */
const EXPERT_LINKED: Readonly<Record<TextLanguage, readonly string[]>> = {
  nl: [
    'Voor {topic} begin ik altijd bij de leerdoelen. Ons format: <a href="{url}">{doc}</a>.',
    'Wat {topic} betreft: wij hebben dit vorig jaar uitgewerkt, zie <a href="{url}">{doc}</a>. Bel me gerust.',
    'Bij {topic} werkt het om vooraf de criteria te delen; in <a href="{url}">{doc}</a> staat hoe wij dat doen.'
  ],
  en: [
    'For {topic} I always start from the learning outcomes. Our template: <a href="{url}">{doc}</a>.',
    'On {topic}: we worked this out last year, see <a href="{url}">{doc}</a>. Happy to talk it through.',
    'With {topic} it helps to share the criteria up front; <a href="{url}">{doc}</a> shows how we do it.'
  ]
};
const EXPERT_PLAIN: Readonly<Record<TextLanguage, readonly string[]>> = {
  nl: [
    'Met {topic} heb ik veel ervaring. Mijn tip: begin klein, evalueer na elk blok en leg vast wat werkt.',
    'Bij {topic} helpt het om met het team af te spreken wie wat doet; ik laat je ons voorbeeld graag zien.',
    'Ik geef volgende maand een workshop over {topic}, maar kort: houd het concreet en koppel het aan de praktijk.',
    'Wij doen {topic} nu twee jaar zo: eerst een pilot met één klas, daarna opschalen. Stuur me een bericht.'
  ],
  en: [
    'I have done a lot of {topic}. My advice: start small, evaluate after every block and write down what works.',
    'For {topic}, agree up front who does what in the team; I can show you our example.',
    'I run a workshop on {topic} next month, but in short: keep it concrete and tie it to practice.',
    'We have been doing {topic} this way for two years: a pilot with one class first, then scale up. Message me.'
  ]
};

/** Replies of colleagues who do not really know: friendly, sometimes naming the topic, sometimes a link. */
const CASUAL_LINKED: readonly string[] = [
  'Wij gebruiken hiervoor de handreiking op het intranet: <a href="{url}">{doc}</a>. Werkt goed.',
  'Kijk eens naar het format op het intranet: <a href="{url}">{doc}</a>.',
  'Maybe this helps: <a href="{url}">{doc}</a>, we used it once.'
];
const CASUAL_PLAIN: readonly string[] = [
  'Goede vraag! Bij ons werkt het om klein te beginnen en na elk blok te evalueren.',
  'Misschien kun je contact opnemen met de onderwijskundige van je faculteit, die heeft hier veel mee gedaan.',
  'Geen expert in {topic}, maar wij hebben het er in ons teamoverleg wel eens over gehad.',
  'We tried something with {topic} once; not sure it fits, but ask around.',
  'Not my field, but I remember a session on {topic} last year.',
  'Is dit niet iets voor de studiedag? Dan kunnen we {topic} met iedereen bespreken.'
];
/** Not answers at all: the highlights seed never accepts them (see NOT_AN_ANSWER there). */
const NON_ANSWERS: readonly string[] = [
  'Dank je, dit helpt enorm!',
  'Herkenbaar. Wij lopen tegen hetzelfde aan, ik volg deze draad.',
  'Thanks for asking, I have the same question.',
  '+1, ik ben ook benieuwd naar {topic}.'
];
export const MENTION_ANSWERS: readonly string[] = [
  '<at id="0">{name}</at> weet hier veel van, misschien kan die helpen?',
  'I think <at id="0">{name}</at> did exactly this last year.',
  '<at id="0">{name}</at> heeft hier ervaring mee, vraag het eens.'
];

/** Synonyms that stand for the concept itself (some short ones belong to another concept first). */
function ownSynonyms(term: SkillTerm): readonly string[] {
  return term.synonyms.filter((synonym) => synonym.length >= 3 && findSkillTerm(synonym) === term);
}

/** How someone writes the topic in running text: its label in the language, now and then a synonym. */
export function topicWord(rng: Faker, term: SkillTerm, language: TextLanguage): string {
  const synonyms = ownSynonyms(term);
  if (synonyms.length > 0 && rng.number.float() < 0.2) {
    return rng.helpers.arrayElement(synonyms);
  }
  const label = language === 'en' ? term.en : term.nl;
  // "SharePoint", "Privacy en AVG": names keep their capitals; ordinary words are written in lower case.
  return /\p{Lu}/u.test(label.slice(1)) ? label : label.toLowerCase();
}

function fill(template: string, rng: Faker, term: SkillTerm, language: TextLanguage, link?: LinkedDocument): string {
  return template
    .replace('{topic}', () => topicWord(rng, term, language))
    .replace('{url}', link?.url ?? '')
    .replace('{doc}', link?.doc ?? '');
}

/** A substantive answer by someone who knows `term`; with a document when `link` is given. */
export function expertAnswer(rng: Faker, term: SkillTerm, language: TextLanguage, link?: LinkedDocument): string {
  const templates = link ? EXPERT_LINKED[language] : EXPERT_PLAIN[language];
  return fill(rng.helpers.arrayElement(templates), rng, term, language, link);
}

/** A reply by someone who does not know `term`: casual advice (with a document when `link` is given) or a thank-you. */
export function casualReply(
  rng: Faker,
  term: SkillTerm,
  language: TextLanguage,
  link?: LinkedDocument
): { text: string; answers: boolean } {
  if (link) {
    return { text: fill(rng.helpers.arrayElement(CASUAL_LINKED), rng, term, language, link), answers: true };
  }
  if (rng.number.float() < 0.35) {
    return { text: fill(rng.helpers.arrayElement(NON_ANSWERS), rng, term, language), answers: false };
  }
  return { text: fill(rng.helpers.arrayElement(CASUAL_PLAIN), rng, term, language), answers: true };
}
