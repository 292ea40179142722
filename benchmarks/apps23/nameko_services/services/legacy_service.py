"""Nameko shim exposing the legacy assistant over RPC until the workbench is migrated."""
from nameko.dependency_providers import Config
from nameko.rpc import rpc

from legacy import AdjusterAssistant, summarize_claim_file


class LegacyClaimsService:
    name = "claims_legacy"

    config = Config()

    @rpc
    def summarize(self, claim_file: str) -> str:
        return summarize_claim_file(claim_file, max_words=self.config.get("LEGACY_SUMMARY_WORDS", 250))

    @rpc
    def ask(self, question: str, claim_context: str = "") -> str:
        # a fresh assistant per call: the old code kept history per Celery task
        return AdjusterAssistant().ask(question, claim_context)

    @rpc
    def estimate_reserve(self, claim_summary: str):
        return AdjusterAssistant().estimate_reserve(claim_summary)
