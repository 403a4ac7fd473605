import * as React from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { webLightTheme } from '@fluentui/react-components';
import { KringRoot } from '../KringRoot/KringRoot';
import type { HostInfo } from '../../host/HostInfo';
import type { KringServices } from '../../services/KringServices';
import type { PeopleService } from '../../services/people/PeopleService';
import type { HighlightsService } from '../../services/highlights/HighlightsService';
import type { HealthService } from '../../services/health/HealthReport';
import { fakeGroupServices, unexpected, type GroupServiceOverrides } from './fakeGroupServices';
import { fixedSettings, type SuiteSettings } from '../../services/settings/SuiteSettings';

/** Services for component tests: every call fails loudly unless the test supplies it. */
export function fakeServices(
  overrides: {
    people?: Partial<PeopleService>;
    highlights?: Partial<HighlightsService>;
    settings?: SuiteSettings;
    health?: Partial<HealthService>;
  } & GroupServiceOverrides = {}
): KringServices {
  return {
    people: {
      getMe: unexpected('getMe'),
      getProfileCard: unexpected('getProfileCard'),
      getPhoto: () => Promise.resolve(undefined),
      getPresence: () => Promise.resolve({ availability: 'Available' }),
      searchPeople: unexpected('searchPeople'),
      updateMyProfile: unexpected('updateMyProfile'),
      ...overrides.people
    },
    highlights: {
      getContributions: () => Promise.resolve([]),
      ...overrides.highlights
    },
    settings: fixedSettings(overrides.settings ?? {}),
    health: {
      check: unexpected('health.check'),
      ...overrides.health
    },
    ...fakeGroupServices(overrides)
  };
}

export function testHost(overrides: Partial<HostInfo> = {}): HostInfo {
  return {
    kind: 'sharepoint',
    theme: webLightTheme,
    isDarkTheme: false,
    isHighContrast: false,
    locale: 'en-us',
    user: {
      id: '11111111-1111-1111-1111-111111111111',
      loginName: 'anne.devries@hogeschool.example',
      displayName: 'Anne de Vries'
    },
    ...overrides
  };
}

export function renderWithKring(
  ui: React.ReactElement,
  services: KringServices,
  host: HostInfo = testHost()
): RenderResult {
  return render(
    <KringRoot host={host} services={services} idPrefix="test-">
      {ui}
    </KringRoot>
  );
}
