"""Triton Python backend: Bedrock Titan text embeddings.

Triton's dynamic batcher gives us several requests at once; Titan has no batch
API so we fan out over a small thread pool.
"""
import json
import sys
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import triton_python_backend_utils as pb_utils

sys.path.insert(0, "/opt/serving")

from serving_common import get_bedrock_runtime  # noqa: E402


class TritonPythonModel:
    def initialize(self, args):
        self.config = json.loads(args["model_config"])
        self.model_id = (
            self.config.get("parameters", {}).get("model_id", {}).get("string_value", "amazon.titan-embed-text-v2:0")
        )
        self.bedrock = get_bedrock_runtime()
        self.pool = ThreadPoolExecutor(max_workers=8)

    def _embed(self, text):
        resp = self.bedrock.invoke_model(
            modelId=self.model_id,
            body=json.dumps({"inputText": text}),
            contentType="application/json",
        )
        return json.loads(resp["body"].read())["embedding"]

    def execute(self, requests):
        texts, counts = [], []
        for request in requests:
            arr = pb_utils.get_input_tensor_by_name(request, "TEXT").as_numpy().reshape(-1)
            counts.append(len(arr))
            texts.extend(t.decode() if isinstance(t, bytes) else str(t) for t in arr)
        vectors = list(self.pool.map(self._embed, texts))
        responses, i = [], 0
        for n in counts:
            emb = np.asarray(vectors[i : i + n], dtype=np.float32)
            i += n
            responses.append(pb_utils.InferenceResponse(output_tensors=[pb_utils.Tensor("EMBEDDING", emb)]))
        return responses

    def finalize(self):
        self.pool.shutdown(wait=False)
