"""Client for the ML platform inference API.

    from ray_inference_client import InferenceClient
    client = InferenceClient(team="search")
    client.chat([{"role": "user", "content": "hi"}], provider="mistral")
"""
from ray_inference_client.client import InferenceClient, InferenceAPIError

__all__ = ["InferenceClient", "InferenceAPIError"]
__version__ = "0.9.1"
