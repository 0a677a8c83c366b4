import { hostname } from "os"
import { randomUUID } from "crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { SOCIAL_SETTINGS_MODULE } from "../../../modules/social-settings"
import type { PluginOptions } from "../../../modules/social-settings/options"
import { catalogService } from "./channel"

/** The key of a channel's sync lock: held by one run from its first step to its last. */
export const channelLockKey = (channelId: string) => `social-catalog:${channelId}`

/** The lease of a run, from the plugin's `catalogRunLeaseSeconds` (default 120). */
export function runLeaseSeconds(container: MedusaContainer): number {
  return container.resolve<{ getPluginOptions(): PluginOptions }>(SOCIAL_SETTINGS_MODULE).getPluginOptions().catalogRunLeaseSeconds
}

/** Who runs a run: this process, and this attempt (a retry in the same process is another owner). */
export function newRunOwner(): string {
  return `${hostname()}:${process.pid}:${randomUUID()}`
}

/**
 * A run's lease while this process works on it: every third of the lease it extends the run's
 * `lease_expires_at` and the channel's lock (the Locking module extends a key its owner acquires
 * again). A process that dies stops renewing, so both expire and another worker takes the run
 * over (the resume job). A renewal that finds the run no longer its own (taken over after a
 * stall longer than the lease) marks the lease lost, and the push stops before its next batch:
 * two workers never send the same channel at once.
 */
export class RunLease {
  private timer: NodeJS.Timeout | null = null
  private lost_ = false

  constructor(
    private readonly container: MedusaContainer,
    readonly runId: string,
    readonly channelId: string,
    readonly owner: string,
    readonly leaseSeconds: number
  ) {}

  get lost() {
    return this.lost_
  }

  start() {
    if (this.timer) return
    this.timer = setInterval(() => void this.renew().catch(() => undefined), Math.max(250, (this.leaseSeconds * 1000) / 3))
    // The lease must not keep a process alive that has nothing else to do.
    this.timer.unref()
  }

  async renew(): Promise<boolean> {
    if (this.lost_) return false
    const ok = await catalogService(this.container).renewRunLease(this.runId, this.owner, this.leaseSeconds * 1000)
    if (!ok) {
      this.lost_ = true
      this.stop()
      return false
    }
    if (this.container.hasRegistration(Modules.LOCKING)) {
      await this.container
        .resolve(Modules.LOCKING)
        .acquire(channelLockKey(this.channelId), { ownerId: this.owner, expire: this.leaseSeconds })
        .catch(() => {
          // Another owner took the lock after it expired: that worker has the run now.
          this.lost_ = true
          this.stop()
        })
    }
    return !this.lost_
  }

  /** Throws when the run was taken over: called before each batch goes out. */
  assertHeld() {
    if (this.lost_) {
      throw new MedusaError(MedusaError.Types.CONFLICT, `Run ${this.runId} was taken over by another worker (its lease expired)`)
    }
  }

  stop() {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
  }
}

const active = new Map<string, RunLease>()

/** Starts renewing the lease of a run this process claimed. */
export function holdLease(lease: RunLease) {
  active.get(lease.runId)?.stop()
  active.set(lease.runId, lease)
  lease.start()
  return lease
}

/** The lease this process holds on a run, if any (the push checks it between batches). */
export function leaseOf(runId: string): RunLease | undefined {
  return active.get(runId)
}

/** Stops renewing a run's lease (the run ended here, or failed). */
export function dropLease(runId: string) {
  active.get(runId)?.stop()
  active.delete(runId)
}
