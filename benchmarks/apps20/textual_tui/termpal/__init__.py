"""termpal - a terminal assistant built on Textual."""

__version__ = "0.9.2"

from termpal.config import Settings, load_settings

__all__ = ["Settings", "load_settings", "__version__"]
