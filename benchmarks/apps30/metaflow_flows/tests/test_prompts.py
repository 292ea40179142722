import pytest

from llmkit.prompts import REGISTRY, PromptTemplate, get_prompt


def test_all_templates_have_variables_or_static_text():
    for name, tmpl in REGISTRY.items():
        assert tmpl.user, name


def test_render_missing_variable():
    with pytest.raises(KeyError):
        get_prompt("rag_answer").render(question="q")


def test_messages_shape():
    msgs = get_prompt("translate").messages(source_lang="en", target_lang="de", text="Hi")
    assert [m["role"] for m in msgs] == ["system", "user"]
    assert "Hi" in msgs[1]["content"]


def test_create_validates():
    with pytest.raises(ValueError):
        PromptTemplate.create(name="x", system="s", user="")
