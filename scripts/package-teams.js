// Builds the Teams app package (sharepoint/solution/kring-teams.zip) after validating its manifest and Dutch localisation
// against the official schemas shipped with @microsoft/app-manifest (offline).
'use strict';

const fs = require('fs');
const path = require('path');
const JSZip = require('jszip');
const { validateTeamsManifest } = require('./teamsManifest');

const teamsDir = path.join(__dirname, '..', 'teams');
const files = ['manifest.json', 'nl-nl.json', 'color.png', 'outline.png'];

async function main() {
  const errors = validateTeamsManifest(teamsDir);
  if (errors.length > 0) {
    console.error(`Teams manifest is not valid:\n  ${errors.join('\n  ')}`);
    process.exit(1);
  }
  const zip = new JSZip();
  for (const file of files) {
    zip.file(file, fs.readFileSync(path.join(teamsDir, file)));
  }
  const target = path.join(__dirname, '..', 'sharepoint', 'solution', 'kring-teams.zip');
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  console.log(`Teams app package: ${path.relative(process.cwd(), target)} (manifest valid against schema v1.22)`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
