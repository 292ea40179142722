"""Usage-tracked access to language models."""
