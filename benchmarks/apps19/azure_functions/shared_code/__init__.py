"""Shared code for the DocIntel function app.

Everything in here must be importable without side effects that hit the
network.  Client construction happens in ``shared_code.clients``; some of the
clients there are built at import time (cheap, no I/O) and others lazily.
"""

__version__ = "2.7.1"
