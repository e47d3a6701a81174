"""Fresh processes for the NLP tests: no shared NLTK state, a chosen HOME, sockets blocked."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """Return an environment for a subprocess whose HOME is `home` and with no NLTK/quizgen dirs."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QUIZGEN_", "XDG_", "NLTK_"))}
    env["HOME"] = str(home)
    env.update(extra)
    return env


def run_python(code: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run `code` in a fresh Python process (so no NLTK state is shared) and return the result."""
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300
    )


def run_offline(code: str, home: Path) -> str:
    """Run `code` with sockets blocked and HOME=`home` (nothing else set); return its stdout."""
    result = run_python(BLOCK_SOCKETS + code, clean_env(home))
    assert result.returncode == 0, result.stderr
    return result.stdout


# Put in front of code run in a subprocess: any attempt to open a socket fails loudly.
BLOCK_SOCKETS = """
import socket
def _refuse(*args, **kwargs):
    raise OSError("network access attempted")
class _RefusedSocket(socket.socket):
    def __init__(self, *args, **kwargs):
        _refuse()
socket.socket = _RefusedSocket
socket.create_connection = _refuse
socket.getaddrinfo = _refuse
"""
