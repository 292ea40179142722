"""Natural-language description of the current scene (for shot notes)."""

import logging

from . import prompts
from .services.multi_model_service import TaskComplexity, multi_model_service

log = logging.getLogger(__name__)

MAX_DESCRIPTION_TOKENS = 600


def describe(session, scene_summary, note=""):
    """Runs in a worker thread. Returns the description text."""
    messages = prompts.scene_description_messages(scene_summary, note)
    if session.use_tracking_service:
        return multi_model_service.generate_response_sync(
            messages[1]["content"],
            task_type="scene_description",
            complexity=TaskComplexity.SIMPLE,
            system=messages[0]["content"],
        )
    if session.has("openai"):
        response = session.openai.chat.completions.create(
            model=session.openai_model,
            messages=messages,
            max_tokens=MAX_DESCRIPTION_TOKENS,
            temperature=0.4,
        )
        return response.choices[0].message.content.strip()
    if session.has("google"):
        return _describe_with_gemini(session, messages)
    return _describe_locally(session, messages)


def _describe_with_gemini(session, messages):
    from .._deps import genai_types

    result = session.gemini.models.generate_content(
        model=session.gemini_model,
        contents=messages[1]["content"],
        config=genai_types.GenerateContentConfig(
            system_instruction=messages[0]["content"],
            max_output_tokens=MAX_DESCRIPTION_TOKENS,
        ),
    )
    return result.text.strip()


def _describe_locally(session, messages):
    reply = session.ollama.chat(model=session.ollama_model, messages=messages, options={"temperature": 0.4})
    return reply["message"]["content"].strip()


def describe_render(session, png_bytes, note=""):
    """Describe a viewport snapshot instead of the scene graph (vision models)."""
    import base64

    data_url = "data:image/png;base64," + base64.b64encode(png_bytes).decode("ascii")
    response = session.openai.responses.create(
        model=session.openai_model,
        input=[
            {
                "role": "user",
                "content": [
                    {"type": "input_text", "text": prompts.SCENE_SYSTEM + "\n" + (note or "Describe this frame.")},
                    {"type": "input_image", "image_url": data_url},
                ],
            }
        ],
    )
    return response.output_text
