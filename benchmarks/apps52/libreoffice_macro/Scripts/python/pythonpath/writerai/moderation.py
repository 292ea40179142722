"""Optional moderation pass before sending shared documents to a model (corporate policy)."""
from writerai import get_openai_client


def is_flagged(text):
    result = get_openai_client().moderations.create(
        model="omni-moderation-latest",
        input=text[:20000],
    )
    return any(r.flagged for r in result.results)
