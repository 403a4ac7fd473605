import * as React from 'react';
import { Toast, ToastBody, ToastTitle } from '@fluentui/react-components';
import { useWorkbenchStrings } from '../strings';
import type { TeamsCall } from '../workbenchTeamsActions';

/** What the Teams client would do now, since the workbench's Teams cannot open a chat or follow a deep link. */
export function TeamsCallToast({ call }: { call: TeamsCall }): React.ReactElement {
  const strings = useWorkbenchStrings().teams;
  return (
    <Toast data-workbench-teams-call={call.kind}>
      {call.kind === 'openChat' ? (
        <>
          <ToastTitle>{strings.wouldOpenChat(call.user)}</ToastTitle>
          <ToastBody>{call.message ? strings.chatMessage(call.message) : strings.noChatMessage}</ToastBody>
        </>
      ) : (
        <>
          <ToastTitle>{strings.wouldOpenLink}</ToastTitle>
          <ToastBody>{call.url}</ToastBody>
        </>
      )}
    </Toast>
  );
}
