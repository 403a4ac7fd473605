import * as React from 'react';
import { Button, makeStyles, ProgressBar, Text, tokens, typographyStyles } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import * as strings from 'InterestGroupFeedWebPartStrings';
import type { KringLocale } from '../../../../../host/HostInfo';
import { percentDone, progressText } from './uploadTexts';

export interface UploadProgressProps {
  fileName: string;
  sentBytes: number;
  totalBytes: number;
  locale: KringLocale;
  onCancel: () => void;
}

const useStyles = makeStyles({
  root: {
    display: 'grid',
    gridTemplateColumns: '1fr auto',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1
  },
  name: { ...typographyStyles.body1Strong, overflowWrap: 'anywhere', minWidth: 0 },
  bar: { gridColumnStart: 1, gridColumnEnd: 2 },
  detail: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2 },
  cancel: { gridColumnStart: 2, gridRowStart: 1, gridRowEnd: 4 }
});

/** A file on its way: its name, a progress bar with the percent done, and Cancel. */
export function UploadProgress({
  fileName,
  sentBytes,
  totalBytes,
  locale,
  onCancel
}: UploadProgressProps): React.ReactElement {
  const styles = useStyles();
  const percent = percentDone(sentBytes, totalBytes);
  const label = strings.UploadProgressLabel.replace('{0}', fileName);
  return (
    <div role="group" aria-label={label} className={styles.root}>
      <Text className={styles.name}>{fileName}</Text>
      <ProgressBar
        className={styles.bar}
        value={percent / 100}
        max={1}
        thickness="large"
        aria-label={label}
        aria-valuetext={`${percent}%`}
      />
      <Text className={styles.detail} aria-hidden>
        {progressText(sentBytes, totalBytes, locale)}
      </Text>
      <Button
        className={styles.cancel}
        icon={<DismissRegular />}
        onClick={onCancel}
        aria-label={strings.UploadCancelLabel.replace('{0}', fileName)}
      >
        {strings.UploadCancel}
      </Button>
    </div>
  );
}
