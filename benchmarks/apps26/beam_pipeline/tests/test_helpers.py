from unittest import mock

from newsenrich import helpers
from newsenrich.textutils import HeadlineTemplate, Slug, clean_body, truncate
from newsenrich.transforms import moderation, rerank
from fakes import FakeCohere, FakeOpenAI


def test_moderation_routes_flagged(article):
    article.body = "Reports of a massacre near the border. " * 5
    with mock.patch.object(moderation.pool, "get_openai", return_value=FakeOpenAI()):
        out = list(moderation.ModerateDoFn().process(article))
    assert out[0].tag == moderation.FLAGGED_TAG
    assert out[0].value.flagged


def test_embed_title_helper(article):
    with mock.patch.object(helpers, "get_openai", return_value=FakeOpenAI(dims=5)):
        out = helpers.embed_title(article)
    assert len(out.extras["title_embedding"]) == 5


def test_gemini_keywords_with_injected_client(article):
    client = mock.MagicMock()
    client.models.generate_content.return_value = mock.Mock(text='{"keywords": ["rates", "bank"], "topics": ["business"]}')
    out = helpers.gemini_keywords(article, client=client)
    assert out.keywords == ["rates", "bank"]
    assert out.topics == ["business"]
    client.models.generate_content.assert_called_once()


def test_rerank_dofn_threshold(article):
    seeds = [{"seed_id": "fed", "description": "Fed rates"}, {"seed_id": "nba", "description": "NBA finals"}]
    fn = rerank.RerankAgainstSeedsDoFn(threshold=0.9)
    fn._bundle = mock.Mock(cohere=FakeCohere())
    (out,) = list(fn.process(article, seeds))
    assert out.extras["story_seeds"] == ["fed"]
    direct = FakeCohere().rerank(model="rerank-v3.5", query="q", documents=["a"], top_n=1)
    assert direct.results[0].index == 0


def test_clean_body_strips_tags():
    assert clean_body("<p>Hello&nbsp;<b>world</b></p>") == "Hello world"


def test_truncate_prefers_sentence_boundary():
    text = "First sentence here. Second sentence is longer than the cut."
    assert truncate(text, 30) == "First sentence here."


def test_slug_create():
    assert Slug().create("Économie: la BCE relève ses taux!") == "economie-la-bce-releve-ses-taux"


def test_headline_template_generate():
    out = HeadlineTemplate(max_len=40).generate("You won't BELIEVE what the bank did!!", "ap")
    assert len(out) <= 40
