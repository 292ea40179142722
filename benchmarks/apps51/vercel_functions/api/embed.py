"""POST /api/embed — embed documents for semantic search."""
from http.server import BaseHTTPRequestHandler

from lib.http_utils import BadRequest, read_json, send_error_json, send_json
from lib.llm import get_mistral
from lib.llm.embeddings import Embedder, embed_openai

_embedder = None


def embedder() -> Embedder:
    global _embedder
    if _embedder is None:
        _embedder = Embedder(get_mistral())
    return _embedder


class handler(BaseHTTPRequestHandler):
    def do_POST(self):
        try:
            body = read_json(self)
        except BadRequest as exc:
            send_error_json(self, 400, str(exc))
            return
        texts = body.get("texts") or []
        if not texts or not all(isinstance(t, str) for t in texts):
            send_error_json(self, 400, "texts must be a non-empty list of strings")
            return
        if body.get("workspace_region") == "eu":
            vectors = embedder().embed(texts)
            model = embedder().model
        else:
            vectors = embed_openai(texts, dimensions=body.get("dimensions"))
            model = "text-embedding-3-small"
        send_json(self, 200, {"model": model, "vectors": vectors})
