import * as React from 'react';
import { Button, Field, Input } from '@fluentui/react-components';
import type { RichTextEditorState } from './RichTextEditor.types';
import type { RichTextEditorStyles } from './useRichTextEditorStyles';

export function renderLinkForm(state: RichTextEditorState, styles: RichTextEditorStyles): React.ReactElement {
  const { linkForm, strings } = state;
  return (
    <div role="group" aria-label={strings.linkForm} className={styles.linkForm} onKeyDown={linkForm.onKeyDown}>
      <Field
        size="small"
        label={strings.linkAddress}
        className={styles.linkField}
        validationState={linkForm.error ? 'error' : 'none'}
        validationMessage={linkForm.error}
      >
        <Input
          ref={linkForm.addressRef}
          size="small"
          type="url"
          value={linkForm.address}
          onChange={(_, data) => linkForm.onAddressChange(data.value)}
        />
      </Field>
      <Field size="small" label={strings.linkText} className={styles.linkField}>
        <Input size="small" value={linkForm.text} onChange={(_, data) => linkForm.onTextChange(data.value)} />
      </Field>
      <div className={styles.linkActions}>
        <Button size="small" appearance="primary" onClick={linkForm.apply}>
          {strings.linkApply}
        </Button>
        <Button size="small" onClick={linkForm.cancel}>
          {strings.linkCancel}
        </Button>
      </div>
    </div>
  );
}
