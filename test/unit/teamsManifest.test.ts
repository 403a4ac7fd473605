/** @jest-environment node */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { validateTeamsManifest } = require('../../scripts/teamsManifest') as {
  validateTeamsManifest: (dir: string) => string[];
};

const teamsDir = path.join(__dirname, '..', '..', 'teams');

function copyOfTeamsFolder(change: (manifest: Record<string, unknown>) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kring-teams-'));
  for (const file of fs.readdirSync(teamsDir)) {
    fs.copyFileSync(path.join(teamsDir, file), path.join(dir, file));
  }
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  change(manifest);
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

describe('Teams app manifest', () => {
  it('validates against the official schema of its version, with its Dutch localisation', () => {
    expect(validateTeamsManifest(teamsDir)).toEqual([]);
  });

  it('points every tab at one of the three web parts and trusts SharePoint for SSO', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(teamsDir, 'manifest.json'), 'utf8'));
    const ids = ['interestGroupFeed', 'colleagueCard', 'whoKnowsWhat'].map((folder) => {
      const dir = path.join(__dirname, '..', '..', 'src', 'webparts', folder);
      const file = fs.readdirSync(dir).find((f) => f.endsWith('.manifest.json')) as string;
      return JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')).id as string;
    });
    const urls: string[] = [
      ...manifest.staticTabs.map((tab: { contentUrl: string }) => tab.contentUrl),
      ...manifest.configurableTabs.map((tab: { configurationUrl: string }) => tab.configurationUrl)
    ];
    for (const id of ids) {
      expect(urls.some((url) => url.includes(`componentId=${id}`))).toBe(true);
    }
    expect(manifest.webApplicationInfo).toEqual({
      id: '00000003-0000-0ff1-ce00-000000000000',
      resource: 'https://{teamSiteDomain}'
    });
    expect(manifest.validDomains).toEqual(expect.arrayContaining(['*.login.microsoftonline.com', '*.sharepoint.com']));
  });

  it('reports what is wrong with an invalid manifest', () => {
    const dir = copyOfTeamsFolder((manifest) => {
      delete manifest.name;
      manifest.accentColor = 'teal';
    });
    const errors = validateTeamsManifest(dir);
    expect(errors.some((e) => e.includes('name'))).toBe(true);
    expect(errors.some((e) => e.includes('accentColor'))).toBe(true);
  });
});
