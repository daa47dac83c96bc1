import type { Access } from 'payload'

/**
 * Files marked public (the images of published content) are served to anyone; internal ones (campaign kits,
 * signed consent forms) only to signed-in users. The same rule guards the file URL itself.
 */
export const readMedia: Access = ({ req }) => Boolean(req.user) || { audience: { equals: 'public' } }
