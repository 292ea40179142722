"""First material-naming prototype, on the old google-generativeai package."""

import google.generativeai as genai

_model = None


def configure(api_key, model_name="gemini-1.5-flash"):
    global _model
    genai.configure(api_key=api_key)
    _model = genai.GenerativeModel(model_name)
    return _model


def name_material(description):
    if _model is None:
        raise RuntimeError("call configure() first")
    result = _model.generate_content(f"Name this material in PascalCase: {description}")
    return result.text.strip()
