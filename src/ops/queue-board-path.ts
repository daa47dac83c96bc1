/** Where the queue dashboard lives: outside Payload's /admin and /api routes, linked from the admin's navigation. */
export const QUEUE_BOARD_PATH = '/ops/queues'
