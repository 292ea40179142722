import pytest

from ai_common.colors import PaletteBuilder, PaletteParseError, hex_to_rgb, parse_palette_json


def test_parse_plain_json():
    name, colors = parse_palette_json('{"name": "Dusk", "colors": [{"name": "a", "hex": "#AABBCC"}]}')
    assert name == "Dusk"
    assert colors == [("a", "#aabbcc")]


def test_parse_code_fence_and_missing_hash():
    text = '```json\n{"name": "X", "colors": [{"name": "b", "hex": "112233"}, {"hex": "zz"}]}\n```'
    assert parse_palette_json(text)[1] == [("b", "#112233")]


def test_parse_rejects_empty():
    with pytest.raises(PaletteParseError):
        parse_palette_json('{"name": "n", "colors": []}')


def test_hex_to_rgb():
    assert hex_to_rgb("#ff0000") == (1.0, 0.0, 0.0)


def test_builder_generate_uses_gimp_palette(gi_repo):
    builder = PaletteBuilder("Test", [("red", "#ff0000"), ("blue", "#0000ff")])
    palette = builder.generate()
    gi_repo.Gimp.Palette.new.assert_called_with("Test")
    assert palette.add_entry.call_count == 2
