/** The onboarding screen's path under the admin route (a file of its own so the link and the config share it). */
export const ONBOARD_VIEW_PATH = '/federations/onboard'
