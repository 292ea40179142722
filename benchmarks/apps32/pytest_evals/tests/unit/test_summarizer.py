from evalkit.summarizer import fits_in_context, summarize_document, summarize_many


def test_summarize_document_passes_system(fake_anthropic):
    out = summarize_document(fake_anthropic, "long text", max_sentences=2)
    assert out == "A short summary."
    kwargs = fake_anthropic.messages.create.call_args.kwargs
    assert "at most 2 sentences" in kwargs["system"]
    assert kwargs["temperature"] == 0


def test_summarize_many_preserves_order(fake_anthropic):
    assert summarize_many(fake_anthropic, ["a", "b", "c"], workers=2) == ["A short summary."] * 3


def test_fits_in_context(fake_anthropic):
    assert fits_in_context(fake_anthropic, "x", budget=1000)
    assert not fits_in_context(fake_anthropic, "x", budget=50)


def test_direct_fake_call(fake_anthropic):
    msg = fake_anthropic.messages.create(model="m", max_tokens=1, messages=[])
    assert msg.usage.output_tokens == 4
