import * as React from 'react';
import {
  DocumentPdfRegular,
  DocumentRegular,
  DocumentTableRegular,
  DocumentTextRegular,
  GlobeRegular,
  SlideTextRegular,
  type FluentIcon
} from '@fluentui/react-icons';
import * as strings from 'InterestGroupFeedWebPartStrings';
import { documentTypeOf, type DocumentType } from '../../../../../model/documents/IntranetDocument';

const ICONS: Readonly<Record<DocumentType, FluentIcon>> = {
  word: DocumentTextRegular,
  excel: DocumentTableRegular,
  powerpoint: SlideTextRegular,
  pdf: DocumentPdfRegular,
  page: GlobeRegular
};

/** What the type filter and a result call each kind of document. */
export function documentTypeLabel(type: DocumentType | undefined): string {
  switch (type) {
    case 'word':
      return strings.DocumentTypeWord;
    case 'excel':
      return strings.DocumentTypeExcel;
    case 'powerpoint':
      return strings.DocumentTypePowerPoint;
    case 'pdf':
      return strings.DocumentTypePdf;
    case 'page':
      return strings.DocumentTypePage;
    default:
      return strings.DocumentTypeOther;
  }
}

export interface DocumentTypeIconProps {
  fileType: string;
  className?: string;
}

/** The icon of a file's kind, named for screen readers (it is the only place the kind is shown). */
export function DocumentTypeIcon({ fileType, className }: DocumentTypeIconProps): React.ReactElement {
  const type = documentTypeOf(fileType);
  const Icon = type ? ICONS[type] : DocumentRegular;
  return <Icon className={className} aria-label={documentTypeLabel(type)} />;
}
