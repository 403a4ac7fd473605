import * as strings from 'InterestGroupFeedWebPartStrings';
import { format } from '../feed/formatText';
import { failureText, timeOf } from './composerTexts';
import type { ComposerState } from './Composer.types';
import type { SendState } from './useSendDraft';

/** The sentence that tells (and announces) where a send stands; empty while there is nothing to say. */
export function sendStatusText(state: SendState, mode: ComposerState['mode']): string {
  switch (state.status) {
    case 'idle':
    case 'invalid':
      return '';
    case 'checking':
      return strings.ComposerChecking;
    case 'sending':
      return strings.ComposerSending;
    case 'sent':
      if (state.found) return strings.ComposerFoundSent;
      return mode === 'post' ? strings.ComposerPostSent : strings.ComposerReplySent;
    case 'failed':
      return format(strings.ComposerFailed, failureText(state.failure));
    case 'unconfirmed':
      return format(strings.ComposerUnconfirmed, failureText(state.failure));
    case 'waitingForNetwork':
      return strings.ComposerWaitingForNetwork;
    case 'confirmIdentical': {
      const latest = [...state.matches].sort((a, b) => b.created.localeCompare(a.created))[0];
      return format(strings.ComposerIdentical, timeOf(latest.created));
    }
  }
}
