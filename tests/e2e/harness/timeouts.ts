import { beforeAll, jest } from '@jest/globals'
import { waitForApp } from './state'

// A journey is a person's whole task in a real browser (log in, several pages, wait for a mail).
jest.setTimeout(180_000)

// The app is prepared in the background while the unit and integration files run (global-setup.ts): normally
// ready long before the first journey; when the journeys run alone, the first one waits for the build.
const PREPARATION_MS = 15 * 60_000
beforeAll(() => waitForApp(PREPARATION_MS), PREPARATION_MS + 10_000)
