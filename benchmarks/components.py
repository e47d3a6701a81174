"""The measured parts of quizgen, found by name; NotAvailable when one has not landed yet."""

from __future__ import annotations

import importlib
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any


class NotAvailable(Exception):
    """The component a benchmark measures is not in this version yet (not a failure)."""


def attribute(module_name: str, name: str) -> Any:
    """Return `module_name.name`, or raise NotAvailable when the module or the name is missing.

    Any other error while importing is a real bug and propagates.
    """
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as missing:
        # Only the module itself (or a parent package) missing means "not landed yet";
        # a missing third-party import inside it is a bug to report.
        if missing.name and module_name.startswith(missing.name):
            raise NotAvailable(f"{module_name} not available yet") from missing
        raise
    try:
        return getattr(module, name)
    except AttributeError as missing:
        raise NotAvailable(f"{module_name}.{name} not available yet") from missing


def quizgen_command() -> list[str]:
    """Return the command a user runs: the installed `quizgen` script beside our interpreter."""
    script = Path(sys.executable).parent / "quizgen"
    if script.exists():
        return [str(script)]
    found = shutil.which("quizgen")
    return [found] if found else [sys.executable, "-m", "quizgen"]


def require_command(subcommand: str, env: dict[str, str] | None = None) -> None:
    """Raise NotAvailable when `quizgen SUBCOMMAND` is still the "not available yet" stub."""
    done = subprocess.run(
        [*quizgen_command(), subcommand], capture_output=True, text=True, timeout=120, env=env,
        stdin=subprocess.DEVNULL,
    )
    if "not available yet" in done.stderr:
        raise NotAvailable(f"quizgen {subcommand} not available yet")
