from unittest import mock

from src.agents.judge import CaptionJudge
from src.agents.planner import CaptionPlan
from src.agents.rewriter import Rewriter
from src.agents.safety import SafetyFilter
from src.retrieval import ExemplarStore, VoyageEmbedder
from tests.fakes import FakeOpenAI, FakeVoyage


def test_rewriter_strips_and_records_usage():
    fake = FakeOpenAI(["  A dog runs on the beach.  "])
    rw = Rewriter(fake, model="gpt-test")
    assert rw.rewrite(CaptionPlan.default(), "dog beach") == "A dog runs on the beach."
    assert rw.last_usage["completion_tokens"] == 3


def test_rewriter_stream_yields_tokens():
    rw = Rewriter(FakeOpenAI(["a b c"]))
    assert list(rw.stream(CaptionPlan.default(), "d")) == ["a", "b", "c"]


def test_judge_with_magicmock_client():
    client = mock.MagicMock()
    client.chat.completions.create.return_value.choices = [
        mock.Mock(message=mock.Mock(content='{"score": 0.9, "issues": []}'))
    ]
    judge = CaptionJudge("judge-model", client=client)
    verdict = judge.judge(CaptionPlan.default(), "draft", "candidate")
    assert verdict.passed
    client.chat.completions.create.assert_called_once()


def test_judge_lazy_client_uses_getter():
    with mock.patch("src.agents.judge.get_fireworks") as getter:
        getter.return_value.chat.completions.create.return_value.choices = [
            mock.Mock(message=mock.Mock(content="not json"))
        ]
        verdict = CaptionJudge("m").judge(CaptionPlan.default(), "d", "c")
    assert verdict.score == 0.0


def test_safety_moderation_flag():
    assert SafetyFilter(FakeOpenAI(flagged=True)).flagged("text")
    assert not SafetyFilter(FakeOpenAI(flagged=False)).flagged("text")


def test_safety_regex_shortcircuits():
    fake = FakeOpenAI(["NO"])
    assert SafetyFilter(fake).llm_pii("mail me at a@b.co")
    assert fake.chat.completions.calls == []


def test_exemplar_search_and_rerank():
    voyage = FakeVoyage()
    embedder = VoyageEmbedder(voyage)
    store = ExemplarStore.create(["a cat", "a dog on grass", "city at night"])
    store.index(embedder)
    hits = store.search(embedder, "a dog", k=2)
    assert len(hits) == 2
    assert embedder.rerank("a dog", hits, top_k=1)[0][0] == 0
    assert voyage.embed(["x"], input_type="query").total_tokens == 1
