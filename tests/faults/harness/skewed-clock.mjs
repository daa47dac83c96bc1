// Preloaded into a worker process (NODE_OPTIONS=--import) by the clock-jump scenario, never by the product: the
// process's clock reads CLOCK_SKEW_MS ahead of the machine's, until SIGUSR2 sets it back (the clock "jumps back").
// Date is replaced by a proxy: `Date.now()`, `new Date()` and `Date()` read the skewed time, everything else
// (parsing, instanceof, the prototype) is the real Date's.
const RealDate = Date
let skewMs = Number(process.env.CLOCK_SKEW_MS ?? 0)
const now = () => RealDate.now() + skewMs

globalThis.Date = new Proxy(RealDate, {
  construct(target, args, newTarget) {
    return Reflect.construct(target, args.length === 0 ? [now()] : args, newTarget)
  },
  apply() {
    return new RealDate(now()).toString()
  },
  get(target, property, receiver) {
    if (property === 'now') return now
    return Reflect.get(target, property, receiver)
  },
})

process.on('SIGUSR2', () => {
  skewMs = 0
  console.log('clock set back to the machine time')
})
