/**
 * An interest group of the demo organisation: a Microsoft 365 group with a team, tied to job functions and topics
 * (skill vocabulary ids).
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

/** Builds a definition from positional arguments, to keep the catalogue compact. */
export function group(
  key: string,
  displayName: string,
  visibility: 'Public' | 'Private',
  jobFunctions: string[],
  topics: string[],
  departments: string[],
  description: string,
  activity = 60,
  featured = false
): InterestGroupDefinition {
  return { key, displayName, description, visibility, jobFunctions, topics, departments, activity, featured };
}
