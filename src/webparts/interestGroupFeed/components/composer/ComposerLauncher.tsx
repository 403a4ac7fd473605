import * as React from 'react';
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import * as strings from 'InterestGroupFeedWebPartStrings';
import { LoadingState } from '../../../../components/states/LoadingState';
import type { ComposerProps } from './Composer.types';
import { LazyComposer, preloadComposer } from './lazyComposer';

const useStyles = makeStyles({
  button: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalM },
  hint: { color: tokens.colorNeutralForeground3 },
  root: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: tokens.spacingVerticalS },
  composer: { alignSelf: 'stretch' }
});

export interface ComposerLauncherProps extends Omit<ComposerProps, 'autoFocus' | 'onCancel'> {
  label: string;
  /** Says what the composer is for, beside the button. */
  hint?: string;
  /** A new post's launcher is the page's main action; a thread's "Reply" is a quiet one. */
  primary?: boolean;
  /** Opens at once (a draft was left): without taking the focus. */
  open?: boolean;
  /** Escape and Cancel close the composer again (a reply); its draft is kept. */
  closable?: boolean;
}

/** A button that opens the composer in its place, the composer's code loading on first use (or on hover). */
export function ComposerLauncher(props: ComposerLauncherProps): React.ReactElement {
  const { label, hint, primary = false, open: openAtOnce = false, closable = false, ...composer } = props;
  const styles = useStyles();
  const [opened, setOpened] = React.useState(false);
  const button = React.useRef<HTMLButtonElement>(null);
  const close = React.useCallback(() => {
    setOpened(false);
    // The focus goes back where the writing started.
    requestAnimationFrame(() => button.current?.focus());
  }, []);
  const open = opened || openAtOnce;
  return (
    <div className={styles.root}>
      {!open && (
        <div className={styles.button}>
          <Button
            ref={button}
            appearance={primary ? 'primary' : 'subtle'}
            size={primary ? 'medium' : 'small'}
            onClick={() => setOpened(true)}
            onPointerEnter={() => void preloadComposer()}
            onFocus={() => void preloadComposer()}
          >
            {label}
          </Button>
          {hint && (
            <Text size={200} className={styles.hint}>
              {hint}
            </Text>
          )}
        </div>
      )}
      {open && (
        <div className={styles.composer}>
          <React.Suspense fallback={<LoadingState label={strings.ComposerLoadingDraft} />}>
            <LazyComposer {...composer} autoFocus={opened} onCancel={closable ? close : undefined} />
          </React.Suspense>
        </div>
      )}
    </div>
  );
}
