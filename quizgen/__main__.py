"""Allows `python -m quizgen`."""

from quizgen.cli import main

raise SystemExit(main())
