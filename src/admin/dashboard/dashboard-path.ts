/** The campaign dashboard's path under the admin route (a file of its own so pure code can import it). */
export const DASHBOARD_PATH = '/tableau-de-bord'
