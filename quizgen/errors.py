"""Errors a user can cause and fix; the CLI prints each as one line."""

from __future__ import annotations


class QuizgenError(Exception):
    """A problem with the user's input or environment, with a message written for them."""

    exit_code = 1


class UsageError(QuizgenError):
    """Options that do not go together: exit code 2, like any other command-line mistake."""

    exit_code = 2


class InputError(QuizgenError):
    """An article that cannot be read: missing, empty, binary or undecodable."""


class FormatError(QuizgenError):
    """A question-set file that does not follow the format."""


class NotAvailableError(QuizgenError):
    """A command that this version does not provide yet."""
