/**
 * npm run floors:raise: measure, and raise each floor in eval/floors.json to
 * the new measurement. A floor is never lowered unless --allow-lower is given
 * (and the commit says why).
 */
import { writeFileSync } from 'node:fs';
import { FLOORS_FILE, raiseFloors, readFloors } from './floors.js';
import { measure } from './metrics.js';

const allowLower = process.argv.includes('--allow-lower');
const { next, changes, lowered } = raiseFloors(readFloors(), measure(), allowLower);
if (lowered.length && !allowLower) {
  console.error(`refusing to lower ${lowered.length} floor(s) without --allow-lower:\n  ${lowered.join('\n  ')}`);
  process.exit(1);
}
for (const c of changes) console.log(c);
for (const l of lowered) console.log(`lowered ${l}`);
if (!changes.length && !lowered.length) console.log('floors unchanged');
writeFileSync(FLOORS_FILE, JSON.stringify(next, null, 2) + '\n');
