from tests.fakes import FakeAnthropic, FakeOpenAI, FakePage
from wikiai.summarize import ArticleSummarizer, summarize_with_claude

ARTICLE = "'''Lakeside''' is a village.<ref>Census</ref>\n\n== History ==\nOld."


def test_summarize_uses_model_and_returns_text():
    client = FakeOpenAI('Lakeside is a village.')
    summarizer = ArticleSummarizer(client, 'gpt-4o-mini', max_words=50)
    summary = summarizer.summarize('Lakeside', ARTICLE)
    assert summary.text == 'Lakeside is a village.'
    call = client.chat.completions.calls[0]
    assert call['model'] == 'gpt-4o-mini'
    assert '<ref>' not in call['messages'][1]['content']


def test_fake_client_direct():
    client = FakeOpenAI('x')
    resp = client.chat.completions.create(model='m', messages=[])
    assert resp.choices[0].message.content == 'x'


def test_summarize_with_claude():
    client = FakeAnthropic('A village.')
    summary = summarize_with_claude(client, 'Lakeside', ARTICLE)
    assert summary.text == 'A village.'
    assert summary.input_tokens == 12


def test_summarize_many_skips_failures():
    class Boom(FakeOpenAI):
        pass
    client = Boom()
    client.chat.completions.create = lambda **kw: 1 / 0
    out = ArticleSummarizer(client).summarize_many([FakePage('A', 'text')])
    assert out == []
