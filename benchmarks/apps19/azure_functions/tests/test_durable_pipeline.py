"""Orchestrator tests drive the generator by hand, as recommended in the
Durable Functions Python docs."""

from unittest import mock

import pytest


class _Ctx:
    def __init__(self, payload):
        self._payload = payload
        self.instance_id = "test-instance"
        self.is_replaying = False
        import datetime as _dt

        self.current_utc_datetime = _dt.datetime(2024, 5, 1, 12, 0, 0)
        self.activity_calls = []

    def get_input(self):
        return self._payload

    def call_activity(self, name, input_=None):
        self.activity_calls.append(name)
        return (name, input_)

    def call_activity_with_retry(self, name, retry_options, input_=None):
        self.activity_calls.append(name)
        return (name, input_)

    def task_all(self, tasks):
        return tasks


def test_orchestrator_fans_out_per_chunk():
    from blueprints.durable_pipeline import document_pipeline_orchestrator

    # The decorated function object is a FunctionBuilder; grab the user function.
    orchestrator = getattr(document_pipeline_orchestrator, "_function", None)
    fn = orchestrator.get_user_function() if orchestrator else document_pipeline_orchestrator
    ctx = _Ctx({"tenant_id": "contoso", "document_id": "doc-1"})
    gen = fn(ctx)
    next(gen)  # load_and_chunk
    gen.send(["chunk one", "chunk two"])  # entity tasks
    gen.send([[{"text": "Contoso", "type": "ORG"}], []])  # summary tasks
    gen.send(["s1", "s2"])  # embeddings
    gen.send([[0.1], [0.2]])  # critique
    gen.send("looks faithful")  # classify
    with pytest.raises(StopIteration):
        gen.send("invoice")
        gen.send({"status": "pipeline_complete"})
    assert ctx.activity_calls.count("extract_entities") == 2
    assert "critique_summary" in ctx.activity_calls


@pytest.mark.asyncio
async def test_embed_chunks_activity_uses_cohere(fake_cohere):
    from blueprints import durable_pipeline

    fn = getattr(durable_pipeline.embed_chunks, "_function", None)
    activity = fn.get_user_function() if fn else durable_pipeline.embed_chunks
    with mock.patch.object(durable_pipeline, "get_cohere", return_value=fake_cohere):
        vectors = await activity(["a", "b"])
    assert len(vectors) == 2
    assert fake_cohere.embed_calls[0]["input_type"] == "search_document"
