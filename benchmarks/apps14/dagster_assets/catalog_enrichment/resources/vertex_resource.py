from typing import Optional

import vertexai
from dagster import ConfigurableResource, InitResourceContext
from vertexai.generative_models import GenerationConfig, GenerativeModel
from vertexai.language_models import TextEmbeddingModel

from ..settings import MODELS


class VertexAIResource(ConfigurableResource):
    """Vertex AI (Gemini + text embeddings) in our GCP analytics project.

    Auth is the workload identity of the Dagster run pod; locally it falls back to
    `gcloud auth application-default login`.
    """

    project: str
    location: str = "europe-west4"
    gemini_model: str = MODELS.gemini
    embedding_model: str = MODELS.vertex_embedding
    temperature: float = 0.2

    def setup_for_execution(self, context: InitResourceContext) -> None:
        vertexai.init(project=self.project, location=self.location)

    def generative_model(
        self,
        system_instruction: Optional[str] = None,
        model_name: Optional[str] = None,
        response_mime_type: Optional[str] = None,
    ) -> GenerativeModel:
        config = GenerationConfig(temperature=self.temperature, response_mime_type=response_mime_type)
        return GenerativeModel(
            model_name or self.gemini_model,
            system_instruction=system_instruction,
            generation_config=config,
        )

    def text_embedding_model(self) -> TextEmbeddingModel:
        return TextEmbeddingModel.from_pretrained(self.embedding_model)
