'use strict';

const fs = require('fs');
const path = require('path');

// The schemas and the validator @microsoft/app-manifest itself uses (draft-04 JSON schemas, no network).
const appManifestDir = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
const Ajv = require(require.resolve('ajv-draft-04', { paths: [appManifestDir] }));
const addFormats = require(require.resolve('ajv-formats', { paths: [appManifestDir] }));
const schemaDir = path.join(appManifestDir, 'build', 'json-schemas', 'teams');

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
}

function validator(schemaFile) {
  // unicodeRegExp off: the localisation schema's key patterns are not valid in unicode mode.
  const ajv = new Ajv({ allErrors: true, strictTypes: false, strict: false, unicodeRegExp: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  return ajv.compile(readJson(schemaFile));
}

function problems(validate, document, file) {
  return validate(document)
    ? []
    : validate.errors.map((e) => `${file}${e.instancePath} ${e.message} ${e.params ? JSON.stringify(e.params) : ''}`.trim());
}

/**
 * Validates teams/manifest.json and its localisation files against the schemas of the manifest version it
 * declares. Returns the list of problems, empty when valid.
 */
function validateTeamsManifest(teamsDir) {
  const manifest = readJson(path.join(teamsDir, 'manifest.json'));
  const versionDir = path.join(schemaDir, `v${manifest.manifestVersion}`);
  const errors = problems(validator(path.join(versionDir, 'MicrosoftTeams.schema.json')), manifest, 'manifest.json');
  const languages = (manifest.localizationInfo && manifest.localizationInfo.additionalLanguages) || [];
  if (languages.length > 0) {
    const validateLocalization = validator(path.join(versionDir, 'MicrosoftTeams.Localization.schema.json'));
    for (const language of languages) {
      errors.push(...problems(validateLocalization, readJson(path.join(teamsDir, language.file)), language.file));
    }
  }
  for (const icon of [manifest.icons.color, manifest.icons.outline]) {
    if (!fs.existsSync(path.join(teamsDir, icon))) {
      errors.push(`icon ${icon} is missing`);
    }
  }
  return errors;
}

module.exports = { validateTeamsManifest };
