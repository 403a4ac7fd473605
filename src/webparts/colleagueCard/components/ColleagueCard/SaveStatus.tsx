import * as React from 'react';
import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import * as strings from 'ColleagueCardWebPartStrings';
import type { SaveStatus as SaveStatusValue } from './ColleagueCard.types';

/** Saving and saved; a failed save is explained in the editor, which reopens with the draft. */
export function SaveStatus({ save }: { save: SaveStatusValue }): React.ReactElement | null {
  switch (save.status) {
    case 'saving':
      return <Spinner size="tiny" label={strings.Saving} labelPosition="after" />;
    case 'saved':
      return (
        <MessageBar intent="success" role="status" layout="multiline">
          <MessageBarBody>{strings.Saved}</MessageBarBody>
        </MessageBar>
      );
    default:
      return null;
  }
}
