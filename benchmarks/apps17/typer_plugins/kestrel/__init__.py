"""kestrel - the DevEx team's command-line helper and a small library API.

Library users normally only need :mod:`kestrel.api`::

    from kestrel import api
    api.summarize_text(open("CHANGES.md").read())
"""

__version__ = "2.7.1"

__all__ = ["__version__"]
