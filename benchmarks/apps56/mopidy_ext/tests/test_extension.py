from unittest import mock

from mopidy_aidj import Extension
from mopidy_aidj.frontend import AIDJFrontend


def test_get_default_config():
    ext = Extension()
    config = ext.get_default_config()
    assert "[aidj]" in config
    assert "enabled = true" in config


def test_get_config_schema():
    schema = Extension().get_config_schema()
    for key in ("openai_api_key", "anthropic_api_key", "cohere_api_key", "xai_api_key"):
        assert key in schema
    assert "commentary_provider" in schema


def test_setup_registers_frontend_backend_and_http():
    registry = mock.Mock()
    Extension().setup(registry)
    kinds = [c.args[0] for c in registry.add.call_args_list]
    assert kinds == ["frontend", "backend", "http:app", "http:static"]
    assert registry.add.call_args_list[0].args[1] is AIDJFrontend
