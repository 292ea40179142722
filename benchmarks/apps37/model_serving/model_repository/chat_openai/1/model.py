"""Triton Python backend: OpenAI chat completions.

Inputs:  PROMPT (TYPE_STRING, [-1]), MAX_TOKENS (TYPE_INT32, [1], optional)
Outputs: COMPLETION (TYPE_STRING, [-1])

This model predates serving_common and intentionally has no repo imports so it
can be dropped into any Triton model repository.
"""
import json
import os

import numpy as np
import triton_python_backend_utils as pb_utils
from openai import OpenAI


class TritonPythonModel:
    def initialize(self, args):
        self.model_config = json.loads(args["model_config"])
        params = self.model_config.get("parameters", {})
        self.upstream_model = params.get("upstream_model", {}).get("string_value", "gpt-4o-mini")
        out_cfg = pb_utils.get_output_config_by_name(self.model_config, "COMPLETION")
        self.out_dtype = pb_utils.triton_string_to_numpy(out_cfg["data_type"])
        self.client = OpenAI(api_key=os.environ["OPENAI_API_KEY"], timeout=60)

    def execute(self, requests):
        responses = []
        for request in requests:
            prompts = pb_utils.get_input_tensor_by_name(request, "PROMPT").as_numpy()
            max_tok = pb_utils.get_input_tensor_by_name(request, "MAX_TOKENS")
            max_tokens = int(max_tok.as_numpy()[0]) if max_tok is not None else 256
            texts = []
            try:
                for raw in prompts.reshape(-1):
                    prompt = raw.decode("utf-8") if isinstance(raw, bytes) else str(raw)
                    completion = self.client.chat.completions.create(
                        model=self.upstream_model,
                        messages=[{"role": "user", "content": prompt}],
                        max_tokens=max_tokens,
                    )
                    texts.append(completion.choices[0].message.content)
            except Exception as exc:  # noqa: BLE001
                responses.append(pb_utils.InferenceResponse(error=pb_utils.TritonError(str(exc))))
                continue
            out = pb_utils.Tensor("COMPLETION", np.array(texts, dtype=self.out_dtype))
            responses.append(pb_utils.InferenceResponse(output_tensors=[out]))
        return responses

    def finalize(self):
        self.client.close()
