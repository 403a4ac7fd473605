import * as React from 'react';
import { LoadingState } from '../../../../components/states/LoadingState';
import * as strings from 'InterestGroupFeedWebPartStrings';
import { LazyAttachmentChips, LazyDocumentPicker } from './attachments/lazyAttachments';
import type { ComposerState } from './Composer.types';

/** The documents attached to the draft, and the intranet search while "Share a document" is open. */
export function AttachmentArea({ state, busy }: { state: ComposerState; busy: boolean }): React.ReactElement {
  return (
    <React.Suspense fallback={<LoadingState label={strings.ComposerLoadingDraft} />}>
      {state.attachments.length > 0 && (
        <LazyAttachmentChips attachments={state.attachments} onRemove={state.removeAttachment} disabled={busy} />
      )}
      {state.panel === 'documents' && <LazyDocumentPicker onPick={state.addAttachment} />}
    </React.Suspense>
  );
}
