from dagster import ConfigurableResource
from mistralai import Mistral

from ..settings import MODELS


class MistralResource(ConfigurableResource):
    api_key: str
    model: str = MODELS.triage
    embedding_model: str = MODELS.mistral_embedding
    timeout_ms: int = 60_000

    def get_client(self) -> Mistral:
        return Mistral(api_key=self.api_key, timeout_ms=self.timeout_ms)
