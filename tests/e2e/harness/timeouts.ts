import { jest } from '@jest/globals'

// A journey is a person's whole task in a real browser (log in, several pages, wait for a mail).
jest.setTimeout(180_000)
