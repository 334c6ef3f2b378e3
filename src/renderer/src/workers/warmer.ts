import type { DashboardCache, DashboardModel, DashboardRequest } from '@shared/kpi/dashboard'

/**
 * The dashboard models the page is likely to ask for next (the other period presets): computed
 * one per task while the worker is idle, and posted to the page as each is ready. The page keeps
 * them, so switching to one shows at once, in the same render as the new period, without a round
 * trip to the worker (docs/performance.md). Each is posted with the version (load token) of the
 * data it was computed from; a load makes everything queued before it void.
 */
export class Warmer {
  private queue: DashboardRequest[] = []
  private version = 0
  private running = false

  constructor(
    /** The current data's model cache (null before the first load). */
    private readonly models: () => DashboardCache | null,
    private readonly post: (
      version: number,
      request: DashboardRequest,
      model: DashboardModel,
    ) => void,
    /** Runs a step in a later task, so that the page's own requests come first. */
    private readonly schedule: (step: () => void) => void = (step) => void setTimeout(step, 0),
  ) {}

  /** A load was asked for (`version` is its token): nothing queued before it is computed. */
  loading(version: number): void {
    this.version = version
    this.queue = []
  }

  /** Queues `requests` for the data of `version`; ignored when another load was asked for since. */
  warm(version: number, requests: DashboardRequest[]): void {
    if (version !== this.version) return
    this.queue = [...requests]
    if (!this.running) {
      this.running = true
      this.schedule(() => this.step())
    }
  }

  private step(): void {
    const next = this.queue.shift()
    const cache = this.models()
    if (!next || !cache) {
      this.running = false
      return
    }
    // Cached models are posted too: the page keeps models per version, and a load that found
    // the same imports keeps the worker's cache under a new version.
    this.post(this.version, next, cache.get(next))
    this.schedule(() => this.step())
  }
}
