import * as commonStrings from 'KringCommonStrings';
import * as strings from 'InterestGroupFeedWebPartStrings';
import type { KringLocale } from '../../../../host/HostInfo';
import { EVERYONE } from '../../../../model/feed/jobFunctions';
import type { GroupSuggestion } from '../../../../model/feed/suggestGroups';
import { labelFor } from '../../../../model/skillLanguage';

function plural(count: number, one: string, other: string): string {
  const category = new Intl.PluralRules(commonStrings.PluralLocale).select(count);
  return (category === 'one' ? one : other).replace('{0}', String(count));
}

/** "1 member", "42 members". */
export function memberCountText(count: number): string {
  return plural(count, strings.MemberCountOne, strings.MemberCountOther);
}

/** "1 group", "12 groups". */
export function groupCountText(count: number): string {
  return plural(count, strings.GroupCountOne, strings.GroupCountOther);
}

/** A job function as the registry names it, except that the registry's "everyone" reads in the UI language. */
export function jobFunctionLabel(name: string): string {
  return name.trim().toLocaleLowerCase('nl') === EVERYONE.toLocaleLowerCase('nl') ? strings.EveryoneJobFunction : name;
}

/** Why a group is suggested: "For Docent", "Shares your topics: Assessment", or that it is featured for all. */
export function suggestionReasons(suggestion: GroupSuggestion, locale: KringLocale): string[] {
  const reasons: string[] = [];
  if (suggestion.jobFunctions.length > 0) {
    reasons.push(strings.SuggestionForJobFunction.replace('{0}', suggestion.jobFunctions.join(', ')));
  }
  if (suggestion.topics.length > 0) {
    const topics = suggestion.topics.map((topic) => labelFor(topic, locale)).join(', ');
    reasons.push(strings.SuggestionSharesTopics.replace('{0}', topics));
  }
  return reasons.length > 0 ? reasons : [strings.SuggestionFeatured];
}
