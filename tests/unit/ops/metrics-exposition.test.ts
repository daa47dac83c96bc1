import { describe, expect, it } from '@jest/globals'
import { asExposition } from '../../../src/ops/metrics'

describe('the web process figures as Prometheus text', () => {
  it('spells a sample that is not a number « NaN », as the exposition format does, and leaves the rest', () => {
    const fromPromClient = [
      '# HELP nodejs_eventloop_lag_mean_seconds The mean of the recorded event loop delays.',
      '# TYPE nodejs_eventloop_lag_mean_seconds gauge',
      'nodejs_eventloop_lag_mean_seconds{process="web"} Nan',
      'nodejs_eventloop_lag_min_seconds{process="web"} 0.01',
      'nodejs_heap_size_total_bytes{process="web"} +Inf',
      '',
    ].join('\n')
    expect(asExposition(fromPromClient).split('\n')).toEqual([
      '# HELP nodejs_eventloop_lag_mean_seconds The mean of the recorded event loop delays.',
      '# TYPE nodejs_eventloop_lag_mean_seconds gauge',
      'nodejs_eventloop_lag_mean_seconds{process="web"} NaN',
      'nodejs_eventloop_lag_min_seconds{process="web"} 0.01',
      'nodejs_heap_size_total_bytes{process="web"} +Inf',
      '',
    ])
  })
})
