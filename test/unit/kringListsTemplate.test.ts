import * as fs from 'fs';
import * as path from 'path';
import { KRING_LISTS } from '../../src/services/lists/kringLists';

const TEMPLATE = path.join(__dirname, '..', '..', 'sharepoint', 'assets', 'kring-lists.xml');
const PNP = 'http://schemas.dev.office.com/PnP/2022/09/ProvisioningSchema';

/** The lists of the PnP provisioning template, read with the browser's XML parser (jsdom). */
function templateLists(): Map<string, string[]> {
  const doc = new DOMParser().parseFromString(fs.readFileSync(TEMPLATE, 'utf8'), 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  const lists = new Map<string, string[]>();
  for (const list of Array.from(doc.getElementsByTagNameNS(PNP, 'ListInstance'))) {
    const fields = Array.from(list.getElementsByTagNameNS(PNP, 'Fields')).flatMap((group) =>
      Array.from(group.children).filter((node) => node.localName === 'Field')
    );
    lists.set(
      list.getAttribute('Title') ?? '',
      fields.map((field) => field.getAttribute('Name') ?? '')
    );
  }
  return lists;
}

describe('the provisioning template and the lists the services use', () => {
  it('defines exactly the lists and columns the services and the health check require', () => {
    const template = templateLists();
    expect([...template.keys()].sort()).toEqual(KRING_LISTS.map((list) => list.title).sort());
    for (const list of KRING_LISTS) {
      expect([...(template.get(list.title) ?? [])].sort()).toEqual([...list.columns].sort());
    }
  });

  it('gives every template column matching Name and StaticName, which is the InternalName the health check reads', () => {
    const doc = new DOMParser().parseFromString(fs.readFileSync(TEMPLATE, 'utf8'), 'application/xml');
    const fields = Array.from(doc.getElementsByTagName('Field'));
    expect(fields.length).toBeGreaterThan(0);
    for (const field of fields) {
      expect(field.getAttribute('StaticName')).toBe(field.getAttribute('Name'));
    }
  });
});
