#!/usr/bin/env node
// validate_json.js NODE_MODULES SCHEMA FILE...: validates each JSON FILE
// against the JSON Schema SCHEMA with ajv and ajv-formats from NODE_MODULES,
// where testdata/CMakeLists.txt installed them: draft 2020-12 (the SARIF
// 2.1.0 schema, docs/schemas/*.schema.json) or draft-07 (the official
// AsyncAPI schemas of @asyncapi/specs), as the schema's $schema says.
// Prints every violation; exits 1 if there is any.
'use strict';
const fs = require('fs');
const path = require('path');

const [modules, schemaPath, ...files] = process.argv.slice(2);
if (!modules || !schemaPath || files.length === 0) {
  console.error('usage: validate_json.js NODE_MODULES SCHEMA FILE...');
  process.exit(2);
}
const addFormats = require(path.join(modules, 'ajv-formats')).default;

// Strict, so that an unknown keyword or format is an error rather than
// silently unchecked; but the SARIF schema's anyOf branches require
// properties they do not declare, which is valid JSON Schema. The AsyncAPI
// schemas are not written for ajv's strict mode (as AsyncAPI's own parser,
// they are compiled without it) and bundle the draft-07 meta-schema
// themselves, so ajv's own copy is left out.
const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8'));
const draft07 = /draft-07/.test(schema.$schema || '');
const Ajv = require(path.join(modules, draft07 ? 'ajv' : 'ajv/dist/2020')).default;
const ajv = new Ajv({allErrors: true, strict: !draft07, strictRequired: false, meta: !draft07,
                     validateSchema: !draft07});
addFormats(ajv);
// Sibling *.schema.json files are loaded too, so that schemas can $ref
// each other by their $id.
const schemaDir = path.dirname(schemaPath);
for (const name of fs.readdirSync(schemaDir).sort())
  if (name.endsWith('.schema.json') && path.join(schemaDir, name) !== path.resolve(schemaPath))
    ajv.addSchema(JSON.parse(fs.readFileSync(path.join(schemaDir, name), 'utf8')));
const validate = ajv.compile(schema);

let failed = false;
for (const file of files) {
  let data;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    console.error(`${file}: not JSON: ${e.message}`);
    failed = true;
    continue;
  }
  if (validate(data)) {
    console.log(`${file}: valid against ${path.basename(schemaPath)}`);
    continue;
  }
  failed = true;
  for (const error of validate.errors)
    console.error(`${file}: ${error.instancePath || '/'}: ${error.message} ` +
                  `(${error.schemaPath} ${JSON.stringify(error.params)})`);
}
process.exit(failed ? 1 : 0);
