import importlib

import pytest


@pytest.fixture
def prompts():
    return importlib.import_module("ai_studio_helpers.ai.prompts")


def test_extract_code_block(prompts):
    text = "Here you go:\n```python\nimport bpy\nprint(1)\n```\nthanks"
    assert prompts.extract_code_block(text) == "import bpy\nprint(1)"


def test_extract_code_block_without_fence(prompts):
    assert prompts.extract_code_block("  import bpy ") == "import bpy"


def test_parse_json_reply_with_noise(prompts):
    assert prompts.parse_json_reply('Sure! {"Material.001": "M_Oak"} hope it helps') == {"Material.001": "M_Oak"}


def test_texture_prompt_mentions_seamless(prompts):
    out = prompts.texture_prompt("rusty metal", seamless=True, pbr_map="roughness")
    assert "seamless" in out and "roughness map" in out


def test_script_user_prompt_truncates_selection(prompts):
    names = [f"Cube.{i:03d}" for i in range(80)]
    out = prompts.script_user_prompt("add bevels", names, "Cube.000")
    assert "Cube.049" in out and "Cube.050" not in out
