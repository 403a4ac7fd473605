import * as React from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import * as strings from 'InterestGroupFeedWebPartStrings';
import { LoadingState } from '../../../../components/states/LoadingState';
import type { Post } from '../../../../model/feed/Post';
import { useFeedActions } from '../feed/FeedActions';
import { LazyComposer, preloadComposer } from './lazyComposer';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: tokens.spacingVerticalS },
  composer: { alignSelf: 'stretch' }
});

export interface ReplyLauncherProps {
  post: Post;
}

/** "Reply" on a thread, opening the reply composer under it; Escape or Cancel closes it (the draft is kept). */
export function ReplyLauncher({ post }: ReplyLauncherProps): React.ReactElement {
  const { addSent } = useFeedActions();
  const styles = useStyles();
  const [open, setOpen] = React.useState(false);
  const button = React.useRef<HTMLButtonElement>(null);
  const close = React.useCallback(() => {
    setOpen(false);
    // The focus goes back where the reply started.
    requestAnimationFrame(() => button.current?.focus());
  }, []);
  const recentMessages = React.useCallback(() => post.replies, [post]);
  return (
    <div className={styles.root}>
      {!open && (
        <Button
          ref={button}
          appearance="subtle"
          size="small"
          onClick={() => setOpen(true)}
          onPointerEnter={() => void preloadComposer()}
          onFocus={() => void preloadComposer()}
        >
          {strings.ComposerReplyAction}
        </Button>
      )}
      {open && (
        <div className={styles.composer}>
          <React.Suspense fallback={<LoadingState label={strings.ComposerLoadingDraft} />}>
            <LazyComposer
              mode={{ kind: 'reply', post }}
              recentMessages={recentMessages}
              onSent={addSent}
              onCancel={close}
              autoFocus
            />
          </React.Suspense>
        </div>
      )}
    </div>
  );
}
