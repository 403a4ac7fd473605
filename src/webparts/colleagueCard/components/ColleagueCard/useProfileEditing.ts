import * as React from 'react';
import type { ProfileFields } from '../../../../model/PersonProfile';
import { preloadMessageBars } from '../../../../components/states/lazyStates';
import { cleanProfileFields } from '../../../../model/profileValidation';
import { useServices } from '../../../../services/ServicesContext';
import { toServiceError } from '../../../../services/toServiceError';
import type { ColleagueCardState, SaveStatus } from './ColleagueCard.types';

type EditingState = 'editing' | 'save' | 'draft' | 'startEditing' | 'cancelEditing' | 'saveProfile';

export type ProfileEditing = Pick<ColleagueCardState, EditingState> & {
  /** Saved or optimistic edits to lay over the loaded profile. */
  edits: ProfileFields | undefined;
};

/**
 * Editing one's own profile with an optimistic save. When the save fails the card goes back to what is saved
 * and the editor reopens with what the person typed, so nothing has to be typed again.
 */
export function useProfileEditing(personRef: string, userId: string | undefined): ProfileEditing {
  const { people } = useServices();
  const [edits, setEdits] = React.useState<ProfileFields | undefined>(undefined);
  const [editing, setEditing] = React.useState(false);
  const [save, setSave] = React.useState<SaveStatus>({ status: 'idle' });
  const [draft, setDraft] = React.useState<ProfileFields | undefined>(undefined);

  // Another person's card starts without this one's edits; the first card starts that way already.
  const shownRef = React.useRef(personRef);
  React.useEffect(() => {
    if (shownRef.current === personRef) {
      return;
    }
    shownRef.current = personRef;
    setEdits(undefined);
    setDraft(undefined);
    setEditing(false);
    setSave({ status: 'idle' });
  }, [personRef]);

  const saveProfile = React.useCallback(
    (fields: ProfileFields) => {
      const cleaned = cleanProfileFields(fields);
      const previous = edits;
      setEdits(cleaned);
      setEditing(false);
      setDraft(undefined);
      setSave({ status: 'saving' });
      people.updateMyProfile(cleaned, userId).then(
        () => setSave({ status: 'saved' }),
        async (error: unknown) => {
          const reason = await toServiceError(error);
          setEdits(previous);
          setDraft(fields);
          setSave({ status: 'failed', error: reason });
          setEditing(true);
        }
      );
    },
    [edits, userId, people]
  );

  const startEditing = React.useCallback(() => {
    // The saved notice and the editor's errors are MessageBars: their code loads while the person types.
    void preloadMessageBars();
    setSave({ status: 'idle' });
    setDraft(undefined);
    setEditing(true);
  }, []);

  const cancelEditing = React.useCallback(() => {
    setEditing(false);
    setDraft(undefined);
    setSave((current) => (current.status === 'failed' ? { status: 'idle' } : current));
  }, []);

  return { edits, editing, save, draft, startEditing, cancelEditing, saveProfile };
}
