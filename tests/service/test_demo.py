"""`make serve` is `qraudit serve --demo`: the demo checkout, a demo campaign's links, and the demo photo audited."""

from __future__ import annotations

import re
import threading

import httpx

from tests.service.support import free_port, qraudit, stop_process, wait_case, wait_for_port


def test_serve_demo_prints_working_links_and_audits_the_demo_photo(tmp_path):
    port = free_port()
    # --demo-port 0: `make serve`'s checkout on a free port, as tests/sites/test_demo.py may hold 8737 meanwhile
    proc = qraudit("serve", "--demo", "--demo-port", "0", "--data", str(tmp_path), "--port", str(port), "--jobs", "1")
    said: list[str] = []
    printed = threading.Event()

    def read() -> None:
        for line in proc.stderr:
            said.append(line)
            if line.startswith("the case:"):
                printed.set()

    threading.Thread(target=read, daemon=True).start()
    try:
        assert printed.wait(60), "".join(said)
        wait_for_port(port, proc)
        text = "".join(said)
        upload = re.search(r"upload page: +(\S+)", text).group(1)
        organiser = re.search(r"organiser pages: +(\S+)", text).group(1)
        case_id = re.search(r"the case: +\S+/cases/(\w+)", text).group(1)
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
            assert client.get(upload).status_code == 200
            body = wait_case(client, case_id)
            assert body["verdict"] == "violation" and body["url"].startswith("http://127.0.0.1:")
            assert client.get(organiser, follow_redirects=True).status_code == 200
    finally:
        stop_process(proc)
