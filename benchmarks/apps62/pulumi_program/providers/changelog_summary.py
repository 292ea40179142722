"""Short, customer-facing summary of a changelog, written by Claude."""
from __future__ import annotations

import os
from typing import Optional

import pulumi
from pulumi.dynamic import CreateResult, DiffResult, ResourceProvider, UpdateResult


def _summarise(text: str, audience: str, model: str) -> str:
    # created here rather than via infra_ai.clients: the provider host pickles
    # module globals and lru_cache'd clients don't survive that.
    import anthropic

    client = anthropic.Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])
    chunks: list[str] = []
    with client.messages.stream(
        model=model,
        max_tokens=600,
        system=f"Summarise this changelog for {audience}. Max 5 bullets.",
        messages=[{"role": "user", "content": text}],
    ) as stream:
        for piece in stream.text_stream:
            chunks.append(piece)
    return "".join(chunks).strip()


class ChangelogSummaryProvider(ResourceProvider):
    def create(self, props: dict) -> CreateResult:
        summary = _summarise(props["changelog"], props.get("audience", "customers"),
                             props.get("model", "claude-3-5-haiku-20241022"))
        return CreateResult(id_=props["name"], outs={**props, "summary": summary})

    def diff(self, _id: str, olds: dict, news: dict) -> DiffResult:
        return DiffResult(changes=olds.get("changelog") != news.get("changelog")
                          or olds.get("audience") != news.get("audience"))

    def update(self, _id: str, olds: dict, news: dict) -> UpdateResult:
        summary = _summarise(news["changelog"], news.get("audience", "customers"),
                             news.get("model", "claude-3-5-haiku-20241022"))
        return UpdateResult(outs={**news, "summary": summary})


class ChangelogSummary(pulumi.dynamic.Resource):
    summary: pulumi.Output[str]

    def __init__(self, name: str, changelog: pulumi.Input[str], audience: str = "customers",
                 opts: Optional[pulumi.ResourceOptions] = None):
        super().__init__(
            ChangelogSummaryProvider(),
            name,
            {"name": name, "changelog": changelog, "audience": audience, "summary": None},
            opts,
        )
