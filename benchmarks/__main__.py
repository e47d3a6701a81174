"""Run the benchmarks: `python -m benchmarks [--smoke] [--gold PATH]`."""

from __future__ import annotations

import argparse
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--smoke", action="store_true", help="tiny inputs, to check they still run")
    parser.add_argument("--gold", help="path to the gold data folder (shared/gold)")
    parser.parse_args(argv)
    print("benchmarks: none yet", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
