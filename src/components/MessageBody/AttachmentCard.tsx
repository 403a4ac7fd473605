import * as React from 'react';
import { TextLink } from '../TextLink/TextLink';
import { AttachRegular, DocumentRegular } from '@fluentui/react-icons';
import type { Attachment } from '../../model/feed/Post';
import { safeWebHref } from './messageUrls';
import { useAttachmentCardStyles } from './useAttachmentCardStyles';

export interface AttachmentCardProps {
  attachment: Attachment;
}

/** A file shared in a message: icon and name, the name opening the file in a new tab; other kinds by name only. */
export function AttachmentCard({ attachment }: AttachmentCardProps): React.ReactElement {
  const styles = useAttachmentCardStyles();
  const isFile = attachment.kind === 'file';
  const href = isFile ? safeWebHref(attachment.url) : undefined;
  const Icon = isFile ? DocumentRegular : AttachRegular;
  return (
    <span className={styles.root}>
      <Icon className={styles.icon} aria-hidden />
      {href ? (
        <TextLink className={styles.name} href={href} target="_blank" rel="noopener noreferrer">
          {attachment.name}
        </TextLink>
      ) : (
        <span className={styles.name}>{attachment.name}</span>
      )}
    </span>
  );
}
