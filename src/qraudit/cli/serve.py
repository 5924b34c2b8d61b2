"""`qraudit serve`, `qraudit worker` and `qraudit token`: the intake service (src/qraudit/service, docs/deploy.md).

The audit options they take are parsed by the `audit` command itself (as `recheck` does), so they are declared
once, in cli/audit.py, and forwarded to every audit the workers run."""

from __future__ import annotations

import os
import signal
import threading
from pathlib import Path

import typer

from qraudit.cli.app import app, err_console, fail, guarded

# The audit options a service takes (cli/audit.py declares them); the rest are the service's to set.
SERVICE_AUDIT_OPTIONS = ("allow_private_network", "allow_host", "profile", "browser_endpoint", "jobs")
EXTRA = {"allow_extra_args": True, "ignore_unknown_options": True}


def _audit_options_help() -> str:
    """The help of the audit options the service takes, read from `audit`'s own declarations (cli/audit.py)."""
    import inspect

    from qraudit.cli.audit import audit

    declared = inspect.signature(audit).parameters
    lines = [
        f"{declared[name].default.param_decls[0]}: {declared[name].default.help}"
        for name in SERVICE_AUDIT_OPTIONS
        if name != "jobs"
    ]
    lines.append("--jobs N: audits at once on this machine, each with its own browser (0: one per core).")
    return "Audit options, as `qraudit audit` declares them and forwarded to every audit:\n\n" + "\n\n".join(lines)


AUDIT_HELP = _audit_options_help()
DATA_HELP = "The service's folder: tokens, uploads, the queue and the campaign folders."

token_app = typer.Typer(name="token", help="Campaign invitation tokens and organiser passwords.", no_args_is_help=True)
app.add_typer(token_app, name="token")


def service_audit_args(extra: list[str]) -> tuple[tuple[str, ...], int]:
    """The forwarded audit arguments and the number of jobs, from `audit`'s own parse of `extra`."""
    from qraudit.cli.recheck import _audit_command, forwarded, parse_audit_args

    parsed, defaults = parse_audit_args(list(extra))
    if parsed.get("targets"):
        fail(f"unexpected argument {parsed['targets'][0]!r}")
    flags = {p.name: p.opts[0] for p in _audit_command().params if p.opts}
    for name, value in parsed.items():
        if name not in SERVICE_AUDIT_OPTIONS and value != defaults.get(name):
            fail(f"{flags.get(name, name)} is not an option of the service (its options: see --help)")
    jobs = parsed["jobs"] or (os.cpu_count() or 1)  # each job is a whole audit with its own browser
    args = forwarded({**parsed, "jobs": defaults["jobs"]}, defaults)
    return tuple(args), jobs


def _config(data: Path, queue: str, audit_args: tuple[str, ...], workers: int, lease: float):
    from qraudit.service.config import ServiceConfig

    data.mkdir(parents=True, exist_ok=True)
    return ServiceConfig(data=data.resolve(), audit_args=audit_args, queue_url=queue, workers=workers, lease_s=lease)


def _check_port(host: str, port: int) -> None:
    """A busy port is one line before anything starts (uvicorn would log its own error and exit)."""
    import socket

    try:
        with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((host, port))
    except OSError as exc:
        fail(f"cannot serve on {host}:{port}: {exc.strerror or exc}")


@app.command(context_settings=EXTRA, epilog=AUDIT_HELP)
@guarded
def serve(
    ctx: typer.Context,
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
    port: int = typer.Option(8080, "--port", help="Port to listen on."),
    data: Path = typer.Option(Path("reports/service"), "--data", help=DATA_HELP),
    queue: str = typer.Option(
        "",
        "--queue",
        help="redis://HOST:PORT/DB to share jobs with `qraudit worker`s; default: a SQLite queue in DATA.",
    ),
    workers: bool = typer.Option(
        True, "--workers/--no-workers", help="Run workers inside the server (--no-workers: only elsewhere)."
    ),
    lease: float = typer.Option(
        30.0, "--lease-seconds", min=1, help="A job whose worker stops renewing it this long runs again elsewhere."
    ),
    demo: bool = typer.Option(
        False,
        "--demo",
        help="Serve the demo checkout too, make tokens for a campaign 'demo' and submit the demo photo (make serve).",
    ),
    demo_port: int = typer.Option(8737, "--demo-port", hidden=True, help="The demo checkout's port (0: a free one)."),
) -> None:
    """Serve the upload page, the organiser's pages and the JSON API, with workers that audit each case."""
    import uvicorn

    from qraudit.service.web import create_app

    audit_args, jobs = service_audit_args(ctx.args)
    _check_port(host, port)
    if demo:
        from qraudit.service.demo import DEMO_AUDIT_ARGS

        audit_args = (*audit_args, *DEMO_AUDIT_ARGS)
    config = _config(data, queue, audit_args, jobs if workers else 0, lease)
    site = None
    if demo:
        from qraudit.service.demo import start_demo

        started = start_demo(config, demo_port)
        site = started.server
        err_console.print(
            f"demo checkout on {started.server.base_url}/ ; the demo's first case is {started.case_id}\n"
            f"upload page:     http://{host}:{port}/upload?token={started.upload_token}\n"
            f"organiser pages: http://{host}:{port}/organiser?token={started.organiser_token}\n"
            f"the case:        http://{host}:{port}/cases/{started.case_id}",
            highlight=False,
            soft_wrap=True,
        )
    err_console.print(
        f"qraudit serve: http://{host}:{port}/  data {config.data}  queue {config.queue}  {config.workers} worker(s)",
        highlight=False,
        soft_wrap=True,
    )
    try:
        uvicorn.run(create_app(config), host=host, port=port, log_level="warning", access_log=False)
    except SystemExit as exc:  # uvicorn exits 1 when it cannot bind; say it in one line
        if exc.code:
            fail(f"cannot serve on {host}:{port} (is the port in use?)")
    finally:
        if site is not None:
            site.stop()


