"""Text and document embedders for the providers we index with.

Haystack ships integrations for some of these, but we pin our own so that batching,
input types and metadata match what the indexing job expects (see RAG-201).
"""
from __future__ import annotations

import logging
from typing import Any

import cohere
from haystack import Document, component, default_from_dict, default_to_dict
from haystack.utils import Secret, deserialize_secrets_inplace
from ibm_watsonx_ai.foundation_models import Embeddings
from mistralai import Mistral

from ragsvc.clients import get_hf_client, get_voyage_client, get_watsonx_credentials
from ragsvc.config import get_settings
from ragsvc.utils import batched

logger = logging.getLogger(__name__)


def _doc_text(doc: Document, meta_fields: list[str]) -> str:
    parts = [str(doc.meta[key]) for key in meta_fields if doc.meta.get(key)]
    parts.append(doc.content or "")
    return "\n".join(parts)


@component
class CohereTextEmbedder:
    """Embeds a query string with Cohere embed v3."""

    def __init__(
        self,
        api_key: Secret = Secret.from_env_var(["COHERE_API_KEY", "CO_API_KEY"]),
        model: str = "embed-english-v3.0",
        input_type: str = "search_query",
        truncate: str = "END",
    ) -> None:
        self.api_key = api_key
        self.model = model
        self.input_type = input_type
        self.truncate = truncate
        self._client: cohere.ClientV2 | None = None

    def warm_up(self) -> None:
        if self._client is None:
            self._client = cohere.ClientV2(api_key=self.api_key.resolve_value())

    def to_dict(self) -> dict[str, Any]:
        return default_to_dict(
            self, api_key=self.api_key.to_dict(), model=self.model, input_type=self.input_type, truncate=self.truncate
        )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "CohereTextEmbedder":
        deserialize_secrets_inplace(data["init_parameters"], keys=["api_key"])
        return default_from_dict(cls, data)

    @component.output_types(embedding=list[float], meta=dict[str, Any])
    def run(self, text: str):
        if self._client is None:
            raise RuntimeError("CohereTextEmbedder was not warmed up. Call warm_up() first.")
        response = self._client.embed(
            texts=[text],
            model=self.model,
            input_type=self.input_type,
            embedding_types=["float"],
            truncate=self.truncate,
        )
        meta = {"model": self.model}
        if response.meta and response.meta.billed_units:
            meta["billed_input_tokens"] = response.meta.billed_units.input_tokens
        return {"embedding": response.embeddings.float_[0], "meta": meta}


@component
class CohereDocumentEmbedder:
    def __init__(
        self,
        api_key: Secret = Secret.from_env_var(["COHERE_API_KEY", "CO_API_KEY"]),
        model: str = "embed-english-v3.0",
        batch_size: int = 96,
        meta_fields_to_embed: list[str] | None = None,
    ) -> None:
        self.api_key = api_key
        self.model = model
        self.batch_size = batch_size
        self.meta_fields_to_embed = meta_fields_to_embed or []
        self._client: cohere.ClientV2 | None = None

    def warm_up(self) -> None:
        if self._client is None:
            self._client = cohere.ClientV2(api_key=self.api_key.resolve_value())

    @component.output_types(documents=list[Document], meta=dict[str, Any])
    def run(self, documents: list[Document]):
        if self._client is None:
            raise RuntimeError("CohereDocumentEmbedder was not warmed up.")
        texts = [_doc_text(d, self.meta_fields_to_embed) for d in documents]
        vectors: list[list[float]] = []
        for chunk in batched(texts, self.batch_size):
            resp = self._client.embed(
                texts=chunk,
                model=self.model,
                input_type="search_document",
                embedding_types=["float"],
            )
            vectors.extend(resp.embeddings.float_)
        for doc, vec in zip(documents, vectors):
            doc.embedding = vec
        return {"documents": documents, "meta": {"model": self.model, "count": len(vectors)}}


