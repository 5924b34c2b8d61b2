from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qraudit.service.config import Limits, ServiceConfig
from tests.service.support import InProcessServer, Redis, have_redis

SMALL = Limits(
    max_file_bytes=300_000,
    max_video_bytes=300_000,
    max_request_bytes=1_000_000,
    max_files=3,
    max_image_pixels=4_000_000,
    uploads_per_minute=6,
    burst=3,
)


@pytest.fixture
def small_server(tmp_path: Path) -> Iterator[InProcessServer]:
    """The real app on a real uvicorn, with small limits and no workers (hostile input never reaches an audit)."""
    server = InProcessServer(ServiceConfig(data=tmp_path / "data", limits=SMALL, workers=0)).start()
    yield server
    server.stop()


@pytest.fixture
def redis_server(tmp_path: Path) -> Iterator[Redis]:
    if not have_redis():
        # The scale-out tests are the only check of the Redis queue: a machine without redis-server fails them.
        pytest.fail("redis-server is not installed (apt-get install -y redis-server; scripts/setup.sh does it)")
    server = Redis(tmp_path)
    yield server
    server.stop()
