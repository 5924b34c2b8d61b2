"""The intake service (issue 18): volunteers upload a sign's photo or their phone walk, workers audit it.

`qraudit serve` runs the web app and, by default, its own workers on a SQLite queue; `qraudit worker --queue
redis://…` runs more workers elsewhere. Each audit is the `qraudit audit` command itself, run in a child
process, so the service can never drift from the command line (see docs/deploy.md).
"""
