/** A connection URL as a log may show it: `redis://user:secret@host:6379/0` → `redis://***@host:6379/0`. */
export function withoutCredentials(url: string): string {
  try {
    const parsed = new URL(url)
    if (!parsed.username && !parsed.password) return url
    return `${parsed.protocol}//***@${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}`
  } catch {
    // Not a URL: say nothing of it rather than risk a secret.
    return '(unreadable URL)'
  }
}
