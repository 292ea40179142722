"""Fact-check assistant.

Extracts checkable claims from a draft, pulls evidence from our archive and
asks Claude for a verdict per claim. It never edits copy; the report goes to
the standards desk. Runs in the ``enrichment`` worker via ``tasks.enrichment``.
"""
import asyncio
import json
import logging

import httpx
from flask import current_app

from newsroom.ai import clients
from newsroom.ai.prompts import CLAIM_ASSESSMENT_SYSTEM, CLAIM_EXTRACTION_SYSTEM
from newsroom.services.llm_usage_tracker import llm_tracker
from newsroom.services.related import RelatedArticles

log = logging.getLogger(__name__)

CLAIMS_SCHEMA = {
    "type": "object",
    "properties": {
        "claims": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "text": {"type": "string"},
                    "quote": {"type": "string"},
                    "kind": {"type": "string", "enum": ["number", "date", "attribution", "record", "other"]},
                },
                "required": ["text", "quote", "kind"],
                "additionalProperties": False,
            },
        }
    },
    "required": ["claims"],
    "additionalProperties": False,
}

RECORD_VERDICT_TOOL = {
    "name": "record_verdict",
    "description": "Record the verdict for one claim.",
    "input_schema": {
        "type": "object",
        "properties": {
            "verdict": {"type": "string", "enum": ["supported", "contradicted", "unclear"]},
            "confidence": {"type": "number"},
            "evidence_ids": {"type": "array", "items": {"type": "string"}},
            "note": {"type": "string"},
        },
        "required": ["verdict", "confidence", "evidence_ids"],
    },
}

MAX_CONCURRENT_CLAIMS = 4


class FactChecker:
    def __init__(self):
        cfg = current_app.config
        self.claude_model = cfg["ANTHROPIC_MODEL"]
        self.openai_model = cfg["OPENAI_CHAT_MODEL"]
        self.rerank_model = cfg["TOGETHER_RERANK_MODEL"]
        self.webhook = cfg.get("SLACK_FACTCHECK_WEBHOOK")
        self.openai = clients.async_openai_client()
        self.claude = clients.async_anthropic_client()
        self._together = clients.together_client()
        self._archive = RelatedArticles()
        self._sem = asyncio.Semaphore(MAX_CONCURRENT_CLAIMS)

    async def extract_claims(self, article):
        response = await self.openai.responses.create(
            model=self.openai_model,
            instructions=CLAIM_EXTRACTION_SYSTEM,
            input=article.plain_text(limit=30000),
            text={"format": {"type": "json_schema", "name": "claims", "schema": CLAIMS_SCHEMA, "strict": True}},
        )
        return json.loads(response.output_text)["claims"]

    async def evidence_for(self, claim, exclude_article_id):
        candidates = await asyncio.to_thread(self._archive.search_passages, claim["text"], 25, exclude_article_id)
        if not candidates:
            return []
        ranked = await asyncio.to_thread(
            self._together.rerank.create,
            model=self.rerank_model,
            query=claim["text"],
            documents=[c["text"] for c in candidates],
            top_n=5,
        )
        return [dict(candidates[r.index], score=r.relevance_score) for r in ranked.results]

    def _assessment_messages(self, claim, evidence):
        passages = "\n\n".join(f"[{e['id']}] ({e['source']}) {e['text']}" for e in evidence) or "(no evidence found)"
        return [
            {
                "role": "user",
                "content": f"Claim: {claim['text']}\nAs written: \"{claim['quote']}\"\n\nEvidence:\n{passages}",
            }
        ]

    async def assess(self, claim, evidence):
        async with self._sem:
            message = await self.claude.messages.create(
                model=self.claude_model,
                max_tokens=800,
                system=CLAIM_ASSESSMENT_SYSTEM,
                tools=[RECORD_VERDICT_TOOL],
                tool_choice={"type": "tool", "name": "record_verdict"},
                messages=self._assessment_messages(claim, evidence),
            )
        for block in message.content:
            if block.type == "tool_use" and block.name == "record_verdict":
                return block.input
        return {"verdict": "unclear", "confidence": 0.0, "evidence_ids": [], "note": "no tool call"}

    async def second_opinion(self, claim, evidence, article_id):
        """Contradicted claims get a second look before anyone is paged."""
        async with llm_tracker.track_llm_call(
            provider="anthropic",
            model=self.claude_model,
            feature_context="factcheck_second_opinion",
            article_id=article_id,
        ) as usage_log:
            message = await self.claude.messages.create(
                model=self.claude_model,
                max_tokens=800,
                temperature=0,
                system=CLAIM_ASSESSMENT_SYSTEM + " Be conservative: prefer unclear over contradicted.",
                tools=[RECORD_VERDICT_TOOL],
                tool_choice={"type": "tool", "name": "record_verdict"},
                messages=self._assessment_messages(claim, evidence),
            )
            usage_log.input_tokens = message.usage.input_tokens
            usage_log.output_tokens = message.usage.output_tokens
        for block in message.content:
            if block.type == "tool_use":
                return block.input
        return None

    async def check_claim(self, claim, article_id):
        evidence = await self.evidence_for(claim, article_id)
        verdict = await self.assess(claim, evidence)
        if verdict.get("verdict") == "contradicted":
            second = await self.second_opinion(claim, evidence, article_id)
            if second and second.get("verdict") != "contradicted":
                verdict = dict(verdict, verdict="unclear", note="reviewers disagreed")
        return {"claim": claim, "verdict": verdict, "evidence": evidence}

    async def run(self, article):
        try:
            claims = await self.extract_claims(article)
            results = await asyncio.gather(*(self.check_claim(c, article.id) for c in claims))
        finally:
            await self.openai.close()
            await self.claude.close()
        return results

    def notify(self, article, results):
        flagged = [r for r in results if r["verdict"].get("verdict") == "contradicted"]
        if not flagged or not self.webhook:
            return
        lines = [f"• {r['claim']['text']}" for r in flagged[:10]]
        httpx.post(
            self.webhook,
            json={"text": f"Fact-check flagged {len(flagged)} claim(s) in “{article.headline}”:\n" + "\n".join(lines)},
            timeout=10,
        )
