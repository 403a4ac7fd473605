import * as React from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import * as commonStrings from 'KringCommonStrings';

const useStyles = makeStyles({
  root: {
    display: 'grid',
    gridTemplateColumns: '96px 1fr',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS
  },
  lines: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, justifyContent: 'center' },
  block: {
    backgroundColor: tokens.colorNeutralStencil1,
    borderRadius: tokens.borderRadiusMedium,
    animationName: { from: { opacity: 1 }, to: { opacity: 0.5 } },
    animationDuration: '1s',
    animationIterationCount: 'infinite',
    animationDirection: 'alternate',
    '@media (prefers-reduced-motion: reduce)': { animationName: 'none' },
    '@media (forced-colors: active)': { backgroundColor: 'CanvasText', opacity: 0.3 }
  },
  avatar: { width: '96px', height: '96px', borderRadius: tokens.borderRadiusCircular },
  title: { height: '24px', width: '60%' },
  line: { height: '16px', width: '40%' },
  wide: { gridColumnStart: 1, gridColumnEnd: 3, height: '72px' }
});

/** The card's shape while it loads, announced as loading to screen readers. */
export function CardSkeleton(): React.ReactElement {
  const styles = useStyles();
  return (
    <div role="progressbar" aria-busy aria-label={commonStrings.Loading} className={styles.root}>
      <div className={mergeClasses(styles.block, styles.avatar)} />
      <div className={styles.lines}>
        <div className={mergeClasses(styles.block, styles.title)} />
        <div className={mergeClasses(styles.block, styles.line)} />
        <div className={mergeClasses(styles.block, styles.line)} />
      </div>
      <div className={mergeClasses(styles.block, styles.wide)} />
    </div>
  );
}
