import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import * as commonStrings from 'KringCommonStrings';
import { errorMessage, forbiddenDetail } from './errorMessage';
import type { ErrorStateProps } from './ErrorState';
import type { NoticeProps } from './Notice';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium
  },
  title: { fontWeight: tokens.fontWeightSemibold },
  retry: { alignSelf: 'flex-start' }
});

/** The error as text, when the MessageBar's code could not be loaded: the explanation and retry still work. */
export function PlainErrorState({ error, permission, onRetry }: ErrorStateProps): React.ReactElement {
  const styles = useStyles();
  const { title, detail } = errorMessage(error, commonStrings);
  const forbidden = error.kind === 'forbidden';
  return (
    <div role="alert" className={styles.root}>
      <span className={styles.title}>{title}</span>
      <span>{forbidden ? forbiddenDetail(commonStrings, permission) : detail}</span>
      {onRetry && !forbidden && (
        <button type="button" className={styles.retry} onClick={onRetry}>
          {commonStrings.Retry}
        </button>
      )}
    </div>
  );
}

/** A notice as text, when the MessageBar's code could not be loaded. */
export function PlainNotice({ title, role, children }: NoticeProps): React.ReactElement {
  const styles = useStyles();
  return (
    <div role={role} className={styles.root}>
      {title && <span className={styles.title}>{title}</span>}
      <span>{children}</span>
    </div>
  );
}
