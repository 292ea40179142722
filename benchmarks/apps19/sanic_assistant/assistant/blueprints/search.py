from __future__ import annotations

from sanic import Blueprint
from sanic.exceptions import BadRequest
from sanic.response import json

from ..services.fast_path import autocomplete


# prefix suggestions for the search box: a trie of popular queries, no model involved
class _Node:
    __slots__ = ("children", "terminal", "weight")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.terminal = False
        self.weight = 0


class SuggestionTrie:
    def __init__(self) -> None:
        self._root = _Node()

    def add(self, phrase: str, weight: int = 1) -> None:
        node = self._root
        for ch in phrase.lower():
            node = node.children.setdefault(ch, _Node())
        node.terminal = True
        node.weight += weight

    def completion(self, prefix: str, limit: int = 5) -> list[str]:
        node = self._root
        for ch in prefix.lower():
            node = node.children.get(ch)
            if node is None:
                return []
        out: list[tuple[int, str]] = []
        stack = [(node, prefix.lower())]
        while stack:
            cur, acc = stack.pop()
            if cur.terminal:
                out.append((cur.weight, acc))
            for ch, child in cur.children.items():
                stack.append((child, acc + ch))
        out.sort(reverse=True)
        return [s for _, s in out[:limit]]


bp = Blueprint("search", url_prefix="/search")

_trie = SuggestionTrie()


@bp.before_server_start
async def load_suggestions(app):
    for phrase in await app.ctx.redis.zrevrange("search:popular", 0, 500):
        _trie.add(phrase.decode())


@bp.get("/")
async def search(request):
    q = request.args.get("q", "").strip()
    if not q:
        raise BadRequest("q required")
    hits = await request.app.ctx.kb.search(q, limit=int(request.args.get("limit", 5)))
    return json({"results": [h.__dict__ for h in hits]})


@bp.get("/suggest")
async def suggest(request):
    prefix = request.args.get("q", "")
    local = _trie.completion(prefix)
    if len(local) >= 3 or len(prefix) < 8:
        return json({"suggestions": local})
    generated = await autocomplete(prefix)
    return json({"suggestions": local + [prefix + g for g in generated]})


@bp.post("/similar")
async def similar(request):
    """Legacy tenants whose index is OpenAI-vector based."""
    texts = (request.json or {}).get("texts", [])
    vectors = await request.app.ctx.kb.embed_openai(texts)
    return json({"dims": len(vectors[0]) if vectors else 0, "count": len(vectors)})
