"""The quiz app's screens, one a file."""
