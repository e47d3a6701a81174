"""Shared example articles, written for these tests (not copied from any real article)."""

from __future__ import annotations

import pytest

NEWS = """\
Harbour Bridge Reopens After Two-Year Repair

By Martina Kovac, Northern Wire

OSLO, March 3 (Northern Wire) - The Harbour Bridge in Tromso reopened on Tuesday after a repair
that cost about $120 million, the city council said.

Photo: Tromso city council press office

Engineers replaced 48 steel cables and repainted the main span. Traffic is expected to reach
30,000 cars a day by June.

Source: Tromso city council
"""


@pytest.fixture
def news_text() -> str:
    return NEWS
