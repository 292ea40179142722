"""Pre-Pyramid code from the 2023 Flask prototype ("docket-ai").

Still imported by the batch worker and the Bates QC job. Do not add to this package;
port callers to lexreview.services instead (LEX-287).
"""
from .docket_ai import claude, client as legacy_openai_client, summarize_docket_entry

__all__ = ["claude", "legacy_openai_client", "summarize_docket_entry"]
