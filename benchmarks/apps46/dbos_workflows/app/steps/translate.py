from __future__ import annotations

from dbos import DBOS

from app.llm.registry import ROUTES


@DBOS.step(retries_allowed=True)
def translate_to_english(text: str, source_language: str) -> str:
    route = ROUTES["translate"]
    co = route.client_factory()
    resp = co.chat(
        model=route.model,
        messages=[
            {"role": "system", "content": "Translate to English. Preserve formatting and defined terms."},
            {"role": "user", "content": f"Source language: {source_language}\n\n{text}"},
        ],
        max_tokens=route.max_tokens,
    )
    return resp.message.content[0].text


@DBOS.step()
def detect_language_cheap(text: str) -> str | None:
    """Heuristic only; the classifier returns the real language."""
    sample = text[:2000].lower()
    if sum(sample.count(w) for w in (" the ", " and ", " of ")) > 5:
        return "en"
    if sum(sample.count(w) for w in (" der ", " und ", " die ")) > 5:
        return "de"
    if sum(sample.count(w) for w in (" le ", " et ", " les ")) > 5:
        return "fr"
    return None
