"""0.x watsonx integration (text generation API, before we moved to chat)."""
import os

from ibm_watsonx_ai import Credentials
from ibm_watsonx_ai.foundation_models import ModelInference
from ibm_watsonx_ai.metanames import GenTextParamsMetaNames as GenParams

_MODEL = None


def _model():
    global _MODEL
    if _MODEL is None:
        _MODEL = ModelInference(
            model_id=os.environ.get("WATSONX_MODEL", "ibm/granite-13b-instruct-v2"),
            credentials=Credentials(
                url=os.environ.get("WATSONX_URL", "https://us-south.ml.cloud.ibm.com"),
                api_key=os.environ["WATSONX_APIKEY"],
            ),
            project_id=os.environ["WATSONX_PROJECT_ID"],
        )
    return _MODEL


def generate(prompt, max_new_tokens=300):
    params = {
        GenParams.DECODING_METHOD: "greedy",
        GenParams.MAX_NEW_TOKENS: max_new_tokens,
        GenParams.STOP_SEQUENCES: ["\n\n\n"],
    }
    return _model().generate_text(prompt=prompt, params=params)


def generate_streaming(prompt, callback):
    for piece in _model().generate_text_stream(prompt=prompt):
        callback(piece)


def summarise(text):
    return generate("Summarise the following text in five sentences:\n\n" + text, 400)
