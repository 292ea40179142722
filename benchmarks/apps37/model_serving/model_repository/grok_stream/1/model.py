"""Triton Python backend (decoupled mode): streams Grok tokens as separate responses.

config.pbtxt sets model_transaction_policy { decoupled: true }.
"""
import json
import sys
import threading

import numpy as np
import triton_python_backend_utils as pb_utils

sys.path.insert(0, "/opt/serving")

from serving_common.registry import raw_client  # noqa: E402


class TritonPythonModel:
    def initialize(self, args):
        self.cfg = json.loads(args["model_config"])
        if not pb_utils.using_decoupled_model_transaction_policy(self.cfg):
            raise pb_utils.TritonModelException("grok_stream must be deployed decoupled")
        self.xai = raw_client("xai")
        self.model = self.cfg.get("parameters", {}).get("model", {}).get("string_value", "grok-2-latest")
        self.inflight = 0
        self.lock = threading.Lock()

    def _run(self, request):
        sender = request.get_response_sender()
        prompt = pb_utils.get_input_tensor_by_name(request, "PROMPT").as_numpy()[0].decode()
        try:
            stream = self.xai.chat.completions.create(
                model=self.model,
                messages=[{"role": "user", "content": prompt}],
                stream=True,
            )
            for chunk in stream:
                if not chunk.choices:
                    continue
                delta = chunk.choices[0].delta.content or ""
                if delta:
                    t = pb_utils.Tensor("TOKEN", np.array([delta.encode()], dtype=np.object_))
                    sender.send(pb_utils.InferenceResponse(output_tensors=[t]))
        except Exception as exc:  # noqa: BLE001
            sender.send(pb_utils.InferenceResponse(error=pb_utils.TritonError(str(exc))))
        finally:
            sender.send(flags=pb_utils.TRITONSERVER_RESPONSE_COMPLETE_FINAL)
            with self.lock:
                self.inflight -= 1

    def execute(self, requests):
        for request in requests:
            with self.lock:
                self.inflight += 1
            threading.Thread(target=self._run, args=(request,), daemon=True).start()
        return None

    def finalize(self):
        pb_utils.Logger.log_info(f"grok_stream finalize, {self.inflight} requests in flight")
