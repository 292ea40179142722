# requirements:
# voyageai
import itertools

import wmill

from f.common.embeddings import cosine, voyage_client
from f.common.hubspot import HubSpot


def contact_key(c: dict) -> str:
    p = c["properties"]
    return " | ".join(filter(None, [p.get("firstname"), p.get("lastname"), p.get("company"),
                                    p.get("jobtitle"), p.get("city")]))


def pick_survivor(a: dict, b: dict) -> str:
    """HubSpot merge keeps the primary; prefer the record with more filled properties."""
    def filled(c: dict) -> int:
        return sum(1 for v in c["properties"].values() if v not in (None, ""))
    if filled(a) != filled(b):
        return a["id"] if filled(a) > filled(b) else b["id"]
    return min(a["id"], b["id"], key=int)


def merge_suggestions(pairs: list[dict], contacts_by_id: dict) -> list[dict]:
    seen = set()
    out = []
    for p in pairs:
        if p["a"] in seen or p["b"] in seen:
            continue
        survivor = pick_survivor(contacts_by_id[p["a"]], contacts_by_id[p["b"]])
        loser = p["b"] if survivor == p["a"] else p["a"]
        out.append({"primary": survivor, "merge": loser, "similarity": p["similarity"]})
        seen.update((p["a"], p["b"]))
    return out


def main(created_after: str, threshold: float = 0.93, max_contacts: int = 500):
    crm = HubSpot(wmill.get_resource("f/crm/hubspot")["token"])
    contacts = crm.contacts.search(
        [{"propertyName": "createdate", "operator": "GTE", "value": created_after}],
        ["firstname", "lastname", "company", "jobtitle", "city", "email"],
        limit=100,
    )[:max_contacts]
    if len(contacts) < 2:
        return []

    keys = [contact_key(c) for c in contacts]
    vo = voyage_client()
    embedded = vo.embed(keys, model="voyage-3.5-lite", input_type="document",
                        output_dimension=512)
    vectors = embedded.embeddings

    pairs = []
    for (i, a), (j, b) in itertools.combinations(enumerate(vectors), 2):
        sim = cosine(a, b)
        if sim >= threshold:
            pairs.append({"a": contacts[i]["id"], "b": contacts[j]["id"],
                          "similarity": round(sim, 4), "a_key": keys[i], "b_key": keys[j]})
    pairs.sort(key=lambda p: -p["similarity"])
    print(f"voyage tokens used: {embedded.total_tokens}")
    by_id = {c["id"]: c for c in contacts}
    return {"pairs": pairs, "suggested_merges": merge_suggestions(pairs, by_id)}
