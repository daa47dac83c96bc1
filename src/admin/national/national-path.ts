/** The national view's path under the admin route (a file of its own so pure code can import it). */
export const NATIONAL_PATH = '/vue-nationale'
