/** npm run eval:silver-labels: read the corpus pages' HTML once and keep their silver labels (see silver.ts). */
import { writeFileSync } from 'node:fs';
import { makeSilverLabels, SILVER_LABELS } from './silver.js';

const labels = makeSilverLabels();
writeFileSync(SILVER_LABELS, JSON.stringify(labels, null, 1) + '\n');
const count = (k: 'title' | 'published' | 'authors') => labels.filter((l) => l[k] !== null).length;
console.log(`${labels.length} pages: ${count('title')} titles, ${count('published')} dates, ${count('authors')} author lists -> ${SILVER_LABELS}`);
