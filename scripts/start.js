// `npm start`: runs Kring locally. Until the local workbench exists this says so instead of failing.
'use strict';

const fs = require('fs');
const path = require('path');

const workbench = path.join(__dirname, '..', 'workbench', 'serve.js');
if (fs.existsSync(workbench)) {
  require(workbench);
} else {
  console.log('Kring: the local workbench is not built yet. Run `npm test` for the tests and `npm run package` for the SharePoint and Teams packages.');
}
