import type { InterestGroup } from '../../src/model/feed/InterestGroup';
import { createServices } from '../../src/services/createServices';
import type { KringServices } from '../../src/services/KringServices';
import type { RunningEmulator } from './emulator';
import { clientsFor } from './emulatorPerFile';

/** The product's services as `user` would have them on a page, pointed at `emulator`. */
export function servicesFor(emulator: RunningEmulator, user: string): KringServices {
  return createServices(clientsFor(emulator, user), { viewer: user });
}

/** A group of the registry by its display name, as the groups service reads it. */
export async function registryGroupNamed(services: KringServices, name: string): Promise<InterestGroup> {
  const group = (await services.groups.getRegistry()).groups.find((candidate) => candidate.displayName === name);
  if (!group) {
    throw new Error(`The registry has no group called ${name}.`);
  }
  return group;
}
