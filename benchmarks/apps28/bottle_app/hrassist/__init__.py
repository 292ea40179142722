"""HR policy assistant ("PolicyPal").

The package grew out of a single ``bot.py`` script in 2019; most of the
modules below are still organised around that history.  The public
surface re-exported here is what the scripts/ folder relies on, so be
careful when renaming things.
"""

from hrassist.clients import (  # noqa: F401  (re-exported for scripts)
    ClientFactory,
    get_anthropic_client,
    get_cohere_client,
    get_openai_client,
)
from hrassist.config import Settings, load_settings  # noqa: F401

__version__ = "4.12.0"

__all__ = [
    "ClientFactory",
    "Settings",
    "get_anthropic_client",
    "get_cohere_client",
    "get_openai_client",
    "load_settings",
]
