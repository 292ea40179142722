from conversation_memory import ConversationMemory, FactIndex


def test_memory_keeps_last_turns():
    mem = ConversationMemory(max_turns=1)
    for i in range(3):
        mem.add("kitchen", "user", f"q{i}")
        mem.add("kitchen", "assistant", f"a{i}")
    assert [m["content"] for m in mem.messages("kitchen")] == ["q2", "a2"]


def test_fact_index_search(tmp_path, fake_openai):
    facts = tmp_path / "facts.txt"
    facts.write_text("# comment\nThe spare key is in the blue pot\nBins go out on Tuesday\n")
    index = FactIndex(openai_client=fake_openai)
    assert index.load(str(facts)) == 2
    result = index.search("where is the key", k=1)
    assert result == ["The spare key is in the blue pot"]
    assert len(fake_openai.embed_calls) == 2
