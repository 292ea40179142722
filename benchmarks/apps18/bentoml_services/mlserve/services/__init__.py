"""Cross-cutting services: usage tracking and the tracked multi-model entrypoint."""