@app.command(context_settings=EXTRA, epilog=AUDIT_HELP)
@guarded
def worker(
    ctx: typer.Context,
    queue: str = typer.Option(
        ..., "--queue", help="redis://HOST:PORT/DB, the server's --queue (or sqlite:///PATH on its machine)."
    ),
    data: Path = typer.Option(Path("reports/service"), "--data", help=DATA_HELP + " Shared with the server."),
    lease: float = typer.Option(30.0, "--lease-seconds", min=1, help="As the server's."),
) -> None:
    """Audit cases from a queue shared with `qraudit serve`, until stopped (SIGTERM or Ctrl-C)."""
    from qraudit.service.jobqueue import open_queue
    from qraudit.service.worker import start_workers

    audit_args, jobs = service_audit_args(ctx.args)
    config = _config(data, queue, audit_args, jobs, lease)
    open_queue(config.queue).close()  # an unreachable queue is one line now, not a silent thread later
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    threads = start_workers(config, jobs, stop)
    err_console.print(f"qraudit worker: {jobs} job(s) at once from {config.queue}", highlight=False, soft_wrap=True)
    while not stop.wait(1):
        pass
    for thread in threads:
        thread.join()  # a running audit finishes first; kill -9 instead leaves it to another worker's lease


@token_app.command("new")
@guarded
def token_new(
    campaign: str = typer.Argument(..., help="The campaign's name (lower-case letters, digits, '-')."),
    data: Path = typer.Option(Path("reports/service"), "--data", help=DATA_HELP),
    role: str = typer.Option("upload", "--role", help="upload (volunteers) or organiser."),
    label: str = typer.Option("", "--label", help="Who it is for, kept with its hash."),
) -> None:
    """Print a new invitation token; only its SHA-256 is stored."""
    from qraudit.service.tokens import TokenStore

    store = TokenStore(_config(data, "", (), 0, 30).service_db)
    try:
        secret = store.new_token(campaign, role, label)
    finally:
        store.close()
    typer.echo(secret)  # alone on stdout, for scripts
    page = "/upload?token=" if role == "upload" else "/organiser?token="
    err_console.print(
        f"{role} token for {campaign}; link: http://HOST:PORT{page}{secret}", highlight=False, soft_wrap=True
    )


@token_app.command("list")
@guarded
def token_list(
    campaign: str = typer.Argument(..., help="The campaign."),
    data: Path = typer.Option(Path("reports/service"), "--data", help=DATA_HELP),
) -> None:
    """The campaign's tokens, by hash (the tokens themselves were shown once and are not kept)."""
    from qraudit.service.tokens import TokenStore

    store = TokenStore(_config(data, "", (), 0, 30).service_db)
    try:
        for key, role, created, label in store.listed(campaign):
            typer.echo(f"{key}\t{role}\t{created}\t{label}")
    finally:
        store.close()


@token_app.command("revoke")
@guarded
def token_revoke(
    token: str = typer.Argument(..., help="The token, or its hash as `qraudit token list` shows it."),
    data: Path = typer.Option(Path("reports/service"), "--data", help=DATA_HELP),
) -> None:
    """Withdraw a token: it gets 403 from then on."""
    from qraudit.service.tokens import TokenStore

    store = TokenStore(_config(data, "", (), 0, 30).service_db)
    try:
        if not store.revoke(token):
            fail("no such token")
    finally:
        store.close()
    err_console.print("token withdrawn", highlight=False)


@token_app.command("password")
@guarded
def token_password(
    campaign: str = typer.Argument(..., help="The campaign."),
    name: str = typer.Argument(..., help="The organiser's login name."),
    data: Path = typer.Option(Path("reports/service"), "--data", help=DATA_HELP),
    password_stdin: bool = typer.Option(False, "--password-stdin", help="Read the password from standard input."),
) -> None:
    """Set an organiser's password for the login page (stored as an argon2 hash)."""
    import sys

    from qraudit.service.tokens import TokenStore

    password = (
        sys.stdin.readline().rstrip("\n")
        if password_stdin
        else typer.prompt("password", hide_input=True, confirmation_prompt=True)
    )
    if len(password) < 10:
        fail("the password is too short: at least 10 characters")
    store = TokenStore(_config(data, "", (), 0, 30).service_db)
    try:
        store.set_password(campaign, name, password)
    finally:
        store.close()
    err_console.print(f"organiser {name} of {campaign} can sign in at /organiser", highlight=False)
