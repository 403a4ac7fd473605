const locModules = {
  '^KringCommonStrings$': '<rootDir>/src/loc/en-us.js',
  '^InterestGroupFeedWebPartStrings$': '<rootDir>/src/webparts/interestGroupFeed/loc/en-us.js',
  '^ColleagueCardWebPartStrings$': '<rootDir>/src/webparts/colleagueCard/loc/en-us.js',
  '^WhoKnowsWhatWebPartStrings$': '<rootDir>/src/webparts/whoKnowsWhat/loc/en-us.js'
};

const shared = {
  transform: {
    '/loc/[a-z-]+\\.js$': '<rootDir>/test/support/amdLocTransform.js',
    '^.+\\.(ts|tsx|js|mjs)$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.test.json' }]
  },
  transformIgnorePatterns: ['/node_modules/(?!(@pnp)/)'],
  moduleNameMapper: {
    ...locModules,
    '\\.(css|scss)$': 'identity-obj-proxy'
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json']
};

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testEnvironment: 'jsdom',
      setupFilesAfterEnv: ['<rootDir>/test/support/setupDom.ts'],
      testMatch: ['<rootDir>/src/**/*.test.ts?(x)', '<rootDir>/test/unit/**/*.test.ts?(x)']
    },
    {
      ...shared,
      displayName: 'integration',
      testEnvironment: 'node',
      globalSetup: '<rootDir>/test/support/integrationGlobalSetup.ts',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts']
    },
    {
      ...shared,
      displayName: 'browser',
      testEnvironment: 'node',
      globalSetup: '<rootDir>/test/support/browserGlobalSetup.ts',
      globalTeardown: '<rootDir>/test/support/browserGlobalTeardown.ts',
      testMatch: ['<rootDir>/test/browser/**/*.test.ts']
    }
  ]
};
