"""Desk research assistant for the power & gas trading desk.

Served with ``panel serve app.py --show`` (see README in the wiki). The package is
split into ``clients`` (provider SDK construction), ``services`` (business logic
that talks to models) and ``components`` (Panel views).
"""

__version__ = "0.9.3"
