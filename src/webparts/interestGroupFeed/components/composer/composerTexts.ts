import * as commonStrings from 'KringCommonStrings';
import * as strings from 'InterestGroupFeedWebPartStrings';
import { errorMessage, retryInText } from '../../../../components/states/errorMessage';
import type { SendFailure } from '../../../../model/composer/Draft';
import type { MessageProblem } from '../../../../model/composer/messageLimits';
import { ServiceError, type ServiceErrorKind } from '../../../../services/ServiceError';
import { format } from '../feed/formatText';

const kib = (bytes: number): string => (bytes / 1024).toFixed(1);

/** The inline explanation of a limit the draft breaks. */
export function problemText(problem: MessageProblem): string {
  switch (problem.kind) {
    case 'empty':
      return strings.ComposerProblemEmpty;
    case 'tooLarge':
      return format(strings.ComposerProblemTooLarge, kib(problem.bytes), kib(problem.limit));
    case 'subjectTooLong':
      return format(strings.ComposerProblemSubject, problem.length, problem.limit);
    case 'tooManyMentions':
      return format(strings.ComposerProblemMentions, problem.count, problem.limit);
    case 'tooManyAttachments':
      return format(strings.ComposerProblemAttachments, problem.count, problem.limit);
  }
}

/** Why a send failed, in words: the service's refusal as the other states explain it, and when to try again. */
export function failureText(failure: SendFailure): string {
  const error = new ServiceError(failure.kind as ServiceErrorKind, failure.message, { status: failure.status });
  const reason = failure.status === 413 ? strings.ComposerRefusedTooLarge : errorMessage(error, commonStrings).title;
  return failure.retryAfterSeconds ? `${reason} ${retryInText(failure.retryAfterSeconds, commonStrings)}` : reason;
}

/** "16:03", the time a message was posted, in the page's language. */
export function timeOf(iso: string): string {
  return new Date(iso).toLocaleTimeString(commonStrings.PluralLocale, { hour: '2-digit', minute: '2-digit' });
}
