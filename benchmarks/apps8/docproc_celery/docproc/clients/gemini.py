from functools import lru_cache

from google import genai
from google.genai import types

from docproc.settings import get_settings

# Legal documents trip the default harassment / dangerous-content filters
# constantly (criminal matters, employment disputes).  Only block HIGH.
RELAXED_SAFETY = [
    types.SafetySetting(category=category, threshold=types.HarmBlockThreshold.BLOCK_ONLY_HIGH)
    for category in (
        types.HarmCategory.HARM_CATEGORY_HARASSMENT,
        types.HarmCategory.HARM_CATEGORY_HATE_SPEECH,
        types.HarmCategory.HARM_CATEGORY_DANGEROUS_CONTENT,
        types.HarmCategory.HARM_CATEGORY_SEXUALLY_EXPLICIT,
    )
]


@lru_cache(maxsize=1)
def get_genai_client() -> genai.Client:
    s = get_settings()
    return genai.Client(
        api_key=s.gemini_api_key,
        http_options=types.HttpOptions(timeout=int(s.llm_timeout_s * 1000)),
    )
