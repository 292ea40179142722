"""Admin endpoints (mounted under /admin by GatewayApp)."""
from twisted.internet import defer, threads

from gateway.providers import get_anthropic_client
from gateway.services.llm_usage_tracker import llm_tracker
from gateway.util.costs import estimate_cost
from gateway.web import json_response


def _collect_models(registry):
    openai_client = registry.get("openai")
    groq_client = registry.get("groq")
    out = {"openai": [m.id for m in openai_client.models.list()]}
    out["groq"] = [m.id for m in groq_client.models.list().data]
    out["anthropic"] = [m.id for m in get_anthropic_client().models.list(limit=50)]
    return out


@defer.inlineCallbacks
def list_models(self, request):
    models = yield threads.deferToThread(_collect_models, self.registry)
    defer.returnValue(json_response(request, {"models": models}))


def usage_summary(self, request):
    rows = list(llm_tracker.sink.rows)
    total = 0.0
    by_model = {}
    for row in rows:
        cost = estimate_cost(row["model"], row["input_tokens"], row["output_tokens"])
        by_model[row["model"]] = by_model.get(row["model"], 0.0) + cost
        total += cost
    return json_response(request, {"pending_rows": len(rows),
                                   "by_model": by_model, "total_usd": total})
