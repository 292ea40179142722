"""Pre-publish moderation for community posts (called from the community flow)."""
from f.common.llm import get_openai_client


def main(text: str, image_urls: list[str] | None = None, block_threshold: float = 0.7):
    inputs = [{"type": "text", "text": text}]
    for url in image_urls or []:
        inputs.append({"type": "image_url", "image_url": {"url": url}})
    result = get_openai_client().moderations.create(model="omni-moderation-latest", input=inputs)
    r = result.results[0]
    scores = r.category_scores.model_dump()
    worst = max(scores, key=scores.get)
    return {
        "flagged": r.flagged or scores[worst] >= block_threshold,
        "worst_category": worst,
        "score": scores[worst],
    }
