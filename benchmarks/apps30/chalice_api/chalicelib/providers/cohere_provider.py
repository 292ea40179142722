"""Cohere provider (v2 API). Also used for reranking in the search blueprint."""
from chalicelib import cohere_client, settings
from chalicelib.providers.base import Completion, LLMProvider


class CohereProvider(LLMProvider):
    name = "cohere"
    default_model = settings.cohere_model

    def complete(self, messages, model=None, system=None, max_tokens=1024, temperature=0.2):
        if system:
            messages = [{"role": "system", "content": system}, *messages]
        resp = cohere_client.chat(
            model=model or self.default_model,
            messages=messages,
            max_tokens=max_tokens,
            temperature=temperature,
        )
        text = "".join(c.text for c in resp.message.content if c.type == "text")
        billed = resp.usage.billed_units if resp.usage else None
        return Completion(
            text=text,
            model=model or self.default_model,
            provider=self.name,
            input_tokens=int(billed.input_tokens or 0) if billed else 0,
            output_tokens=int(billed.output_tokens or 0) if billed else 0,
            stop_reason=resp.finish_reason,
        )

    def embed(self, texts, model=None, input_type: str = "search_document"):
        resp = cohere_client.embed(
            texts=texts,
            model=model or "embed-english-v3.0",
            input_type=input_type,
            embedding_types=["float"],
        )
        return resp.embeddings.float_

    def rerank(self, query: str, documents: list[str], top_n: int = 5) -> list[tuple[int, float]]:
        resp = cohere_client.rerank(
            model=settings.cohere_rerank_model,
            query=query,
            documents=documents,
            top_n=top_n,
        )
        return [(r.index, r.relevance_score) for r in resp.results]

    def token_count(self, text: str) -> int:
        return len(cohere_client.tokenize(text=text, model=self.default_model).tokens)
