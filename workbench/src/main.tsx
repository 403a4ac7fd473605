import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Workbench } from './components/Workbench';
import { EmulatorControl } from './emulatorControl';
import { parseWorkbenchQuery } from './workbenchQuery';

/** Written into the page by the workbench server. */
interface WorkbenchConfig {
  emulatorUrl: string;
}

declare global {
  interface Window {
    __KRING_WORKBENCH__?: WorkbenchConfig;
  }
}

const config = window.__KRING_WORKBENCH__ ?? { emulatorUrl: 'http://localhost:4301' };
const initialQuery = parseWorkbenchQuery(window.location.search);
document.documentElement.lang = initialQuery.locale.slice(0, 2);
ReactDom.render(
  <Workbench control={new EmulatorControl(config.emulatorUrl)} initialQuery={initialQuery} />,
  document.getElementById('workbench')
);
