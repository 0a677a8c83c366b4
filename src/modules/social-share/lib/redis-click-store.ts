import { randomUUID } from "crypto"
import type { Redis as RedisClient } from "ioredis"
import { ClickAggregator, type ClickBatch, decodeClick, encodeClick, type ShareClick } from "./click-buffer"

// Moves the incoming list to a batch key and records the batch as pending, in one step: a crash
// between the two can then lose nothing.
const CLAIM = `
if redis.call('exists', KEYS[1]) == 1 then
  redis.call('rename', KEYS[1], KEYS[2])
  redis.call('zadd', KEYS[3], ARGV[1], ARGV[2])
  return 1
end
return 0`

/**
 * Click buffer in Redis, shared by every server process: a request appends one short line to a
 * list; a flush (from any process) claims the list as a batch, records it, then deletes it. A
 * batch whose flush died stays pending and is taken up again by the next flush; the ledger's
 * unique (batch, link) key makes the second attempt a no-op.
 */
export class RedisClickStore {
  private readonly incoming: string
  private readonly pendingSet: string
  private firstConnect: Promise<boolean> | null = null
  private firstConnectOver = false
  private readonly queued: Array<{ line: string; resolve: () => void; reject: (e: unknown) => void }> = []
  private writing = false

  constructor(
    private readonly redis: RedisClient,
    private readonly prefix = "social:share:clicks",
    private readonly connectWaitMs = 250
  ) {
    this.incoming = `${prefix}:incoming`
    this.pendingSet = `${prefix}:pending`
  }

  /**
   * Whether Redis can take a command now. The client connects lazily (CLI commands load the module
   * and exit): the first caller starts the connection and callers wait for it at most
   * `connectWaitMs`. Once that first attempt is over, a client that is not connected answers
   * false at once: while Redis is unreachable the request path must not wait for ioredis'
   * reconnects and retries (a click then stays in the process' memory).
   */
  ready(): boolean | Promise<boolean> {
    if (this.redis.status === "ready") {
      return true
    }
    if (!this.firstConnect && this.redis.status === "wait") {
      const connected = this.redis.connect().then(
        () => true,
        () => false
      )
      const timeout = new Promise<boolean>((resolve) => setTimeout(resolve, this.connectWaitMs, false).unref())
      this.firstConnect = Promise.race([connected, timeout]).finally(() => {
        this.firstConnectOver = true
      })
    }
    if (!this.firstConnect || this.firstConnectOver) {
      return false
    }
    return this.firstConnect.then(() => this.redis.status === "ready")
  }

  /**
   * Appends a click; resolves once Redis has it (the redirect answers only then, so a click
   * answered survives a crash of this process). One RPUSH at a time: the clicks that come in while
   * it runs go together into the next one. Concurrent requests each arrive in a tick of their own,
   * so ioredis' auto-pipelining seldom merges their commands, and each command is a write to the
   * socket and a reply to read, which the profile under clicks showed as the dearest part of the
   * redirect after Medusa's own stack. A click waits at most for the write in flight.
   */
  add(click: ShareClick): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.queued.push({ line: encodeClick(click), resolve, reject })
      this.writeNext()
    })
  }

  private writeNext() {
    if (this.writing || !this.queued.length) {
      return
    }
    const batch = this.queued.splice(0, 1000)
    this.writing = true
    this.redis
      .rpush(this.incoming, ...batch.map((c) => c.line))
      .then(
        () => batch.forEach((c) => c.resolve()),
        (e) => batch.forEach((c) => c.reject(e))
      )
      .finally(() => {
        this.writing = false
        this.writeNext()
      })
  }

  async pending(): Promise<number> {
    return this.redis.llen(this.incoming)
  }

  // The lock only keeps two live flushes off one batch; the ledger's unique (batch, link) key makes
  // a second recording a no-op, so a batch whose flusher died (SIGKILL mid-flush) is taken up again
  // after this rather than held for minutes.
  /** Claims what came in and returns every pending batch this process could lock. */
  async drain(lockMs = 15_000): Promise<ClickBatch[]> {
    const id = randomUUID()
    await this.redis.eval(CLAIM, 3, this.incoming, this.batchKey(id), this.pendingSet, String(Date.now()), id)
    const ids = await this.redis.zrange(this.pendingSet, 0, 99)
    const batches: ClickBatch[] = []
    for (const batchId of ids) {
      const locked = await this.redis.set(this.lockKey(batchId), "1", "PX", lockMs, "NX")
      if (!locked) {
        continue
      }
      const lines = await this.redis.lrange(this.batchKey(batchId), 0, -1)
      const agg = new ClickAggregator()
      for (const line of lines) {
        const click = decodeClick(line)
        if (click) {
          agg.add(click)
        }
      }
      batches.push({ batch_id: batchId, source: "redis", entries: agg.entries() })
    }
    return batches
  }

  /** The batch is recorded: forget it. */
  async ack(batchId: string) {
    await this.redis
      .multi()
      .del(this.batchKey(batchId))
      .zrem(this.pendingSet, batchId)
      .del(this.lockKey(batchId))
      .exec()
  }

  /** The flush failed: unlock the batch so that the next flush retries it. */
  async release(batchId: string) {
    await this.redis.del(this.lockKey(batchId))
  }

  private batchKey(id: string) {
    return `${this.prefix}:batch:${id}`
  }

  private lockKey(id: string) {
    return `${this.prefix}:lock:${id}`
  }
}
