"""Ingress for the inference API (``serve run serving.app:build_app``)."""
import logging
from typing import Any, Dict

from fastapi import FastAPI, Header, HTTPException, Request
from fastapi.responses import JSONResponse, StreamingResponse
from ray import serve
from ray.serve.handle import DeploymentHandle

from inference.errors import InferenceError, to_http_payload
from inference.schemas import (
    ChatRequest,
    CodeCompletionRequest,
    EmbedRequest,
    ImageRequest,
    RerankRequest,
)
from inference.services.multi_model_service import TaskComplexity, multi_model_service
from serving.chat_deployment import ChatDeployment
from serving.media_deployment import MediaDeployment
from serving.retrieval_deployment import EmbeddingDeployment, RerankDeployment
from serving.watsonx_deployment import WatsonxDeployment

logger = logging.getLogger("ray.serve")

api = FastAPI(title="inference-platform", version="0.14")


@api.exception_handler(InferenceError)
async def _inference_error(_: Request, exc: InferenceError) -> JSONResponse:
    return JSONResponse(status_code=exc.status_code, content=to_http_payload(exc))


@serve.deployment(name="Ingress", num_replicas=2, max_ongoing_requests=256)
@serve.ingress(api)
class Ingress:
    def __init__(
        self,
        chat: DeploymentHandle,
        embed: DeploymentHandle,
        rerank: DeploymentHandle,
        media: DeploymentHandle,
        watsonx: DeploymentHandle,
    ) -> None:
        self._chat = chat
        self._embed = embed
        self._rerank = rerank
        self._media = media
        self._watsonx = watsonx

    @api.get("/healthz")
    async def healthz(self) -> Dict[str, str]:
        return {"status": "ok"}

    @api.post("/v1/chat")
    async def chat(self, body: ChatRequest, x_team: str = Header(default="unknown")):
        body.team = body.team or x_team
        if body.provider == "watsonx":
            return await self._watsonx.chat.remote(body)
        if body.stream:
            gen = self._chat.options(stream=True).stream.remote(body)
            return StreamingResponse(gen, media_type="text/plain")
        return await self._chat.chat.remote(body)

    @api.post("/v1/code/complete")
    async def code_complete(self, body: CodeCompletionRequest) -> Dict[str, str]:
        text = await self._chat.complete_code.remote(body)
        return {"completion": text}

    @api.post("/v1/embed")
    async def embed(self, body: EmbedRequest):
        return await self._embed.embed.remote(body)

    @api.post("/v1/rerank")
    async def rerank(self, body: RerankRequest):
        return await self._rerank.rerank.remote(body)

    @api.post("/v1/images")
    async def images(self, body: ImageRequest):
        return await self._media.generate.remote(body)

    @api.post("/v1/assist")
    async def assist(self, payload: Dict[str, Any], x_team: str = Header(default="unknown")):
        """Free-form helper endpoint; routed through the tracked service."""
        prompt = payload.get("prompt")
        if not prompt:
            raise HTTPException(status_code=400, detail="prompt is required")
        complexity = TaskComplexity(payload.get("complexity", "simple"))
        text = await multi_model_service.generate_response(
            prompt=prompt,
            task_type=payload.get("task_type", "assist"),
            complexity=complexity,
            team=x_team,
        )
        return {"text": text}


def build_app(args: Dict[str, str] = None) -> serve.Application:
    args = args or {}
    return Ingress.bind(
        ChatDeployment.bind(),
        EmbeddingDeployment.bind(),
        RerankDeployment.bind(),
        MediaDeployment.bind(),
        WatsonxDeployment.bind(args.get("watsonx_model", "ibm/granite-3-8b-instruct")),
    )


app = build_app()
