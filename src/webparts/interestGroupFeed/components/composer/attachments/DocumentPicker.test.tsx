import * as React from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeServices, renderWithKring } from '../../../../../components/testing/renderWithKring';
import type { IntranetDocument } from '../../../../../model/documents/IntranetDocument';
import { ServiceError } from '../../../../../services/ServiceError';
import { DocumentPicker } from './DocumentPicker';

// Fluent's combobox renders slowly in jsdom on a busy machine.
jest.setTimeout(60_000);

// Browsers reflect `role` as a property (ARIA reflection) and Fluent's active-descendant matching reads it; jsdom
// does not, so without this no option could become active in these tests.
beforeAll(() => {
  Object.defineProperty(Element.prototype, 'role', {
    configurable: true,
    get(this: Element) {
      return this.getAttribute('role');
    }
  });
});

afterAll(() => {
  delete (Element.prototype as { role?: unknown }).role;
});

const INTRANET = 'https://hogeschool.sharepoint.com/sites/intranet';

const TOETSBELEID: IntranetDocument = {
  uniqueId: '1b0b4f3e-6a2d-4c1b-9e8f-0a1b2c3d4e5f',
  title: 'Toetsbeleid 2026',
  fileName: 'Toetsbeleid 2026.docx',
  fileType: 'docx',
  url: `${INTRANET}/Gedeelde%20documenten/Onderwijs/Toetsing/Toetsbeleid%202026.docx`,
  siteName: 'Intranet',
  siteUrl: INTRANET,
  folder: 'Gedeelde documenten/Onderwijs/Toetsing',
  author: 'Anne de Vries',
  modified: '2026-03-02T09:15:00.000Z'
};

const TOETSPLAN: IntranetDocument = {
  ...TOETSBELEID,
  uniqueId: '2c1c5a4f-7b3e-4d2c-8f90-1b2c3d4e5f60',
  title: 'Toetsplan propedeuse',
  fileName: 'Toetsplan propedeuse.pdf',
  fileType: 'pdf',
  url: `${INTRANET}/Gedeelde%20documenten/Onderwijs/Toetsing/Toetsplan%20propedeuse.pdf`,
  author: undefined,
  modified: undefined
};

function renderPicker(search: jest.Mock, onPick = jest.fn()): jest.Mock {
  renderWithKring(<DocumentPicker onPick={onPick} debounceMs={10} />, fakeServices({ documents: { search } }));
  return onPick;
}

const input = (): HTMLElement => screen.getByRole('combobox', { name: 'Find a document or page' });

/** The results listbox's options (the type filter's native options have the role too). */
async function results(): Promise<HTMLElement[]> {
  return within(await screen.findByRole('listbox', { name: 'Documents found' })).getAllByRole('option');
}

async function enter(text: string): Promise<void> {
  await userEvent.click(input());
  await userEvent.paste(text);
}

describe('DocumentPicker', () => {
  it('searches once the typing settles and lists title, kind, site and folder, author and date', async () => {
    const search = jest.fn().mockResolvedValue([TOETSBELEID, TOETSPLAN]);
    renderPicker(search);

    await enter('toets*');
    const options = await results();

    expect(search).toHaveBeenCalledTimes(1);
    expect(search).toHaveBeenCalledWith('toets*', { type: undefined, top: 20 });
    expect(options[0]).toHaveTextContent('Toetsbeleid 2026');
    expect(options[0]).toHaveTextContent('Intranet · Gedeelde documenten/Onderwijs/Toetsing');
    expect(options[0]).toHaveTextContent('Anne de Vries · modified Mar 2, 2026');
    expect(within(options[0]).getByRole('img', { name: 'Word' })).toBeInTheDocument();
    expect(within(options[1]).getByRole('img', { name: 'PDF' })).toBeInTheDocument();
    expect(options[1]).not.toHaveTextContent('modified');
  });

  it('picks a result with a click, as the attachment of the document', async () => {
    const onPick = renderPicker(jest.fn().mockResolvedValue([TOETSBELEID, TOETSPLAN]));
    await enter('toets');
    const options = await results();

    await userEvent.click(options[1]);

    expect(onPick).toHaveBeenCalledWith({
      id: '2c1c5a4f-7b3e-4d2c-8f90-1b2c3d4e5f60',
      name: 'Toetsplan propedeuse.pdf',
      url: `${INTRANET}/Gedeelde%20documenten/Onderwijs/Toetsing/Toetsplan%20propedeuse.pdf`
    });
    expect(input()).toHaveValue('');
    expect(screen.getByRole('status')).toHaveTextContent('Toetsplan propedeuse.pdf is attached.');
  });

  it('moves into the results with the arrow keys and picks with Enter', async () => {
    const onPick = renderPicker(jest.fn().mockResolvedValue([TOETSBELEID, TOETSPLAN]));
    await enter('toets');
    const options = await results();

    await userEvent.keyboard('{ArrowDown}');
    expect(input()).toHaveAttribute('aria-activedescendant', options[0].id);
    await userEvent.keyboard('{Enter}');

    expect(onPick).toHaveBeenCalledWith(expect.objectContaining({ id: TOETSBELEID.uniqueId }));
    expect(screen.queryByRole('listbox', { name: 'Documents found' })).not.toBeInTheDocument();
  });

  it('searches the same words again for one kind of document', async () => {
    const search = jest.fn().mockResolvedValue([TOETSPLAN]);
    renderPicker(search);
    await enter('toets');
    await results();

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'PDF');

    // The last word is still being typed: it is searched as a prefix.
    await waitFor(() => expect(search).toHaveBeenLastCalledWith('toets*', { type: 'pdf', top: 20 }));
    expect(search).toHaveBeenCalledTimes(2);
  });

  it('says so when nothing matches, suggesting fewer words or a trailing *', async () => {
    renderPicker(jest.fn().mockResolvedValue([]));
    await enter('xyzzy plover');

    expect(
      await screen.findByText('No documents match “xyzzy plover”, try fewer words or a trailing *.')
    ).toBeInTheDocument();
    expect(screen.queryByRole('listbox', { name: 'Documents found' })).not.toBeInTheDocument();
  });

  it('shows a failed search with a retry that searches again', async () => {
    const search = jest
      .fn()
      .mockRejectedValueOnce(new ServiceError('unavailable', 'busy'))
      .mockResolvedValueOnce([TOETSBELEID]);
    renderPicker(search);
    await enter('toets');

    expect(await screen.findByRole('alert')).toHaveTextContent('Microsoft 365 is busy');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));

    await results();
    expect(search).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('sends nothing for words with nothing to search for', async () => {
    const search = jest.fn().mockResolvedValue([TOETSBELEID]);
    renderPicker(search);
    await enter('** ()');
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect(search).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent('Use the arrow keys');
  });
});
