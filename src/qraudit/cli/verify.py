"""`qraudit verify DIR`: re-hash an audit folder against its manifest. `qraudit keygen`: an Ed25519 key pair."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from qraudit.cli.app import app, console, err_console, guarded
from qraudit.exitcodes import ExitCode


@app.command()
@guarded
def verify(
    folder: Path = typer.Argument(..., help="An audit folder (the one holding manifest.json)."),
    pub_key: Path | None = typer.Option(
        None, "--pub-key", help="Check manifest.sig against this Ed25519 public key (PEM)."
    ),
    tsa_ca: Path | None = typer.Option(
        None, "--tsa-ca", help="Check manifest.tsr against this TSA root certificate (PEM)."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the result as JSON."),
) -> None:
    """Re-hash every file against manifest.json; exit 1 when a file is tampered, missing or added."""
    from qraudit.evidence import verify_folder
    from qraudit.serde import to_data

    result = verify_folder(folder, pub_key=pub_key, tsa_ca=tsa_ca)
    if as_json:
        print(json.dumps(to_data(result), indent=2, sort_keys=True, ensure_ascii=False))
    else:
        for message in result.messages:
            err_console.print(message, highlight=False, markup=False, soft_wrap=True)
        if result.manifest_sha256:
            console.print(f"manifest sha256 {result.manifest_sha256}", highlight=False, soft_wrap=True)
        if result.ok:
            console.print(
                f"[green]OK[/] {result.files_checked} files match the manifest", highlight=False, soft_wrap=True
            )
        else:
            problems = len(result.tampered) + len(result.missing) + len(result.added)
            console.print(
                f"[bold red]FAILED[/] {problems} file(s) do not match the manifest", highlight=False, soft_wrap=True
            )
    raise typer.Exit(int(ExitCode.OK if result.ok else ExitCode.VIOLATION))


@app.command()
@guarded
def keygen(
    private: Path = typer.Option(
        Path("qraudit.key"), "--private", help="Where to write the private key (PEM, mode 600)."
    ),
    public: Path | None = typer.Option(
        None, "--public", help="Where to write the public key (default: PRIVATE with .pub)."
    ),
    force: bool = typer.Option(False, "--force", help="Replace existing key files."),
) -> None:
    """Make an Ed25519 key pair for signing manifests (--sign-key) and checking them (verify --pub-key)."""
    from qraudit.evidence import generate_keypair

    private_path, public_path, fingerprint = generate_keypair(private, public, force=force)
    console.print(f"private key {private_path} (keep it secret)", highlight=False, soft_wrap=True)
    console.print(f"public key  {public_path} (give it to whoever verifies)", highlight=False, soft_wrap=True)
    console.print(f"fingerprint {fingerprint}", highlight=False, soft_wrap=True)
