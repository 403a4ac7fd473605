import * as React from 'react';
import type { HostInfo, KringLocale } from '../../src/host/HostInfo';
import type { KringServices } from '../../src/services/KringServices';
import type { PropertyPageDefinition } from '../../src/webparts/shared/propertyFields';
import { ColleagueCardRoot } from '../../src/webparts/colleagueCard/components/ColleagueCardRoot';
import { prefetchColleagueCard } from '../../src/webparts/colleagueCard/prefetchColleagueCard';
import colleagueCardManifest from '../../src/webparts/colleagueCard/ColleagueCardWebPart.manifest.json';
import {
  colleagueCardPropertyPage,
  type IColleagueCardWebPartProps
} from '../../src/webparts/colleagueCard/colleagueCardProperties';
import { InterestGroupFeedRoot } from '../../src/webparts/interestGroupFeed/components/InterestGroupFeedRoot';
import { prefetchInterestGroupFeed } from '../../src/webparts/interestGroupFeed/prefetchInterestGroupFeed';
import interestGroupFeedManifest from '../../src/webparts/interestGroupFeed/InterestGroupFeedWebPart.manifest.json';
import {
  interestGroupFeedPropertyPage,
  type IInterestGroupFeedWebPartProps
} from '../../src/webparts/interestGroupFeed/interestGroupFeedProperties';
import { WhoKnowsWhatRoot } from '../../src/webparts/whoKnowsWhat/components/WhoKnowsWhatRoot';
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

/**
 * A root behind a lazy boundary that resolves a task later, as SPFx loads each root's chunk after the web part
 * class has rendered and prefetched: the root's first requests then leave before it mounts, as on a real page.
 */
function asChunk<P extends object>(Root: React.ComponentType<P>): React.LazyExoticComponent<React.ComponentType<P>> {
  return React.lazy(
    () => new Promise<{ default: React.ComponentType<P> }>((resolve) => setTimeout(() => resolve({ default: Root }), 0))
  );
}

const FeedChunk = asChunk(InterestGroupFeedRoot);
const CardChunk = asChunk(ColleagueCardRoot);
const DirectoryChunk = asChunk(WhoKnowsWhatRoot);

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
