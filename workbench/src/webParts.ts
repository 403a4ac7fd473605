import * as React from 'react';
import type { HostInfo, KringLocale } from '../../src/host/HostInfo';
import type { KringServices } from '../../src/services/KringServices';
import type { PropertyPageDefinition } from '../../src/webparts/shared/propertyFields';
import { prefetchColleagueCard } from '../../src/webparts/colleagueCard/prefetchColleagueCard';
import colleagueCardManifest from '../../src/webparts/colleagueCard/ColleagueCardWebPart.manifest.json';
import {
  colleagueCardPropertyPage,
  type IColleagueCardWebPartProps
} from '../../src/webparts/colleagueCard/colleagueCardProperties';
import { prefetchInterestGroupFeed } from '../../src/webparts/interestGroupFeed/prefetchInterestGroupFeed';
import interestGroupFeedManifest from '../../src/webparts/interestGroupFeed/InterestGroupFeedWebPart.manifest.json';
import {
  interestGroupFeedPropertyPage,
  type IInterestGroupFeedWebPartProps
} from '../../src/webparts/interestGroupFeed/interestGroupFeedProperties';
import whoKnowsWhatManifest from '../../src/webparts/whoKnowsWhat/WhoKnowsWhatWebPart.manifest.json';
import {
  whoKnowsWhatPropertyPage,
  type IWhoKnowsWhatWebPartProps
} from '../../src/webparts/whoKnowsWhat/whoKnowsWhatProperties';
import type { PropertyValues } from './propertyValues';
import type { WebPartId } from './workbenchQuery';

interface ManifestEntry {
  title: Record<string, string>;
  properties?: Record<string, unknown>;
}

interface WebPartManifest {
  id: string;
  preconfiguredEntries: ManifestEntry[];
}

/** A web part as the workbench mounts it: the real root component and the real property page. */
export interface WorkbenchWebPart {
  id: WebPartId;
  /** The manifest's component id, as SharePoint's `componentId`. */
  componentId: string;
  title(locale: KringLocale): string;
  /** The properties SharePoint gives a newly added web part (the manifest's preconfigured entry). */
  defaultProperties: PropertyValues;
  propertyPage(): PropertyPageDefinition;
  render(properties: PropertyValues): React.ReactElement;
  /** What the web part class starts before its root renders (its `prefetch`), so the workbench measures the same. */
  prefetch?(services: KringServices, host: HostInfo, properties: PropertyValues): void;
}

function fromManifest(
  manifest: WebPartManifest
): Pick<WorkbenchWebPart, 'componentId' | 'title' | 'defaultProperties'> {
  const entry = manifest.preconfiguredEntries[0];
  const defaults: PropertyValues = {};
  for (const [key, value] of Object.entries(entry.properties ?? {})) {
    if (typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number') {
      defaults[key] = value;
    }
  }
  return {
    componentId: manifest.id,
    title: (locale) => entry.title[locale === 'nl-nl' ? 'nl-NL' : 'default'] ?? entry.title.default,
    defaultProperties: defaults
  };
}

// Each root is a chunk of its own that loads when the web part mounts, after its prefetch, as in SPFx: the root's
// first requests then leave while its code loads.
const FeedChunk = React.lazy(() =>
  import('../../src/webparts/interestGroupFeed/components/InterestGroupFeedRoot').then((module) => ({
    default: module.InterestGroupFeedRoot
  }))
);
const CardChunk = React.lazy(() =>
  import('../../src/webparts/colleagueCard/components/ColleagueCardRoot').then((module) => ({
    default: module.ColleagueCardRoot
  }))
);
const DirectoryChunk = React.lazy(() =>
  import('../../src/webparts/whoKnowsWhat/components/WhoKnowsWhatRoot').then((module) => ({
    default: module.WhoKnowsWhatRoot
  }))
);

// Property values come from the web part's own property definitions, so they have the shapes its props declare.
export const WEB_PARTS: readonly WorkbenchWebPart[] = [
  {
    id: 'interestGroupFeed',
    ...fromManifest(interestGroupFeedManifest),
    propertyPage: interestGroupFeedPropertyPage,
    render: (properties) => React.createElement(FeedChunk, properties as IInterestGroupFeedWebPartProps),
    prefetch: (services) => prefetchInterestGroupFeed(services)
  },
  {
    id: 'colleagueCard',
    ...fromManifest(colleagueCardManifest),
    propertyPage: colleagueCardPropertyPage,
    render: (properties) => React.createElement(CardChunk, properties as IColleagueCardWebPartProps),
    prefetch: (services, host, properties) =>
      prefetchColleagueCard(services, host, properties as IColleagueCardWebPartProps)
  },
  {
    id: 'whoKnowsWhat',
    ...fromManifest(whoKnowsWhatManifest),
    propertyPage: whoKnowsWhatPropertyPage,
    render: (properties) => React.createElement(DirectoryChunk, properties as IWhoKnowsWhatWebPartProps)
  }
];

export function webPart(id: WebPartId): WorkbenchWebPart {
  const found = WEB_PARTS.find((candidate) => candidate.id === id);
  if (!found) {
    throw new Error(`Unknown web part ${id}`);
  }
  return found;
}
