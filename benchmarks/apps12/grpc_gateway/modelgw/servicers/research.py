"""Research service: web-grounded answers with citations (Perplexity Sonar)."""
from __future__ import annotations

import logging
import time

from modelgw.errors import abort_with, classify_upstream
from modelgw.interceptors import current_caller, record_completion
from modelgw.proto import inference_pb2, inference_pb2_grpc
from modelgw.providers import clients
from modelgw.storage import record_request

log = logging.getLogger(__name__)

_RECENCY = {"day", "week", "month", "year"}

_REWRITE_PROMPT = (
    "Rewrite the user's question into a single precise web search query. "
    "Keep product names and versions verbatim. Reply with the query only."
)

_ANSWER_SYSTEM = (
    "You are a research assistant for engineers. Answer concisely, cite sources, "
    "and say so when the sources disagree."
)


class ResearchServicer(inference_pb2_grpc.ResearchServicer):
    def __init__(self, rewrite_model: str = "llama-3.3-70b"):
        self._rewrite_model = rewrite_model

    async def _rewrite(self, query: str) -> str:
        """Short chatty questions search badly; a fast model tightens them first."""
        if len(query.split()) <= 6:
            return query
        try:
            rewritten = await clients.cerebras_client().chat.completions.create(
                model=self._rewrite_model,
                messages=[
                    {"role": "system", "content": _REWRITE_PROMPT},
                    {"role": "user", "content": query},
                ],
                max_completion_tokens=64,
                temperature=0,
            )
            return (rewritten.choices[0].message.content or query).strip().strip('"')
        except Exception:  # rewriting is an optimisation only
            log.warning("query rewrite failed, using the original", exc_info=True)
            return query

    async def Answer(self, request, context):
        started = time.perf_counter()
        query = await self._rewrite(request.query)
        model = "sonar-deep-research" if request.deep else "sonar-pro"

        search_opts = {}
        if request.recency in _RECENCY:
            search_opts["search_recency_filter"] = request.recency
        if request.domains:
            search_opts["search_domain_filter"] = list(request.domains)[:10]

        pplx = clients.perplexity_client()
        try:
            answer = await pplx.chat.completions.create(
                model=model,
                messages=[
                    {"role": "system", "content": _ANSWER_SYSTEM},
                    {"role": "user", "content": query},
                ],
                **search_opts,
            )
        except Exception as exc:  # noqa: BLE001
            await abort_with(context, classify_upstream(exc, "perplexity"))
            return

        usage = answer.usage
        in_tok = usage.prompt_tokens if usage else 0
        out_tok = usage.completion_tokens if usage else 0
        record_completion("perplexity", model, answer.choices[0].finish_reason or "", in_tok, out_tok)
        await record_request(
            tenant_id=request.tenant_id,
            caller=current_caller.get(),
            rpc="Research/Answer",
            provider="perplexity",
            model=model,
            input_tokens=in_tok,
            output_tokens=out_tok,
            latency_ms=int((time.perf_counter() - started) * 1000),
        )
        citations = [
            inference_pb2.Citation(url=r.url, title=r.title or "")
            for r in (answer.search_results or [])
        ]
        return inference_pb2.CompletionResponse(
            text=answer.choices[0].message.content or "",
            model=model,
            provider="perplexity",
            usage=inference_pb2.Usage(input_tokens=in_tok, output_tokens=out_tok),
            finish_reason=answer.choices[0].finish_reason or "",
            citations=citations,
            request_id=answer.id,
        )
