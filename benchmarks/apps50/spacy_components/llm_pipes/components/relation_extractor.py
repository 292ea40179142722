"""``llm_relation_extractor``: (head, relation, tail) triples on ``doc._.relations``."""
from __future__ import annotations

import asyncio
import itertools
import json
import logging
from typing import Any, Dict, List, Optional

from spacy.language import Language
from spacy.tokens import Doc

from ..clients import get_hf_client
from ..prompts import RELATIONS_PROMPT, RELATIONS_SYSTEM, PromptTemplate
from ..services import TaskComplexity, llm_tracker, multi_model_service
from ..utils.text import strip_code_fences

logger = logging.getLogger(__name__)

ALLOWED = {"works_for", "located_in", "acquired", "subsidiary_of", "founded_by", "competitor_of"}


@Language.factory(
    "llm_relation_extractor",
    default_config={
        "client": {"@misc": "llm.together_client.v1"},
        "model": "meta-llama/Llama-3.3-70B-Instruct-Turbo",
        "fallback_model": "Qwen/Qwen2.5-72B-Instruct",
        "max_pairs": 40,
        "tracked": False,
        "legacy_completion": False,
    },
    requires=["doc.ents"],
    assigns=["doc._.relations"],
)
def make_relation_extractor(nlp, name, client, model, fallback_model, max_pairs, tracked, legacy_completion):
    return RelationExtractor(client, model, fallback_model, max_pairs, tracked, legacy_completion)


# Base models on Together only expose the plain completions endpoint.
LEGACY_PROMPT = PromptTemplate(system=RELATIONS_SYSTEM, user="Entities: {entities}\nText: {text}")


class RelationExtractor:
    def __init__(
        self,
        client: Any,
        model: str,
        fallback_model: Optional[str] = None,
        max_pairs: int = 40,
        tracked: bool = False,
        legacy_completion: bool = False,
    ) -> None:
        self.client = client
        self.legacy_completion = legacy_completion
        self.model = model
        self.fallback_model = fallback_model
        self.max_pairs = max_pairs
        self.tracked = tracked

    def __call__(self, doc: Doc) -> Doc:
        ents = list(dict.fromkeys(e.text for e in doc.ents))
        if len(ents) < 2:
            doc._.relations = []
            return doc
        pairs = list(itertools.combinations(ents, 2))[: self.max_pairs]
        messages = RELATIONS_PROMPT.messages(entities=json.dumps(ents), text=doc.text)
        if self.legacy_completion:
            raw = self._complete_legacy(ents, doc.text)
        elif self.tracked:
            raw = asyncio.run(self._complete_tracked(messages))
        else:
            raw = self._complete(messages)
        doc._.relations = self._filter(self._parse(raw), pairs)
        return doc

    def _complete(self, messages: List[Dict[str, str]]) -> str:
        try:
            resp = self.client.chat.completions.create(
                model=self.model,
                messages=messages,
                temperature=0,
                max_tokens=800,
                response_format={"type": "json_object"},
            )
            return resp.choices[0].message.content or ""
        except Exception as exc:
            if not self.fallback_model:
                raise
            logger.warning("together failed (%s); falling back to HF %s", exc, self.fallback_model)
            return self._complete_fallback(messages)

    def _complete_legacy(self, ents: List[str], text: str) -> str:
        prompt = LEGACY_PROMPT.completion(entities=json.dumps(ents), text=text)
        resp = self.client.completions.create(
            model=self.model, prompt=prompt, max_tokens=600, temperature=0, stop=["\n\n\n"]
        )
        return resp.choices[0].text or ""

    def _complete_fallback(self, messages: List[Dict[str, str]]) -> str:
        hf = get_hf_client(self.fallback_model)
        out = hf.chat_completion(messages=messages, max_tokens=800, temperature=0.0)
        return out.choices[0].message.content or ""

    async def _complete_tracked(self, messages: List[Dict[str, str]]) -> str:
        async with llm_tracker.track_llm_call(
            provider="together", model=self.model, feature_context="relation_extraction"
        ) as usage_log:
            resp = await asyncio.to_thread(
                self.client.chat.completions.create,
                model=self.model,
                messages=messages,
                temperature=0,
                max_tokens=800,
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        return resp.choices[0].message.content or ""

    async def explain(self, doc: Doc) -> str:
        """Natural-language explanation of the extracted graph (used in review UI)."""
        triples = "\n".join(f"{r['head']} --{r['relation']}--> {r['tail']}" for r in doc._.relations)
        return await multi_model_service.generate_response(
            prompt=f"Explain these relations in two sentences:\n{triples}",
            task_type="relations",
            complexity=TaskComplexity.AGENTIC,
        )

    @staticmethod
    def to_graph(doc: Doc) -> Dict[str, List[Dict[str, str]]]:
        """Adjacency-list export used by the knowledge-graph loader."""
        graph: Dict[str, List[Dict[str, str]]] = {}
        for rel in doc._.relations:
            graph.setdefault(rel["head"], []).append({"relation": rel["relation"], "tail": rel["tail"]})
        return graph

    @staticmethod
    def _parse(raw: str) -> List[Dict[str, str]]:
        try:
            data = json.loads(strip_code_fences(raw))
        except json.JSONDecodeError:
            return []
        rels = data.get("relations", []) if isinstance(data, dict) else data
        return [r for r in rels if isinstance(r, dict) and {"head", "relation", "tail"} <= r.keys()]

    @staticmethod
    def _filter(rels: List[Dict[str, str]], pairs) -> List[Dict[str, str]]:
        allowed_pairs = {frozenset(p) for p in pairs}
        return [
            r
            for r in rels
            if r["relation"] in ALLOWED and frozenset((r["head"], r["tail"])) in allowed_pairs
        ]
