import * as React from 'react';
import {
  Button,
  DrawerBody,
  DrawerFooter,
  DrawerHeader,
  DrawerHeaderTitle,
  Field,
  Input,
  makeStyles,
  OverlayDrawer,
  Radio,
  RadioGroup,
  Slider,
  Subtitle2,
  Switch,
  Text,
  Textarea,
  tokens
} from '@fluentui/react-components';
import type { KringServices } from '../../../src/services/KringServices';
import type { PropertyFieldDefinition, PropertyPageDefinition } from '../../../src/webparts/shared/propertyFields';
import type { PropertyValue, PropertyValues } from '../propertyValues';
import { useWorkbenchStrings } from '../strings';
import { PersonFieldEditor } from './PersonFieldEditor';

export interface PropertyPanelProps {
  open: boolean;
  title: string;
  page: PropertyPageDefinition;
  values: PropertyValues;
  /** The signed-in demo user's services, for fields that search (the person field). */
  services: KringServices;
  onApply: (values: PropertyValues) => void;
  onClose: () => void;
}

const useStyles = makeStyles({
  group: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    marginBottom: tokens.spacingVerticalXL
  },
  footer: { columnGap: tokens.spacingHorizontalS }
});

function FieldEditor({
  field,
  value,
  services,
  onChange
}: {
  field: PropertyFieldDefinition;
  value: PropertyValue | undefined;
  services: KringServices;
  onChange: (value: PropertyValue) => void;
}): React.ReactElement {
  switch (field.kind) {
    case 'text':
      return (
        <Field label={field.label} hint={field.description}>
          {field.multiline ? (
            <Textarea value={typeof value === 'string' ? value : ''} onChange={(_, data) => onChange(data.value)} />
          ) : (
            <Input value={typeof value === 'string' ? value : ''} onChange={(_, data) => onChange(data.value)} />
          )}
        </Field>
      );
    case 'choice':
      return (
        <Field label={field.label}>
          <RadioGroup value={typeof value === 'string' ? value : ''} onChange={(_, data) => onChange(data.value)}>
            {field.options.map((option) => (
              <Radio key={option.key} value={option.key} label={option.text} />
            ))}
          </RadioGroup>
        </Field>
      );
    case 'toggle':
      return (
        <Switch
          label={value === true ? (field.onText ?? field.label) : (field.offText ?? field.label)}
          aria-label={field.label}
          checked={value === true}
          onChange={(_, data) => onChange(data.checked)}
        />
      );
    case 'number':
      return (
        <Field label={`${field.label}: ${typeof value === 'number' ? value : field.min}`}>
          <Slider
            min={field.min}
            max={field.max}
            step={field.step ?? 1}
            value={typeof value === 'number' ? value : field.min}
            onChange={(_, data) => onChange(data.value)}
          />
        </Field>
      );
    case 'person':
      return (
        <PersonFieldEditor
          field={field}
          value={typeof value === 'string' ? value : ''}
          services={services}
          onChange={onChange}
        />
      );
  }
}

/**
 * A web part's property pane, rendered from the same field definitions the SPFx property pane is built from.
 * Values are applied to the mounted web part with "Apply", as a non-reactive SPFx property pane does.
 */
export function PropertyPanel({
  open,
  title,
  page,
  values,
  services,
  onApply,
  onClose
}: PropertyPanelProps): React.ReactElement {
  const styles = useStyles();
  const strings = useWorkbenchStrings().propertyPanel;
  const [draft, setDraft] = React.useState<PropertyValues>(values);
  React.useEffect(() => {
    if (open) {
      setDraft(values);
    }
  }, [open, values]);
  return (
    <OverlayDrawer
      open={open}
      position="end"
      size="medium"
      onOpenChange={(_, data) => !data.open && onClose()}
      aria-label={strings.properties(title)}
    >
      <DrawerHeader>
        <DrawerHeaderTitle>{title}</DrawerHeaderTitle>
        <Text>{page.description}</Text>
      </DrawerHeader>
      <DrawerBody>
        {page.groups.map((group) => (
          <section key={group.name} className={styles.group} aria-label={group.name}>
            <Subtitle2 as="h3">{group.name}</Subtitle2>
            {group.fields.map((field) => (
              <FieldEditor
                key={field.key}
                field={field}
                value={draft[field.key]}
                services={services}
                onChange={(value) => setDraft((current) => ({ ...current, [field.key]: value }))}
              />
            ))}
          </section>
        ))}
      </DrawerBody>
      <DrawerFooter className={styles.footer}>
        <Button appearance="primary" onClick={() => onApply(draft)}>
          {strings.apply}
        </Button>
        <Button onClick={onClose}>{strings.cancel}</Button>
      </DrawerFooter>
    </OverlayDrawer>
  );
}
