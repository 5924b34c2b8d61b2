"""The leased job queue on its two real backends: one claim per job, a dead worker's lease expires and the job
runs again, a worker that lost its lease cannot finish the job, a job is queued once per case."""

from __future__ import annotations

import threading
import time

import pytest

from qraudit.service.jobqueue import MAX_ATTEMPTS, open_queue


@pytest.fixture(params=["sqlite", "redis"])
def queue(request, tmp_path):
    if request.param == "sqlite":
        q = open_queue(f"sqlite:///{tmp_path / 'queue.db'}")
    else:
        q = open_queue(request.getfixturevalue("redis_server").url)
    yield q
    q.close()


def test_a_case_is_queued_once_and_claimed_once(queue):
    assert queue.enqueue("c1") is True
    assert queue.enqueue("c1") is False  # idempotent by case id
    first = queue.claim("w1", 30)
    assert first is not None and first.case_id == "c1" and first.attempt == 1
    assert queue.claim("w2", 30) is None
    assert queue.state("c1").state == "running"


def test_many_workers_racing_get_each_job_exactly_once(queue, tmp_path):
    for i in range(20):
        queue.enqueue(f"c{i}")
    got: list[str] = []
    lock = threading.Lock()
    url = getattr(queue, "_conn", None) and f"sqlite:///{tmp_path / 'queue.db'}"

    def drain(owner: str) -> None:
        mine = open_queue(url) if url else queue  # SQLite: a connection each, as workers have
        while (lease := mine.claim(owner, 30)) is not None:
            with lock:
                got.append(lease.case_id)

    threads = [threading.Thread(target=drain, args=(f"w{n}",)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(got) == sorted(f"c{i}" for i in range(20))


def test_an_expired_lease_is_claimed_again_and_the_old_owner_cannot_finish(queue):
    queue.enqueue("c1")
    dead = queue.claim("dead-worker", 1.0)  # long enough to hold on a loaded machine (pytest-xdist)
    assert queue.claim("w2", 30) is None  # still leased
    time.sleep(1.1)  # the lease's length is the event: no renewal came
    second = queue.claim("w2", 30)
    assert second is not None and second.case_id == "c1" and second.attempt == 2
    assert queue.renew(dead, 30) is False
    assert queue.finish(dead, "done") is False  # fenced: only the lease's owner finishes
    assert queue.finish(second, "done") is True
    assert queue.state("c1").state == "done" and queue.state("c1").attempts == 2


def test_renewing_keeps_the_job(queue):
    queue.enqueue("c1")
    lease = queue.claim("w1", 1.0)
    for _ in range(5):  # 1.5 s in all: past the first lease, kept only by the renewals
        time.sleep(0.3)
        assert queue.renew(lease, 1.0)
    assert queue.claim("w2", 30) is None


def test_a_case_that_kills_every_worker_fails_after_the_last_attempt(queue):
    queue.enqueue("c1")
    for _ in range(MAX_ATTEMPTS):
        assert queue.claim("w", 0.05) is not None
        time.sleep(0.1)
    assert queue.claim("w", 30) is None
    state = queue.state("c1")
    assert state.state == "failed" and "every attempt" in state.error


def test_requeue_only_a_finished_case(queue):
    queue.enqueue("c1")
    assert queue.requeue("c1") is False  # still queued
    lease = queue.claim("w1", 30)
    queue.finish(lease, "done")
    assert queue.requeue("c1") is True
    assert queue.claim("w1", 30).case_id == "c1"
