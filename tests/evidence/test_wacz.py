from __future__ import annotations

import gzip
import hashlib
import json
import zipfile

import pytest
from wacz.util import WACZ_VERSION
from wacz.validate import Validation
from warcio.archiveiterator import ArchiveIterator

from qraudit.errors import InputError
from qraudit.evidence import write_wacz
from tests.evidence.har import PIXEL, record_har, site


def test_har_becomes_a_wacz_that_replays_the_page(tmp_path):
    folder = tmp_path / "case"
    folder.mkdir()
    with site() as server:
        url = record_har(server, folder / "network.har")
    wacz = write_wacz(folder, title="parking-lot-88")
    assert wacz == folder / "archive.wacz"
    with zipfile.ZipFile(wacz) as archive:
        names = set(archive.namelist())
        assert {"datapackage.json", "datapackage-digest.json", "indexes/index.cdx.gz", "pages/pages.jsonl"} <= names
        package = json.loads(archive.read("datapackage.json"))
        for resource in package["resources"]:  # what ReplayWeb.page checks before it trusts the file
            assert resource["hash"] == "sha256:" + hashlib.sha256(archive.read(resource["path"])).hexdigest()
        pages = [json.loads(line) for line in archive.read("pages/pages.jsonl").decode().splitlines()[1:]]
        assert [p["url"] for p in pages] == [url]
        index = gzip.decompress(archive.read("indexes/index.cdx.gz")).decode()
        assert "/logo.png" in index and "/pay?lot=88" in index
        warc_name = next(n for n in names if n.startswith("archive/"))
        bodies = {}
        with archive.open(warc_name) as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type == "response":
                    bodies[record.rec_headers.get_header("WARC-Target-URI")] = record.content_stream().read()
    validation = Validation(str(wacz))  # Webrecorder's own checks, less the online schema and signature ones
    assert validation.version == WACZ_VERSION
    assert validation.check_required_contents() == 0
    assert (
        validation.check_file_paths()
        and validation.check_file_hashes()
        and validation.check_data_package_hash_and_sig()
    )
    assert bodies[server.url("/logo.png")] == PIXEL  # the bytes the server sent, not a re-encoding
    assert "应付金额 ¥15.00" in bodies[url].decode("utf-8")


def test_a_folder_without_traffic_is_a_one_line_error(tmp_path):
    with pytest.raises(InputError) as err:
        write_wacz(tmp_path)
    assert "no network.har or WARC" in err.value.one_line() and str(tmp_path) in err.value.one_line()
    (tmp_path / "network.har").write_text('{"log": {"entries": []}}')
    with pytest.raises(InputError, match="no answered http"):
        write_wacz(tmp_path)
