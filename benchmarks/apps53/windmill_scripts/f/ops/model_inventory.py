"""Weekly inventory of models our keys can see (for the deprecation tracker)."""
from f.common.embeddings import voyage_client
from f.common.llm import get_anthropic_client, get_groq_client, get_openai_client
from f.common.media import replicate_client


def main():
    inventory = {}
    inventory["openai"] = sorted(m.id for m in get_openai_client().models.list())
    inventory["anthropic"] = [m.id for m in get_anthropic_client().models.list(limit=100)]
    inventory["groq"] = [m.id for m in get_groq_client().models.list().data]
    rep = replicate_client()
    inventory["replicate_owned"] = [m.name for m in rep.models.list().results][:50]
    # voyage has no list endpoint; record that the key works by tokenizing locally
    inventory["voyage_tokenizer_ok"] = voyage_client().count_tokens(["ping"], model="voyage-3.5") > 0
    return inventory


def diff_against_last(current: dict) -> dict:
    """Compare with the previous run (kept in script state) to spot deprecations."""
    import wmill

    previous = wmill.get_state() or {}
    changes = {}
    for vendor, models in current.items():
        if not isinstance(models, list):
            continue
        before = set(previous.get(vendor, []))
        now = set(models)
        if before and before != now:
            changes[vendor] = {"added": sorted(now - before), "removed": sorted(before - now)}
    wmill.set_state(current)
    return changes
