import * as React from 'react';
import * as commonStrings from 'KringCommonStrings';
import type { LoadHostedImage } from './MessageBody.types';

export type HostedImageState = { status: 'loading' } | { status: 'ready'; url: string } | { status: 'failed' };

// Teams gives every pasted image this alt text; it says nothing, so it is not repeated in the failure.
const TEAMS_DEFAULT_ALT = 'image';

function revoke(url: string): void {
  if (url.startsWith('blob:')) {
    URL.revokeObjectURL(url);
  }
}

/** What is shown when a hosted image cannot be shown. */
export function hostedImageFailedText(alt: string): string {
  return alt && alt.toLowerCase() !== TEAMS_DEFAULT_ALT
    ? commonStrings.MessageImageFailedNamed.replace('{0}', () => alt)
    : commonStrings.MessageImageFailed;
}

/** Loads a hosted image once per `src` and revokes its object URL when the image goes or changes. */
export function useHostedImage(src: string, load: LoadHostedImage | undefined): HostedImageState {
  const [state, setState] = React.useState<HostedImageState>({ status: load ? 'loading' : 'failed' });
  // The loader is often an inline function: a new one must not fetch the image again.
  const loadRef = React.useRef(load);
  loadRef.current = load;
  const canLoad = load !== undefined;

  React.useEffect(() => {
    const current = loadRef.current;
    if (!current) {
      setState({ status: 'failed' });
      return undefined;
    }
    let active = true;
    let loadedUrl: string | undefined;
    setState({ status: 'loading' });
    Promise.resolve()
      .then(() => current(src))
      .then(
        (url) => {
          if (active) {
            loadedUrl = url;
            setState({ status: 'ready', url });
          } else {
            revoke(url);
          }
        },
        () => active && setState({ status: 'failed' })
      );
    return () => {
      active = false;
      if (loadedUrl) {
        revoke(loadedUrl);
      }
    };
  }, [src, canLoad]);

  return state;
}
