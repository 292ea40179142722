"""Modal classes and scheduled functions. Importing this package registers them on ``app``."""
from gateway.workers import batch, embedder, evals, inference, warmup  # noqa: F401
