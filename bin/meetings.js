#!/usr/bin/env node
// The terminal front-end: the compiled code in dist/ (npm run build), checked to be current.
import { runCompiled } from './compiled.js';

await runCompiled('src/cli/bin', 'meetings');
