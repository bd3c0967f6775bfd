/** The accuracy gate's floors: reading them, comparing a measurement, raising them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { floorOf, type Metrics } from './metrics.js';

export const FLOORS_FILE = join(import.meta.dirname, 'floors.json');

export function readFloors(): Metrics {
  return JSON.parse(readFileSync(FLOORS_FILE, 'utf8'));
}

/** Every floor the measurement falls below, as "key: measured < floor". */
export function belowFloors(floors: Metrics, measured: Metrics): string[] {
  return Object.entries(floors).flatMap(([key, floor]) => {
    const value = measured[key];
    if (value === undefined) return [`${key}: no longer measured (floor ${floor})`];
    return value + 1e-9 < floor ? [`${key}: ${value.toFixed(4)} < floor ${floor}`] : [];
  });
}

export interface Raised {
  next: Metrics;
  changes: string[];
  /** Floors the measurement would lower; kept unless allowLower. */
  lowered: string[];
}

export function raiseFloors(floors: Metrics, measured: Metrics, allowLower: boolean): Raised {
  const next: Metrics = {};
  const changes: string[] = [];
  const lowered: string[] = [];
  for (const [key, value] of Object.entries(measured)) {
    const candidate = floorOf(value);
    const old = floors[key];
    if (old !== undefined && candidate < old) {
      lowered.push(`${key}: ${old} -> ${candidate}`);
      next[key] = allowLower ? candidate : old;
    } else {
      next[key] = candidate;
      if (old !== candidate) changes.push(`${key}: ${old ?? '(new)'} -> ${candidate}`);
    }
  }
  return { next, changes, lowered };
}
