"""Widgets the quiz screens are built from; they post messages, screens act on them."""
