import * as React from 'react';
import { asServiceError } from '../../../../../hooks/AsyncData';
import type { DraftAttachment } from '../../../../../model/composer/Draft';
import type { ChannelRef } from '../../../../../model/feed/mergedFeed';
import { useServices } from '../../../../../services/ServicesContext';
import type { UploadStatus } from './FileUploadButton.types';

export interface UploadRun {
  status: UploadStatus;
  setStatus: (status: UploadStatus) => void;
  start: (file: File) => void;
  cancel: () => void;
}

/**
 * One upload at a time to the channel, its progress and outcome as an UploadStatus. Only the latest upload's news
 * is shown; leaving (unmounting) aborts what is under way.
 */
export function useUploadRun(
  channel: ChannelRef | undefined,
  onUploaded: (attachment: DraftAttachment) => void
): UploadRun {
  const { channelFiles } = useServices();
  const [status, setStatus] = React.useState<UploadStatus>({ kind: 'idle' });
  const running = React.useRef<AbortController | undefined>(undefined);
  const onUploadedRef = React.useRef(onUploaded);
  onUploadedRef.current = onUploaded;

  React.useEffect(() => () => running.current?.abort(), []);

  const start = React.useCallback(
    (file: File) => {
      if (!channel) {
        return;
      }
      const controller = new AbortController();
      running.current = controller;
      const current = (): boolean => running.current === controller;
      const settle = (next: UploadStatus): void => {
        running.current = undefined;
        setStatus(next);
      };
      setStatus({ kind: 'uploading', file, sentBytes: 0, totalBytes: file.size });
      channelFiles
        .upload(channel, file, {
          signal: controller.signal,
          onProgress: (sentBytes, totalBytes) =>
            current() && setStatus({ kind: 'uploading', file, sentBytes, totalBytes })
        })
        .then(
          (attachment) => {
            if (current()) {
              settle({ kind: 'done', attachment });
              onUploadedRef.current(attachment);
            }
          },
          async (failure: unknown) => {
            const error = await asServiceError(failure);
            if (current()) {
              settle(error.kind === 'cancelled' ? { kind: 'cancelled', file } : { kind: 'failed', file, error });
            }
          }
        );
    },
    [channel, channelFiles]
  );

  const cancel = (): void => {
    // The service removes what was stored of the file; the composer need not wait for that.
    running.current?.abort();
    running.current = undefined;
    if (status.kind === 'uploading') {
      setStatus({ kind: 'cancelled', file: status.file });
    }
  };

  return { status, setStatus, start, cancel };
}
