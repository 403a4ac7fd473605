import * as React from 'react';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { deferred } from '../../../../../components/testing/deferred';
import { fakeServices, renderWithKring } from '../../../../../components/testing/renderWithKring';
import type { DraftAttachment } from '../../../../../model/composer/Draft';
import type { UploadOptions } from '../../../../../services/files/ChannelFilesService';
import { ServiceError } from '../../../../../services/ServiceError';
import { FileUploadButton } from './FileUploadButton';

const CHANNEL = { groupId: 'group-1', channelId: '19:general@thread.tacv2' };
const MB = 1024 * 1024;

const ATTACHMENT: DraftAttachment = {
  id: 'a1b2c3d4-0000-4000-8000-00000000000a',
  name: 'Opname.mp4',
  url: 'https://hogeschool.sharepoint.com/sites/ig-toetsing/Shared%20Documents/General/Opname.mp4'
};

function renderUpload(upload: jest.Mock, props: { maxBytes?: number } = {}): jest.Mock {
  const onUploaded = jest.fn();
  renderWithKring(
    <FileUploadButton channel={CHANNEL} onUploaded={onUploaded} {...props} />,
    fakeServices({ channelFiles: { upload } })
  );
  return onUploaded;
}

/** A file of `size` bytes without holding them: jsdom's File would copy every byte. */
function fileOf(name: string, size: number): File {
  const file = new File(['x'], name);
  Object.defineProperty(file, 'size', { value: size });
  return file;
}

function choose(file: File): void {
  const input = document.querySelector('input[type="file"]') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [file] } });
}

describe('FileUploadButton', () => {
  it('uploads the chosen file to the channel with a progress bar, then hands over the attachment', async () => {
    const done = deferred<DraftAttachment>();
    let progress: UploadOptions['onProgress'];
    const upload = jest.fn((_channel, _file, options: UploadOptions) => {
      progress = options.onProgress;
      return done.promise;
    });
    const onUploaded = renderUpload(upload);
    const file = fileOf('Opname.mp4', 20 * MB);

    choose(file);
    expect(upload).toHaveBeenCalledWith(CHANNEL, file, expect.objectContaining({ signal: expect.any(AbortSignal) }));
    act(() => progress?.(10 * MB, 20 * MB));

    const bar = screen.getByRole('progressbar', { name: 'Uploading Opname.mp4' });
    expect(bar).toHaveAttribute('aria-valuenow', '0.5');
    expect(bar).toHaveAttribute('aria-valuetext', '50%');
    expect(screen.getByText('50% · 10 MB of 20 MB')).toBeInTheDocument();

    await act(async () => done.resolve(ATTACHMENT));
    expect(onUploaded).toHaveBeenCalledWith(ATTACHMENT);
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Opname.mp4 is uploaded and attached.');
  });

  it('cancels: the upload is aborted and the button comes back', async () => {
    let signal: AbortSignal | undefined;
    const upload = jest.fn(
      (_channel, _file, options: UploadOptions) =>
        new Promise<DraftAttachment>((_resolve, reject) => {
          signal = options.signal;
          signal?.addEventListener('abort', () => reject(new ServiceError('cancelled', 'The upload was cancelled.')));
        })
    );
    const onUploaded = renderUpload(upload);
    choose(fileOf('Verslag.docx', 3 * MB));

    await userEvent.click(screen.getByRole('button', { name: 'Cancel uploading Verslag.docx' }));

    expect(signal?.aborted).toBe(true);
    expect(screen.getByRole('status')).toHaveTextContent('Uploading Verslag.docx was cancelled.');
    expect(screen.getByRole('button', { name: 'Upload from this device' })).toHaveFocus();
    expect(onUploaded).not.toHaveBeenCalled();
  });

  it('refuses a file over the limit before uploading, saying why', () => {
    const upload = jest.fn();
    renderUpload(upload);

    choose(fileOf('Archief.zip', 300 * MB));

    expect(upload).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent(
      "Archief.zip is 300 MB: files up to 250 MB can be attached here. Share larger files from the channel's Files tab in Teams."
    );
    expect(screen.getByRole('status')).toHaveTextContent("Files up to 250 MB, saved in the channel's Files.");
  });

  it('explains a failed upload and tries the same file again', async () => {
    const upload = jest
      .fn()
      .mockRejectedValueOnce(new ServiceError('network', 'offline'))
      .mockResolvedValueOnce(ATTACHMENT);
    const onUploaded = renderUpload(upload);
    const file = fileOf('Opname.mp4', MB);
    choose(file);

    expect(await screen.findByText('Could not upload Opname.mp4.')).toBeInTheDocument();
    expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toContainEqual(
      expect.stringContaining('Microsoft 365 could not be reached')
    );
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));

    await waitFor(() => expect(onUploaded).toHaveBeenCalledWith(ATTACHMENT));
    expect(upload).toHaveBeenCalledTimes(2);
    expect(upload.mock.calls[1][1]).toBe(file);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('cannot upload without a channel', () => {
    renderWithKring(<FileUploadButton channel={undefined} onUploaded={jest.fn()} />, fakeServices());
    expect(screen.getByRole('button', { name: 'Upload from this device' })).toBeDisabled();
  });
});
