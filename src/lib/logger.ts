import { env } from './env'

type Level = 'debug' | 'info' | 'warn' | 'error'
const rank: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 }

export type Fields = Record<string, unknown>

/** One line per event: time, level, component, message, then key=value fields. Readable in a terminal and greppable. */
export function createLogger(component: string) {
  const write = (level: Level, message: string, fields?: Fields) => {
    let threshold: Level = 'info'
    try {
      threshold = env().logLevel
    } catch {
      // A broken environment is reported by whoever parses it; logging must still work meanwhile.
    }
    if (rank[level] < rank[threshold]) return
    const extra = fields
      ? Object.entries(fields)
          .map(([k, v]) => `${k}=${typeof v === 'string' ? v : v instanceof Error ? v.message : JSON.stringify(v)}`)
          .join(' ')
      : ''
    const line = `${new Date().toISOString()} ${level.toUpperCase().padEnd(5)} [${component}] ${message}${extra ? ' ' + extra : ''}`
    ;(level === 'error' || level === 'warn' ? process.stderr : process.stdout).write(line + '\n')
  }
  return {
    debug: (m: string, f?: Fields) => write('debug', m, f),
    info: (m: string, f?: Fields) => write('info', m, f),
    warn: (m: string, f?: Fields) => write('warn', m, f),
    error: (m: string, f?: Fields) => write('error', m, f),
  }
}

export type Logger = ReturnType<typeof createLogger>
