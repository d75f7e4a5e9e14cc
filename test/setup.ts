/** Run before every test file: the temporary directories its tests made go when they have run. */
import { afterAll } from 'vitest';
import { removeScratchDirs } from './helpers.js';

afterAll(removeScratchDirs);
