import * as React from 'react';
import * as strings from 'ColleagueCardWebPartStrings';
import { LazyNotice } from '../../../../components/states/lazyStates';
import { LoadingState } from '../../../../components/states/LoadingState';
import type { SaveStatus as SaveStatusValue } from './ColleagueCard.types';

/** Saving and saved; a failed save is explained in the editor, which reopens with the draft. */
export function SaveStatus({ save }: { save: SaveStatusValue }): React.ReactElement | null {
  switch (save.status) {
    case 'saving':
      return <LoadingState size="tiny" label={strings.Saving} />;
    case 'saved':
      return (
        <LazyNotice intent="success" role="status">
          {strings.Saved}
        </LazyNotice>
      );
    default:
      return null;
  }
}
