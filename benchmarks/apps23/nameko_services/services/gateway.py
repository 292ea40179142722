"""HTTP gateway. The only service exposed outside the cluster (behind the ALB)."""
import json
import logging
import os
import uuid

from nameko.events import EventDispatcher
from nameko.rpc import RpcProxy
from nameko.web.handlers import http
from werkzeug.wrappers import Response

from common import get_openai_client
from common.async_bridge import run_sync
from common.multi_model_service import TaskComplexity, multi_model_service

log = logging.getLogger(__name__)

UPLOAD_DIR = os.environ.get("UPLOAD_DIR", "/var/claims/uploads")
ASSISTANT_MODEL = "gpt-4o-mini"


def json_response(payload, status=200):
    return Response(json.dumps(payload, default=str), status=status, mimetype="application/json")


class GatewayService:
    name = "gateway"

    intake = RpcProxy("claim_intake")
    fraud = RpcProxy("fraud_detection")
    summaries = RpcProxy("claim_summaries")
    research = RpcProxy("policy_research")
    coding = RpcProxy("claim_coding")
    dispatch = EventDispatcher()

    @http("GET", "/health")
    def health(self, request):
        return 200, "ok"

    @http("POST", "/claims")
    def create_claim(self, request):
        payload = json.loads(request.get_data(as_text=True) or "{}")
        try:
            record = self.intake.submit_claim(payload)
        except ValueError as exc:
            return json_response({"error": str(exc)}, status=400)
        return json_response(record, status=201)

    @http("POST", "/claims/<string:claim_number>/documents")
    def upload_document(self, request, claim_number):
        upload = request.files.get("file")
        if upload is None:
            return json_response({"error": "file is required"}, status=400)
        path = os.path.join(UPLOAD_DIR, "%s-%s" % (uuid.uuid4().hex, os.path.basename(upload.filename)))
        upload.save(path)
        self.dispatch(
            "document_uploaded",
            {"claim_number": claim_number, "path": path, "url": "file://" + path, "content_type": upload.mimetype},
        )
        return json_response({"path": path}, status=202)

    @http("POST", "/claims/<string:claim_number>/summary")
    def summarize(self, request, claim_number):
        body = json.loads(request.get_data(as_text=True) or "{}")
        summary = self.summaries.summarize(claim_number, body.get("notes", ""))
        return json_response({"claim_number": claim_number, "summary": summary})

    @http("GET", "/claims/<string:claim_number>/fraud/explanation")
    def fraud_explanation(self, request, claim_number):
        return json_response({"explanation": self.fraud.explain_score(claim_number)})

    @http("POST", "/research/regulations")
    def regulations(self, request):
        body = json.loads(request.get_data(as_text=True))
        return json_response(self.research.regulatory_requirements(body["state"], body["topic"]))

    @http("POST", "/assistant/chat")
    def assistant_chat(self, request):
        """Streaming chat for the adjuster workbench (hackathon feature, never moved to a service)."""
        body = json.loads(request.get_data(as_text=True))
        client = get_openai_client()
        stream = client.chat.completions.create(
            model=ASSISTANT_MODEL,
            messages=body["messages"],
            stream=True,
            temperature=0.3,
        )

        def generate():
            for chunk in stream:
                if chunk.choices and chunk.choices[0].delta.content:
                    yield "data: %s\n\n" % json.dumps({"delta": chunk.choices[0].delta.content})
            yield "data: [DONE]\n\n"

        return Response(generate(), mimetype="text/event-stream")

    @http("POST", "/assistant/draft-letter")
    def draft_letter(self, request):
        body = json.loads(request.get_data(as_text=True))
        prompt = "Draft a %s letter to the claimant for claim %s. Facts:\n%s" % (
            body.get("letter_type", "status update"),
            body["claim_number"],
            body.get("facts", ""),
        )
        text = run_sync(
            multi_model_service.generate_response(
                prompt=prompt,
                task_type="correspondence",
                complexity=TaskComplexity.MODERATE,
                claim_id=body["claim_number"],
            )
        )
        return json_response({"draft": text})

    @http("GET", "/assistant/models")
    def assistant_models(self, request):
        models = get_openai_client().models.list()
        return json_response({"models": sorted(m.id for m in models if m.id.startswith("gpt-"))})
