// Checks the built packages: the .sppkg holds the three web parts (each available as a Teams tab) and the Graph
// permission requests of config/package-solution.json; the Teams zip holds a manifest that names the web parts.
'use strict';

const fs = require('fs');
const path = require('path');
const JSZip = require('jszip');

const root = path.join(__dirname, '..');
const solution = JSON.parse(fs.readFileSync(path.join(root, 'config', 'package-solution.json'), 'utf8'));
const webPartIds = ['interestGroupFeed', 'colleagueCard', 'whoKnowsWhat'].map((folder) => {
  const dir = path.join(root, 'src', 'webparts', folder);
  const manifestFile = fs.readdirSync(dir).find((f) => f.endsWith('.manifest.json'));
  return JSON.parse(fs.readFileSync(path.join(dir, manifestFile), 'utf8')).id;
});

function decodeXml(text) {
  return text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

async function checkSppkg(failures) {
  const zip = await JSZip.loadAsync(fs.readFileSync(path.join(root, 'sharepoint', 'solution', 'kring.sppkg')));
  const appManifest = await zip.file('AppManifest.xml').async('string');
  for (const request of solution.solution.webApiPermissionRequests) {
    const element = `<WebApiPermissionRequest ResourceId="${request.resource}" Scope="${request.scope}">`;
    if (!appManifest.includes(element)) failures.push(`AppManifest.xml lacks the permission request ${request.scope}`);
  }
  for (const id of webPartIds) {
    const entry = Object.keys(zip.files).find((name) => name.endsWith(`WebPart_${id}.xml`));
    if (!entry) {
      failures.push(`the .sppkg lacks the web part ${id}`);
      continue;
    }
    const xml = await zip.file(entry).async('string');
    const manifest = JSON.parse(decodeXml(/ComponentManifest="([^"]*)"/.exec(xml)[1]));
    if (manifest.componentType !== 'WebPart') failures.push(`${id} is not a client-side web part`);
    if (!manifest.supportedHosts.includes('TeamsTab')) failures.push(`${id} does not list TeamsTab among its hosts`);
    const script = Object.keys(zip.files).find((name) => name.startsWith('ClientSideAssets/') && name.endsWith('.js') && name.includes(manifest.loaderConfig.entryModuleId));
    if (!script) failures.push(`the .sppkg lacks the bundle of ${id}`);
  }
  return `${webPartIds.length} web parts, ${solution.solution.webApiPermissionRequests.length} Graph permission requests`;
}

async function checkTeamsZip(failures) {
  const zip = await JSZip.loadAsync(fs.readFileSync(path.join(root, 'sharepoint', 'solution', 'kring-teams.zip')));
  for (const file of ['manifest.json', 'color.png', 'outline.png']) {
    if (!zip.file(file)) failures.push(`the Teams zip lacks ${file}`);
  }
  const manifest = JSON.parse(await zip.file('manifest.json').async('string'));
  const urls = [...manifest.staticTabs.map((t) => t.contentUrl), ...manifest.configurableTabs.map((t) => t.configurationUrl)].join(' ');
  for (const id of webPartIds) {
    if (!urls.includes(id)) failures.push(`the Teams manifest has no tab for web part ${id}`);
  }
  return `${manifest.staticTabs.length} static tabs, ${manifest.configurableTabs.length} configurable tab`;
}

async function main() {
  const failures = [];
  const sppkg = await checkSppkg(failures);
  const teams = await checkTeamsZip(failures);
  if (failures.length > 0) {
    console.error(`Package check failed:\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`kring.sppkg: ${sppkg}; kring-teams.zip: ${teams}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
