import { EDUCATION_INTEREST_GROUPS } from './educationInterestGroups';
import type { InterestGroupDefinition } from './interestGroupDefinition';
import { SERVICE_INTEREST_GROUPS } from './serviceInterestGroups';

export type { InterestGroupDefinition } from './interestGroupDefinition';

/**
 * The 40 interest groups of the demo organisation: Microsoft 365 groups with a team, each tied to job functions
 * and topics (skill vocabulary ids). The SharePoint registry list is filled from the same catalogue.
 *
 * The definitions live in two modules (education and research vs. services and staff); this order is the
 * catalogue's own and is load-bearing: the seed draws its random numbers group by group in this order.
 */
const CATALOGUE_ORDER: readonly string[] = [
  'toetsing',
  'genai',
  'blended',
  'slb',
  'stages',
  'onderzoek',
  'ethiek',
  'subsidies',
  'openscience',
  'data',
  'powerbi',
  'privacy',
  'security',
  'sharepoint',
  'elo',
  'toegankelijk',
  'inclusie',
  'welzijn',
  'kwaliteit',
  'curriculum',
  'didactiek',
  'emi',
  'internationaal',
  'duurzaam',
  'teamleiders',
  'leiderschap',
  'projecten',
  'beleid',
  'examencommissies',
  'hr',
  'inkoop',
  'roosters',
  'bibliotheek',
  'schrijven',
  'communicatie',
  'evenementen',
  'zorg',
  'techniek',
  'ondernemerschap',
  'lerarenopleiding'
];

function inCatalogueOrder(definitions: readonly InterestGroupDefinition[]): InterestGroupDefinition[] {
  const byKey = new Map(definitions.map((definition) => [definition.key, definition]));
  if (byKey.size !== CATALOGUE_ORDER.length || definitions.length !== CATALOGUE_ORDER.length) {
    throw new Error('Interest group catalogue: the order list and the definitions do not match');
  }
  return CATALOGUE_ORDER.map((key) => {
    const definition = byKey.get(key);
    if (!definition) {
      throw new Error(`Interest group catalogue: no definition for '${key}'`);
    }
    return definition;
  });
}

export const INTEREST_GROUPS: readonly InterestGroupDefinition[] = inCatalogueOrder([
  ...EDUCATION_INTEREST_GROUPS,
  ...SERVICE_INTEREST_GROUPS
]);
