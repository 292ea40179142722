"""Legacy code paths still used by the nightly reindex and by two enterprise tenants.

Tracked in CLAIMS-1180 (migrate to providers/ + multi_model_service).
"""
from claimsdoc.legacy.clients_v0 import ANTHROPIC as anthropic_client
from claimsdoc.legacy.clients_v0 import OPENAI_CLIENT as openai_client
from claimsdoc.legacy.reindex import reindex_legacy

__all__ = ["anthropic_client", "openai_client", "reindex_legacy"]
