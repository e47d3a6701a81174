"""Playing question sets outside any UI: prompts, grading, sessions, FSRS scheduling, progress."""
