"""OpenAI Responses API, used for reasoning models (o-series, gpt-5).

Chat Completions drops reasoning items between turns; the Responses API keeps them
server side via previous_response_id, which makes multi-turn edits noticeably better.
"""

from typing import Any, Dict, List, Optional

from ..logging_setup import get_logger
from .clients import get_openai_client
from . import Reply

log = get_logger(__name__)


class ResponsesSession:
    def __init__(self, model):
        self.model = model
        self.previous_response_id: Optional[str] = None

    def _params(self, messages: List[dict]) -> Dict[str, Any]:
        instructions = "\n\n".join(m["content"] for m in messages if m["role"] == "system")
        turns = [m for m in messages if m["role"] != "system"]
        if self.previous_response_id:
            # server already has the earlier turns
            turns = turns[-1:]
        params: Dict[str, Any] = {
            "model": self.model.name,
            "instructions": instructions or None,
            "input": turns,
            "max_output_tokens": self.model.max_tokens,
            "store": True,
        }
        if self.model.settings.reasoning_effort:
            params["reasoning"] = {"effort": self.model.settings.reasoning_effort, "summary": "auto"}
        if self.previous_response_id:
            params["previous_response_id"] = self.previous_response_id
        return params

    def send(self, messages: List[dict]) -> Reply:
        resp = get_openai_client().responses.create(**self._params(messages))
        self.previous_response_id = resp.id
        return Reply(
            text=resp.output_text,
            input_tokens=resp.usage.input_tokens,
            output_tokens=resp.usage.output_tokens,
            finish_reason=resp.status,
            raw=resp,
        )

    def stream(self, messages: List[dict], on_chunk=None, on_reasoning=None) -> Reply:
        client = get_openai_client()
        parts = []
        with client.responses.stream(**self._params(messages)) as events:
            for event in events:
                if event.type == "response.output_text.delta":
                    parts.append(event.delta)
                    if on_chunk:
                        on_chunk(event.delta)
                elif event.type == "response.reasoning_summary_text.delta" and on_reasoning:
                    on_reasoning(event.delta)
            final = events.get_final_response()
        self.previous_response_id = final.id
        return Reply(
            text="".join(parts),
            input_tokens=final.usage.input_tokens,
            output_tokens=final.usage.output_tokens,
            finish_reason=final.status,
            raw=final,
        )

    def reset(self):
        self.previous_response_id = None
