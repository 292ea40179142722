from typing import Optional

from airflow.hooks.base import BaseHook
from huggingface_hub import InferenceClient


class HuggingFaceInferenceHook(BaseHook):
    """Hugging Face Inference Providers. password = HF token, extra.provider (default hf-inference)."""

    conn_name_attr = "hf_conn_id"
    default_conn_name = "hf_inference"
    conn_type = "generic"
    hook_name = "Hugging Face Inference"

    def __init__(self, hf_conn_id: str = default_conn_name, model: Optional[str] = None):
        super().__init__()
        self.hf_conn_id = hf_conn_id
        self.model = model

    def get_conn(self) -> InferenceClient:
        conn = self.get_connection(self.hf_conn_id)
        return InferenceClient(
            model=self.model,
            provider=conn.extra_dejson.get("provider", "hf-inference"),
            token=conn.password,
            bill_to=conn.extra_dejson.get("bill_to"),
        )

    def test_connection(self):
        client = self.get_conn()
        try:
            client.chat_completion(
                messages=[{"role": "user", "content": "ping"}],
                model=self.model or "meta-llama/Llama-3.1-8B-Instruct",
                max_tokens=1,
            )
            return True, "ok"
        except Exception as exc:  # noqa: BLE001
            return False, str(exc)