@component
class VoyageTextEmbedder:
    def __init__(self, model: str = "voyage-3.5", input_type: str = "query") -> None:
        self.model = model
        self.input_type = input_type
        self._client = None

    def warm_up(self) -> None:
        if self._client is None:
            self._client = get_voyage_client()

    @component.output_types(embedding=list[float], meta=dict[str, Any])
    def run(self, text: str):
        result = self._client.embed([text], model=self.model, input_type=self.input_type)
        return {"embedding": result.embeddings[0], "meta": {"model": self.model, "total_tokens": result.total_tokens}}


@component
class VoyageDocumentEmbedder:
    def __init__(self, model: str = "voyage-3.5", batch_size: int = 64, meta_fields_to_embed: list[str] | None = None):
        self.model = model
        self.batch_size = batch_size
        self.meta_fields_to_embed = meta_fields_to_embed or []
        self._client = None

    def warm_up(self) -> None:
        if self._client is None:
            self._client = get_voyage_client()

    @component.output_types(documents=list[Document], meta=dict[str, Any])
    def run(self, documents: list[Document]):
        texts = [_doc_text(d, self.meta_fields_to_embed) for d in documents]
        total_tokens = 0
        offset = 0
        for chunk in batched(texts, self.batch_size):
            result = self._client.embed(chunk, model=self.model, input_type="document", truncation=True)
            for i, vec in enumerate(result.embeddings):
                documents[offset + i].embedding = vec
            offset += len(chunk)
            total_tokens += result.total_tokens
        return {"documents": documents, "meta": {"model": self.model, "total_tokens": total_tokens}}


@component
class MistralTextEmbedder:
    def __init__(self, api_key: Secret = Secret.from_env_var("MISTRAL_API_KEY"), model: str = "mistral-embed"):
        self.api_key = api_key
        self.model = model
        self._client: Mistral | None = None

    def warm_up(self) -> None:
        if self._client is None:
            self._client = Mistral(api_key=self.api_key.resolve_value())

    @component.output_types(embedding=list[float], meta=dict[str, Any])
    def run(self, text: str):
        res = self._client.embeddings.create(model=self.model, inputs=[text])
        return {"embedding": res.data[0].embedding, "meta": {"model": self.model, "usage": res.usage.prompt_tokens}}


@component
class WatsonxDocumentEmbedder:
    """Granite / slate embeddings through watsonx.ai (internal_docs pipeline)."""

    def __init__(self, model_id: str = "ibm/slate-125m-english-rtrvr-v2", project_id: str | None = None):
        self.model_id = model_id
        self.project_id = project_id
        self._embeddings: Embeddings | None = None

    def warm_up(self) -> None:
        if self._embeddings is None:
            self._embeddings = Embeddings(
                model_id=self.model_id,
                credentials=get_watsonx_credentials(),
                project_id=self.project_id or get_settings().watsonx_project_id,
                params={"truncate_input_tokens": 512},
            )

    @component.output_types(documents=list[Document])
    def run(self, documents: list[Document]):
        texts = [d.content or "" for d in documents]
        vectors = self._embeddings.embed_documents(texts=texts)
        for doc, vec in zip(documents, vectors):
            doc.embedding = vec
        return {"documents": documents}


@component
class HFTextEmbedder:
    """Sentence embeddings through HF Inference Providers (feature-extraction task)."""

    def __init__(self, model: str = "BAAI/bge-small-en-v1.5", normalize: bool = True):
        self.model = model
        self.normalize = normalize
        self._client = None

    def warm_up(self) -> None:
        self._client = get_hf_client(self.model)

    @component.output_types(embedding=list[float])
    def run(self, text: str):
        arr = self._client.feature_extraction(text, normalize=self.normalize)
        vec = arr.tolist()
        if vec and isinstance(vec[0], list):
            vec = vec[0]
        return {"embedding": vec}


@component
class OllamaTextEmbedder:
    """Local embeddings for the local_dev pipeline."""

    def __init__(self, model: str = "nomic-embed-text", url: str | None = None):
        self.model = model
        self.url = url
        self._client = None

    def warm_up(self) -> None:
        from ragsvc.clients import get_ollama_client

        self._client = get_ollama_client(self.url)

    @component.output_types(embedding=list[float])
    def run(self, text: str):
        resp = self._client.embed(model=self.model, input=text)
        return {"embedding": list(resp.embeddings[0])}
