"""Contract review against legal playbooks.

All contract text must stay inside our AWS account, so the Claude calls here go
through Bedrock (AnthropicBedrock or bedrock-runtime directly).
"""
from __future__ import annotations

import asyncio
import json
import logging
import os
from typing import Dict, List

from mistralai import Mistral
from temporalio import activity

from backoffice.clients import ClientBundle
from backoffice.config import Settings
from backoffice.errors import NonRetryableInputError
from backoffice.models import ContractFinding, ContractInput
from backoffice.prompts import CONTRACT_REVIEW_V5, REDLINE_V1
from backoffice.services.persistence import DocumentStore
from backoffice.utils import first_text, parse_json_reply

logger = logging.getLogger(__name__)

MAX_CONTRACT_TOKENS = 150_000


class ContractReviewActivities:
    def __init__(self, clients: ClientBundle, settings: Settings) -> None:
        self.clients = clients
        self.settings = settings
        self.store = DocumentStore(settings.documents_bucket, client=clients.s3)

    @activity.defn
    async def load_contract(self, inp: ContractInput) -> str:
        text = await asyncio.to_thread(self.store.read_text, inp.s3_key)
        # Token count only - used to reject scanned 300-page bundles early.
        count = await asyncio.to_thread(
            self.clients.anthropic.messages.count_tokens,
            model=self.settings.models.drafting,
            messages=[{"role": "user", "content": text}],
        )
        if count.input_tokens > MAX_CONTRACT_TOKENS:
            raise NonRetryableInputError(
                f"contract {inp.contract_id} is {count.input_tokens} tokens, split it first"
            )
        return text

    @activity.defn
    async def review(self, inp: ContractInput, text: str) -> List[ContractFinding]:
        client = self.clients.claude_bedrock_async
        message = await client.messages.create(
            model=self.settings.models.contracts_bedrock,
            max_tokens=4000,
            system=CONTRACT_REVIEW_V5.format(playbook=inp.playbook),
            messages=[{"role": "user", "content": f"Counterparty: {inp.counterparty}\n\n{text}"}],
        )
        findings = parse_json_reply(first_text(message.content))
        return [
            ContractFinding(clause=f["clause"], risk=f.get("risk", "medium"), explanation=f.get("explanation", ""))
            for f in findings
        ]

    @activity.defn
    def summarize_for_legal(self, inp: ContractInput, findings: List[ContractFinding]) -> str:
        """Sync activity (runs in the worker's thread pool)."""
        payload = {
            "anthropic_version": "bedrock-2023-05-31",
            "max_tokens": 1500,
            "system": "Summarise the contract review findings for the legal team in under 200 words.",
            "messages": [
                {
                    "role": "user",
                    "content": json.dumps([f.__dict__ for f in findings]),
                }
            ],
        }
        stream = self.clients.bedrock_runtime.invoke_model_with_response_stream(
            modelId=self.settings.models.contracts_bedrock,
            body=json.dumps(payload),
        )
        pieces: List[str] = []
        for event in stream["body"]:
            chunk = json.loads(event["chunk"]["bytes"])
            if chunk.get("type") == "content_block_delta":
                pieces.append(chunk["delta"].get("text", ""))
                activity.heartbeat()
        return "".join(pieces)

    @activity.defn
    def explain_high_risk(self, inp: ContractInput, finding: ContractFinding) -> str:
        runtime = self.clients.bedrock_runtime
        response = runtime.converse_stream(
            modelId=self.settings.models.bedrock_converse,
            messages=[
                {
                    "role": "user",
                    "content": [
                        {
                            "text": (
                                f"Explain for a non-lawyer why this clause with {inp.counterparty} is risky:\n"
                                f"{finding.clause}\n\nReviewer note: {finding.explanation}"
                            )
                        }
                    ],
                }
            ],
            inferenceConfig={"maxTokens": 600, "temperature": 0.2},
        )
        out = []
        for event in response["stream"]:
            if "contentBlockDelta" in event:
                out.append(event["contentBlockDelta"]["delta"].get("text", ""))
            elif "metadata" in event:
                usage = event["metadata"].get("usage", {})
                logger.info("explain_high_risk tokens in=%s out=%s", usage.get("inputTokens"), usage.get("outputTokens"))
        return "".join(out)


PLAYBOOK_POSITIONS: Dict[str, str] = {
    "limitation_of_liability": "Cap at 12 months of fees; carve-outs only for confidentiality and IP indemnity.",
    "auto_renewal": "No auto-renewal longer than 12 months; 60 days notice to terminate.",
    "payment_terms": "Net 45 from receipt of a valid invoice.",
    "governing_law": "Delaware or New York.",
}


class RedlineActivities:
    """Clause redlining with Mistral Large, added for the procurement pilot (BO-451).

    Creates its own client because the pilot runs on a separate Mistral
    workspace/key from the rest of the worker.
    """

    def __init__(self, model: str = "mistral-large-latest") -> None:
        self._client = Mistral(api_key=os.environ["MISTRAL_PROCUREMENT_API_KEY"])
        self._model = model

    @activity.defn(name="redline.rewrite_clause")
    def rewrite_clause(self, finding: ContractFinding, topic: str) -> ContractFinding:
        position = PLAYBOOK_POSITIONS.get(topic)
        if position is None:
            return finding
        res = self._client.chat.complete(
            model=self._model,
            temperature=0.1,
            messages=[
                {"role": "system", "content": REDLINE_V1.format(position=position)},
                {"role": "user", "content": finding.clause},
            ],
        )
        finding.suggested_redline = res.choices[0].message.content
        return finding

    @activity.defn(name="redline.cover_note")
    def cover_note(self, counterparty: str, findings: List[ContractFinding]) -> str:
        bullet_list = "\n".join(f"- {f.clause[:120]} ({f.risk})" for f in findings)
        chunks: List[str] = []
        stream = self._client.chat.stream(
            model=self._model,
            messages=[
                {
                    "role": "user",
                    "content": (
                        f"Write a short cover note to {counterparty} explaining that we "
                        f"propose changes to the following clauses:\n{bullet_list}"
                    ),
                }
            ],
        )
        for event in stream:
            delta = event.data.choices[0].delta.content
            if delta:
                chunks.append(delta)
                activity.heartbeat()
        return "".join(chunks)
