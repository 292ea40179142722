"""Higher-level services built on top of the provider clients."""
