"""Content generation — a small Flask app (Vercel serves the `app` WSGI object)."""
import logging

from flask import Flask, Response, jsonify, request

from lib.auth import api_key_ok, client_ip
from lib.edge_cache import cache_headers, cache_key, kv
from lib.llm import get_openai
from lib.llm.content import ContentGenerator, ContentRequest
from lib.llm import providers, registry
from lib.rate_limit import expensive_limiter

log = logging.getLogger(__name__)

app = Flask(__name__)


def _generator() -> ContentGenerator:
    return ContentGenerator(get_openai(), model=request.args.get("model", "gpt-4o-mini"))


@app.before_request
def _guard():
    if not api_key_ok(request.headers):
        return jsonify(error="unauthorized"), 401
    rl = expensive_limiter.check(client_ip(request.headers))
    if not rl.allowed:
        return jsonify(error="rate limited"), 429, rl.headers()
    return None


@app.post("/api/generate/article")
def article():
    data = request.get_json(force=True) or {}
    if not data.get("topic"):
        return jsonify(error="topic is required"), 400
    req = ContentRequest(
        topic=data["topic"],
        kind=data.get("kind", "blog post"),
        audience=data.get("audience", "general"),
        tone=data.get("tone", "friendly"),
        polish=bool(data.get("polish")),
    )
    key = cache_key("article", req.topic, req.kind, req.audience, req.tone, req.polish)
    cached = kv.get_json(key)
    if cached:
        return jsonify(cached), 200, cache_headers(s_maxage=3600)
    result = _generator().generate(req)
    kv.set_json(key, result)
    return jsonify(result), 200, cache_headers(s_maxage=3600)


@app.post("/api/generate/titles")
def titles():
    data = request.get_json(force=True) or {}
    return jsonify(titles=_generator().titles(data.get("topic", ""), n=int(data.get("n", 5))))


@app.post("/api/generate/tier")
def by_tier():
    """Let the model picker choose any tier from lib.llm.registry."""
    data = request.get_json(force=True) or {}
    try:
        route = registry.resolve(data.get("tier"))
    except ValueError as exc:
        return jsonify(error=str(exc)), 400
    result = registry.complete(route, data.get("messages", []), temperature=data.get("temperature", 0.7))
    return jsonify(result)


@app.post("/api/generate/tagline")
def tagline():
    data = request.get_json(force=True) or {}
    resp = get_openai().responses.create(
        model="gpt-4o-mini",
        instructions="Write one punchy product tagline, max 12 words. No quotes.",
        input=data.get("product", ""),
    )
    return Response(resp.output_text, mimetype="text/plain", headers=cache_headers(s_maxage=86400))


@app.post("/api/generate/v2")
def generate_v2():
    """New provider-abstraction path (lib/llm/providers.py). Not tracked yet either."""
    data = request.get_json(force=True) or {}
    name = data.get("provider", "openai")
    if name not in providers.available():
        return jsonify(error=f"unknown provider {name}"), 400
    provider = providers.get_provider(name)
    if data.get("stream"):
        return Response((chunk for chunk in provider.stream(data.get("messages", []))), mimetype="text/plain")
    result = provider.chat(data.get("messages", []), model=data.get("model"))
    return jsonify(result.to_dict())


@app.get("/api/generate/health")
def health():
    return jsonify(ok=True, providers=providers.available())
