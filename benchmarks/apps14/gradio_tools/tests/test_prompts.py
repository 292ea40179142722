from common import prompts
from common.text_utils import chunk_by_tokens, strip_code_fences


def test_sales_email_templates_format():
    system = prompts.SALES_EMAIL_SYSTEM.format(sender_name="Sam")
    assert "Sam" in system
    user = prompts.SALES_EMAIL_USER.format(
        prospect_name="Ana", prospect_title="CFO", company="Globex",
        context="met at SaaStr", goal="intro call", tone="formal",
    )
    assert "Globex" in user


def test_action_items_template_keeps_json_braces():
    rendered = prompts.ACTION_ITEMS.format(notes="x")
    assert '{"action_items"' in rendered


def test_render_kb_context_numbers_chunks():
    out = prompts.render_kb_context([{"title": "A", "text": "a"}, {"title": "B", "text": "b"}])
    assert out.startswith("[1] A") and "[2] B" in out


def test_strip_code_fences():
    assert strip_code_fences('```json\n{"a": 1}\n```') == '{"a": 1}'


def test_chunking_short_text_is_single_chunk():
    assert chunk_by_tokens("hello world", max_tokens=50) == ["hello world"]
