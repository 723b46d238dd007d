#!/usr/bin/env node
// `npm start`: the bot, or the local console without a token, from the compiled code in dist/.
import { runCompiled } from './compiled.js';

await runCompiled('src/index', 'diwan');
