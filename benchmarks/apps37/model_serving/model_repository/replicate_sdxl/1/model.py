"""Triton Python backend: SDXL on Replicate, returns PNG bytes."""
import json

import numpy as np
import requests
import triton_python_backend_utils as pb_utils
from replicate.client import Client

SDXL_REF = "stability-ai/sdxl:7762fd07cf82c948538e41f63f77d685e02b063e37e496e96eefd46c929f9bdc"


class TritonPythonModel:
    def initialize(self, args):
        cfg = json.loads(args["model_config"])
        token = cfg["parameters"]["replicate_token_env"]["string_value"]
        import os

        self.replicate = Client(api_token=os.environ[token])
        self.http = requests.Session()

    def execute(self, requests_):
        responses = []
        for request in requests_:
            prompt = pb_utils.get_input_tensor_by_name(request, "PROMPT").as_numpy()[0]
            prompt = prompt.decode() if isinstance(prompt, bytes) else str(prompt)
            steps = pb_utils.get_input_tensor_by_name(request, "STEPS")
            inputs = {"prompt": prompt, "num_inference_steps": int(steps.as_numpy()[0]) if steps is not None else 30}
            output = self.replicate.run(SDXL_REF, input=inputs)
            first = output[0]
            data = first.read() if hasattr(first, "read") else self.http.get(str(first), timeout=60).content
            img = np.frombuffer(data, dtype=np.uint8)
            responses.append(pb_utils.InferenceResponse(output_tensors=[pb_utils.Tensor("IMAGE_PNG", img)]))
        return responses
