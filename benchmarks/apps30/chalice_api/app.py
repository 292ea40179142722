import logging
import os

from chalice import BadRequestError, Chalice, Cron, Rate

from chalicelib import clients
from chalicelib.blueprints import ALL_BLUEPRINTS
from chalicelib.config import settings
from chalicelib.handlers import nightly, queue_worker
from chalicelib.services.summarizer import summarize_document, summarize_tracked
from chalicelib.utils import json_body, with_retries

app = Chalice(app_name="llm-gateway")
app.log.setLevel(logging.DEBUG if settings.stage == "dev" else logging.INFO)
app.api.cors = True

for blueprint, prefix in ALL_BLUEPRINTS:
    app.register_blueprint(blueprint, url_prefix=prefix)

DIGEST_TOPIC_ARN = os.environ.get("DIGEST_TOPIC_ARN", "")


@app.route("/health")
def health():
    return {"status": "ok", "stage": settings.stage, "default_provider": settings.default_provider}


@app.route("/v1/complete", methods=["POST"])
def complete():
    """Thin Bedrock passthrough kept for the mobile app (v1 contract)."""
    body = json_body(app.current_request)
    if "prompt" not in body:
        raise BadRequestError("prompt is required")
    converse = with_retries(clients.bedrock_runtime.converse)
    resp = converse(
        modelId=body.get("model", settings.default_bedrock_model),
        messages=[{"role": "user", "content": [{"text": body["prompt"]}]}],
        inferenceConfig={"maxTokens": int(body.get("max_tokens", 512))},
    )
    return {
        "completion": resp["output"]["message"]["content"][0]["text"],
        "usage": resp["usage"],
    }


@app.route("/v1/complete/raw", methods=["POST"])
def complete_raw():
    body = json_body(app.current_request)
    resp = clients.bedrock_runtime.converse(
        modelId=settings.fast_bedrock_model,
        messages=[{"role": "user", "content": [{"text": body["prompt"]}]}],
        system=[{"text": body.get("system", "You are a helpful assistant.")}],
    )
    return {"completion": resp["output"]["message"]["content"][0]["text"]}


@app.route("/summarize", methods=["POST"])
def summarize():
    body = json_body(app.current_request)
    text = body.get("text", "")
    if len(text) < 50:
        raise BadRequestError("text too short to summarize")
    if body.get("tracked", True):
        import asyncio

        return asyncio.run(summarize_tracked(text))
    return summarize_document(text, client=clients.anthropic_client, n_bullets=int(body.get("bullets", 5)))


@app.on_sqs_message(queue=settings.summarize_queue, batch_size=5)
def on_summarize_job(event):
    for record in event:
        try:
            queue_worker.process_summarize_record(record.body)
        except Exception:
            app.log.exception("summarize job failed: %s", record.body[:200])
            raise


@app.on_sqs_message(queue="support-tickets", batch_size=10)
def on_ticket(event):
    results = [queue_worker.process_ticket_record(record.body) for record in event]
    app.log.info("classified %d tickets", len(results))


@app.schedule(Cron(0, 7, "*", "*", "?", "*"))
def daily_digest(event):
    labels = os.environ.get("DIGEST_SAMPLE_LABELS", "billing,bug,bug,other").split(",")
    nightly.run_daily_digest(labels, DIGEST_TOPIC_ARN)


@app.schedule(Rate(1, unit=Rate.HOURS))
def hourly_costs(event):
    app.log.info("published cost metrics: %s", nightly.publish_cost_metrics())


@app.schedule(Rate(5, unit=Rate.MINUTES))
def keep_warm(event):
    clients.warm_all()
    if settings.stage == "prod":
        # canary: make sure the Anthropic key still works
        clients.anthropic_client.messages.create(
            model=settings.anthropic_model,
            max_tokens=1,
            messages=[{"role": "user", "content": "ping"}],
        )
