from __future__ import annotations

from dataclasses import dataclass

from dbos import DBOS

from app.llm import get_openai_client

BLOCKING_CATEGORIES = {"sexual/minors", "violence/graphic", "self-harm/instructions"}


@dataclass
class ModerationResult:
    flagged: bool
    categories: list[str]


@DBOS.step()
def moderate_text(text: str) -> dict:
    client = get_openai_client()
    # omni-moderation takes up to ~32k chars per input; we check the head and tail only
    inputs = [text[:16_000]]
    if len(text) > 16_000:
        inputs.append(text[-16_000:])
    resp = client.moderations.create(model="omni-moderation-latest", input=inputs)
    hits: set[str] = set()
    for result in resp.results:
        for name, value in result.categories.model_dump(by_alias=True).items():
            if value:
                hits.add(name)
    blocking = sorted(hits & BLOCKING_CATEGORIES)
    return {"flagged": bool(blocking), "categories": sorted(hits), "blocking": blocking}
