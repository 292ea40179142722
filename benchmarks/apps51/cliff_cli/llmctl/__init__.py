"""llmctl - prompt experiments, batch embeddings and diff review from the terminal."""

__version__ = "0.9.2"
