import * as React from 'react';
import * as ReactDom from 'react-dom';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  PropertyPaneFieldType,
  type IPropertyPaneCustomFieldProps,
  type IPropertyPaneField,
  type IPropertyPaneGroup
} from '@microsoft/sp-property-pane';
import { KringRoot } from '../../components/KringRoot/KringRoot';
import { fakeServices, testHost } from '../../components/testing/renderWithKring';
import type { PropertyPageDefinition } from './propertyFields';
import type { PropertyPaneHost } from './PropertyPaneHost';
import { toPropertyPane } from './toPropertyPane';

jest.setTimeout(60_000);

// The SPFx package needs SharePoint's resource loader and does not load under jest; its field builders only wrap
// their arguments, which is what these stand-ins do (field types as numbered in the package's typings).
jest.mock('@microsoft/sp-property-pane', () => {
  const builder = (type: number) => (targetProperty: string, properties: unknown) => ({
    type,
    targetProperty,
    properties
  });
  return {
    PropertyPaneFieldType: { Custom: 1, TextField: 3, Toggle: 5, Slider: 8, ChoiceGroup: 10 },
    PropertyPaneTextField: builder(3),
    PropertyPaneToggle: builder(5),
    PropertyPaneSlider: builder(8),
    PropertyPaneChoiceGroup: builder(10)
  };
});

const PAGE: PropertyPageDefinition = {
  description: 'Card settings',
  groups: [
    {
      name: 'Settings',
      fields: [
        { kind: 'text', key: 'title', label: 'Title' },
        { kind: 'person', key: 'person', label: 'Person', description: 'Whose card' }
      ]
    }
  ]
};

const DAAN = {
  id: 'id-daan',
  displayName: 'Daan Bakker',
  userPrincipalName: 'daan.bakker@hogeschool.example',
  jobTitle: 'Docent'
};

function testPaneHost(values: Record<string, unknown>, searchPeople: jest.Mock): PropertyPaneHost {
  const services = fakeServices({ people: { searchPeople } });
  return {
    value: (key) => values[key],
    mount: (element, content) =>
      ReactDom.render(
        <KringRoot host={testHost()} services={services} idPrefix="pane-">
          <React.Suspense fallback={null}>{content}</React.Suspense>
        </KringRoot>,
        element
      ),
    unmount: (element) => ReactDom.unmountComponentAtNode(element)
  };
}

function fields(host: PropertyPaneHost): IPropertyPaneField<unknown>[] {
  return (toPropertyPane(PAGE, host).pages[0].groups[0] as IPropertyPaneGroup).groupFields;
}

function personField(
  host: PropertyPaneHost
): IPropertyPaneCustomFieldProps & { targetProperty?: string; type: number } {
  const [, person] = fields(host);
  return {
    ...(person.properties as IPropertyPaneCustomFieldProps),
    targetProperty: person.targetProperty,
    type: person.type
  };
}

describe('toPropertyPane', () => {
  it('keeps the plain fields and turns a person field into a custom field for its property', () => {
    const [title] = fields(testPaneHost({}, jest.fn()));
    expect(title).toMatchObject({
      type: PropertyPaneFieldType.TextField,
      targetProperty: 'title',
      properties: { label: 'Title' }
    });

    const field = personField(testPaneHost({}, jest.fn()));
    expect(field.type).toBe(PropertyPaneFieldType.Custom);
    expect(field.targetProperty).toBe('person');
    expect(field.key).toBe('kring-person-person');
  });

  it('renders the people picker into the element and reports the pick as the property change', async () => {
    const searchPeople = jest.fn().mockResolvedValue([DAAN]);
    const field = personField(testPaneHost({ person: 'anne.devries@hogeschool.example' }, searchPeople));
    const element = document.body.appendChild(document.createElement('div'));
    const changed = jest.fn();

    act(() => {
      field.onRender(element, undefined, changed);
    });
    const input = await screen.findByRole('combobox', { name: 'Person' });
    expect(input).toHaveValue('anne.devries@hogeschool.example');
    expect(screen.getByText('Chosen: anne.devries@hogeschool.example')).toBeInTheDocument();

    await userEvent.clear(input);
    expect(changed).toHaveBeenLastCalledWith('person', '');
    await userEvent.paste('Daan');
    await userEvent.click(await screen.findByRole('option', { name: /Daan Bakker/ }));
    expect(changed).toHaveBeenLastCalledWith('person', 'daan.bakker@hogeschool.example');

    act(() => {
      field.onDispose?.(element);
    });
    await waitFor(() => expect(element).toBeEmptyDOMElement());
    element.remove();
  });
});
