"""Pre-CrewAI code paths. Still imported by the nightly email job; do not extend."""
