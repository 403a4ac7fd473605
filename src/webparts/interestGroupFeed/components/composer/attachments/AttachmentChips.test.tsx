import * as React from 'react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeServices, renderWithKring } from '../../../../../components/testing/renderWithKring';
import type { DraftAttachment } from '../../../../../model/composer/Draft';
import { AttachmentChips } from './AttachmentChips';

const SITE = 'https://hogeschool.sharepoint.com/sites/intranet/Gedeelde%20documenten';
const PLAN: DraftAttachment = { id: 'id-plan', name: 'Toetsplan.docx', url: `${SITE}/Toetsplan.docx` };
const SHEET: DraftAttachment = { id: 'id-sheet', name: 'Begroting.xlsx', url: `${SITE}/Begroting.xlsx` };
const EVIL: DraftAttachment = { id: 'id-evil', name: 'Klik.pdf', url: 'javascript:alert(1)' };

function Harness({ initial, disabled }: { initial: DraftAttachment[]; disabled?: boolean }): React.ReactElement {
  const [attachments, setAttachments] = React.useState(initial);
  return (
    <AttachmentChips
      attachments={attachments}
      disabled={disabled}
      onRemove={(removed) => setAttachments((list) => list.filter((attachment) => attachment.id !== removed.id))}
    />
  );
}

describe('AttachmentChips', () => {
  it('lists the attached documents by name, each opening the document in a new tab', () => {
    renderWithKring(<Harness initial={[PLAN, SHEET, EVIL]} />, fakeServices());

    const list = screen.getByRole('list', { name: 'Attached documents' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(within(items[0]).getByRole('link', { name: 'Toetsplan.docx' })).toHaveAttribute('href', PLAN.url);
    expect(within(items[0]).getByRole('link')).toHaveAttribute('target', '_blank');
    expect(within(items[1]).getByRole('img', { name: 'Excel' })).toBeInTheDocument();
    expect(within(items[2]).queryByRole('link')).not.toBeInTheDocument();
    expect(items[2]).toHaveTextContent('Klik.pdf');
  });

  it('removes one with its button, and the focus moves to the next chip', async () => {
    renderWithKring(<Harness initial={[PLAN, SHEET]} />, fakeServices());

    await userEvent.click(screen.getByRole('button', { name: 'Remove Toetsplan.docx' }));

    expect(screen.queryByText('Toetsplan.docx')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove Begroting.xlsx' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('removes nothing while disabled', () => {
    renderWithKring(<Harness initial={[PLAN]} disabled />, fakeServices());
    expect(screen.getByRole('button', { name: 'Remove Toetsplan.docx' })).toBeDisabled();
  });
});
