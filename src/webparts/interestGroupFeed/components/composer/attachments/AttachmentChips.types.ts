import type { DraftAttachment } from '../../../../../model/composer/Draft';

export interface AttachmentChipsProps {
  attachments: readonly DraftAttachment[];
  onRemove: (attachment: DraftAttachment) => void;
  /** While a send is under way nothing is removed. */
  disabled?: boolean;
}
