import type { RecordProperty, RecordValue } from '../../shared/odata/recordFilter';
import { guidFrom, type ListRecord } from '../store/listStore';
import type { FieldSchema } from '../store/listSchema';

/** An `SP.Field` as SharePoint describes a list column. */
export type FieldProperties = Record<string, RecordValue | string[]>;

interface BuiltInField {
  internalName: string;
  type: string;
  title: string;
  hidden?: boolean;
  entityPropertyName?: string;
}

/** SharePoint's own columns, under the internal names SharePoint gives them (the item JSON names some differently). */
const BUILT_IN: Readonly<Record<string, BuiltInField | null>> = {
  Id: null,
  ID: { internalName: 'ID', type: 'Counter', title: 'ID' },
  Title: { internalName: 'Title', type: 'Text', title: 'Title' },
  Created: { internalName: 'Created', type: 'DateTime', title: 'Created' },
  Modified: { internalName: 'Modified', type: 'DateTime', title: 'Modified' },
  AuthorId: { internalName: 'Author', type: 'User', title: 'Created By' },
  EditorId: { internalName: 'Editor', type: 'User', title: 'Modified By' },
  GUID: { internalName: 'GUID', type: 'Guid', title: 'GUID', hidden: true },
  ContentTypeId: { internalName: 'ContentTypeId', type: 'ContentTypeId', title: 'Content Type ID', hidden: true },
  FileSystemObjectType: {
    internalName: 'FSObjType',
    type: 'Lookup',
    title: 'Item Type',
    hidden: true,
    entityPropertyName: 'FileSystemObjectType'
  },
  OData__UIVersionString: {
    internalName: '_UIVersionString',
    type: 'Text',
    title: 'Version',
    entityPropertyName: 'OData__UIVersionString'
  },
  Attachments: { internalName: 'Attachments', type: 'Attachments', title: 'Attachments' }
};

const FIELD_TYPE_KIND: Readonly<Record<string, number>> = {
  Integer: 1,
  Text: 2,
  Note: 3,
  DateTime: 4,
  Counter: 5,
  Choice: 6,
  Lookup: 7,
  Boolean: 8,
  Number: 9,
  Guid: 14,
  MultiChoice: 15,
  Attachments: 19,
  User: 20,
  ContentTypeId: 25
};

const ODATA_TYPE: Readonly<Record<string, string>> = {
  Text: 'SP.FieldText',
  Note: 'SP.FieldMultiLineText',
  Number: 'SP.FieldNumber',
  DateTime: 'SP.FieldDateTime',
  Choice: 'SP.FieldChoice',
  MultiChoice: 'SP.FieldMultiChoice',
  User: 'SP.FieldUser',
  Lookup: 'SP.FieldLookup',
  Guid: 'SP.FieldGuid'
};

/** Every property any field type has, for validating `$select` on a collection of mixed field types. */
export const FIELD_PROPERTY_NAMES: ReadonlySet<string> = new Set([
  'Id',
  'InternalName',
  'StaticName',
  'EntityPropertyName',
  'Title',
  'TypeAsString',
  'FieldTypeKind',
  'Required',
  'ReadOnlyField',
  'Hidden',
  'Group',
  'Description',
  'Choices',
  'MaxLength'
]);

/** What `$filter` may test on fields. */
export const FIELD_FILTER_PROPERTIES: Readonly<Record<string, RecordProperty>> = Object.fromEntries(
  [
    ...['InternalName', 'StaticName', 'EntityPropertyName', 'Title', 'TypeAsString', 'Group', 'Description'].map(
      (name): RecordProperty => ({ name, type: 'string', operators: ['eq', 'ne', 'startswith', 'substringof'] })
    ),
    ...['Required', 'ReadOnlyField', 'Hidden'].map((name): RecordProperty => ({
      name,
      type: 'boolean',
      operators: ['eq', 'ne']
    })),
    { name: 'FieldTypeKind', type: 'number', operators: ['eq', 'ne', 'range'] } satisfies RecordProperty
  ].map((property) => [property.name.toLowerCase(), property])
);

function typeSpecific(type: string, field: FieldSchema): FieldProperties {
  if (type === 'Choice' || type === 'MultiChoice') {
    return { Choices: [...field.choices] };
  }
  return type === 'Text' && field.maxLength !== undefined ? { MaxLength: field.maxLength } : {};
}

/** The list's columns as SharePoint lists them (the item-only `Id` alias is not a column). */
export function listFields(list: ListRecord): FieldProperties[] {
  return list.schema.fields.flatMap((field): FieldProperties[] => {
    const builtIn = BUILT_IN[field.name];
    if (builtIn === null) {
      return [];
    }
    const internalName = builtIn?.internalName ?? field.name;
    const type = builtIn?.type ?? field.type;
    return [
      {
        Id: field.id ?? guidFrom(`field:${internalName}`),
        InternalName: internalName,
        StaticName: internalName,
        EntityPropertyName: builtIn?.entityPropertyName ?? internalName,
        Title: builtIn?.title ?? field.title ?? field.name,
        TypeAsString: type,
        FieldTypeKind: FIELD_TYPE_KIND[type] ?? 0,
        Required: field.required,
        ReadOnlyField: field.readOnly,
        Hidden: builtIn?.hidden ?? false,
        Group: builtIn ? '_Hidden' : 'Custom Columns',
        Description: field.description ?? '',
        ...typeSpecific(type, field)
      }
    ];
  });
}

export function fieldODataType(field: FieldProperties): string {
  return ODATA_TYPE[String(field.TypeAsString)] ?? 'SP.Field';
}
