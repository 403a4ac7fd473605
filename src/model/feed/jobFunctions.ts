import type { JobFunctionRule } from './InterestGroup';

/** Groups with this job function are for everyone. */
export const EVERYONE = 'Iedereen';

function normalise(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('nl').replace(/\s+/g, ' ').trim();
}

/**
 * The job functions of a job title by the site owners' rules: every rule whose title part the title contains,
 * except a rule whose part lies inside a longer part that also matched ("Studentendecaan" is not a "decaan").
 */
export function jobFunctionsOf(jobTitle: string | undefined, rules: readonly JobFunctionRule[]): string[] {
  const title = normalise(jobTitle ?? '');
  if (title === '') {
    return [];
  }
  const matched = rules
    .map((rule) => ({ part: normalise(rule.titlePart), jobFunction: rule.jobFunction.trim() }))
    .filter((rule) => rule.part !== '' && rule.jobFunction !== '' && title.includes(rule.part));
  const kept = matched.filter(
    (rule) => !matched.some((other) => other.part.length > rule.part.length && other.part.includes(rule.part))
  );
  return [...new Set(kept.map((rule) => rule.jobFunction))];
}
