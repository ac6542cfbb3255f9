"""Command line: ``slicer-local serve`` (also ``python -m slicer.local serve``)."""

from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

from slicer.local.config import ConfigError, DaemonConfig
from slicer.local.server import DaemonServer, Prepared, ServeOptions, SetupError, prepare
from slicer.local.store import StateError, atomic_write

__all__ = ["main"]

WARNING = (
    "slicer-local does NOT isolate anything: a VM is a directory, and its userdata and "
    "commands run as ordinary processes of the user running the daemon, with full access "
    "to this machine. Use it for development and CI with trusted code only."
)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="slicer-local",
        description="A Slicer-compatible local daemon. " + WARNING,
    )
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser(
        "serve",
        help="serve the Slicer REST API",
        description=(
            "Serve the Slicer REST API. Default: a unix socket (mode 0600) in a private "
            "directory, no token. TCP (--host/--port) requires a bearer token, generated "
            "into <state-dir>/token unless --token/--token-file is given or --insecure is "
            "used on a loopback address. " + WARNING
        ),
    )
    where = serve.add_argument_group("listener (one of)")
    where.add_argument(
        "--socket", metavar="PATH", help="unix socket path (default: <state-dir>/api.sock)"
    )
    where.add_argument("--host", help="serve TCP on this address (default with --port: 127.0.0.1)")
    where.add_argument("--port", type=int, help="TCP port (0 picks a free one)")
    serve.add_argument("--config", metavar="FILE", help="YAML file with host_groups")
    serve.add_argument(
        "--state-dir",
        metavar="DIR",
        help="keep state here across restarts (default: a temporary directory, removed on exit)",
    )
    auth = serve.add_mutually_exclusive_group()
    auth.add_argument(
        "--token", help="require this bearer token (prefer --token-file: argv is visible)"
    )
    auth.add_argument(
        "--token-file", metavar="FILE", help="require the bearer token read from FILE"
    )
    serve.add_argument(
        "--insecure",
        action="store_true",
        help="allow TCP without a token (loopback addresses only)",
    )
    serve.add_argument("--ready-file", metavar="FILE", help=argparse.SUPPRESS)
    serve.add_argument(
        "--log-level", default="warning", choices=["debug", "info", "warning", "error"]
    )
    return parser


def _options(args: argparse.Namespace) -> ServeOptions:
    if args.socket and (args.host is not None or args.port is not None):
        raise SetupError("--socket cannot be combined with --host/--port")
    if args.port is not None and not 0 <= args.port <= 65535:
        raise SetupError("--port must be between 0 and 65535")
    config = DaemonConfig.from_yaml(args.config) if args.config else DaemonConfig()
    return ServeOptions(
        config=config,
        state_dir=Path(args.state_dir) if args.state_dir else None,
        socket_path=Path(args.socket) if args.socket else None,
        host=args.host,
        port=args.port if args.port is not None else (0 if args.host is not None else None),
        token=args.token,
        token_file=Path(args.token_file) if args.token_file else None,
        insecure=args.insecure,
    )


def _announce(prepared: Prepared, ready_file: str | None) -> None:
    listener = prepared.listener
    lines = [
        f"slicer-local: listening on {listener.base_url}",
        f"slicer-local: state directory {prepared.state_dir}",
    ]
    if prepared.token_path is not None:
        lines.append(f"slicer-local: bearer token required, stored in {prepared.token_path}")
    elif prepared.token is not None:
        lines.append("slicer-local: bearer token required (as given)")
    else:
        lines.append("slicer-local: no token required")
    lines.append("slicer-local: " + WARNING)
    print("\n".join(lines), flush=True)
    if ready_file:
        info = {
            "base_url": listener.base_url,
            "socket_path": None if listener.socket_path is None else str(listener.socket_path),
            "host": listener.host,
            "port": listener.port,
            "state_dir": str(prepared.state_dir),
            "pid": os.getpid(),
        }
        atomic_write(Path(ready_file), json.dumps(info).encode())


def _interrupt(_signum: int, _frame: object) -> None:
    raise KeyboardInterrupt


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``slicer-local``; returns the exit status."""
    args = _parser().parse_args(argv)
    # uvicorn re-raises SIGTERM after its graceful stop: make that unwind through cleanup.
    signal.signal(signal.SIGTERM, _interrupt)
    logging.basicConfig(
        level=args.log_level.upper(), format="slicer-local: %(levelname)s %(message)s"
    )
    try:
        prepared = prepare(_options(args))
    except (SetupError, ConfigError, StateError, OSError, ValueError) as exc:
        print(f"slicer-local: error: {exc}", file=sys.stderr)
        return 2
    server = DaemonServer(prepared, on_started=lambda: _announce(prepared, args.ready_file))
    try:
        server.serve_blocking()
    except KeyboardInterrupt:
        pass
    finally:
        prepared.cleanup()
    return 0
