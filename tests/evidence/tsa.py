"""A real RFC 3161 time-stamping authority on loopback: `openssl ts -reply` behind the fixture HTTP server."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from tests.support.server import Reply, SeenRequest

CONFIG = """
[ tsa ]
default_tsa = tsa_config

[ tsa_config ]
serial = {serial}
crypto_device = builtin
signer_digest = sha256
default_policy = 1.2.3.4.1
digests = sha256, sha384, sha512
accuracy = secs:1
ordering = yes
tsa_name = yes
ess_cert_id_alg = sha256

[ tsa_ext ]
basicConstraints = critical,CA:false
keyUsage = critical,digitalSignature
extendedKeyUsage = critical,timeStamping

[ ca_ext ]
basicConstraints = critical,CA:true
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
"""


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True, timeout=60)


class LocalTSA:
    """Makes a root CA and a TSA certificate (critical timeStamping EKU) in `folder`."""

    def __init__(self, folder: Path, name: str = "qraudit test"):
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "serial").write_text("01\n")
        self.config = folder / "tsa.cnf"
        self.config.write_text(CONFIG.format(serial=folder / "serial"))
        ec = ("-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes")
        _openssl(
            "req",
            "-x509",
            *ec,
            "-keyout",
            "ca.key",
            "-out",
            "ca.pem",
            "-days",
            "30",
            "-subj",
            f"/CN={name} root",
            "-config",
            str(self.config),
            "-extensions",
            "ca_ext",
            cwd=folder,
        )
        _openssl(
            "req",
            *ec,
            "-keyout",
            "tsa.key",
            "-out",
            "tsa.csr",
            "-subj",
            f"/CN={name} TSA",
            "-config",
            str(self.config),
            cwd=folder,
        )
        _openssl(
            "x509",
            "-req",
            "-in",
            "tsa.csr",
            "-CA",
            "ca.pem",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-out",
            "tsa.pem",
            "-days",
            "30",
            "-extfile",
            str(self.config),
            "-extensions",
            "tsa_ext",
            cwd=folder,
        )
        self.ca = folder / "ca.pem"
        self.queries = 0

    def reply(self, request: SeenRequest) -> Reply:
        """The route: a DER TimeStampReq in, a DER TimeStampResp out."""
        self.queries += 1
        with tempfile.TemporaryDirectory() as tmp:
            query, answer = Path(tmp) / "q.tsq", Path(tmp) / "r.tsr"
            query.write_bytes(request.body)
            _openssl(
                "ts",
                "-reply",
                "-config",
                str(self.config),
                "-queryfile",
                str(query),
                "-signer",
                "tsa.pem",
                "-inkey",
                "tsa.key",
                "-out",
                str(answer),
                cwd=self.folder,
            )
            return Reply(200, answer.read_bytes(), content_type="application/timestamp-reply")
