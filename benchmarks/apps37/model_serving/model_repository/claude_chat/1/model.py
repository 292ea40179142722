"""Triton Python backend: Claude via serving_common (mounted into the image at /opt/serving)."""
import json
import sys

import numpy as np
import triton_python_backend_utils as pb_utils

sys.path.insert(0, "/opt/serving")

from serving_common import get_anthropic_client  # noqa: E402
from serving_common.retry import retrying  # noqa: E402


class TritonPythonModel:
    def initialize(self, args):
        cfg = json.loads(args["model_config"])
        params = cfg.get("parameters", {})
        self.model = params.get("claude_model", {}).get("string_value", "claude-3-5-haiku-20241022")
        self.system = params.get("system_prompt", {}).get("string_value", "")
        self.anthropic = get_anthropic_client()
        self.logger = pb_utils.Logger

    @retrying()
    def _ask(self, messages, max_tokens):
        return self.anthropic.messages.create(
            model=self.model,
            system=self.system,
            max_tokens=max_tokens,
            messages=messages,
        )

    def execute(self, requests):
        responses = []
        for request in requests:
            raw = pb_utils.get_input_tensor_by_name(request, "MESSAGES_JSON").as_numpy()[0]
            messages = json.loads(raw.decode() if isinstance(raw, bytes) else raw)
            msg = self._ask(messages, 1024)
            self.logger.log_info(f"claude usage in={msg.usage.input_tokens} out={msg.usage.output_tokens}")
            text = "".join(b.text for b in msg.content if b.type == "text")
            out = pb_utils.Tensor("TEXT", np.array([text.encode()], dtype=np.object_))
            responses.append(pb_utils.InferenceResponse(output_tensors=[out]))
        return responses
