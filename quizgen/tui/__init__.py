"""The Textual quiz app: deck picker, question screens, summary, and dialogs."""
