import type { Driver } from 'neo4j-driver';
import { createLoaders, type Loaders } from './loaders';

export interface Context {
  driver: Driver;
  loaders: Loaders;
}

export function createContext(driver: Driver): Context {
  return { driver, loaders: createLoaders(driver) };
}
