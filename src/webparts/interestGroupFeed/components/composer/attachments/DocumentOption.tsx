import * as React from 'react';
import { Option } from '@fluentui/react-components';
import { authorshipText, placeText } from './documentOptionText';
import type { DocumentOptionProps } from './DocumentPicker.types';
import { DocumentTypeIcon } from './documentTypeIcon';

/** One result: the kind's icon, the title, where it is, and who changed it when. */
export function DocumentOption({ document, locale, styles }: DocumentOptionProps): React.ReactElement {
  const authorship = authorshipText(document, locale);
  return (
    <Option value={document.uniqueId} text={document.title} className={styles.option}>
      <DocumentTypeIcon fileType={document.fileType} className={styles.icon} />
      <span className={styles.optionText}>
        <span className={styles.title}>{document.title}</span>
        <span className={styles.meta}>{placeText(document)}</span>
        {authorship && <span className={styles.meta}>{authorship}</span>}
      </span>
    </Option>
  );
}
