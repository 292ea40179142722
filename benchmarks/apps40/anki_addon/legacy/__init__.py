# Old code paths from 0.x, kept for users on Anki 2.1.4x with pinned deps.
