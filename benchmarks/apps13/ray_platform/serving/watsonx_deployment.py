"""Granite on watsonx.ai for the regulated-workloads tenants.

This deployment predates inference/clients.py and sets up its own client: the
watsonx tenants run in a separate project with their own credentials.
"""
import logging
import os
from typing import Dict, Iterator, List

from ibm_watsonx_ai import Credentials
from ibm_watsonx_ai.foundation_models import ModelInference
from ibm_watsonx_ai.metanames import GenTextParamsMetaNames as GenParams
from ray import serve
from starlette.responses import StreamingResponse

from inference.schemas import ChatRequest, ChatResponse, Usage

logger = logging.getLogger("ray.serve")

GRANITE_CHAT = "ibm/granite-3-8b-instruct"
MAX_INPUT_TOKENS = 7500


@serve.deployment(name="WatsonxDeployment", num_replicas=2, max_ongoing_requests=16)
class WatsonxDeployment:
    def __init__(self, model_id: str = GRANITE_CHAT) -> None:
        credentials = Credentials(
            url=os.environ.get("WATSONX_REGULATED_URL", "https://eu-de.ml.cloud.ibm.com"),
            api_key=os.environ["WATSONX_REGULATED_APIKEY"],
        )
        self._model_id = model_id
        self._model = ModelInference(
            model_id=model_id,
            credentials=credentials,
            project_id=os.environ["WATSONX_REGULATED_PROJECT_ID"],
            params={"max_tokens": 1024, "temperature": 0.1},
        )

    def _check_length(self, messages: List[Dict[str, str]]) -> None:
        prompt = "\n".join(m["content"] for m in messages)
        counted = self._model.tokenize(prompt=prompt, return_tokens=False)
        n = counted["result"]["token_count"]
        if n > MAX_INPUT_TOKENS:
            raise ValueError(f"prompt is {n} tokens, limit is {MAX_INPUT_TOKENS}")

    async def chat(self, request: ChatRequest) -> ChatResponse:
        messages = request.as_dicts()
        self._check_length(messages)
        resp = await self._model.achat(
            messages=messages,
            params={"max_tokens": request.max_tokens, "temperature": request.temperature},
        )
        choice = resp["choices"][0]
        usage = resp.get("usage", {})
        return ChatResponse(
            provider="watsonx",
            model=self._model_id,
            content=choice["message"]["content"],
            usage=Usage(
                input_tokens=usage.get("prompt_tokens", 0),
                output_tokens=usage.get("completion_tokens", 0),
            ),
            finish_reason=choice.get("finish_reason"),
        )

    def _generate_stream(self, prompt: str, max_new_tokens: int) -> Iterator[str]:
        params = {
            GenParams.DECODING_METHOD: "greedy",
            GenParams.MAX_NEW_TOKENS: max_new_tokens,
            GenParams.STOP_SEQUENCES: ["<|end_of_text|>"],
        }
        for piece in self._model.generate_text_stream(prompt=prompt, params=params):
            yield piece

    async def stream_completion(self, prompt: str, max_new_tokens: int = 512) -> StreamingResponse:
        return StreamingResponse(
            self._generate_stream(prompt, max_new_tokens), media_type="text/plain"
        )
