import * as React from 'react';
import { Button } from '@fluentui/react-components';
import { TextLink } from '../../../../../components/TextLink/TextLink';
import { DismissRegular } from '@fluentui/react-icons';
import * as strings from 'InterestGroupFeedWebPartStrings';
import { safeWebHref } from '../../../../../components/MessageBody/messageUrls';
import type { DraftAttachment } from '../../../../../model/composer/Draft';
import type { AttachmentChipsProps } from './AttachmentChips.types';
import { DocumentTypeIcon } from './documentTypeIcon';
import { useAttachmentChipsStyles } from './useAttachmentChipsStyles';

const extensionOf = (name: string): string => (name.includes('.') ? name.slice(name.lastIndexOf('.') + 1) : '');

/**
 * The documents attached to a message, each a chip: its kind's icon, its name (opening the document in a new tab)
 * and a button that removes it. After a removal the focus moves to the next chip's button, or the previous one.
 */
export function AttachmentChips({
  attachments,
  onRemove,
  disabled = false
}: AttachmentChipsProps): React.ReactElement | null {
  const styles = useAttachmentChipsStyles();
  const list = React.useRef<HTMLUListElement>(null);
  const focusAfter = React.useRef<number | undefined>(undefined);

  React.useLayoutEffect(() => {
    if (focusAfter.current === undefined) {
      return;
    }
    const buttons = list.current?.querySelectorAll('button') ?? [];
    buttons[Math.min(focusAfter.current, buttons.length - 1)]?.focus();
    focusAfter.current = undefined;
  }, [attachments]);

  if (attachments.length === 0) {
    return null;
  }
  const remove = (attachment: DraftAttachment, index: number): void => {
    focusAfter.current = index;
    onRemove(attachment);
  };
  return (
    <ul ref={list} aria-label={strings.AttachmentListLabel} className={styles.list}>
      {attachments.map((attachment, index) => {
        const href = safeWebHref(attachment.url);
        return (
          <li key={attachment.id} className={styles.chip}>
            <DocumentTypeIcon fileType={extensionOf(attachment.name)} className={styles.icon} />
            {href ? (
              <TextLink href={href} target="_blank" rel="noopener noreferrer" className={styles.name}>
                {attachment.name}
              </TextLink>
            ) : (
              <span className={styles.name}>{attachment.name}</span>
            )}
            <Button
              appearance="transparent"
              size="small"
              icon={<DismissRegular />}
              aria-label={strings.AttachmentRemove.replace('{0}', attachment.name)}
              disabled={disabled}
              onClick={() => remove(attachment, index)}
            />
          </li>
        );
      })}
    </ul>
  );
}
