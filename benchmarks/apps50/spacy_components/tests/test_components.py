from __future__ import annotations

import asyncio
from unittest.mock import MagicMock, patch

from spacy.tokens import Span

from llm_pipes.components.entity_linker import CandidateLinker, CandidateStore
from llm_pipes.components.entity_normalizer import EntityNormalizer
from llm_pipes.components.relation_extractor import RelationExtractor

from .fakes import _chat_response


def _doc_with_ents(nlp, text, ents):
    doc = nlp(text)
    spans = []
    for start, end, label in ents:
        spans.append(Span(doc, start, end, label=label))
    doc.ents = spans
    return doc


def test_normalizer_caches(blank_nlp, fake_mistral):
    norm = EntityNormalizer(fake_mistral, "mistral-small-latest", ["ORG"])
    doc = _doc_with_ents(blank_nlp, "Acme hired people .", [(0, 1, "ORG")])
    norm(doc)
    norm(doc)
    assert doc.ents[0]._.canonical_name == "Acme Corporation"
    assert fake_mistral.chat.calls == 1


def test_normalizer_async(blank_nlp, fake_mistral):
    norm = EntityNormalizer(fake_mistral, "mistral-small-latest", ["ORG"])
    doc = _doc_with_ents(blank_nlp, "Acme hired people .", [(0, 1, "ORG")])
    asyncio.run(norm.normalize_docs_async([doc]))
    assert doc.ents[0]._.canonical_name == "Acme Corporation"


def test_linker_breaks_ties_with_chat(blank_nlp, fake_cohere):
    store = CandidateStore()
    store.create("Acme", "Q1", "Acme Corp", "US conglomerate")
    store.create("Acme", "Q2", "Acme Ltd", "UK retailer")
    store.create("Acme", "Q3", "ACME band", "punk band")
    linker = CandidateLinker(fake_cohere, store, "rerank-v3.5", "command-r-08-2024", tie_margin=0.05)
    doc = _doc_with_ents(blank_nlp, "Acme opened a store in Leeds .", [(0, 1, "ORG")])
    linker(doc)
    assert doc.ents[0]._.kb_id_llm == "Q2"
    assert fake_cohere.chat_calls == 1


def test_relation_extractor_filters_unknown_relations(blank_nlp):
    client = MagicMock()
    client.chat.completions.create.return_value = _chat_response(
        '{"relations": [{"head": "Acme", "relation": "acquired", "tail": "Globex"},'
        ' {"head": "Acme", "relation": "likes", "tail": "Globex"}]}'
    )
    rex = RelationExtractor(client, "meta-llama/Llama-3.3-70B-Instruct-Turbo", fallback_model=None)
    doc = _doc_with_ents(blank_nlp, "Acme bought Globex .", [(0, 1, "ORG"), (2, 3, "ORG")])
    rex(doc)
    assert doc._.relations == [{"head": "Acme", "relation": "acquired", "tail": "Globex"}]


def test_relation_extractor_falls_back_to_hf(blank_nlp):
    client = MagicMock()
    client.chat.completions.create.side_effect = RuntimeError("503")
    hf = MagicMock()
    hf.chat_completion.return_value = _chat_response('{"relations": []}')
    with patch("llm_pipes.components.relation_extractor.get_hf_client", return_value=hf):
        rex = RelationExtractor(client, "m", fallback_model="Qwen/Qwen2.5-72B-Instruct")
        doc = _doc_with_ents(blank_nlp, "Acme bought Globex .", [(0, 1, "ORG"), (2, 3, "ORG")])
        rex(doc)
    hf.chat_completion.assert_called_once()
    assert doc._.relations == []


def test_tracked_relation_path_records_usage(blank_nlp, tmp_path, monkeypatch):
    from llm_pipes.services.llm_usage_tracker import llm_tracker, summarize_usage

    monkeypatch.setattr(llm_tracker, "sink", tmp_path / "usage.jsonl")
    client = MagicMock()
    client.chat.completions.create.return_value = _chat_response(
        '{"relations": []}', prompt_tokens=120, completion_tokens=7
    )
    rex = RelationExtractor(client, "meta-llama/Llama-3.3-70B-Instruct-Turbo", tracked=True)
    doc = _doc_with_ents(blank_nlp, "Acme bought Globex .", [(0, 1, "ORG"), (2, 3, "ORG")])
    rex(doc)
    usage = summarize_usage(tmp_path / "usage.jsonl")
    assert usage["relation_extraction"]["input_tokens"] == 120
    assert usage["relation_extraction"]["output_tokens"] == 7


def test_graph_export(blank_nlp):
    doc = blank_nlp("x")
    doc._.relations = [{"head": "A", "relation": "acquired", "tail": "B"}]
    assert RelationExtractor.to_graph(doc) == {"A": [{"relation": "acquired", "tail": "B"}]}
