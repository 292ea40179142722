"""Gemini helpers from the PaLM -> Gemini migration. Superseded by providers/google_provider."""
import os

import google.generativeai as genai

genai.configure(api_key=os.environ.get("GOOGLE_API_KEY"))

_model = genai.GenerativeModel("gemini-1.5-flash")


def gemini(prompt: str) -> str:
    return _model.generate_content(prompt).text


def upload(path: str):
    """Upload a CSV/PDF once; pass the handle to gemini() calls in the notebook."""
    f = genai.upload_file(path)
    print(f"uploaded {f.display_name} as {f.name}")
    return f
