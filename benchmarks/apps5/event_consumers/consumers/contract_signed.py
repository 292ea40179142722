"""contract.signed -> clause extraction on the Azure tenant (data residency)."""
from __future__ import annotations

import json
import os
from typing import Any, Dict, List

from openai import AzureOpenAI

from core.consumer import HandlerError, LLMConsumer, Message
from core.retry import call_with_retry
from core.services import Services
from core.settings import settings

CLAUSE_PROMPT = """Extract these clauses from the contract as JSON:
{"termination_notice_days": int|null, "auto_renewal": bool, "liability_cap": str|null,
 "governing_law": str|null}"""

RISK_PROMPT = "List up to five unusual or high-risk clauses, one per line, quoting the contract."

_risk_client = AzureOpenAI(
    azure_endpoint=os.environ.get("AZURE_RISK_ENDPOINT", "https://acme-legal-risk.openai.azure.com"),
    api_key=os.environ.get("AZURE_RISK_API_KEY"),
    api_version="2024-10-21",
)


def flag_risky_clauses(contract_text: str) -> List[str]:
    completion = _risk_client.chat.completions.create(
        model="legal-risk-gpt4o",
        messages=[
            {"role": "system", "content": RISK_PROMPT},
            {"role": "user", "content": contract_text[:60_000]},
        ],
        temperature=0,
    )
    content = completion.choices[0].message.content or ""
    return [line.lstrip("-• ").strip() for line in content.splitlines() if line.strip()]


class ContractSignedHandler(LLMConsumer):
    topic = "contract.signed"

    def extract_clauses(self, text: str) -> Dict[str, Any]:
        if self.azure is None:
            raise HandlerError("Azure OpenAI not configured in this environment")
        resp = self.azure.chat.completions.create(
            model=settings.azure.deployment,
            messages=[
                {"role": "system", "content": CLAUSE_PROMPT},
                {"role": "user", "content": text[:60_000]},
            ],
            response_format={"type": "json_object"},
            temperature=0,
        )
        return json.loads(resp.choices[0].message.content or "{}")

    def counterparty_summary(self, text: str) -> str:
        resp = call_with_retry(
            Services.azure.chat.completions.create,
            model=settings.azure.deployment,
            messages=[{"role": "user", "content": "Who are the parties and what is being bought?\n\n" + text[:20_000]}],
            max_tokens=250,
            attempts=4,
        )
        return resp.choices[0].message.content or ""

    def handle(self, message: Message) -> Dict[str, Any]:
        text = message.value.get("text") or ""
        if len(text) < 200:
            raise HandlerError("contract text missing or truncated")
        result = {
            "contract_id": message.value["contract_id"],
            "clauses": self.extract_clauses(text),
            "summary": self.counterparty_summary(text),
            "risks": flag_risky_clauses(text) if message.value.get("value_eur", 0) > 50_000 else [],
        }
        Services.jobs.submit("contracts.store_extraction", result)
        return result
