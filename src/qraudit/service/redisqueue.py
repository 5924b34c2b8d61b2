"""The same leased jobs on Redis, for workers on several machines. Each step is one Lua script, so it is
atomic on the server, and lease times come from the Redis server's own clock (TIME), so the machines'
clocks need not agree."""

from __future__ import annotations

from qraudit.errors import InputError
from qraudit.service.jobqueue import MAX_ATTEMPTS, JobState, Lease

PREFIX = "qraudit:"
QUEUE, LEASES = PREFIX + "queue", PREFIX + "leases"  # a list of case ids; a zset case id -> lease expiry (ms)
NOW_MS = "local t = redis.call('TIME'); local now = t[1] * 1000 + math.floor(t[2] / 1000)\n"

ENQUEUE = """if redis.call('HSETNX', KEYS[1], 'state', 'queued') == 0 then return 0 end
redis.call('HSET', KEYS[1], 'attempts', 0); redis.call('LPUSH', KEYS[2], ARGV[1]); return 1"""
REQUEUE = """local s = redis.call('HGET', KEYS[1], 'state')
if s ~= 'done' and s ~= 'failed' then return 0 end
redis.call('HSET', KEYS[1], 'state', 'queued', 'attempts', 0, 'owner', '', 'error', '')
redis.call('LPUSH', KEYS[2], ARGV[1]); return 1"""
# An expired lease first (its worker died), else the oldest queued job.
CLAIM = (
    NOW_MS
    + """local prefix, owner, lease_ms, max_attempts = ARGV[1], ARGV[2], tonumber(ARGV[3]), tonumber(ARGV[4])
while true do
  local id = nil
  local expired = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', now, 'LIMIT', 0, 1)
  if #expired > 0 then id = expired[1] else id = redis.call('RPOP', KEYS[1]) end
  if not id then return nil end
  local key = prefix .. 'job:' .. id
  local attempts = tonumber(redis.call('HGET', key, 'attempts') or '0')
  if #expired > 0 and attempts >= max_attempts then
    redis.call('ZREM', KEYS[2], id)
    redis.call('HSET', key, 'state', 'failed', 'error', 'its worker stopped during every attempt')
  elseif redis.call('HGET', key, 'state') == 'queued' or #expired > 0 then
    redis.call('HSET', key, 'state', 'running', 'owner', owner, 'attempts', attempts + 1)
    redis.call('ZADD', KEYS[2], now + lease_ms, id)
    return {id, attempts + 1}
  end
end"""
)
RENEW = (
    NOW_MS
    + """if redis.call('HGET', KEYS[1], 'owner') ~= ARGV[2] or redis.call('HGET', KEYS[1], 'state') ~= 'running'
then return 0 end
redis.call('ZADD', KEYS[2], 'XX', now + tonumber(ARGV[3]), ARGV[1]); return 1"""
)
FINISH = """if redis.call('HGET', KEYS[1], 'owner') ~= ARGV[2] or redis.call('HGET', KEYS[1], 'state') ~= 'running'
then return 0 end
redis.call('ZREM', KEYS[2], ARGV[1]); redis.call('HSET', KEYS[1], 'state', ARGV[3], 'error', ARGV[4]); return 1"""


class RedisQueue:
    def __init__(self, url: str):
        import redis

        self._redis = redis.Redis.from_url(url, socket_timeout=10, decode_responses=True)
        try:
            self._redis.ping()
        except redis.RedisError as exc:
            raise InputError(f"cannot reach the queue: {exc}", location=url) from None
        self._scripts = {
            name: self._redis.register_script(text)
            for name, text in (
                ("enqueue", ENQUEUE),
                ("requeue", REQUEUE),
                ("claim", CLAIM),
                ("renew", RENEW),
                ("finish", FINISH),
            )
        }

    def close(self) -> None:
        self._redis.close()

    @staticmethod
    def _key(case_id: str) -> str:
        return f"{PREFIX}job:{case_id}"

    def enqueue(self, case_id: str) -> bool:
        return self._scripts["enqueue"](keys=[self._key(case_id), QUEUE], args=[case_id]) == 1

    def requeue(self, case_id: str) -> bool:
        return self._scripts["requeue"](keys=[self._key(case_id), QUEUE], args=[case_id]) == 1

    def claim(self, owner: str, lease_s: float) -> Lease | None:
        got = self._scripts["claim"](keys=[QUEUE, LEASES], args=[PREFIX, owner, int(lease_s * 1000), MAX_ATTEMPTS])
        return Lease(got[0], owner, int(got[1])) if got else None

    def renew(self, lease: Lease, lease_s: float) -> bool:
        return (
            self._scripts["renew"](
                keys=[self._key(lease.case_id), LEASES], args=[lease.case_id, lease.owner, int(lease_s * 1000)]
            )
            == 1
        )

    def finish(self, lease: Lease, state: str, error: str = "") -> bool:
        return (
            self._scripts["finish"](
                keys=[self._key(lease.case_id), LEASES], args=[lease.case_id, lease.owner, state, error]
            )
            == 1
        )

    def state(self, case_id: str) -> JobState | None:
        row: dict[str, str] = self._redis.hgetall(self._key(case_id))  # type: ignore[assignment]  # decode_responses
        return JobState(case_id, row["state"], int(row.get("attempts", 0)), row.get("error", "")) if row else None
