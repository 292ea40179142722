"""quill: pair programming with LLMs in the terminal."""

__version__ = "0.19.2"

__all__ = ["__version__"]
