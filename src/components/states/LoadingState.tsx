import * as React from 'react';
import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';

export interface LoadingStateProps {
  label: string;
  /** `tiny` (20 px) inside a part of a page, `small` (28 px) for a whole web part. */
  size?: 'tiny' | 'small';
}

// Drawn like Fluent's Spinner (a brand-coloured arc turning on a lighter ring), without its component and Label:
// every page with a Kring web part shows one while its code and data load, so it is kept small.
const useStyles = makeStyles({
  root: {
    display: 'inline-flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground1,
    ...typographyStyles.body1
  },
  ring: {
    flexShrink: 0,
    boxSizing: 'border-box',
    borderRadius: tokens.borderRadiusCircular,
    animationName: { to: { transform: 'rotate(360deg)' } },
    animationDuration: '1s',
    animationTimingFunction: 'linear',
    animationIterationCount: 'infinite',
    '@media (prefers-reduced-motion: reduce)': { animationDuration: '3s' },
    '@media (forced-colors: active)': {
      borderRightColor: 'Canvas',
      borderBottomColor: 'Canvas',
      borderLeftColor: 'Canvas',
      borderTopColor: 'Highlight'
    }
  },
  tiny: {
    width: '20px',
    height: '20px',
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke2}`,
    borderTopColor: tokens.colorBrandStroke1
  },
  small: {
    width: '28px',
    height: '28px',
    border: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke2}`,
    borderTopColor: tokens.colorBrandStroke1
  }
});

/** Something is loading: a turning ring and what it is, announced as a progress bar with that name. */
export function LoadingState({ label, size = 'small' }: LoadingStateProps): React.ReactElement {
  const styles = useStyles();
  return (
    <span role="progressbar" aria-label={label} className={styles.root}>
      <span className={mergeClasses(styles.ring, styles[size])} />
      <span>{label}</span>
    </span>
  );
}
