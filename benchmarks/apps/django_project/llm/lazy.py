"""Import litellm on first use: `manage.py` commands should start fast."""
import importlib


class _LazyLiteLLM:
    """Stands in for the litellm module until one of its attributes is used."""

    _module = None

    def __getattr__(self, attr: str):
        if _LazyLiteLLM._module is None:
            module = importlib.import_module("litellm")
            module.drop_params = True
            _LazyLiteLLM._module = module
        return getattr(_LazyLiteLLM._module, attr)


litellm = _LazyLiteLLM()
