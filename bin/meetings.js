#!/usr/bin/env node
// The terminal front-end. tsx loads the TypeScript sources in this process: no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/bin.ts');
