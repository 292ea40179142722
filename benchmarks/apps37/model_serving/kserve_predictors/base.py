"""Common plumbing for our KServe predictors (v1 and v2 protocol payloads)."""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Union

import kserve
from kserve import InferRequest, InferResponse
from kserve.errors import InvalidInput

logger = logging.getLogger(__name__)

Payload = Union[Dict[str, Any], InferRequest]


class HostedLLMModel(kserve.Model):
    """Base for predictors that proxy a hosted API. Subclasses set up a client in load()."""

    provider: str = "unknown"

    def __init__(self, name: str, model: str | None = None) -> None:
        super().__init__(name)
        self.model = model
        self.ready = False

    # KServe v1: {"instances": [...]}; v2: InferRequest with a BYTES "text" input
    @staticmethod
    def extract_prompts(payload: Payload) -> List[str]:
        if isinstance(payload, InferRequest):
            for inp in payload.inputs:
                if inp.name in ("text", "prompt"):
                    return [x.decode() if isinstance(x, bytes) else str(x) for x in inp.data]
            raise InvalidInput("v2 request needs a 'text' input")
        instances = payload.get("instances")
        if not instances:
            raise InvalidInput("expected non-empty 'instances'")
        out = []
        for inst in instances:
            if isinstance(inst, str):
                out.append(inst)
            elif isinstance(inst, dict) and "prompt" in inst:
                out.append(inst["prompt"])
            else:
                raise InvalidInput(f"unsupported instance: {type(inst).__name__}")
        return out

    @staticmethod
    def extract_messages(payload: Payload) -> List[List[dict]]:
        if isinstance(payload, dict) and payload.get("instances") and isinstance(payload["instances"][0], dict):
            if "messages" in payload["instances"][0]:
                return [inst["messages"] for inst in payload["instances"]]
        return [[{"role": "user", "content": p}] for p in HostedLLMModel.extract_prompts(payload)]

    @staticmethod
    def params(payload: Payload) -> Dict[str, Any]:
        if isinstance(payload, dict):
            return dict(payload.get("parameters") or {})
        return dict(payload.parameters or {})

    def wrap(self, predictions: List[Any], payload: Payload) -> Union[Dict, InferResponse]:
        if isinstance(payload, InferRequest):
            return InferResponse(
                model_name=self.name,
                infer_outputs=[],
                response_id=payload.id,
                parameters={"predictions": predictions},
            )
        return {"predictions": predictions}
