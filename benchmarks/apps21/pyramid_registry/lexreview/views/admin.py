"""Admin screens: model inventory, usage/costs, prompt cost estimates, provider pings."""
import logging

from pyramid.httpexceptions import HTTPBadRequest
from pyramid.view import view_config

from lexreview.llm.interfaces import IFireworksClient, IWatsonxModel
from lexreview.models import UsageRecord
from lexreview.utils.costs import calculate_matter_spend, estimate_cost
from lexreview.utils.tokens import count_tokens

log = logging.getLogger(__name__)

PING_PROMPT = "Reply with the single word: pong"


@view_config(route_name="admin_models", renderer="json", permission="admin")
def list_models(request):
    inventory = {}
    try:
        inventory["openai"] = sorted(m.id for m in request.openai.models.list())
    except Exception as exc:
        inventory["openai"] = f"error: {exc}"
    try:
        inventory["deepseek"] = [m.id for m in request.deepseek.models.list().data]
    except Exception as exc:
        inventory["deepseek"] = f"error: {exc}"
    try:
        fw = request.find_service(IFireworksClient)
        inventory["fireworks"] = [m.name for m in fw.models.list(account_id="fireworks", page_size=50)]
    except Exception as exc:
        inventory["fireworks"] = f"error: {exc}"
    try:
        inventory["ollama"] = [m.model for m in request.ollama_client.list().models]
    except Exception as exc:
        inventory["ollama"] = f"error: {exc}"
    granite = request.registry.getUtility(IWatsonxModel, name="chat")
    inventory["watsonx"] = granite.get_details().get("model_id")
    return inventory


@view_config(route_name="admin_usage", renderer="json", permission="admin")
def usage_report(request):
    rows = request.dbsession.query(UsageRecord).order_by(UsageRecord.created_at.desc()).limit(5000).all()
    total, by_model = calculate_matter_spend(rows)
    return {"total_usd": total, "by_model": by_model, "rows": len(rows)}


@view_config(route_name="admin_estimate", request_method="POST", renderer="json", permission="admin")
def estimate_prompt_cost(request):
    body = request.json_body
    model = body.get("model", "gpt-4o")
    text = body.get("text", "")
    if model.startswith("claude"):
        counted = request.anthropic.messages.count_tokens(
            model=model,
            messages=[{"role": "user", "content": text}],
        )
        n_in = counted.input_tokens
    else:
        n_in = count_tokens(text, model=model)
    expected_out = int(body.get("expected_output_tokens", 500))
    return {"model": model, "input_tokens": n_in, "estimated_usd": estimate_cost(model, n_in, expected_out)}


@view_config(route_name="admin_ping", request_method="POST", renderer="json", permission="admin")
def ping_provider(request):
    """Smoke test a provider after a key rotation."""
    provider = request.matchdict["provider"]
    if provider == "fireworks":
        fw = request.find_service(IFireworksClient)
        resp = fw.chat.completions.create(
            model=request.registry.settings.get(
                "fireworks.model", "accounts/fireworks/models/llama-v3p1-70b-instruct"
            ),
            messages=[{"role": "user", "content": PING_PROMPT}],
            max_tokens=3,
        )
        return {"provider": provider, "reply": resp.choices[0].message.content}
    if provider == "openai":
        resp = request.openai.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "user", "content": PING_PROMPT}],
            max_tokens=3,
        )
        return {"provider": provider, "reply": resp.choices[0].message.content}
    if provider == "watsonx":
        granite = request.registry.getUtility(IWatsonxModel, name="chat")
        return {"provider": provider, "reply": granite.generate_text(prompt=PING_PROMPT)}
    raise HTTPBadRequest(f"unknown provider {provider}")
