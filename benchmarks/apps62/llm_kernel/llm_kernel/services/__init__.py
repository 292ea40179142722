"""Usage tracking and the tracked multi-model entry point."""
