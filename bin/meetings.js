#!/usr/bin/env node
// The terminal front-end: the bundle in dist/cli/ (npm run build), checked to be current.
import { runCompiled } from './compiled.js';

await runCompiled('src/cli/bin', 'meetings', 'cli/bin');
