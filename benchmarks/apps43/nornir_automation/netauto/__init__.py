"""netauto - network automation toolkit built on Nornir.

Owned by the NetEng automation team. See README in confluence for runbook docs.
"""

__version__ = "0.14.2"
