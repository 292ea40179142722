"""Account industry / segment classification on Azure OpenAI."""
from __future__ import annotations

import asyncio
import json
import logging
from typing import List, Optional, Sequence

from openai import AzureOpenAI
from pydantic import ValidationError

from enrich import prompts
from enrich.clients import async_azure_openai, azure_openai
from enrich.errors import ParseError
from enrich.models import Account, Classification
from enrich.settings import get_settings
from enrich.text import first_json_object

log = logging.getLogger(__name__)

DEFAULT_TAXONOMY = [
    "Software", "Financial Services", "Healthcare", "Manufacturing", "Retail",
    "Education", "Public Sector", "Media", "Logistics", "Energy", "Other",
]


def parse_classification(raw: Optional[str]) -> Classification:
    if not raw:
        raise ParseError("", "empty completion")
    try:
        return Classification.model_validate(json.loads(first_json_object(raw)))
    except (ValueError, ValidationError) as exc:
        raise ParseError(raw, f"bad classification payload: {exc}") from exc


class AccountClassifier:
    def __init__(
        self,
        client: Optional[AzureOpenAI] = None,
        deployment: Optional[str] = None,
        taxonomy: Sequence[str] = DEFAULT_TAXONOMY,
    ) -> None:
        self._client = client or azure_openai()
        self._deployment = deployment or get_settings().azure_chat_deployment
        self._taxonomy = list(taxonomy)

    @property
    def model(self) -> str:
        return self._deployment

    def _messages(self, account: Account) -> list:
        return [
            {"role": "system", "content": prompts.CLASSIFY_SYSTEM},
            {"role": "user", "content": prompts.classify_user(account, self._taxonomy)},
        ]

    def classify(self, account: Account) -> Classification:
        completion = self._client.chat.completions.create(
            model=self._deployment,
            messages=self._messages(account),
            temperature=0,
            max_tokens=300,
            response_format={"type": "json_object"},
        )
        return parse_classification(completion.choices[0].message.content)


async def classify_accounts_async(
    accounts: Sequence[Account],
    concurrency: int = 8,
    taxonomy: Sequence[str] = DEFAULT_TAXONOMY,
) -> List[Optional[Classification]]:
    """Classify many accounts concurrently; failures come back as None."""
    client = async_azure_openai()
    deployment = get_settings().azure_chat_deployment
    sem = asyncio.Semaphore(concurrency)

    async def _one(account: Account) -> Optional[Classification]:
        messages = [
            {"role": "system", "content": prompts.CLASSIFY_SYSTEM},
            {"role": "user", "content": prompts.classify_user(account, list(taxonomy))},
        ]
        async with sem:
            try:
                resp = await client.chat.completions.create(
                    model=deployment,
                    messages=messages,
                    temperature=0,
                    max_tokens=300,
                    response_format={"type": "json_object"},
                )
            except Exception:  # noqa: BLE001 - logged and skipped, retried next run
                log.exception("classification failed for %s", account.account_id)
                return None
        try:
            return parse_classification(resp.choices[0].message.content)
        except ParseError as exc:
            log.warning("unparseable classification for %s: %s", account.account_id, exc)
            return None

    return list(await asyncio.gather(*(_one(a) for a in accounts)))
